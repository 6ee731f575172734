"""Opening and downloading datasets for the window: one task at a time, off the GUI thread.

The work is core's (:func:`core.download.fetch_dataset`) and
:func:`gui.datasets.load_data`'s, run as plain functions by a
:class:`gui.worker.Worker`; a newer request cancels the older one. A loaded
dataset goes into the :class:`~gui.app_state.AppState`; a download is opened
as soon as it is verified.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal, Slot

from core.errors import CatNeuronError
from core.progress import ProgressCallback
from gui.app_state import AppState
from gui.task_slot import TaskSlot
from gui.worker import Control, Worker, reraise

if TYPE_CHECKING:
    from core.dataset import Dataset


class DataTaskKind(Enum):
    """What the running task is, for the progress bar's wording."""

    LOAD = "load"
    DOWNLOAD = "download"


class Origin(Enum):
    """Who asked: at start a failure shows the no-data page, from a menu a dialog."""

    START = "start"
    MENU = "menu"
    DOWNLOAD = "download"


def whole_percents(report: ProgressCallback) -> ProgressCallback:
    """``report`` called only when the whole percentage changes: at most 101 signals a task."""
    shown = -1

    def throttled(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 * done // total if total else 100
        if percent != shown:
            shown = percent
            report(done, total)

    return throttled


def load_task(
    path: str | os.PathLike[str] | None,
    input_shape: tuple[int, int, int],
    *,
    control: Control,
) -> tuple[object, list[str]]:
    """Open the dataset at ``path`` (None: search as the CLI does); (dataset, warnings)."""
    from gui.datasets import load_data

    return load_data(
        path,
        input_shape=input_shape,
        progress=whole_percents(control.report),
        cancel=control.canceled,
    )


def download_task(
    dest: Path, base_url: str | None, *, control: Control, force: bool = False
) -> str:
    """Fetch and verify the article's two files into ``dest``; returns the folder.

    ``base_url`` None reads ``$CATNEURON_DATA_URL`` or takes the article's repository.
    """
    from core.download import fetch_dataset

    progress = whole_percents(control.report)
    fetch_dataset(dest, base_url, progress=progress, cancel=control.canceled, force=force)
    return str(dest)


class DataControl(QObject):
    """Runs dataset loads and downloads; what they give lands in the state.

    Signals
    -------
    started(DataTaskKind)
        A task began (the status bar shows its progress).
    progressed(int, int)
        Pictures or bytes done, and in all.
    warned(list)
        Lines about skipped files, once, before the dataset is used.
    failed(CatNeuronError, Origin)
        One line for the user; the dataset in use is kept.
    downloaded(str)
        The verified files are in this folder (they are opened next).
    canceled
        The user's Cancel took effect; nothing changed.
    ended
        The task is over, whichever way.
    """

    started = Signal(object)
    progressed = Signal(int, int)
    warned = Signal(object)
    failed = Signal(object, object)
    downloaded = Signal(str)
    canceled = Signal()
    ended = Signal()

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.kind = DataTaskKind.LOAD
        self.origin = Origin.START
        self._path: Path | None = None
        self.download_url: str | None = None  # None: core's default (the article's repository)
        self._slot = TaskSlot(self)
        self._slot.progressed.connect(self.progressed)
        self._slot.returned.connect(self._on_returned)
        self._slot.errored.connect(self._on_errored)
        self._slot.aborted.connect(self._on_aborted)
        self._slot.finished.connect(self._on_finished)

    @property
    def busy(self) -> bool:
        """Whether a load or download is running."""
        return self._slot.busy

    def load(self, path: str | os.PathLike[str] | None, origin: Origin = Origin.MENU) -> None:
        """Open the dataset at ``path`` on a worker thread (None searches as the CLI does)."""
        from core.task import INPUT_SHAPE

        self._path = Path(path).expanduser() if path else None
        self._begin(DataTaskKind.LOAD, origin, Worker(load_task, path, INPUT_SHAPE, name="load"))

    def download(self, dest: Path | None = None, *, force: bool = False) -> None:
        """Fetch the article's files into ``dest`` (the user data folder by default).

        ``force`` replaces a dataset the user built there (after asking them).
        """
        from core.locations import default_dataset_dir

        folder = dest or default_dataset_dir()
        worker = Worker(download_task, folder, self.download_url, force=force, name="download")
        self._begin(DataTaskKind.DOWNLOAD, Origin.DOWNLOAD, worker)

    def cancel(self) -> None:
        """Stop the running task; it leaves nothing behind and the dataset in use stays."""
        worker = self._slot.worker
        if worker is not None:
            worker.quit()

    def _begin(self, kind: DataTaskKind, origin: Origin, worker: Worker) -> None:
        self.kind, self.origin = kind, origin
        self._slot.start(worker)
        self.state.set_data_busy(True)
        self.started.emit(kind)

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        self.state.set_data_busy(False)
        if self.kind is DataTaskKind.DOWNLOAD:
            folder = str(result)
            self.downloaded.emit(folder)
            self.load(folder, Origin.DOWNLOAD)  # open what arrived
            return
        dataset, warnings = cast("tuple[Dataset, list[str]]", result)
        if warnings:
            self.warned.emit(warnings)
        self.state.set_dataset(dataset, self._path)

    @Slot(object)
    def _on_errored(self, error: BaseException) -> None:
        self.state.set_data_busy(False)
        if not isinstance(error, CatNeuronError):
            reraise(error)
        self.failed.emit(error, self.origin)

    @Slot()
    def _on_aborted(self) -> None:
        self.state.set_data_busy(False)
        self.canceled.emit()

    @Slot()
    def _on_finished(self) -> None:
        self.state.set_data_busy(self.busy)
        self.ended.emit()
