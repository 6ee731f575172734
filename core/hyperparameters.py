"""A run's hyperparameters and their limits, the article's values as defaults.

Kept apart from the math (and from numpy) so the command line and the window
can build their inputs from these limits without importing anything heavy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

DEFAULT_LEARNING_RATE = 0.005
DEFAULT_EPOCHS = 1000
DEFAULT_SEED = 999
MAX_EPOCHS = 1_000_000
MAX_SEED = 2**32 - 1


@dataclass(frozen=True)
class Hyperparameters:
    """What a run is asked to do; the defaults are the article's.

    Raises
    ------
    ValueError
        With a one-line message, for a value no run can use.
    """

    learning_rate: float = DEFAULT_LEARNING_RATE
    epochs: int = DEFAULT_EPOCHS
    seed: int = DEFAULT_SEED

    def __post_init__(self) -> None:
        if not (math.isfinite(self.learning_rate) and self.learning_rate > 0):
            raise ValueError(f"learning rate must be a positive number, got {self.learning_rate}")
        if not 1 <= self.epochs <= MAX_EPOCHS:
            raise ValueError(f"epochs must be between 1 and {MAX_EPOCHS:,}, got {self.epochs}")
        if not 0 <= self.seed <= MAX_SEED:
            raise ValueError(f"seed must be between 0 and {MAX_SEED}, got {self.seed}")
