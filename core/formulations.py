"""Two exact ways to hold the weights during full-batch gradient descent: primal and dual.

:class:`Primal` is the article's loop, the readable reference: it keeps ``w``
and reads all of ``X`` twice an epoch, ``O(m·n)``.

:class:`Dual` runs the same iterates in other coordinates. Every update
``w ← w − α Xᵀ(a − y)/m`` adds a combination of the rows of ``X``, so after
any number of epochs ``w = w₀ + Xᵀc`` for some ``c`` with one entry per
training image; the bias, the weight of a constant input 1, is ``b = b₀ + Σc``.
The logits become ``z = X w₀ + b₀ + (X Xᵀ + 1) c``: once the ``m × m`` Gram
matrix and the ``m_test × m`` test products are computed, an epoch costs
``O(m²)`` instead of ``O(m·n)``, and ``w`` is rebuilt, in one product, only
when someone looks at it. Nothing is approximated: both compute the same
numbers up to rounding in the last digits.

Both advance by ``run``, a block of epochs at a time, returning the logits the
caller scores: the primal one epoch (its products dwarf any overhead), the dual
:data:`DUAL_BLOCK`, because at ``m = 209`` its epochs are so cheap that numpy's
per-call overhead is what is left, and scoring a block costs one call where
epochs one by one cost a dozen each. :func:`choose` picks the cheaper
formulation from the sizes and the number of epochs.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from core.neuron import Neuron, sigmoid
from core.progress import CancelCheck, raise_if_canceled

Formulation = Literal["primal", "dual"]

GRAM_MEMORY_SHARE = 0.25
"""The dual's matrices may take at most this share of the memory of the float inputs."""

BLOCKED_SPEEDUP = 4
"""How many times faster a multiply-add runs in a matrix-matrix product than in a
matrix-vector product: the first reuses each number it loads many times, the second
once. On the development machine 18-37 G/s against 3-13 G/s, by threads and by whether
the matrix fits in cache; ``tests/benchmarks/bench_scale.py`` measures where the dual
really overtakes (4 is on the cautious side for large sets)."""

DUAL_BLOCK = 64
"""Epochs the dual computes ahead of the records handed out (a few kB of state)."""

GRAM_BLOCK_ROWS = 256
"""Rows of the dual's products computed at a time when there are more images than this, so that
a stop asked during its one-off setup is heard within a block: at 3,000 images a block takes
a fraction of a second, the whole setup seconds."""


def choose(m: int, n: int, m_test: int, epochs: int) -> Formulation:
    """The formulation that needs less time for the whole run, within the memory rule.

    Time is counted in multiply-adds, those of matrix products divided by
    :data:`BLOCKED_SPEEDUP`:

    - primal: ``(2m + m_test)·n`` an epoch (``X w``, ``X_test w`` and ``Xᵀ r``);
    - dual: once the products ``X Xᵀ`` (symmetric: ``m(m+1)/2·n``) and ``X_test Xᵀ``
      (``m_test·m·n``), and ``X w₀``, ``X_test w₀``; then ``(m + m_test)·m`` an epoch.

    With the article's sizes the dual pays off from about 20 epochs. Its matrices take
    ``(m + m_test)·m`` floats next to the ``(m + m_test)·n`` of the inputs; it is ruled
    out when that would be more than :data:`GRAM_MEMORY_SHARE` of them (``m > n/4``),
    so a large dataset never needs much more than its one float copy.
    """
    if m > GRAM_MEMORY_SHARE * n:
        return "primal"
    primal = epochs * (2 * m + m_test) * n
    products = (m * (m + 1) // 2 + m_test * m) * n / BLOCKED_SPEEDUP
    dual = products + (m + m_test) * n + epochs * (m + m_test) * m
    return "dual" if dual < primal else "primal"


class Primal:
    """The weights themselves: ``z = X w + b``, then ``w ← w − α Xᵀ(a − y)/m``.

    Parameters
    ----------
    X, y
        Training inputs, one row per image, and their 0/1 labels in ``X``'s float type.
    X_test
        Test inputs: scored, never learned from.
    start
        The initial neuron (copied, never changed).
    """

    name: Formulation = "primal"
    block = 1

    def __init__(self, X: np.ndarray, y: np.ndarray, X_test: np.ndarray, start: Neuron) -> None:
        self._X, self._y, self._X_test = X, y, X_test
        self._w = start.coef_.astype(X.dtype, copy=True)
        self._b = X.dtype.type(start.intercept_)
        self._before = self.neuron()

    def run(self, epochs: int, steps: int, rate: float) -> np.ndarray:
        """Run the next ``epochs`` epochs, stepping after the first ``steps`` of them.

        Returns the logits ``(epochs, m + m_test)``, train images then test images,
        at the start of each epoch.
        """
        m = len(self._X)
        Z = np.empty((epochs, m + len(self._X_test)), self._X.dtype)
        for i in range(epochs):
            np.matmul(self._X, self._w, out=Z[i, :m])
            np.matmul(self._X_test, self._w, out=Z[i, m:])
            Z[i] += self._b
            self._before = Neuron(self._w.copy(), float(self._b))
            if i < steps:
                residual = sigmoid(Z[i, :m]) - self._y
                self._w -= rate * (self._X.T @ residual) / m
                self._b -= rate * np.mean(residual)
        return Z

    def neuron(self, back: int = 0) -> Neuron:
        """A copy of the weights now (``back=0``) or before the last epoch's step (``back=1``)."""
        if back:
            return self._before.copy()
        return Neuron(self._w.copy(), float(self._b))


class Dual:
    """The weights as ``w = w₀ + Xᵀc``, ``b = b₀ + Σc``: an epoch is one small matrix product.

    Parameters
    ----------
    X, y
        Training inputs, one row per image (kept to rebuild ``w``), and their 0/1 labels.
    X_test
        Test inputs: scored, never learned from.
    start
        The initial neuron ``(w₀, b₀)``.
    cancel
        Checked between blocks of the one-off products: when it asks to stop,
        :class:`~core.errors.CanceledError` is raised.
    """

    name: Formulation = "dual"
    block = DUAL_BLOCK

    def __init__(
        self,
        X: np.ndarray,
        y: np.ndarray,
        X_test: np.ndarray,
        start: Neuron,
        cancel: CancelCheck | None = None,
    ) -> None:
        self._X, self._y = X, y
        self._w0 = start.coef_.astype(X.dtype, copy=True)
        self._b0 = X.dtype.type(start.intercept_)
        # x·x' + 1 for each training image x' and every image x, training images first
        # (the bias is the weight of a constant input 1); kept negated, with the start
        # logits, so that an epoch computes −z and e⁻ᶻ straight away.
        self._minus_kernel = _products(X, X_test, cancel)
        self._minus_kernel += 1
        np.negative(self._minus_kernel, out=self._minus_kernel)
        self._minus_start = -(np.concatenate([X @ self._w0, X_test @ self._w0]) + self._b0)
        self._c = np.zeros((1, len(X)), X.dtype)  # c before and after each epoch of a block

    def run(self, epochs: int, steps: int, rate: float) -> np.ndarray:
        """Run the next ``epochs`` epochs, stepping after the first ``steps`` of them.

        Returns the logits ``(epochs, m + m_test)``, train images then test images,
        at the start of each epoch.
        """
        m = len(self._X)
        minus_Z = np.empty((epochs, len(self._minus_kernel)), self._X.dtype)
        c = np.empty((epochs + 1, m), self._X.dtype)
        c[0] = self._c[-1]
        # c ← c − (α/m)(σ(z) − y), as c + (α/m)y − (α/m)/(1 + e⁻ᶻ): few numpy calls an epoch
        scale = rate / m
        pull = scale * self._y
        push = np.empty(m, self._X.dtype)
        kernel, start = self._minus_kernel[:m], self._minus_start[:m]
        rows = zip(minus_Z[:, :m], c[:-1], c[1:], strict=True)
        for i, (minus_z, now, after) in enumerate(rows):
            # vecdot, row by row, never starts BLAS threads: at this size they would only
            # wait for a core (the GUI thread's, another process's) and stall the epoch.
            np.vecdot(kernel, now, out=minus_z)
            minus_z += start
            if i < steps:
                np.exp(minus_z, out=push)
                push += 1
                np.divide(scale, push, out=push)
                np.add(now, pull, out=after)
                after -= push
            else:
                after[:] = now
        # The test images are scored, never learned from: the block's c gives all their
        # logits at once, one product instead of one an epoch.
        np.matmul(c[:-1], self._minus_kernel[m:].T, out=minus_Z[:, m:])
        minus_Z[:, m:] += self._minus_start[m:]
        self._c = c
        return np.negative(minus_Z, out=minus_Z)

    def neuron(self, back: int = 0) -> Neuron:
        """The weights ``w₀ + Xᵀc`` after the last epoch run, or ``back`` epochs before it."""
        c = self._c[-1 - back]
        return Neuron(self._w0 + self._X.T @ c, float(self._b0 + np.sum(c)))


def _products(X: np.ndarray, X_test: np.ndarray, cancel: CancelCheck | None) -> np.ndarray:
    """``X Xᵀ`` over ``X_test Xᵀ``: the dual's one-off products, in blocks of rows.

    Up to :data:`GRAM_BLOCK_ROWS` images, ``X Xᵀ`` is one symmetric product. Beyond,
    each block of rows computes the upper part of ``X Xᵀ`` from its diagonal on (half
    the work, as the symmetric product does) and mirrors it below, and ``cancel``
    is checked before every block.
    """
    m = len(X)
    products = np.empty((m + len(X_test), m), X.dtype)
    if m <= GRAM_BLOCK_ROWS:
        np.matmul(X, X.T, out=products[:m])
    else:
        for first in range(0, m, GRAM_BLOCK_ROWS):
            raise_if_canceled(cancel, "training")
            end = min(first + GRAM_BLOCK_ROWS, m)
            np.matmul(X[first:end], X[first:].T, out=products[first:end, first:])
            products[end:m, first:end] = products[first:end, end:m].T
    for first in range(0, len(X_test), GRAM_BLOCK_ROWS):
        raise_if_canceled(cancel, "training")
        end = min(first + GRAM_BLOCK_ROWS, len(X_test))
        np.matmul(X_test[first:end], X.T, out=products[m + first : m + end])
    return products
