"""Full-batch gradient descent as an iterator of per-epoch records.

The command line prints the records, the window's worker thread turns them
into signals, the tests compare them with the article's numbers: all three
drive this one loop, so there is one copy of the math in the project.

Each epoch scores the parameters (w, b) in effect at its start (the record:
mean cross-entropy and accuracy, train and test) and then takes one
:func:`~core.gradient_descent.gradient_step`. A run of N epochs yields N + 1
records: epochs 0 … N−1 before their update, and epoch N after the last one.

:class:`core.gradient_descent.Primal` runs the step as written. For the
article's 209 images of 12288 pixels the run uses the exact
:class:`core.dual.Dual` instead, about twenty times cheaper an epoch; which one
runs changes the numbers only in their last digits. Every epoch handed out is
kept in the run's :class:`~core.history.History`.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterator
from typing import Literal

import numpy as np

from core.dual import Dual
from core.epoch_record import EpochRecord
from core.errors import TrainingError
from core.formulations import Formulation, choose
from core.gradient_descent import Primal
from core.history import HISTORY_BUDGET, History
from core.hyperparameters import Hyperparameters
from core.neuron import Neuron
from core.progress import CancelCheck

DIVERGED_LOSS = 1e6
"""A loss this large means logits in the millions: the steps overshoot, the run has diverged."""


class TrainingRun(Iterator[EpochRecord]):
    """One run of gradient descent; ``next()`` computes an epoch's record and takes its step.

    The run keeps its state between calls, so a caller can stop after any epoch,
    look at the current neuron, and carry on later simply by calling ``next()``
    again. Nothing here prints, sleeps or touches a file.

    The weights live in the cheaper of two exact formulations
    (:mod:`core.formulations`): the primal ``w`` for large sets or short runs, the
    dual ``w = w₀ + Xᵀc`` when there are far fewer images than pixels, as in the
    article's 209 × 12288. The records are the same either way. The dual computes
    a block of epochs ahead of the records it hands out; :meth:`neuron`, the
    records and :attr:`history` are always those of the epoch the caller has
    reached, so a paused run can be stepped one epoch, one ``next()``, at a time.

    Parameters
    ----------
    X, y
        Training inputs ``(m, n)`` (already :func:`~core.dataset.flatten`-ed) and 0/1 labels.
        The run computes in ``X``'s float type: float64, or float32 for large sets.
    X_test, y_test
        Held-out inputs and labels, scored each epoch but never learned from.
    hyperparameters
        Learning rate, number of epochs and the seed of the initial weights.
    formulation
        ``"primal"``, ``"dual"``, or ``"auto"`` to let :func:`core.formulations.choose`
        pick by cost.
    cancel
        Checked during the dual's one-off setup, which takes seconds for a few thousand
        images: when it asks to stop, :class:`~core.errors.CanceledError` is raised.
    history_budget
        Bytes the run's :class:`~core.history.History` may take.
    """

    def __init__(
        self,
        X: np.ndarray,
        y: np.ndarray,
        X_test: np.ndarray,
        y_test: np.ndarray,
        hyperparameters: Hyperparameters | None = None,
        formulation: Formulation | Literal["auto"] = "auto",
        cancel: CancelCheck | None = None,
        history_budget: int = HISTORY_BUDGET,
    ) -> None:
        if X.dtype not in (np.float32, np.float64) or X_test.dtype != X.dtype:
            raise ValueError(
                f"inputs must both be float32 or float64, got {X.dtype} and {X_test.dtype}"
            )
        self.hyperparameters = hyper = hyperparameters or Hyperparameters()
        m, n = X.shape
        if formulation == "auto":
            formulation = choose(m, n, len(X_test), hyper.epochs)
        start = Neuron.initial(n, hyper.seed, X.dtype)
        labels = y.astype(X.dtype)
        self._weights: Primal | Dual
        if formulation == "dual":
            self._weights = Dual(X, labels, X_test, start, cancel)
        else:
            self._weights = Primal(X, labels, X_test, start)
        self.history = History(
            X, labels, X_test, start, hyper.learning_rate, hyper.epochs, history_budget
        )
        """Every epoch handed out so far: ``len(run.history) == run.epoch``."""
        self._m = m
        self._is_cat = np.concatenate([y, y_test]) == 1
        self._sign = np.where(self._is_cat, -1, 1).astype(X.dtype)
        self._ahead: deque[EpochRecord] = deque()
        self.epoch = 0

    @property
    def formulation(self) -> Formulation:
        """``"primal"`` or ``"dual"``: how this run holds its weights."""
        return self._weights.name

    @property
    def finished(self) -> bool:
        """Whether the final record (epoch N) has been produced."""
        return self.epoch > self.hyperparameters.epochs

    def __next__(self) -> EpochRecord:
        if self.finished:
            raise StopIteration
        if not self._ahead:
            self._ahead.extend(self._run_ahead())
        _check_diverged(self._ahead[0])
        self.epoch += 1
        self.history.publish(self.epoch)
        return self._ahead.popleft()

    def neuron(self) -> Neuron:
        """A copy of the current weights: safe to keep, save or send to another thread."""
        return self._weights.neuron(back=len(self._ahead))

    def scored_neuron(self) -> Neuron:
        """The weights the last record was scored with: one step behind :meth:`neuron`.

        Records describe the weights at the *start* of their epoch, so this is the
        neuron to keep together with the last record (the two are the same after
        the final record, which takes no step). Before the first record it is the
        initial neuron.
        """
        if self.epoch == 0:
            return self.neuron()
        return self._weights.neuron(back=len(self._ahead) + 1)

    def _run_ahead(self) -> list[EpochRecord]:
        """The records of the next block of epochs, its steps taken (none after epoch N)."""
        hyper = self.hyperparameters
        epochs_left = hyper.epochs - self.epoch
        count = min(self._weights.block, epochs_left + 1)
        with np.errstate(over="ignore", invalid="ignore"):
            block = self._weights.run(count, min(count, epochs_left), hyper.learning_rate)
            columns = self._score(block.logits)
        self.history.stage(self.epoch, block, np.column_stack(columns))
        return [
            EpochRecord(self.epoch + i, *numbers)
            for i, numbers in enumerate(zip(*(column.tolist() for column in columns), strict=True))
        ]

    def _score(self, Z: np.ndarray) -> tuple[np.ndarray, ...]:
        """One record per row of logits ``Z`` (train images, then test images).

        Row by row the numbers of :func:`~core.neuron.log_loss` and
        :func:`~core.neuron.accuracy`: the loss of an image is ``log(1 + eᵗ)`` with
        ``t = ±z`` the logit of the wrong class, and it is classed a cat when
        ``σ(z) > ½``, that is when ``z > 0``.
        """
        m = self._m
        losses = np.logaddexp(0.0, Z * self._sign)
        correct = (Z > 0) == self._is_cat
        return (
            losses[:, :m].mean(axis=1, dtype=np.float64),
            correct[:, :m].mean(axis=1),
            losses[:, m:].mean(axis=1, dtype=np.float64),
            correct[:, m:].mean(axis=1),
        )


def _check_diverged(record: EpochRecord) -> None:
    worst = max(record.train_loss, record.test_loss)
    if not worst <= DIVERGED_LOSS:  # also true for inf and NaN
        shown = f"{worst:.3g}" if math.isfinite(worst) else "∞"
        raise TrainingError(
            "the loss became {loss} at epoch {epoch}: the learning rate is too large, lower it",
            loss=shown,
            epoch=record.epoch,
        )
