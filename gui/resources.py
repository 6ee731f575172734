"""Where the app's own files (icon, desktop entry, bundled model) are, from source or frozen.

From a checkout they sit in ``resources/`` next to ``main.py``; in the
PyInstaller bundle (see ``catneuron.spec``) they are copied to ``resources/``
inside the unpacked folder, which PyInstaller names ``sys._MEIPASS``. Every
caller asks :func:`resource_path`, so neither case leaks into the rest of the code.
No Qt here: the headless commands use it too and must start fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

RESOURCES_DIR_NAME = "resources"


def resources_dir() -> Path:
    """The folder holding the app's resources, in a checkout or inside the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / RESOURCES_DIR_NAME
    return Path(__file__).resolve().parent.parent / RESOURCES_DIR_NAME


def resource_path(name: str) -> Path:
    """The path of resource ``name`` (e.g. ``"catneuron.svg"``, ``"icons/catneuron-64.png"``).

    The path is returned whether or not the file exists: the bundled default
    model, for one, is optional, and its loader reports a missing file itself.
    """
    return resources_dir() / name


def icon_files() -> dict[int, Path]:
    """The app icon's PNG renders by size in pixels (``resources/icons/catneuron-<size>.png``)."""
    files = {}
    for path in resources_dir().glob("icons/catneuron-*.png"):
        size = path.stem.rsplit("-", 1)[1]
        if size.isdigit():
            files[int(size)] = path
    return dict(sorted(files.items()))


DEFAULT_MODEL = resource_path("default_model.h5")
"""The model a first-time user gets: the article's run, made by ``main.py train --save``."""
