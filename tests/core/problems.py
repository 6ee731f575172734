"""Small synthetic problems for the core tests: pixels in [0, 1), partly learnable labels."""

from __future__ import annotations

import numpy as np

from core.hyperparameters import Hyperparameters
from core.training import TrainingRun


def random_problem(m=40, n=300, m_test=15, seed=0, dtype=np.float64):
    """Pixels in [0, 1) like flattened images, labels that a neuron can partly learn."""
    rng = np.random.default_rng(seed)
    X, X_test = rng.random((m, n)), rng.random((m_test, n))
    direction = rng.normal(size=n)
    y = (X @ direction > np.median(X @ direction)).astype(np.int64)
    y_test = (X_test @ direction > np.median(X @ direction)).astype(np.int64)
    return X.astype(dtype), y, X_test.astype(dtype), y_test


def train(problem, formulation, **hyper):
    X, y, X_test, y_test = problem
    hyper = Hyperparameters(**{"learning_rate": 0.01, "seed": 3, **hyper})
    return TrainingRun(X, y, X_test, y_test, hyper, formulation=formulation)
