"""Where the app's own files (icon, desktop entry, bundled model, translations) are.

They are package data of the ``resources`` package, found with
``importlib.resources``: in a checkout that is the ``resources/`` folder next
to ``main.py``, after ``pip install .`` the installed copy in site-packages,
and in the PyInstaller bundle (see ``catneuron.spec``) the ``resources/``
folder inside the unpacked app. Every caller asks :func:`resource_path`, so
none of these cases leaks into the rest of the code. No Qt here: the headless
commands use it too and must start fast.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

RESOURCES_PACKAGE = "resources"


def resources_dir() -> Path:
    """The folder holding the app's resources, wherever the ``resources`` package was found.

    Raises
    ------
    RuntimeError
        If the package is not a folder on disk (a zip import): Qt and h5py need real paths.
    """
    root = files(RESOURCES_PACKAGE)
    if not isinstance(root, Path):
        raise RuntimeError(f"the {RESOURCES_PACKAGE} package is not a folder on disk: {root}")
    return root


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


def translations_dir() -> Path:
    """The folder of the compiled catalogues, ``catneuron_<language>.qm`` (built from ``.ts``)."""
    return resource_path("translations")


DEFAULT_MODEL = resource_path("default_model.h5")
"""The model a first-time user gets: the article's run, made by ``main.py train --save``."""
