"""The confusion matrix of a split at one epoch: which pictures the neuron got right, which not.

Built from the logits the history keeps (:meth:`core.history.History.logits`), so
choosing another epoch costs no product: the neuron says cat where ``z > 0``,
that is where σ(z) is above the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.task import CAT_LABEL, THRESHOLD_LOGIT


@dataclass(frozen=True, eq=False)
class ConfusionMatrix:
    """Counts of pictures by their label (rows) and by what the neuron said (columns).

    Row and column 0 are non-cat, 1 is cat: ``counts[1, 0]`` is the number of cats
    the neuron called non-cat.
    """

    counts: np.ndarray
    """``(2, 2)`` int counts, ``[label, said]``."""
    labels: np.ndarray
    """The 0/1 label of each picture, in the split's order."""
    said: np.ndarray
    """What the neuron said of each picture, 0/1."""

    @property
    def total(self) -> int:
        """The number of pictures in the split."""
        return int(self.counts.sum())

    @property
    def correct(self) -> int:
        """The pictures on the diagonal: what the accuracy counts."""
        return int(np.trace(self.counts))

    @property
    def accuracy(self) -> float:
        """``correct / total``, as the records' accuracy."""
        return self.correct / self.total if self.total else 0.0

    @property
    def rates(self) -> np.ndarray:
        """``(2, 2)``: each row divided by its label's count (row 1 is the cats' recall)."""
        per_label = self.counts.sum(axis=1, keepdims=True)
        return np.divide(self.counts, per_label, out=np.zeros((2, 2)), where=per_label > 0)

    def indices(self, label: int, said: int) -> np.ndarray:
        """The positions in the split of the pictures labelled ``label`` and called ``said``."""
        return np.flatnonzero((self.labels == label) & (self.said == said))


def confusion_matrix(logits: np.ndarray, labels: np.ndarray) -> ConfusionMatrix:
    """The confusion matrix of pictures with these ``logits`` and 0/1 ``labels``."""
    truth = (np.asarray(labels) == CAT_LABEL).astype(np.int64)
    said = (np.asarray(logits) > THRESHOLD_LOGIT).astype(np.int64)
    counts = np.bincount(2 * truth + said, minlength=4).reshape(2, 2)
    return ConfusionMatrix(counts, truth, said)
