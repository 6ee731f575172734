"""The numbers a run reports for one epoch: what the curves, the CLI and the notices read."""

from __future__ import annotations

from dataclasses import asdict, dataclass

RECORD_FIELDS = ("train_loss", "train_acc", "test_loss", "test_acc")
"""The numbers of a record after its epoch, in order."""


@dataclass(frozen=True)
class EpochRecord:
    """The neuron's numbers at the start of one epoch (accuracies as fractions)."""

    epoch: int
    train_loss: float
    train_acc: float
    test_loss: float
    test_acc: float

    def as_dict(self) -> dict[str, float | int]:
        """The record as the CLI's JSON line: keys in this order."""
        return asdict(self)
