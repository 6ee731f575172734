"""Things worth telling a learner about a run, noticed in its records as they arrive.

Four kinds, each a small frozen dataclass of numbers with a :class:`NoticeKind`
and, where one exists, a :class:`Remedy` the window can offer as one click. Core
writes no sentences: the window words each notice in the user's language.

- :class:`Divergence`: the train loss grew to :data:`DIVERGENCE_FACTOR` times its
  lowest (two orders of magnitude): the steps overshoot further each time.
- :class:`Oscillation`: the train loss went up on :data:`OSCILLATION_RISES` or more of
  the last :data:`OSCILLATION_EPOCHS` epochs (every other one when it alternates):
  the step overshoots the valley's floor and lands on the other side, though the
  loss may still fall on the whole. Gradient descent with a small enough step never
  raises the loss.
- :class:`Overfitting`: the test loss has been above its lowest (epoch ``k``) for
  :data:`OVERFITTING_PATIENCE` epochs, by :data:`OVERFITTING_MARGIN` or more, while
  the train loss kept falling: the neuron is learning its training pictures, not cats.
  The test loss is averaged over pairs of epochs, which cancels the every-other-epoch
  swing of an oscillating run; and the train loss must have fallen by
  :data:`OVERFITTING_LEARNED` (relative) before ``k``, since a test loss lowest at the
  random start says nothing about learning.
- :class:`Plateau`: the train loss changed by less than :data:`PLATEAU_CHANGE`
  (relative) over :data:`PLATEAU_EPOCHS` epochs while some training pictures are
  still wrong (with none wrong, the run has converged).

A :class:`NoticeDetector` is fed the records in batches, in order, and returns what
fired in each batch. Each kind fires once a run, except overfitting, which fires
again when the test loss reaches a new lowest and then rises once more.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from typing import ClassVar, Union

from core.epoch_record import EpochRecord

DIVERGENCE_FACTOR = 100.0
OSCILLATION_EPOCHS = 20
OSCILLATION_RISES = 7
OSCILLATION_NOISE = 1e-9
"""Relative changes of the loss smaller than this are rounding, neither up nor down."""
OVERFITTING_PATIENCE = 50
OVERFITTING_MARGIN = 0.02
OVERFITTING_LEARNED = 0.1
PLATEAU_EPOCHS = 100
PLATEAU_CHANGE = 1e-3


class NoticeKind(Enum):
    """What a notice is about."""

    DIVERGENCE = "divergence"
    OSCILLATION = "oscillation"
    OVERFITTING = "overfitting"
    PLATEAU = "plateau"


class Remedy(Enum):
    """The one-click action a notice suggests."""

    HALVE_LEARNING_RATE = "halve_learning_rate"
    """Set α to half and train again."""
    GO_TO_EPOCH = "go_to_epoch"
    """Show the epoch the notice names (the history's slider)."""


@dataclass(frozen=True)
class Divergence:
    """The train loss reached ``loss``, ``factor`` times its lowest so far."""

    kind: ClassVar[NoticeKind] = NoticeKind.DIVERGENCE
    remedy: ClassVar[Remedy | None] = Remedy.HALVE_LEARNING_RATE
    epoch: int
    loss: float
    lowest_loss: float
    lowest_epoch: int

    @property
    def factor(self) -> float:
        """How many times the lowest loss the loss has grown to."""
        return self.loss / self.lowest_loss


@dataclass(frozen=True)
class Oscillation:
    """The train loss rose ``rises`` times between ``first_epoch`` and ``epoch``."""

    kind: ClassVar[NoticeKind] = NoticeKind.OSCILLATION
    remedy: ClassVar[Remedy | None] = Remedy.HALVE_LEARNING_RATE
    epoch: int
    first_epoch: int
    rises: int
    """Epochs of the stretch whose step made the train loss go up."""
    largest_rise: float
    """The largest rise of the loss from one epoch to the next in that stretch."""
    net_change: float
    """The loss at ``epoch`` minus the loss at ``first_epoch``: negative if it still fell."""


@dataclass(frozen=True)
class Overfitting:
    """The test loss was lowest at ``best_epoch`` and is higher since, while train loss fell."""

    kind: ClassVar[NoticeKind] = NoticeKind.OVERFITTING
    remedy: ClassVar[Remedy | None] = Remedy.GO_TO_EPOCH
    epoch: int
    best_epoch: int
    best_test_loss: float
    """The lowest test loss, averaged over ``best_epoch − 1`` and ``best_epoch``."""
    test_loss: float
    """The test loss now, averaged over this epoch and the one before."""
    train_loss_drop: float
    """How much the train loss fell from ``best_epoch`` to ``epoch``."""
    best_train_loss: float
    """The train loss at ``best_epoch``."""

    def later(self, before: EpochRecord, last: EpochRecord) -> Overfitting | None:
        """The same notice measured at ``last`` (``before`` is the epoch ahead of it), if it holds.

        None when it no longer does there: the test loss back within the margin of its
        lowest, or the train loss no lower than at ``best_epoch``. A view says where the
        run has got to with it, once the run stops for a moment.
        """
        test_loss = (before.test_loss + last.test_loss) / 2
        if (
            last.epoch <= self.epoch
            or test_loss < (1 + OVERFITTING_MARGIN) * self.best_test_loss
            or last.train_loss >= self.best_train_loss
        ):
            return None
        drop = self.best_train_loss - last.train_loss
        return replace(self, epoch=last.epoch, test_loss=test_loss, train_loss_drop=drop)


@dataclass(frozen=True)
class Plateau:
    """The train loss barely moved from ``first_epoch`` to ``epoch``."""

    kind: ClassVar[NoticeKind] = NoticeKind.PLATEAU
    remedy: ClassVar[Remedy | None] = None
    epoch: int
    first_epoch: int
    loss: float
    relative_change: float
    """(loss at ``first_epoch`` − loss at ``epoch``) / loss at ``first_epoch``."""
    train_acc: float


Notice = Union[Divergence, Oscillation, Overfitting, Plateau]  # noqa: UP007 (runtime alias, 3.10)


class NoticeDetector:
    """Watches a run's records, batch by batch, and says when a notice fires."""

    def __init__(self) -> None:
        self.notices: list[Notice] = []
        """Every notice fired so far, in order."""
        self._fired: set[NoticeKind] = set()
        self._previous: EpochRecord | None = None
        self._lowest = (float("inf"), 0)
        self._changes: deque[tuple[int, float]] = deque(maxlen=OSCILLATION_EPOCHS)
        self._losses: deque[float] = deque(maxlen=OSCILLATION_EPOCHS + 1)
        self._pair_test_loss: float | None = None
        self._best_test = (float("inf"), 0, 0.0)  # loss, epoch, train loss there
        self._overfitting_reported_for = -1
        self._first_train_loss = 0.0
        self._window: deque[float] = deque(maxlen=PLATEAU_EPOCHS + 1)

    def feed(self, records: Iterable[EpochRecord]) -> list[Notice]:
        """Take the next records (in epoch order) and return the notices they fired."""
        fired: list[Notice] = []
        for record in records:
            for notice in self._look(record):
                fired.append(notice)
                self._fired.add(notice.kind)
            self._previous = record
        self.notices += fired
        return fired

    def _look(self, record: EpochRecord) -> Iterable[Notice]:
        loss = record.train_loss
        if loss < self._lowest[0]:
            self._lowest = (loss, record.epoch)
        if NoticeKind.DIVERGENCE not in self._fired and loss >= DIVERGENCE_FACTOR * self._lowest[0]:
            yield Divergence(record.epoch, loss, *self._lowest)
        oscillation = self._oscillation(record)
        if oscillation is not None:
            yield oscillation
        overfitting = self._overfitting(record)
        if overfitting is not None:
            yield overfitting
        plateau = self._plateau(record)
        if plateau is not None:
            yield plateau

    def _oscillation(self, record: EpochRecord) -> Oscillation | None:
        previous = self._previous
        if previous is None or NoticeKind.OSCILLATION in self._fired:  # said once a run
            return None
        change = record.train_loss - previous.train_loss
        self._changes.append((record.epoch, change))
        self._losses.append(record.train_loss)
        rises = [c for _, c in self._changes if c > OSCILLATION_NOISE * abs(previous.train_loss)]
        if (
            NoticeKind.OSCILLATION in self._fired
            or len(self._changes) < OSCILLATION_EPOCHS
            or len(rises) < OSCILLATION_RISES
        ):
            return None
        return Oscillation(
            record.epoch,
            record.epoch - OSCILLATION_EPOCHS,
            len(rises),
            max(rises),
            record.train_loss - self._losses[0],
        )

    def _overfitting(self, record: EpochRecord) -> Overfitting | None:
        before, self._pair_test_loss = self._pair_test_loss, record.test_loss
        if before is None:
            self._first_train_loss = record.train_loss
            return None
        test_loss = (before + record.test_loss) / 2
        best_loss, best_epoch, train_there = self._best_test
        if test_loss < best_loss:
            self._best_test = (test_loss, record.epoch, record.train_loss)
            return None
        if (
            best_epoch == self._overfitting_reported_for
            or record.epoch - best_epoch < OVERFITTING_PATIENCE
            or test_loss < (1 + OVERFITTING_MARGIN) * best_loss
            or record.train_loss >= train_there
            or train_there > (1 - OVERFITTING_LEARNED) * self._first_train_loss
        ):
            return None
        self._overfitting_reported_for = best_epoch
        return Overfitting(
            record.epoch,
            best_epoch,
            best_loss,
            test_loss,
            train_there - record.train_loss,
            train_there,
        )

    def _plateau(self, record: EpochRecord) -> Plateau | None:
        if NoticeKind.PLATEAU in self._fired:  # said once a run
            return None
        self._window.append(record.train_loss)
        if len(self._window) <= PLATEAU_EPOCHS:
            return None
        first = self._window[0]
        change = (first - record.train_loss) / first if first else 0.0
        if abs(change) >= PLATEAU_CHANGE or record.train_acc >= 1.0:
            return None
        return Plateau(
            record.epoch, record.epoch - PLATEAU_EPOCHS, record.train_loss, change, record.train_acc
        )
