"""One training run at a time: the worker, its thread, and the messages that belong to it.

The window asks for runs here and hears back only about the current one:
every signal below is emitted on the GUI thread, and messages still queued
from a run that was already stopped or replaced are dropped (each run has an
id that its worker stamps on everything it sends).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from core.dataset import Dataset
    from core.hyperparameters import Hyperparameters
    from gui.training_worker import Outcome, Progress, TrainingWorker


class TrainingSession(QObject):
    """Starts, pauses, stops and joins :class:`~gui.training_worker.TrainingWorker` runs."""

    progressed = Signal(object)  # Progress
    pausedChanged = Signal(bool)
    finished = Signal(object)  # Outcome
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: TrainingWorker | None = None
        self._thread: QThread | None = None
        self._run_id = 0
        self.paused = False

    @property
    def running(self) -> bool:
        """Whether a run is in progress (a paused run counts)."""
        return self._worker is not None

    @property
    def hyperparameters(self) -> Hyperparameters | None:
        """The current run's hyperparameters."""
        return self._worker.hyperparameters if self._worker else None

    def start(self, dataset: Dataset, hyperparameters: Hyperparameters, max_rate: float) -> None:
        """Start a fresh run on its own thread (stopping any run still going)."""
        from gui.training_worker import TrainingWorker  # numpy: not before the first paint

        self.stop(wait=True)
        self._run_id += 1
        self.paused = False
        worker = TrainingWorker(dataset, hyperparameters, self._run_id)
        worker.set_max_rate(max_rate)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_progressed)
        worker.pausedChanged.connect(self._on_paused_changed)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(thread.deleteLater)
        self._worker, self._thread = worker, thread
        thread.start()

    def toggle_pause(self) -> None:
        """Pause a running run, resume a paused one (``pausedChanged`` confirms)."""
        if self._worker is None:
            return
        if self._worker.paused:
            self._worker.resume()
        else:
            self._worker.pause()

    def stop(self, wait: bool = False) -> None:
        """End the run after its current epoch; with ``wait``, also join its thread now."""
        if self._worker is None:
            return
        self._worker.stop()
        if wait:
            self._join()

    def set_max_rate(self, epochs_per_second: float) -> None:
        """Change the speed limit of the current run."""
        if self._worker is not None:
            self._worker.set_max_rate(epochs_per_second)

    def _is_current(self, run_id: int) -> bool:
        return self._worker is not None and run_id == self._run_id

    def _join(self) -> None:
        """Forget the run and wait for its thread; the worker stops within one epoch."""
        worker, thread = self._worker, self._thread
        self._worker = self._thread = None
        self.paused = False
        if worker is not None:
            worker.stop()
        if thread is not None:
            thread.quit()
            thread.wait()

    @Slot(object)
    def _on_progressed(self, progress: Progress) -> None:
        if self._is_current(progress.run_id):
            self.progressed.emit(progress)

    @Slot(int, bool)
    def _on_paused_changed(self, run_id: int, paused: bool) -> None:
        if self._is_current(run_id):
            self.paused = paused
            self.pausedChanged.emit(paused)

    @Slot(object)
    def _on_finished(self, outcome: Outcome) -> None:
        if self._is_current(outcome.run_id):
            self._join()
            self.finished.emit(outcome)

    @Slot(int, str)
    def _on_failed(self, run_id: int, message: str) -> None:
        if self._is_current(run_id):
            self._join()
            self.failed.emit(message)
