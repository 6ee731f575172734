"""A run's hyperparameters and their limits, the article's values as defaults.

Kept apart from the math (and from numpy) so the command line and the window
can build their inputs from these limits without importing anything heavy. The
limits of the learning rate are those of the input controls (spin boxes): a
:class:`Hyperparameters` takes any positive α, so that a test or a script can
drive a run into divergence on purpose.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

DEFAULT_LEARNING_RATE = 0.005
DEFAULT_EPOCHS = 1000
DEFAULT_SEED = 999

MIN_LEARNING_RATE = 0.00001
"""The smallest α an input control offers: below it a run of any length barely moves."""
MAX_LEARNING_RATE = 10.0
"""The largest α an input control offers; the article's run already diverges from about 0.5."""
LEARNING_RATE_DECIMALS = 5
"""Decimals an input control shows for α: enough for :data:`MIN_LEARNING_RATE`."""
MIN_EPOCHS = 1
MAX_EPOCHS = 1_000_000
MIN_SEED = 0
MAX_SEED = 2**32 - 1
MAX_SPIN_SEED = min(MAX_SEED, 2**31 - 1)
"""The largest seed the window's spin box can hold (a QSpinBox is a 32-bit signed int)."""
"""The legacy ``RandomState`` seed is a 32-bit unsigned number."""


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
        if not MIN_EPOCHS <= self.epochs <= MAX_EPOCHS:
            raise ValueError(
                f"epochs must be between {MIN_EPOCHS} and {MAX_EPOCHS:,}, got {self.epochs}"
            )
        if not MIN_SEED <= self.seed <= MAX_SEED:
            raise ValueError(f"seed must be between {MIN_SEED} and {MAX_SEED}, got {self.seed}")
