"""Decoding dropped pictures on a small thread pool, so a big photo never freezes the window.

Each request gets a ticket; results come back as queued signals carrying the
ticket, and a newer drop simply makes older tickets' results uninteresting
(one task at a time, in Orange's sense, without having to kill a thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from core.errors import CatNeuronError
from gui.image_decoder import DecodedImage, decode_for_model

MAX_DECODE_THREADS = 2


@dataclass(frozen=True)
class DecodeResult:
    """One picture of one request: decoded, or the one-line reason it could not be."""

    ticket: int
    index: int
    path: Path
    image: DecodedImage | None = None
    error: str | None = None


class DecodeService(QObject):
    """Decodes files off the GUI thread and reports each as ``decoded(DecodeResult)``."""

    decoded = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(MAX_DECODE_THREADS)
        self._ticket = 0

    @property
    def ticket(self) -> int:
        """The newest request's ticket; results of older ones can be ignored."""
        return self._ticket

    def submit(self, paths: list[Path], input_shape: tuple[int, int, int]) -> int:
        """Decode ``paths`` for a model taking ``input_shape``; returns the request's ticket."""
        self._ticket += 1
        ticket = self._ticket
        self._pool.clear()  # drop queued work of older requests
        for index, path in enumerate(paths):
            self._pool.start(lambda i=index, p=path: self._decode(ticket, i, p, input_shape))
        return ticket

    def cancel(self) -> None:
        """Make every request so far stale: their results, if they still come, are ignored."""
        self._ticket += 1
        self._pool.clear()

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for running decodes (on close)."""
        return self._pool.waitForDone(msecs)

    def _decode(self, ticket: int, index: int, path: Path, shape: tuple[int, int, int]) -> None:
        try:
            result = DecodeResult(ticket, index, path, image=decode_for_model(path, shape))
        except CatNeuronError as error:
            result = DecodeResult(ticket, index, path, error=str(error))
        except Exception as error:  # a decoder bug must not vanish silently in a pool thread
            result = DecodeResult(ticket, index, path, error=f"{path.name}: {error}")
        self.decoded.emit(result)
