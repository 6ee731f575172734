"""The window's dialogs: files to open and save, the about box, the shortcuts table.

Each function opens its dialog and returns what the user chose (None when
canceled); what to do with it is the window's.
"""

from __future__ import annotations

import html
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core import __version__
from gui import settings
from gui.app_icon import app_icon
from gui.glossary import term

LAST_FOLDER_KEY = "files/last_folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class SaveChoice(Enum):
    """The answer to "save the trained model first?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def start_folder() -> str:
    """Where file dialogs open: the last folder used, else the user's documents folder."""
    last = settings.open_settings().value(LAST_FOLDER_KEY)
    if isinstance(last, str) and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember_folder(path: Path) -> None:
    """The next file dialog opens where this file or folder is."""
    folder = path if path.is_dir() else path.parent
    settings.open_settings().setValue(LAST_FOLDER_KEY, str(folder))


def _in_start_folder(name: str) -> str:
    return str(Path(start_folder()) / name)


def ask_dataset_folder(parent: QWidget) -> Path | None:
    """File › Open dataset: a folder."""
    folder = QFileDialog.getExistingDirectory(parent, _tr("Open dataset folder"), start_folder())
    return _remembered(Path(folder)) if folder else None


def ask_model_to_open(parent: QWidget) -> Path | None:
    """File › Open model."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open model"), start_folder(), _model_filter()
    )
    return _remembered(Path(name)) if name else None


def ask_model_to_save(parent: QWidget, start: Path | None) -> Path | None:
    """File › Save model; ``.h5`` is added when the name has no suffix."""
    suggested = str(start) if start is not None else _in_start_folder("model.h5")
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save model"), suggested, _model_filter())
    if not name:
        return None
    return _remembered(Path(name) if name.endswith(".h5") else Path(name + ".h5"))


def ask_plot_export(parent: QWidget) -> tuple[Path, bool] | None:
    """File › Export plot: the path, and whether CSV (else PNG) was chosen."""
    png, csv = _tr("PNG image (*.png)"), _tr("CSV table (*.csv)")
    name, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Export plot"), _in_start_folder("learning-curves.png"), ";;".join((png, csv))
    )
    if not name:
        return None
    return _remembered(Path(name)), name.endswith(".csv") or chosen == csv


def ask_save_changes(parent: QWidget) -> SaveChoice:
    """Before a trained, unsaved model is dropped: Save, Discard or Cancel (Qt's standard)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        _tr("Keep the trained model?"),
        _tr("The model trained in this window has not been saved. Save it before it is lost?"),
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    if answer == buttons.Save:
        return SaveChoice.SAVE
    return SaveChoice.CANCEL if answer == buttons.Cancel else SaveChoice.DISCARD


def _model_filter() -> str:
    return _tr("Cat Neuron models (*.h5)")


def _as_text(message: str) -> str:
    """``message`` as rich text that shows it as written (a ``<`` in a file name stays one).

    Imported here, not with the module: QtGui's ``Qt`` namespace builds all of Qt's
    ninety-odd enums the first time it is imported, 15-30 ms of every start-up.
    """
    from PySide6.QtGui import Qt

    return Qt.convertFromPlainText(message)


def _remembered(path: Path) -> Path:
    remember_folder(path)
    return path


def warn(parent: QWidget, title: str, message: str) -> None:
    """A menu action failed: say what and why (a file's name is shown as text, never markup)."""
    QMessageBox.warning(parent, title, _as_text(message))


def confirm_replace(parent: QWidget, message: str) -> bool:
    """Whether to replace a file that is not a Cat Neuron model (``message`` says what it is)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        _tr("Replace this file?"),
        _as_text(message),
        buttons.Yes | buttons.Cancel,
        buttons.Cancel,
    )
    return answer == buttons.Yes


def shortcuts_table() -> str:
    """The keys (named as on the keyboard; Space in words) and what each does, as HTML."""
    keys = (
        (_tr("Space"), _tr("train, or pause / resume the run")),
        (_tr("Enter (in a number field)"), _tr("take the number typed, then as Space")),
        ("N / Shift+N", _tr("step one / ten epochs, then pause")),
        ("← / →", _tr("show the epoch before / after")),
        ("PgDn / PgUp", _tr("ten epochs back / on")),
        ("Home / End", _tr("the first epoch / the newest (live)")),
        ("Esc", _tr("stop the run, keeping what it learned")),
        ("Ctrl+R", _tr("reset to the untrained neuron")),
        ("Ctrl+V", _tr("judge the picture (or path) on the clipboard")),
        ("Ctrl+O", _tr("open a picture for the neuron to judge")),
        ("Ctrl+Shift+O / Ctrl+S", _tr("open / save a model")),
        ("Ctrl+Q", _tr("quit")),
    )
    rows = "".join(
        f"<tr><td><b>{html.escape(key)}</b></td><td>{html.escape(does)}</td></tr>"
        for key, does in keys
    )
    return f"<table cellpadding=3>{rows}</table>"


def show_shortcuts(parent: QWidget) -> None:
    """Help › Keyboard shortcuts."""
    QMessageBox.information(parent, _tr("Keyboard shortcuts"), shortcuts_table())


def about_box(parent: QWidget) -> QMessageBox:
    """The about box, built and not shown: version, what the app shows, the article."""
    app = term("Cat Neuron")
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(_tr("About {app}").format(app=app))
    box.setIconPixmap(app_icon().pixmap(64))
    paragraphs = (
        _tr(
            "One neuron — logistic regression — learning to tell cats from non-cats, "
            "trained by gradient descent in numpy and shown live."
        ),
        "p({cat}) = σ(w·x + b); L = −[y·log a + (1 − y)·log(1 − a)]; "
        "w ← w − α·Xᵀ(σ(Xw + b) − y)/m.".format(cat=html.escape(term("cat"))),
        _tr(
            "After the article <i>Neural Network From Scratch</i> by Akarsh Saxena and its "
            "Cat vs Non-Cat dataset ({train} training and {test} test images, {side}×{side})."
        ).format(train=209, test=50, side=64),
    )
    heading = _tr("{app} {version}").format(app=html.escape(app), version=__version__)
    box.setText(f"<h3>{heading}</h3>" + "".join(f"<p>{text}</p>" for text in paragraphs))
    return box


def show_about(parent: QWidget) -> None:
    """Help › About."""
    about_box(parent).exec()
