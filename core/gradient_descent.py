"""The article's loop, one epoch of it: a gradient-descent step of the neuron.

This is the math the whole app turns around, written as the article writes it::

    z = X w + b              logits, one per picture
    a = σ(z)                 p(cat) per picture
    dw = Xᵀ(a − y) / m       the gradient of the mean cross-entropy…
    db = mean(a − y)         …and of the bias
    w ← w − α dw
    b ← b − α db

:class:`Primal` repeats :func:`gradient_step` epoch after epoch; the exact
:class:`core.dual.Dual` is an optimization of the same step, and
:mod:`core.step` spells out every intermediate of one step for a learner.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.formulations import Formulation
from core.neuron import Neuron, sigmoid


@dataclass(frozen=True, eq=False)
class GradientStep:
    """One step of gradient descent from ``(w, b)``: what it saw and where it went."""

    z: np.ndarray
    """The logits ``X w + b`` before the step, ``(m,)``."""
    dz: np.ndarray
    """``a − y``: how far each picture's p(cat) is from its label, ``(m,)``."""
    dw: np.ndarray
    """``Xᵀ dz / m``, the gradient of the loss in ``w``, ``(n,)``."""
    db: float
    """``mean(dz)``, the gradient of the loss in ``b``."""
    coef: np.ndarray
    """``w − α dw``, the weights after the step."""
    intercept: float
    """``b − α db``, the bias after the step."""


def gradient_step(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, learning_rate: float
) -> GradientStep:
    """Take one full-batch gradient-descent step of the mean cross-entropy, as the article does.

    Parameters
    ----------
    w, b
        The weights ``(n,)`` and the bias before the step (not changed).
    X, y
        Training inputs ``(m, n)`` and their 0/1 labels in ``X``'s float type.
    learning_rate
        α, the size of the step.
    """
    m = len(X)
    z = X @ w + b
    a = sigmoid(z)
    dz = a - y
    dw = X.T @ dz / m
    db = float(np.mean(dz))
    return GradientStep(z, dz, dw, db, w - learning_rate * dw, b - learning_rate * db)


@dataclass(frozen=True, eq=False)
class Block:
    """What a formulation gives back for a block of epochs: row ``i`` is the i-th epoch's start.

    Every step adds a combination of the rows of ``X`` to ``w``, so ``w = w₀ + Xᵀc``
    at every epoch whichever formulation runs; the coefficients ``c`` (one per
    training picture) are what lets :class:`core.history.History` bring any epoch
    back with one product.
    """

    logits: np.ndarray
    """``(epochs, m + m_test)``: the train pictures' logits, then the test pictures'."""
    coefficients: np.ndarray
    """``(epochs, m)``: ``c`` with ``w = w₀ + Xᵀc``."""
    intercepts: np.ndarray
    """``(epochs,)``: the bias ``b``."""


class Primal:
    """The weights themselves, advanced by :func:`gradient_step`: ``O(m·n)`` an epoch.

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
        self._b = float(start.intercept_)
        self._c = np.zeros(len(X), X.dtype)
        self._before = (self._w, self._b)

    def run(self, epochs: int, steps: int, rate: float) -> Block:
        """Run the next ``epochs`` epochs, stepping after the first ``steps`` of them."""
        X, X_test, m = self._X, self._X_test, len(self._X)
        Z = np.empty((epochs, m + len(X_test)), X.dtype)
        C = np.empty((epochs, m), X.dtype)
        B = np.empty(epochs)
        for i in range(epochs):
            C[i], B[i] = self._c, self._b
            np.matmul(X_test, self._w, out=Z[i, m:])
            Z[i, m:] += self._b
            self._before = (self._w, self._b)
            if i < steps:
                step = gradient_step(self._w, self._b, X, self._y, rate)
                Z[i, :m] = step.z
                self._w, self._b = step.coef, step.intercept
                self._c = self._c - (rate / m) * step.dz  # the same step, as w₀ + Xᵀc
            else:
                Z[i, :m] = X @ self._w + self._b
        return Block(Z, C, B)

    def neuron(self, back: int = 0) -> Neuron:
        """A copy of the weights now (``back=0``) or before the last epoch's step (``back=1``)."""
        w, b = self._before if back else (self._w, self._b)
        return Neuron(w.copy(), float(b))
