"""Why the neuron said what it said: its logit split into per-pixel contributions.

For one picture x, z = w·x + b = Σᵢ wᵢxᵢ + b, a sum of 12,288 pixel × weight
products. Each term wᵢxᵢ is how much pixel channel i pushed toward cat
(positive, drawn red) or away from it (negative, drawn blue); summed over the
three colour channels they make a heat map the size of the picture. The red
terms add up to what the picture says for cat, the blue ones to what it says
against, and red + blue + bias is z, exactly as :func:`explain` computes it.

Colour maps are scaled symmetrically (``−scale … +scale``, white at 0), so a
colour bar can show the numbers and the sign stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.neuron import Neuron, sigmoid


@dataclass(frozen=True)
class Explanation:
    """The numbers behind one answer, as a learner would write them down."""

    weighted_sum: float
    """w·x, the evidence from the pixels: ``red_sum + blue_sum``."""
    bias: float
    """b, the evidence before looking at any pixel."""
    logit: float
    """z = w·x + b."""
    p_cat: float
    """σ(z)."""
    contributions: np.ndarray
    """``(H, W)`` map of Σ_channels wᵢxᵢ: positive pushed toward cat."""
    red_sum: float
    """The sum of the positive products wᵢxᵢ: how much the picture adds toward cat."""
    blue_sum: float
    """The sum of the negative products wᵢxᵢ (≤ 0): how much it takes away."""
    scale: float
    """The largest |value| of ``contributions``: the ends of a symmetric colour bar."""


@dataclass(frozen=True, eq=False)
class ChannelWeights:
    """The weights as three maps, red, green and blue channel, on one symmetric scale."""

    maps: np.ndarray
    """``(3, H, W)``: the weights of the R, G and B values of each pixel."""
    scale: float
    """The largest |w| over all three: one colour bar for the three maps."""


def explain(neuron: Neuron, x: np.ndarray, image_shape: tuple[int, int, int]) -> Explanation:
    """Split the neuron's answer on one flattened input ``x`` (n,) into its parts."""
    terms = neuron.coef_ * x
    red_sum = float(np.sum(terms, where=terms > 0))
    blue_sum = float(np.sum(terms, where=terms < 0))
    bias = float(neuron.intercept_)
    logit = red_sum + blue_sum + bias
    contributions = terms.reshape(image_shape).sum(axis=2)
    return Explanation(
        red_sum + blue_sum,
        bias,
        logit,
        float(sigmoid(np.array([logit]))[0]),
        contributions,
        red_sum,
        blue_sum,
        symmetric_scale(contributions),
    )


def symmetric_scale(values: np.ndarray) -> float:
    """The largest |value|, or 1 when all are 0: colour bars run from −scale to +scale."""
    return float(np.max(np.abs(values), initial=0.0)) or 1.0


def channel_weights(neuron: Neuron, image_shape: tuple[int, int, int]) -> ChannelWeights:
    """The weights of each colour channel as its own map, all three on a common scale."""
    w = neuron.coef_.reshape(image_shape)
    return ChannelWeights(np.moveaxis(w, 2, 0).copy(), symmetric_scale(w))


def weights_image(neuron: Neuron, image_shape: tuple[int, int, int]) -> np.ndarray:
    """The weights as a uint8 RGB picture: grey is 0, a brighter channel pushes toward cat.

    Scaled symmetrically by the largest |w| so that the sign stays readable.
    """
    w = neuron.coef_.reshape(image_shape)
    scale = symmetric_scale(w)
    return np.clip(np.rint(127.5 + 127.5 * w / scale), 0, 255).astype(np.uint8)


def diverging_colors(values: np.ndarray, scale: float | None = None) -> np.ndarray:
    """``(H, W)`` signed values to RGB: blue for negative, white for 0, red for positive.

    ``scale`` is the value drawn full red (and, negated, full blue); by default the
    largest |value|. Give the same scale to maps that share one colour bar.
    """
    scale = symmetric_scale(values) if scale is None else scale
    t = np.clip(values / scale, -1.0, 1.0)[..., None]
    white = np.array([255.0, 255.0, 255.0])
    red, blue = np.array([200.0, 30.0, 40.0]), np.array([40.0, 90.0, 200.0])
    rgb = np.where(t >= 0, white + t * (red - white), white - t * (blue - white))
    return np.rint(rgb).astype(np.uint8)
