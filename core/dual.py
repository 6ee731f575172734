"""The exact dual: :func:`core.gradient_descent.gradient_step`, optimized for few pictures.

Every step ``w ← w − α Xᵀ(a − y)/m`` adds a combination of the rows of ``X``
to ``w``, so after any number of epochs ``w = w₀ + Xᵀc`` for some ``c`` with
one entry per training picture, and the step itself is, in those coordinates,

    c ← c − α (a − y) / m

The bias is the weight of a constant input 1, so ``b = b₀ + Σc``, and the
logits become ``z = X w₀ + b₀ + (X Xᵀ + 1) c``. Once the ``m × m`` Gram matrix
and the ``m_test × m`` test products are computed, an epoch costs ``O(m²)``
instead of the ``O(m·n)`` of the step as written, and ``w`` is rebuilt, in one
product, only when someone looks at it. Nothing is approximated: both compute
the same numbers up to rounding in the last digits (the tests hold the two to
each other).

At ``m = 209`` its epochs are so cheap that numpy's per-call overhead is what
is left, so it runs :data:`DUAL_BLOCK` epochs per call and scores the test
pictures of a whole block in one product.
"""

from __future__ import annotations

import numpy as np

from core.formulations import Formulation
from core.gradient_descent import Block
from core.neuron import Neuron
from core.progress import CancelCheck, raise_if_canceled

DUAL_BLOCK = 64
"""Epochs the dual computes ahead of the records handed out (a few kB of state)."""

GRAM_BLOCK_ROWS = 256
"""Rows of the dual's products computed at a time when there are more images than this, so that
a stop asked during its one-off setup is heard within a block: at 3,000 images a block takes
a fraction of a second, the whole setup seconds."""


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

    def run(self, epochs: int, steps: int, rate: float) -> Block:
        """Run the next ``epochs`` epochs, stepping after the first ``steps`` of them."""
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
        intercepts = self._b0 + np.sum(c[:-1], axis=1, dtype=np.float64)
        return Block(np.negative(minus_Z, out=minus_Z), c[:-1], intercepts)

    def neuron(self, back: int = 0) -> Neuron:
        """The weights ``w₀ + Xᵀc`` after the last epoch run, or ``back`` epochs before it."""
        c = self._c[-1 - back]
        return Neuron(self._w0 + self._X.T @ c, float(self._b0 + np.sum(c, dtype=np.float64)))


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
