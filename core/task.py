"""What the neuron is asked: a 64×64 colour picture in, cat or non-cat out.

The class names, the picture size, the threshold and the way an answer is
written (``cat 90.0%``) are defined here once; the command line, the window,
the dataset readers and the model files take them from here. Plain Python, no
numpy, so any module can import it without cost.
"""

from __future__ import annotations

from dataclasses import dataclass

CLASS_NAMES: tuple[str, str] = ("non-cat", "cat")
"""The class names in label order: label 0 is ``non-cat``, label 1 is ``cat``."""

CAT_LABEL = 1
"""The label of the class the neuron's p is the probability of."""

INPUT_SHAPE: tuple[int, int, int] = (64, 64, 3)
"""``(height, width, channels)`` of the pictures the article's neuron takes."""

THRESHOLD = 0.5
"""The neuron says cat when p(cat) is strictly above this, as the article does."""

THRESHOLD_LOGIT = 0.0
"""The same threshold on the logit: σ(z) > ½ exactly when z > 0."""

UNSURE_BAND = (0.4, 0.6)
"""p(cat) strictly inside this band is an answer the neuron is unsure of."""


@dataclass(frozen=True)
class Verdict:
    """The neuron's answer on one picture: the winning class and its probability."""

    p_cat: float
    """σ(z), the probability of cat."""
    classes: tuple[str, str] = CLASS_NAMES

    @property
    def is_cat(self) -> bool:
        """Whether the neuron says cat (p(cat) > :data:`THRESHOLD`)."""
        return self.p_cat > THRESHOLD

    @property
    def label(self) -> int:
        """The winning class's label, 1 for cat and 0 for non-cat."""
        return CAT_LABEL if self.is_cat else 1 - CAT_LABEL

    @property
    def class_name(self) -> str:
        """The winning class's name."""
        return self.classes[self.label]

    @property
    def probability(self) -> float:
        """The probability of the winning class: p(cat) or 1 − p(cat), never below ½."""
        return self.p_cat if self.is_cat else 1.0 - self.p_cat

    @property
    def unsure(self) -> bool:
        """Whether p(cat) lies inside :data:`UNSURE_BAND`, too close to call."""
        low, high = UNSURE_BAND
        return low < self.p_cat < high

    @property
    def text(self) -> str:
        """``cat 90.0%``: the class name and its probability, as the CLI and the window show it.

        Class names are data (a model file may carry its own), not sentences, so
        the text is the same in every language.
        """
        return f"{self.class_name} {100 * self.probability:.1f}%"


def verdict(p_cat: float, classes: tuple[str, str] = CLASS_NAMES) -> Verdict:
    """The answer for a probability of cat, with the classes' names of the model."""
    return Verdict(float(p_cat), tuple(classes))  # type: ignore[arg-type]
