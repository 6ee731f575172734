"""The worker that runs core's training loop on its own thread and reports to the window.

The loop is :class:`core.training.TrainingRun`; this file only decides *when*
to talk to the GUI. Epoch records are gathered into batches and sent at most
``MAX_UPDATES_PER_SECOND`` times a second (plus once at the end), so the
window redraws at screen pace however fast the neuron learns, and no epoch is
ever dropped. Pause, resume and stop are checked between epochs: each takes
effect within one epoch. A stop is also heard during the run's one-off setup
(seconds, for a few thousand images): the run then ends with no epoch at all.
"""

from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from core.dataset import Dataset, flatten
from core.errors import CanceledError, CatNeuronError
from core.hyperparameters import Hyperparameters
from core.neuron import Neuron
from core.training import EpochRecord, TrainingRun

MAX_UPDATES_PER_SECOND = 30


@dataclass(frozen=True)
class Progress:
    """What the window gets each time: the new records and the neuron the last one was scored on."""

    run_id: int
    records: list[EpochRecord]
    neuron: Neuron
    epochs_done: int
    elapsed: float


@dataclass(frozen=True)
class Outcome:
    """How a run ended: the kept neuron, the record scored on it, and whether all epochs ran.

    ``neuron`` and ``last`` are None when the run was stopped while it was still
    setting up, before its first epoch: nothing was learned, nothing replaces the model.
    """

    run_id: int
    neuron: Neuron | None
    last: EpochRecord | None
    completed: bool
    elapsed: float


class TrainingWorker(QObject):
    """Drives one :class:`TrainingRun`; lives on a QThread, talks only through signals.

    ``pause``, ``resume``, ``stop`` and ``set_max_rate`` are called from the GUI
    thread while :meth:`run` loops on the worker thread; they only flip
    thread-safe flags, which the loop reads between epochs. Every signal is
    emitted from the loop and carries the run's id, so a window that has moved
    on to a newer run can tell a late message from an old one.
    """

    started = Signal()
    progressed = Signal(object)  # Progress
    pausedChanged = Signal(int, bool)  # run id, whether the loop is now held
    finished = Signal(object)  # Outcome
    failed = Signal(int, str)  # run id, one-line message

    def __init__(self, dataset: Dataset, hyperparameters: Hyperparameters, run_id: int = 0) -> None:
        super().__init__()
        self._dataset = dataset
        self.hyperparameters = hyperparameters
        self.run_id = run_id
        self._not_paused = threading.Event()
        self._not_paused.set()
        self._stopping = threading.Event()
        self._min_interval = 0.0

    def pause(self) -> None:
        """Hold the run before its next epoch (``pausedChanged`` says when it is held)."""
        self._not_paused.clear()

    def resume(self) -> None:
        """Carry on from the epoch where the run was paused."""
        self._not_paused.set()

    @property
    def paused(self) -> bool:
        """Whether a pause was asked for and not yet lifted."""
        return not self._not_paused.is_set()

    def stop(self) -> None:
        """End the run after the current epoch (or during its setup), keeping what it learned."""
        self._stopping.set()
        self._not_paused.set()

    def set_max_rate(self, epochs_per_second: float) -> None:
        """Slow the run down so a class can watch the curve form; 0 means as fast as possible."""
        self._min_interval = 1.0 / epochs_per_second if epochs_per_second > 0 else 0.0

    @Slot()
    def run(self) -> None:
        """The loop (on the worker thread): every exception ends as ``failed``, never silently."""
        self.started.emit()
        start = time.perf_counter()
        try:
            run = TrainingRun(
                flatten(self._dataset.train_images),
                self._dataset.train_labels,
                flatten(self._dataset.test_images),
                self._dataset.test_labels,
                self.hyperparameters,
                cancel=self._stopping,
            )
            last = self._loop(run, start)
            elapsed = time.perf_counter() - start
            outcome = Outcome(self.run_id, run.scored_neuron(), last, run.finished, elapsed)
        except CanceledError:  # stopped during the setup (seconds, for a few thousand images)
            outcome = Outcome(self.run_id, None, None, False, time.perf_counter() - start)
            self.finished.emit(outcome)
        except CatNeuronError as error:
            self.failed.emit(self.run_id, str(error))
        except Exception as error:  # a bug: show it, and keep the trace for the terminal
            traceback.print_exc()
            message = f"training failed unexpectedly: {type(error).__name__}: {error}"
            self.failed.emit(self.run_id, message)
        else:
            self.finished.emit(outcome)

    def _loop(self, run: TrainingRun, start: float) -> EpochRecord | None:
        batch: list[EpochRecord] = []
        last: EpochRecord | None = None
        last_sent = 0.0
        next_epoch_at = time.perf_counter()
        try:
            for last in run:
                batch.append(last)
                if run.finished:
                    break
                now = time.perf_counter()
                if now - last_sent >= 1 / MAX_UPDATES_PER_SECOND:
                    batch, last_sent = self._send(batch, run, start), now
                if self._stopping.is_set():
                    break
                if self.paused:
                    batch = self._send(batch, run, start)
                    self.pausedChanged.emit(self.run_id, True)
                    held = time.perf_counter()
                    self._not_paused.wait()
                    start += time.perf_counter() - held  # time left ignores the pause
                    if self._stopping.is_set():
                        break
                    self.pausedChanged.emit(self.run_id, False)
                if self._min_interval:
                    next_epoch_at = max(next_epoch_at + self._min_interval, time.perf_counter())
                    self._stopping.wait(next_epoch_at - time.perf_counter())
        finally:  # also on a diverging epoch: the curve keeps every epoch before it
            self._send(batch, run, start)
        return last

    def _send(self, batch: list[EpochRecord], run: TrainingRun, start: float) -> list:
        """Emit the batch (if any) with a snapshot of the neuron; returns a fresh empty batch."""
        if batch:
            elapsed = time.perf_counter() - start
            progress = Progress(self.run_id, batch, run.scored_neuron(), run.epoch, elapsed)
            self.progressed.emit(progress)
        return []
