"""Full-batch gradient descent as an iterator of per-epoch records.

The command line prints the records, the window's worker thread turns them
into signals, the tests compare them with the article's numbers: all three
drive this one loop, so there is one copy of the math in the project.

Each epoch, for the parameters (w, b) in effect at its start::

    z = X w + b              logits
    a = σ(z)                 p(cat) per image
    L = mean BCE(z, y)       the loss the record reports
    w ← w − α Xᵀ(a − y)/m
    b ← b − α mean(a − y)

A run of N epochs yields N + 1 records: epochs 0 … N−1 before their update,
and epoch N after the last one.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import asdict, dataclass

import numpy as np

from core.errors import TrainingError
from core.hyperparameters import Hyperparameters
from core.neuron import Neuron, accuracy, log_loss, sigmoid

DIVERGED_LOSS = 1e6
"""A loss this large means logits in the millions: the steps overshoot, the run has diverged."""


@dataclass(frozen=True)
class EpochRecord:
    """The neuron's numbers at the start of one epoch (accuracies as fractions)."""

    epoch: int
    train_loss: float
    train_acc: float
    test_loss: float
    test_acc: float

    def as_dict(self) -> dict[str, float | int]:
        """The record as the CLI's JSON line: keys in this order."""
        return asdict(self)


class TrainingRun(Iterator[EpochRecord]):
    """One run of gradient descent; ``next()`` computes an epoch's record and takes its step.

    The run keeps its state between calls, so a caller can stop after any epoch,
    look at the current neuron, and carry on later simply by calling ``next()``
    again. Nothing here prints, sleeps or touches a file.

    Parameters
    ----------
    X, y
        Training inputs ``(m, n)`` (already :func:`~core.dataset.flatten`-ed) and 0/1 labels.
    X_test, y_test
        Held-out inputs and labels, scored each epoch but never learned from.
    hyperparameters
        Learning rate, number of epochs and the seed of the initial weights.
    """

    def __init__(
        self,
        X: np.ndarray,
        y: np.ndarray,
        X_test: np.ndarray,
        y_test: np.ndarray,
        hyperparameters: Hyperparameters | None = None,
    ) -> None:
        self.hyperparameters = hyperparameters or Hyperparameters()
        self._X, self._X_test = X, X_test
        self._y = y.astype(X.dtype)
        self._y_test = y_test.astype(X.dtype)
        start = Neuron.initial(X.shape[1], self.hyperparameters.seed, X.dtype)
        self._w = start.coef_
        self._b = X.dtype.type(start.intercept_)
        self.epoch = 0

    @property
    def finished(self) -> bool:
        """Whether the final record (epoch N) has been produced."""
        return self.epoch > self.hyperparameters.epochs

    def __next__(self) -> EpochRecord:
        if self.finished:
            raise StopIteration
        with np.errstate(over="ignore", invalid="ignore"):
            z = self._X @ self._w + self._b
            z_test = self._X_test @ self._w + self._b
            a = sigmoid(z)
            record = EpochRecord(
                self.epoch,
                log_loss(z, self._y),
                accuracy(a, self._y),
                log_loss(z_test, self._y_test),
                accuracy(sigmoid(z_test), self._y_test),
            )
            _check_diverged(record)
            if self.epoch < self.hyperparameters.epochs:
                residual = a - self._y
                rate = self.hyperparameters.learning_rate
                self._w -= rate * (self._X.T @ residual) / len(self._y)
                self._b -= rate * np.mean(residual)
        self.epoch += 1
        return record

    def neuron(self) -> Neuron:
        """A copy of the current weights: safe to keep, save or send to another thread."""
        return Neuron(self._w.copy(), float(self._b))


def _check_diverged(record: EpochRecord) -> None:
    worst = max(record.train_loss, record.test_loss)
    if not worst <= DIVERGED_LOSS:  # also true for inf and NaN
        shown = f"{worst:.3g}" if math.isfinite(worst) else "inf"
        raise TrainingError(f"loss became {shown} at epoch {record.epoch}: lower the learning rate")
