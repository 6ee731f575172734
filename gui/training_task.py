"""Training as a task for :class:`gui.worker.Worker`: core's loop, batched for the screen.

:func:`train` drives :class:`core.training.TrainingRun` and yields at every
epoch, the checkpoint where pause, step and stop take effect. Most yields are
``None``; records are gathered and leave as one :class:`Progress` at most
``MAX_UPDATES_PER_SECOND`` times a second, and only once the window has drawn
the one before (a busy window gets fewer, larger updates, never a queue), and
at once when the run is about to pause or stop; so the window redraws at screen
pace however fast the neuron learns, and never loses an epoch. Each
:class:`Progress` carries the finished model of its last record and the notices
its records raised (divergence, overfitting…), both found here, off the GUI
thread.

No Qt here: a test iterates ``train(dataset, hyper, control=Control())`` itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.errors import CanceledError, TrainingError
from core.hyperparameters import Hyperparameters
from gui.worker import Control

if TYPE_CHECKING:  # numpy and h5py load on the first run, after the window's first paint
    from core.dataset import Dataset
    from core.epoch_record import EpochRecord
    from core.history import History
    from core.model_file import Model
    from core.notices import Notice

MAX_UPDATES_PER_SECOND = 30
FRAME_S = 1 / MAX_UPDATES_PER_SECOND
WINDOW_WAIT_S = 0.1
"""How long training waits for the window to draw the run's start, or an update.

Training and drawing are both Python, and only one thread runs Python at a time:
trained straight on, the two took turns of a few milliseconds, and the window
drew each update in pieces while the next ones piled up. A window that has not
drawn within this time (a dialog, a slow disk) does not hold the run up further.
The outcome waits for the last update to be drawn too: handled and drawn in one
go, the two blocked the window for twice as long. (The outcome's time is taken
before that wait: the run's work is done.)
"""


@dataclass(frozen=True)
class Progress:
    """New records, the model the last of them was scored with, and what they gave notice of."""

    records: list[EpochRecord]
    model: Model
    elapsed: float
    """Seconds of work so far, pauses left out."""
    history: History
    """Every epoch of the run so far (safe to read from the GUI thread)."""
    notices: list[Notice]
    """The notices these records raised (:class:`core.notices.NoticeDetector`), in order."""


@dataclass(frozen=True)
class Outcome:
    """How a run ended. ``model`` and ``last`` are None when it stopped during its setup."""

    model: Model | None
    last: EpochRecord | None
    completed: bool
    elapsed: float


class Pacing:
    """The speed limit a user can change while the run goes on (read by the training thread)."""

    def __init__(self, epochs_per_second: float = 0.0) -> None:
        self.epochs_per_second = epochs_per_second

    def interval(self) -> float:
        """Seconds between epochs; 0 means as fast as possible."""
        rate = self.epochs_per_second
        return 1.0 / rate if rate > 0 else 0.0


def train(
    dataset: Dataset,
    hyperparameters: Hyperparameters,
    *,
    control: Control,
    pacing: Pacing | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> Generator[Progress | None, None, Outcome]:
    """Run gradient descent on ``dataset``, one checkpoint per epoch; returns the outcome.

    A stop (``control.finishing()``) ends the run after the epoch in progress,
    keeping what it learned; during the run's one-off setup it ends the run with
    no epoch at all. A diverging run sends every epoch before the bad one, then
    raises :class:`~core.errors.TrainingError`.
    """
    from core.dataset import flatten
    from core.model_file import Model
    from core.notices import NoticeDetector
    from core.training import TrainingRun

    pacing = pacing or Pacing()
    control.wait_taken(WINDOW_WAIT_S)  # the window shows the run starting, then it starts
    worked = 0.0  # seconds spent here, not held at a checkpoint
    resumed_at = clock()

    def elapsed() -> float:
        return worked + clock() - resumed_at

    try:
        run = TrainingRun(
            flatten(dataset.train_images),
            dataset.train_labels,
            flatten(dataset.test_images),
            dataset.test_labels,
            hyperparameters,
            cancel=control.interrupt,
        )
    except CanceledError:
        if control.canceled():
            raise
        return Outcome(None, None, False, elapsed())

    def model_of(record: EpochRecord) -> Model:
        neuron = run.scored_neuron()
        shape, classes = dataset.image_shape, dataset.classes
        return Model(neuron, shape, classes, hyperparameters, record)

    detector = NoticeDetector()

    def progress(records: list[EpochRecord]) -> Progress:
        model = model_of(records[-1])
        return Progress(records, model, elapsed(), run.history, detector.feed(records))

    batch: list[EpochRecord] = []
    last: EpochRecord | None = None
    update: Progress | None = None
    # the first update leaves a frame after the start, as every other does (an update
    # sent at the first epoch cost the run one more wait for the window); a run slowed
    # to fewer epochs a second than that sends every epoch as it comes
    sent_at = next_epoch_at = clock()
    while True:
        try:
            last = next(run)
        except StopIteration:
            break
        except TrainingError:
            if batch:
                yield progress(batch)
            raise
        batch.append(last)
        now = clock()
        waited = now - sent_at  # a window that never paints again holds no update back
        time_for_one = waited >= FRAME_S or pacing.interval() >= FRAME_S
        due = time_for_one and (control.taken() or waited >= WINDOW_WAIT_S)
        flush = run.finished or control.interrupting() or due
        worked += now - resumed_at
        resumed_at = now
        if flush:
            update = progress(batch)
            batch, sent_at = [], now
            yield update
        else:
            yield None
        resumed_at = clock()
        if control.finishing() or run.finished:
            break
        if flush:  # let the window draw it with the interpreter to itself (counts as run time)
            control.wait_taken(WINDOW_WAIT_S)
        if interval := pacing.interval():
            next_epoch_at = max(next_epoch_at + interval, resumed_at)
            control.sleep(next_epoch_at - resumed_at)
    if batch:  # a stop between flushes
        update = progress(batch)
        worked = elapsed()
        yield update
        resumed_at = clock()  # held there (a pause, a dropped picture): not run time
    model = None
    if update is not None and update.records[-1] is last:  # (always, once an epoch is done)
        model = update.model  # the one the window drew: it knows it for the same weights
    elif last is not None:
        model = model_of(last)
    outcome = Outcome(model, last, run.finished, elapsed())
    if last is not None:  # the last update drawn on its own, the run's end after it
        control.wait_taken(WINDOW_WAIT_S)
    return outcome
