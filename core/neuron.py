"""One neuron: p(cat | x) = σ(w·x + b), logistic regression written out.

The functions here are the whole of the math; :mod:`core.training` only
loops over them. The estimator speaks scikit-learn's vocabulary (``coef_``,
``intercept_``, ``predict_proba``) so that readers recognize it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import DTypeLike

from core.task import THRESHOLD


def sigmoid(z: np.ndarray) -> np.ndarray:
    """σ(z) = 1 / (1 + e^-z), computed without overflow for any finite z.

    ``exp`` only ever sees ``-|z|``, so ``z = -1000`` gives 0 instead of a
    RuntimeWarning; for z ≥ 0 the result is bit-for-bit the textbook formula.
    """
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def log_loss(z: np.ndarray, y: np.ndarray) -> float:
    """Binary cross-entropy, straight from the logits.

    −[y log σ(z) + (1−y) log(1−σ(z))] equals log(1 + e^{−z}) for y = 1 and
    log(1 + e^{z}) for y = 0, i.e. ``logaddexp(0, ±z)``: no log(0) and no overflow,
    even at |z| = 1000 where σ(z) rounds to exactly 0 or 1.
    """
    return float(np.mean(np.logaddexp(0.0, np.where(y == 1, -z, z))))


def accuracy(p: np.ndarray, y: np.ndarray) -> float:
    """The fraction of examples whose class (cat when p > 0.5) matches the label."""
    return float(np.mean((p > THRESHOLD) == (y == 1)))


def initial_weights(n_features: int, seed: int, dtype: DTypeLike = np.float64) -> np.ndarray:
    """The article's start: ``RandomState(seed).randn(n, 1) * 0.01``, as a flat vector.

    The legacy ``RandomState`` stream is what ``np.random.seed(999)`` gave the
    article, so the same seed reproduces its run number for number.
    """
    return (np.random.RandomState(seed).randn(n_features, 1) * 0.01).ravel().astype(dtype)


@dataclass(eq=False)
class Neuron:
    """A trained (or freshly initialized) neuron: weights ``coef_`` (n,) and bias ``intercept_``.

    Parameters
    ----------
    coef_ : numpy.ndarray
        One weight per input feature (pixel and channel).
    intercept_ : float
        The bias b.
    """

    coef_: np.ndarray
    intercept_: float = 0.0

    @classmethod
    def initial(cls, n_features: int, seed: int, dtype: DTypeLike = np.float64) -> Neuron:
        """The article's initialization: small random weights from ``seed``, zero bias."""
        return cls(initial_weights(n_features, seed, dtype), 0.0)

    @property
    def n_features_in_(self) -> int:
        """How many inputs the neuron takes."""
        return int(self.coef_.shape[0])

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        """The logits z = Xw + b, one per row of ``X``."""
        return X @ self.coef_ + self.intercept_

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """``(m, 2)`` probabilities: column 0 is p(non-cat), column 1 is p(cat)."""
        p_cat = sigmoid(self.decision_function(X))
        return np.column_stack([1.0 - p_cat, p_cat])

    def predict(self, X: np.ndarray) -> np.ndarray:
        """1 (cat) where p(cat) > 0.5, the article's threshold, else 0."""
        return (sigmoid(self.decision_function(X)) > THRESHOLD).astype(np.int64)

    def copy(self) -> Neuron:
        """An independent snapshot, safe to hand to another thread."""
        return Neuron(self.coef_.copy(), float(self.intercept_))
