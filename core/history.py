"""Every epoch of the current run, kept so that any of them can be brought back.

Whichever formulation trains, the weights at every epoch are ``w_e = w₀ + Xᵀc_e``
with ``c_{e+1} = c_e − α(a_e − y)/m`` (see :mod:`core.dual`): one number per
training picture. So a :class:`History` keeps, per epoch:

- the record (losses and accuracies, 4 floats),
- ``c_e`` and the bias ``b_e`` (``m + 1`` floats): the weights, with one product,
- the logits of every train and test picture (``m + m_test`` floats): the dataset
  grid and the confusion matrix of that epoch, with no product at all.

For the article's run that is about 3.8 MB for 1001 epochs. When
``epochs × (2m + m_test)`` floats would not fit :data:`HISTORY_BUDGET`, only every
``stride``-th epoch keeps its ``c``, bias and logits, chosen when the run starts so
that they fit; an epoch in between is replayed from the one before it with
:func:`~core.gradient_descent.gradient_step`, at most ``stride − 1`` steps.

One thread appends (the training thread, through :class:`~core.training.TrainingRun`)
while others read. That is safe without a lock because the arrays are allocated
once, for the whole run, and never move: a row is written first, and only then is
the count of epochs published (one attribute assignment, atomic under the GIL). A
reader that takes ``len(history)`` once and reads epochs below it reads rows that
are complete and never written again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.epoch_record import RECORD_FIELDS, EpochRecord
from core.gradient_descent import Block, gradient_step
from core.neuron import Neuron, sigmoid

HISTORY_BUDGET = 256 * 2**20
"""Bytes a run's history may take: 256 MB."""


@dataclass(frozen=True, eq=False)
class Trajectory:
    """A picture's p(cat) over the epochs of a run."""

    epochs: np.ndarray
    """The epochs, ``0, stride, 2·stride, …`` below ``len(history)``."""
    p_cat: np.ndarray
    """σ(z) of the picture at each of those epochs."""
    projection: tuple[np.ndarray, float] = field(repr=False)
    """``(X x, w₀·x)``: all :meth:`History.p_cat` needs of the picture to go on to later epochs."""


class History:
    """The current run, epoch by epoch: records, weights and every picture's logit.

    Parameters
    ----------
    X, y
        Training inputs ``(m, n)`` and their 0/1 labels in ``X``'s float type.
    X_test
        Test inputs ``(m_test, n)``.
    start
        The neuron at epoch 0, ``(w₀, b₀)``.
    learning_rate
        α of the run: epochs between kept ones are replayed with it.
    epochs
        The number of epochs the run will take; the history holds ``epochs + 1`` records.
    budget
        Bytes the kept rows may take (the records always are kept). 0 keeps the
        rows of epoch 0 only, for a run nobody will look back through.
    """

    def __init__(
        self,
        X: np.ndarray,
        y: np.ndarray,
        X_test: np.ndarray,
        start: Neuron,
        learning_rate: float,
        epochs: int,
        budget: int = HISTORY_BUDGET,
    ) -> None:
        self._X, self._y, self._X_test = X, y, X_test
        self._w0 = start.coef_.astype(X.dtype, copy=True)
        self.learning_rate = learning_rate
        m, m_test = len(X), len(X_test)
        total = epochs + 1
        row_bytes = (2 * m + m_test) * X.dtype.itemsize + 8
        self.stride = max(1, -(-total * row_bytes // max(budget, 1)))
        rows = -(-total // self.stride)
        self._records = np.empty((total, len(RECORD_FIELDS)))
        self._coefficients = np.empty((rows, m), X.dtype)
        self._intercepts = np.empty(rows)
        self._logits = np.empty((rows, m + m_test), X.dtype)
        self._count = 0

    def __len__(self) -> int:
        """The number of epochs handed out so far: epochs ``0 … len − 1`` can be read."""
        return self._count

    @property
    def nbytes(self) -> int:
        """Bytes the epochs kept so far take (the arrays are touched only as rows are written)."""
        kept = -(-self._count // self.stride)
        per_row = self._coefficients[:1].nbytes + self._intercepts[:1].nbytes
        per_row += self._logits[:1].nbytes
        return kept * per_row + self._count * self._records[:1].nbytes

    def record(self, epoch: int) -> EpochRecord:
        """The record of ``epoch``: its losses and accuracies, as the run handed it out."""
        self._check(epoch)
        return EpochRecord(epoch, *self._records[epoch].tolist())

    def column(self, name: str) -> np.ndarray:
        """One number of every record so far, e.g. ``column("test_loss")`` for the curves."""
        count = self._count
        return self._records[:count, RECORD_FIELDS.index(name)].copy()

    def neuron(self, epoch: int) -> Neuron:
        """The weights at the start of ``epoch``, those its record was scored with.

        ``w₀ + Xᵀc``: one product of ``X`` (a few ms at 209 pictures), plus up to
        ``stride − 1`` replayed steps when the budget thinned the history.
        """
        self._check(epoch)
        row, steps = divmod(epoch, self.stride)
        w = self._w0 + self._X.T @ self._coefficients[row]
        b = float(self._intercepts[row])
        for _ in range(steps):
            step = gradient_step(w, b, self._X, self._y, self.learning_rate)
            w, b = step.coef, step.intercept
        return Neuron(w, b)

    def logits(self, epoch: int) -> tuple[np.ndarray, np.ndarray]:
        """The logits ``z`` of the train pictures and of the test pictures at ``epoch``.

        Kept, so no product is needed unless the budget thinned the history; p(cat)
        is ``σ(z)`` and the neuron says cat where ``z > 0``.
        """
        self._check(epoch)
        row, steps = divmod(epoch, self.stride)
        m = len(self._X)
        if steps == 0:
            z = self._logits[row].copy()
            return z[:m], z[m:]
        neuron = self.neuron(epoch)
        return neuron.decision_function(self._X), neuron.decision_function(self._X_test)

    def p_cat(self, x: np.ndarray, *, earlier: Trajectory | None = None) -> Trajectory:
        """One flattened picture's p(cat) at every kept epoch of the run so far.

        ``z_e = w₀·x + (X x)·c_e + b_e``: one product with ``X`` for the picture,
        then one with the ``(epochs, m)`` coefficients, instead of one neuron per epoch.
        ``earlier``, the same picture's trajectory from an earlier call on this
        history, is extended by the epochs since: a live run's story costs its new
        epochs, not the whole run again, ten times a second.
        """
        rows = -(-self._count // self.stride)
        if earlier is None:
            x = np.asarray(x, self._X.dtype).ravel()
            projection, done, before = (self._X @ x, float(self._w0 @ x)), 0, np.zeros(0)
        else:
            projection, done, before = earlier.projection, len(earlier.epochs), earlier.p_cat
        Xx, w0x = projection
        z = self._coefficients[done:rows] @ Xx + (self._intercepts[done:rows] + w0x)
        p_cat = np.concatenate([before, sigmoid(z)])
        return Trajectory(np.arange(rows) * self.stride, p_cat, projection)

    def stage(self, first_epoch: int, block: Block, records: np.ndarray) -> None:
        """Write a block's rows, not yet readable: :meth:`publish` makes them so.

        ``records`` is ``(epochs, 4)`` in the order of :data:`RECORD_FIELDS`. Called
        by the training run only, from the thread that trains.
        """
        end = first_epoch + len(records)
        self._records[first_epoch:end] = records
        if self.stride == 1:
            rows: slice | np.ndarray = slice(first_epoch, end)
            kept: slice | np.ndarray = slice(None)
        else:
            epochs = np.arange(first_epoch, end)
            kept = epochs % self.stride == 0
            rows = epochs[kept] // self.stride
        self._coefficients[rows] = block.coefficients[kept]
        self._intercepts[rows] = block.intercepts[kept]
        self._logits[rows] = block.logits[kept]

    def publish(self, count: int) -> None:
        """Make epochs below ``count`` readable; their rows must have been staged."""
        self._count = count

    def _check(self, epoch: int) -> None:
        if not 0 <= epoch < self._count:
            raise IndexError(f"epoch {epoch} is not in the history (0 … {self._count - 1})")
