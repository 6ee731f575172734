"""One gradient-descent step, computed with its real numbers, for a learner to follow.

The article's eight steps for one epoch: take the inputs ``X`` and the weights
``(w, b)``; forward, ``z = X w + b`` and ``a = σ(z)``; the loss; backward,
``dz = a − y``, ``dw = Xᵀdz / m`` and ``db``; the update ``w ← w − α dw``; and
the loss after it. :func:`compute_step` runs
:func:`~core.gradient_descent.gradient_step`, the one the training takes, and
keeps every intermediate, so what the inspector shows is what the run did.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.gradient_descent import gradient_step
from core.neuron import Neuron, log_loss, sigmoid


@dataclass(frozen=True, eq=False)
class ComputedStep:
    """Every intermediate of one gradient-descent step, train set, float arrays."""

    learning_rate: float
    """α."""
    coef: np.ndarray
    """w before the step, ``(n,)``."""
    intercept: float
    """b before the step."""
    z: np.ndarray
    """``X w + b``, ``(m,)``."""
    a: np.ndarray
    """σ(z), p(cat) of each picture, ``(m,)``."""
    loss: float
    """The mean cross-entropy before the step."""
    dz: np.ndarray
    """``a − y``, ``(m,)``."""
    dw: np.ndarray
    """``Xᵀdz / m``, ``(n,)``: the gradient in w, a picture of the weights' shape."""
    db: float
    """``mean(dz)``."""
    update: np.ndarray
    """``α · dw``, what the step takes away from w."""
    update_norm: float
    """‖α · dw‖, to set next to ‖w‖."""
    coef_norm: float
    """‖w‖ before the step."""
    new_coef: np.ndarray
    """``w − α dw``."""
    new_intercept: float
    """``b − α db``."""
    loss_after: float
    """The mean cross-entropy with the new weights."""


def compute_step(
    neuron: Neuron, X: np.ndarray, y: np.ndarray, learning_rate: float
) -> ComputedStep:
    """The step gradient descent takes from ``neuron`` on ``(X, y)``, with all its numbers.

    Parameters
    ----------
    neuron
        The weights at the start of the epoch, e.g. ``run.history.neuron(epoch)``.
    X, y
        Training inputs ``(m, n)`` as the run saw them (flattened, /255) and 0/1 labels.
    learning_rate
        α of the run.
    """
    labels = y.astype(X.dtype)
    w, b = neuron.coef_, float(neuron.intercept_)
    step = gradient_step(w, b, X, labels, learning_rate)
    update = learning_rate * step.dw
    new_z = X @ step.coef + step.intercept
    return ComputedStep(
        learning_rate=learning_rate,
        coef=w,
        intercept=b,
        z=step.z,
        a=sigmoid(step.z),
        loss=log_loss(step.z, y),
        dz=step.dz,
        dw=step.dw,
        db=step.db,
        update=update,
        update_norm=float(np.linalg.norm(update)),
        coef_norm=float(np.linalg.norm(w)),
        new_coef=step.coef,
        new_intercept=step.intercept,
        loss_after=log_loss(new_z, y),
    )
