"""One dataset task at a time — a download or a load — run on its own thread for the window.

The window asks, this runs the worker from :mod:`gui.dataset_workers` and
relays how it went on the GUI thread. Only one task runs at a time (the
window disables what would start another), so a late message can never be
mistaken for the current task's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtCore import QThread

    from gui.dataset_workers import _DatasetWorker


class DataTask(QObject):
    """Runs a dataset worker and re-emits its signals; ``busy`` while one runs."""

    progressed = Signal(int, int)
    warned = Signal(object)  # list[str]
    finished = Signal(object)  # a Dataset (loads) or the folder as str (downloads)
    failed = Signal(str)
    canceled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: _DatasetWorker | None = None
        self._thread: QThread | None = None
        self.kind = ""

    @property
    def busy(self) -> bool:
        """Whether a task is running."""
        return self._worker is not None

    def start(self, worker: _DatasetWorker, kind: str) -> bool:
        """Run ``worker`` (named ``kind`` for the caller's sake); False if a task is running."""
        from gui.dataset_workers import start_in_thread

        if self.busy:
            return False
        self.kind = kind
        worker.progressed.connect(self._on_progressed)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.canceled.connect(self._on_canceled)
        if hasattr(worker, "warned"):
            worker.warned.connect(self._on_warned)
        self._worker = worker
        self._thread = start_in_thread(worker, parent=self)
        return True

    def cancel(self) -> None:
        """Ask the running task to stop; it ends with ``canceled`` and leaves nothing behind."""
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        """Cancel and join the running task (on close)."""
        thread = self._thread
        self.cancel()
        if thread is not None:
            thread.quit()
            thread.wait()
        self._worker = self._thread = None

    def _end(self) -> None:
        thread = self._thread
        self._worker = self._thread = None
        if thread is not None:
            thread.quit()
            thread.wait()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_warned(self, warnings: list[str]) -> None:
        self.warned.emit(warnings)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    @Slot()
    def _on_canceled(self) -> None:
        self._end()
        self.canceled.emit()
