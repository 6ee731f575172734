"""Workers that download the dataset or open a dataset folder on a QThread, for the window.

The work itself is core's (:func:`core.download.fetch_dataset`) and
:func:`gui.datasets.load_data`'s; a worker only turns its progress into
``progressed`` signals and its end into exactly one of ``finished``,
``failed`` or ``canceled``. Use::

    worker = DatasetLoadWorker(path)
    worker.finished.connect(self._on_dataset_loaded)   # and failed, canceled, progressed
    thread = start_in_thread(worker, parent=self)
    ...
    worker.cancel()            # from the GUI thread, any time

Keep references to both until ``thread.finished``. Cancelling is cooperative:
it takes effect at the next downloaded chunk or decoded picture (a stalled
connection gives up after the download's timeout).
"""

from __future__ import annotations

import os
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.download import BASE_URL, DEFAULT_TIMEOUT, fetch_dataset
from core.errors import CanceledError, CatNeuronError
from core.image_folder import INPUT_SHAPE
from core.locations import default_dataset_dir
from gui.datasets import load_data


class _DatasetWorker(QObject):
    """What both workers share: cancel, throttled progress, and one ending signal."""

    progressed = Signal(int, int)
    failed = Signal(str)
    canceled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._shown_percent = -1

    def cancel(self) -> None:
        """Ask the work to stop (thread-safe); it then ends with ``canceled`` and leaves nothing."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Do the work on the calling thread and emit how it ended; never raises."""
        try:
            self._work()
        except CanceledError:
            self.canceled.emit()
        except CatNeuronError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: say so in one line, keep the trace for the terminal
            traceback.print_exc()
            self.failed.emit(f"{self._action} failed unexpectedly: {type(error).__name__}: {error}")

    _action = "work"

    def _work(self) -> None:
        raise NotImplementedError

    def _report(self, done: int, total: int) -> None:
        """Emit ``progressed`` only when the whole percentage changes: at most 101 signals."""
        percent = 100 * done // total if total else 100
        if percent != self._shown_percent:
            self._shown_percent = percent
            self.progressed.emit(done, total)


class DownloadWorker(_DatasetWorker):
    """Downloads the article's two files into ``dest`` with :func:`core.download.fetch_dataset`.

    Signals
    -------
    progressed(int, int)
        Bytes done and bytes to download, throttled to whole percents.
    finished(str)
        The folder now holding both verified files (also when nothing had to be fetched).
    failed(str)
        One line for the user; the folder holds nothing of this download.
    canceled()
        After :meth:`cancel`; the folder holds nothing of this download.
    """

    finished = Signal(str)
    _action = "download"

    def __init__(
        self,
        dest: str | os.PathLike[str] | None = None,
        base_url: str = BASE_URL,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        super().__init__()
        self.dest = Path(dest) if dest is not None else default_dataset_dir()
        self.base_url = base_url
        self.timeout = timeout

    def _work(self) -> None:
        fetch_dataset(
            self.dest,
            self.base_url,
            progress=self._report,
            cancel=self._cancel,
            timeout=self.timeout,
        )
        self.finished.emit(str(self.dest))


class DatasetLoadWorker(_DatasetWorker):
    """Opens a dataset folder (the HDF5 pair or pictures) with :func:`gui.datasets.load_data`.

    Signals
    -------
    progressed(int, int)
        Pictures decoded and pictures in the folder (not emitted for the HDF5 pair).
    warned(list)
        The lines about skipped files and ignored entries, once, just before
        ``finished``, only if there are any.
    finished(Dataset)
        The loaded :class:`core.dataset.Dataset` (uint8 images).
    failed(str)
        One line for the user: nothing found, a wrong layout, a damaged file.
    canceled()
        After :meth:`cancel`.
    """

    warned = Signal(object)
    finished = Signal(object)
    _action = "loading the dataset"

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        input_shape: tuple[int, int, int] = INPUT_SHAPE,
    ) -> None:
        super().__init__()
        self.path = path
        self.input_shape = input_shape

    def _work(self) -> None:
        dataset, warnings = load_data(
            self.path, input_shape=self.input_shape, progress=self._report, cancel=self._cancel
        )
        if warnings:
            self.warned.emit(warnings)
        self.finished.emit(dataset)


def start_in_thread(worker: _DatasetWorker, parent: QObject | None = None) -> QThread:
    """Move ``worker`` (which must have no parent) to a new QThread, run it, quit when it ends.

    Returns the started thread; ``thread.finished`` tells when it is safe to
    drop both references. ``parent`` owns the thread (e.g. the window).
    """
    thread = QThread(parent)
    thread.setObjectName(f"{type(worker).__name__}Thread")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for ended in (worker.finished, worker.failed, worker.canceled):
        ended.connect(thread.quit)
    thread.start()
    return thread
