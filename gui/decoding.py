"""Decoding the pictures a user drops, opens or pastes: a task for :class:`gui.worker.Worker`.

:func:`decode_task` decodes one request's files one after another and yields
each result as it is ready, so the first answer shows while the rest decode;
a newer drop cancels it between files. Every file goes through the app's one
decoder, :func:`gui.image_decoder.decode_for_model`, so a picture gets the
same answer here as on the command line.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImageReader

from core.errors import CatNeuronError
from gui.image_decoder import DecodedImage, ImageError, decode_for_model
from gui.worker import Control

MAX_FILES = 200
"""A dropped folder predicts at most this many pictures (sorted by name)."""
IMAGE_SUFFIXES = frozenset(
    "." + bytes(fmt.data()).decode() for fmt in QImageReader.supportedImageFormats()
)


@dataclass(frozen=True)
class Listing:
    """The files a request will decode (folders expanded), and how many pictures there were."""

    files: list[Path]
    found: int


@dataclass(frozen=True)
class DecodeResult:
    """One picture of a request: decoded, or the error that says why it could not be."""

    index: int
    path: Path
    image: DecodedImage | None = None
    error: CatNeuronError | None = None


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, folders replaced by the pictures inside them (by name)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p for p in path.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                )
            )
        else:
            files.append(path)
    return files


def decode_task(
    paths: list[Path], input_shape: tuple[int, int, int], *, control: Control
) -> Generator[Listing | DecodeResult, None, None]:
    """Decode ``paths`` for a model taking ``input_shape``: first the listing, then each result.

    Folders are listed here, off the GUI thread (a folder on a slow disk takes its time).

    Raises
    ------
    ImageError
        When a folder cannot be listed or holds no pictures.
    """
    try:
        found = expand_paths(paths)
    except OSError as error:
        name = Path(error.filename or paths[0]).name
        raise ImageError("{name}: {reason}", name=name, reason=error.strerror) from error
    if not found:
        raise ImageError("{name}: no pictures found", name=paths[0].name)
    files = found[:MAX_FILES]
    yield Listing(files, len(found))
    for index, path in enumerate(files):
        try:
            yield DecodeResult(index, path, image=decode_for_model(path, input_shape))
        except CatNeuronError as error:
            yield DecodeResult(index, path, error=error)
