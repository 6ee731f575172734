"""Why the neuron said what it said: its logit split into per-pixel contributions.

For one picture x, z = w·x + b = Σᵢ wᵢxᵢ + b. Each term wᵢxᵢ is how much pixel
channel i pushed toward cat (positive) or away from it (negative); summed over
the three colour channels they make a heat map the size of the picture.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.neuron import Neuron, sigmoid


@dataclass(frozen=True)
class Explanation:
    """The numbers behind one answer, as a learner would write them down."""

    weighted_sum: float
    """w·x, the evidence from the pixels."""
    bias: float
    """b, the evidence before looking at any pixel."""
    logit: float
    """z = w·x + b."""
    p_cat: float
    """σ(z)."""
    contributions: np.ndarray
    """``(H, W)`` map of Σ_channels wᵢxᵢ: positive pushed toward cat."""


def explain(neuron: Neuron, x: np.ndarray, image_shape: tuple[int, int, int]) -> Explanation:
    """Split the neuron's answer on one flattened input ``x`` (n,) into its parts."""
    terms = neuron.coef_ * x
    weighted_sum = float(np.sum(terms))
    logit = weighted_sum + float(neuron.intercept_)
    return Explanation(
        weighted_sum,
        float(neuron.intercept_),
        logit,
        float(sigmoid(np.array([logit]))[0]),
        terms.reshape(image_shape).sum(axis=2),
    )


def weights_image(neuron: Neuron, image_shape: tuple[int, int, int]) -> np.ndarray:
    """The weights as a uint8 RGB picture: grey is 0, a brighter channel pushes toward cat.

    Scaled symmetrically by the largest |w| so that the sign stays readable.
    """
    w = neuron.coef_.reshape(image_shape)
    scale = float(np.max(np.abs(w))) or 1.0
    return np.clip(np.rint(127.5 + 127.5 * w / scale), 0, 255).astype(np.uint8)


def diverging_colors(values: np.ndarray) -> np.ndarray:
    """``(H, W)`` signed values to RGB: blue for negative, white for 0, red for positive."""
    scale = float(np.max(np.abs(values))) or 1.0
    t = np.clip(values / scale, -1.0, 1.0)[..., None]
    white = np.array([255.0, 255.0, 255.0])
    red, blue = np.array([200.0, 30.0, 40.0]), np.array([40.0, 90.0, 200.0])
    rgb = np.where(t >= 0, white + t * (red - white), white - t * (blue - white))
    return np.rint(rgb).astype(np.uint8)
