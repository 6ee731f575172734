"""Where the app's bundled files are, from a checkout and from a PyInstaller bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(name: str) -> Path:
    """The path of ``resources/<name>``."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources" / name


DEFAULT_MODEL = resource_path("default_model.h5")
