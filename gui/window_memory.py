"""What the window restores at start and remembers at close, and the model and data it opens.

Nothing here may stop the window from opening: a remembered file that is gone
or broken is forgotten, the bundled model is used instead, and what is missing
is said in place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from gui import settings
from gui.app_state import ModelOrigin
from gui.data_control import Origin
from gui.language import error_text
from gui.resources import DEFAULT_MODEL
from gui.window_geometry import fit_to_screen

if TYPE_CHECKING:
    from gui.main_window import MainWindow

NOTICE_MS = 8000


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowMemory", text)


def restore(window: MainWindow, last: settings.Remembered) -> None:
    """Hyperparameters, speed, log scale, geometry (kept on screen) and column widths."""
    controls = window.controls
    controls.learning_rate.setValue(last.learning_rate)
    controls.epochs.setValue(last.epochs)
    controls.seed.setValue(last.seed)
    controls.speed.setCurrentIndex(max(controls.speed.findData(last.speed), 0))
    window.curves.log_scale.setChecked(last.log_scale)
    window.curves.smoothing.set_weight(last.smoothing)
    fit_to_screen(window, last.geometry)
    if last.splitter is not None and not window.splitter.restoreState(last.splitter):
        last.splitter = None
    if min(window.splitter.sizes(), default=0) <= 0:  # a corrupt state collapsed a column
        window.splitter.setSizes([260, 640, 420])


def remember(window: MainWindow, last: settings.Remembered) -> None:
    """Write what :func:`restore` reads (the model only when it is a file of the user's)."""
    state, controls = window.state, window.controls
    hyper = controls.hyperparameters()
    path = state.model_path if state.model_origin is ModelOrigin.FILE else None
    data = state.dataset_path or last.data_path
    settings.save(
        settings.Remembered(
            hyper.learning_rate,
            hyper.epochs,
            hyper.seed,
            int(controls.max_rate()),
            window.curves.log_scale.isChecked(),
            str(data) if data else None,
            str(path) if path else None,
            window.saveGeometry(),
            window.splitter.saveState(),
            window.curves.smoothing.weight(),
        )
    )


def load_at_start(
    window: MainWindow,
    model_path: str | os.PathLike[str] | None,
    data_path: str | os.PathLike[str] | None,
    last: settings.Remembered,
) -> None:
    """The model to judge drops with, then the dataset (on a worker thread)."""
    path = Path(model_path or _existing(last.model_path) or DEFAULT_MODEL)
    try:
        window.models.load(path)
    except Exception as error:
        if path != DEFAULT_MODEL:  # the last model is gone or broken: forget it
            last.model_path = None
            _say_using_bundled_model(window, error)
            _load_bundled_model(window)
        else:
            _say_no_model(window, error)
    window.data.load(data_path or _existing(last.data_path), Origin.START)


def _load_bundled_model(window: MainWindow) -> None:
    try:
        window.models.load(DEFAULT_MODEL)
    except Exception as error:
        _say_no_model(window, error)


def _say_using_bundled_model(window: MainWindow, error: Exception) -> None:
    window.status.say(
        lambda: _tr("{0}; using the bundled model").format(error_text(error)), NOTICE_MS
    )


def _say_no_model(window: MainWindow, error: Exception) -> None:
    window.status.say(lambda: _tr("No model loaded: {0}").format(error_text(error)))


def _existing(path: str | None) -> str | None:
    """``path`` if it still exists (a remembered file may have been moved or deleted)."""
    return path if path and Path(path).exists() else None
