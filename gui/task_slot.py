"""One task of a kind at a time (Orange's rule): a new start aborts the old task and cuts it off."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from gui.worker import TaskSignals, Worker


class TaskSlot(TaskSignals):
    """One task of a kind at a time: a new start aborts the running task and cuts it off.

    The slot forwards its current worker's signals under the same names, so the
    owner connects once. Signals a cut-off worker had already sent are still on
    their way (Qt delivers queued signals after a disconnect), so each is let
    through only if its sender is still the current worker: no run ids needed.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: Worker | None = None

    @property
    def busy(self) -> bool:
        """Whether a task of this slot is running (a paused one counts)."""
        return self.worker is not None

    def start(self, worker: Worker, *, paused_after: int | None = None) -> Worker:
        """Cancel the running task (its results are dropped) and start ``worker``."""
        self.cancel()
        self.worker = worker
        worker.started.connect(self._on_started)
        worker.yielded.connect(self._on_yielded)
        worker.progressed.connect(self._on_progressed)
        worker.paused.connect(self._on_paused)
        worker.resumed.connect(self._on_resumed)
        worker.returned.connect(self._on_returned)
        worker.errored.connect(self._on_errored)
        worker.aborted.connect(self._on_aborted)
        worker.finished.connect(self._on_finished)
        worker.start(paused_after=paused_after)
        return worker

    def cancel(self) -> None:
        """Abort the running task: nothing more is heard from it."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.quit()

    def _current(self) -> bool:
        return self.worker is not None and self.sender() is self.worker

    @Slot()
    def _on_started(self) -> None:
        if self._current():
            self.started.emit()

    @Slot(object)
    def _on_yielded(self, value: object) -> None:
        if self._current():
            self.yielded.emit(value)

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if self._current():
            self.progressed.emit(done, total)

    @Slot()
    def _on_paused(self) -> None:
        if self._current():
            self.paused.emit()

    @Slot()
    def _on_resumed(self) -> None:
        if self._current():
            self.resumed.emit()

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        if self._current():
            self.returned.emit(result)

    @Slot(object)
    def _on_errored(self, error: object) -> None:
        if self._current():
            self.errored.emit(error)

    @Slot()
    def _on_aborted(self) -> None:
        if self._current():
            self.aborted.emit()

    @Slot()
    def _on_finished(self) -> None:
        if self._current():
            self.worker = None  # not busy any more when ``finished`` is heard
            self.finished.emit()
