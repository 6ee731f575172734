"""Where Cat Neuron keeps its data on each platform, and where it looks for the dataset."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.errors import CatNeuronError, DatasetError, PathError

APP_NAME = "catneuron"
DATA_ENV_VAR = "CATNEURON_DATA"


def user_data_dir() -> Path:
    """The per-user folder for downloaded datasets (XDG on Linux, the app-data folder elsewhere)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_dataset_dir() -> Path:
    """Where ``fetch-data`` puts the dataset and the app looks for it last."""
    return user_data_dir() / "datasets"


def dataset_search_path(explicit: str | os.PathLike[str] | None = None) -> list[tuple[str, Path]]:
    """The places to look for the dataset, first match wins, each with where it came from.

    The order is ``--data`` > ``$CATNEURON_DATA`` > the user data folder; an explicit
    path is the only candidate when given, so a typo is reported rather than silently
    falling back to another dataset.
    """
    if explicit is not None:
        return [("--data", user_path(explicit, DatasetError))]
    places = []
    from_env = os.environ.get(DATA_ENV_VAR)
    if from_env:
        places.append((f"${DATA_ENV_VAR}", user_path(from_env, DatasetError)))
    places.append(("user data folder", default_dataset_dir()))
    return places


def user_path(path: str | os.PathLike[str], error: type[CatNeuronError] = PathError) -> Path:
    """``path`` as typed by a user, ``~`` expanded; empty or an unknown ``~user`` is one line."""
    text = os.fspath(path)
    if not text.strip():
        raise error("an empty path is not a file or folder name")
    try:
        return Path(text).expanduser()
    except RuntimeError:
        raise error("{path}: no such user's home folder", path=text) from None
