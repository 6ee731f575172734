"""What the window remembers between starts: hyperparameters, last files, geometry.

Values are read back defensively: a settings file that is corrupt, from another
version or edited by hand yields the defaults for whatever cannot be used,
never an exception at start-up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from core.hyperparameters import (
    DEFAULT_EPOCHS,
    DEFAULT_LEARNING_RATE,
    DEFAULT_SEED,
    MAX_EPOCHS,
    MAX_LEARNING_RATE,
    MAX_SPIN_SEED,
    MIN_EPOCHS,
    MIN_LEARNING_RATE,
    MIN_SEED,
)

DEFAULT_SMOOTHING = 0.9
"""The curves' smoothing at first start: the article's test loss, which swings every epoch
for ~400 epochs, reads as one curve (its swing is cut ~17 times), the swing still faint behind."""
MAX_SMOOTHING = 0.99


Number = TypeVar("Number", int, float)


def settings_file() -> Path:
    """``$XDG_CONFIG_HOME/catneuron/catneuron.ini`` on Linux, the config folder elsewhere."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "catneuron" / "catneuron.ini"


def open_settings() -> QSettings:
    """The app's settings file (INI, so a user can read and fix it by hand)."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


@dataclass
class Remembered:
    """Everything restored at start; each field falls back to its default on its own."""

    learning_rate: float = DEFAULT_LEARNING_RATE
    epochs: int = DEFAULT_EPOCHS
    seed: int = DEFAULT_SEED
    speed: int = 0
    log_scale: bool = False
    data_path: str | None = None
    model_path: str | None = None
    geometry: QByteArray | None = None
    splitter: QByteArray | None = None
    smoothing: float = DEFAULT_SMOOTHING


def load() -> Remembered:
    """Read the settings, keeping only values that make sense."""
    s = open_settings()
    r = Remembered()
    r.learning_rate = _number(
        s.value("training/learning_rate"),
        float,
        MIN_LEARNING_RATE,
        MAX_LEARNING_RATE,
        r.learning_rate,
    )
    r.epochs = _number(s.value("training/epochs"), int, MIN_EPOCHS, MAX_EPOCHS, r.epochs)
    r.seed = _number(s.value("training/seed"), int, MIN_SEED, MAX_SPIN_SEED, r.seed)
    r.speed = _number(s.value("training/speed"), int, 0, 1_000_000, r.speed)
    r.log_scale = str(s.value("view/log_scale", "false")).lower() == "true"
    r.data_path = _text(s.value("files/data"))
    r.model_path = _text(s.value("files/model"))
    r.geometry = _bytes(s.value("window/geometry"))
    r.splitter = _bytes(s.value("window/splitter"))
    r.smoothing = _number(s.value("view/smoothing"), float, 0.0, MAX_SMOOTHING, r.smoothing)
    return r


def save(r: Remembered) -> None:
    """Write the settings (Qt writes them atomically)."""
    s = open_settings()
    s.setValue("training/learning_rate", r.learning_rate)
    s.setValue("training/epochs", r.epochs)
    s.setValue("training/seed", r.seed)
    s.setValue("training/speed", r.speed)
    s.setValue("view/log_scale", r.log_scale)
    s.setValue("view/smoothing", r.smoothing)
    for key, value in (("files/data", r.data_path), ("files/model", r.model_path)):
        if value:
            s.setValue(key, value)
        else:
            s.remove(key)
    if r.geometry is not None:
        s.setValue("window/geometry", r.geometry)
    if r.splitter is not None:
        s.setValue("window/splitter", r.splitter)
    s.sync()


def _number(value: object, kind: type[Number], low: float, high: float, default: Number) -> Number:
    try:
        number = kind(float(str(value))) if kind is int else kind(str(value))
    except (TypeError, ValueError, OverflowError):
        return default
    if isinstance(number, float) and not math.isfinite(number):
        return default
    return number if low <= number <= high else default


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
