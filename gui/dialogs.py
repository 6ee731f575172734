"""The window's dialogs: files to open and save, the about box, the shortcuts table.

Each function opens its dialog and returns what the user chose (None when
canceled); what to do with it is the window's.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core import __version__
from gui import settings
from gui.app_icon import app_icon

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
        parent, _tr("Export plot"), _in_start_folder("learning-curves.png"), f"{png};;{csv}"
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


def _remembered(path: Path) -> Path:
    remember_folder(path)
    return path


def warn(parent: QWidget, title: str, message: str) -> None:
    """A menu action failed: say what and why (a file's name is shown as text, never markup)."""
    QMessageBox.warning(parent, title, Qt.convertFromPlainText(message))


def confirm_replace(parent: QWidget, message: str) -> bool:
    """Whether to replace a file that is not a Cat Neuron model (``message`` says what it is)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        _tr("Replace this file?"),
        Qt.convertFromPlainText(message),
        buttons.Yes | buttons.Cancel,
        buttons.Cancel,
    )
    return answer == buttons.Yes


def show_shortcuts(parent: QWidget) -> None:
    """Help › Keyboard shortcuts."""
    QMessageBox.information(
        parent,
        "Keyboard shortcuts",
        "<table cellpadding=3>"
        "<tr><td><b>Space</b></td><td>train, or pause / resume the run</td></tr>"
        "<tr><td><b>N / Shift+N</b></td><td>step one / ten epochs, then pause</td></tr>"
        "<tr><td><b>← / →</b></td><td>show the epoch before / after</td></tr>"
        "<tr><td><b>PgDn / PgUp</b></td><td>ten epochs back / on</td></tr>"
        "<tr><td><b>Home / End</b></td><td>the first epoch / the newest (live)</td></tr>"
        "<tr><td><b>Esc</b></td><td>stop the run, keeping what it learned</td></tr>"
        "<tr><td><b>Ctrl+R</b></td><td>reset to the untrained neuron</td></tr>"
        "<tr><td><b>Ctrl+V</b></td><td>judge the picture (or path) on the clipboard</td></tr>"
        "<tr><td><b>Ctrl+O / Ctrl+S</b></td><td>open / save a model</td></tr>"
        "<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr></table>",
    )


def show_about(parent: QWidget) -> None:
    """Help › About: version, what the app shows, and the article it comes from."""
    box = QMessageBox(parent)
    box.setWindowTitle("About Cat Neuron")
    box.setIconPixmap(app_icon().pixmap(64))
    box.setText(
        f"<h3>Cat Neuron {__version__}</h3>"
        "<p>One neuron — logistic regression — learning to tell cats from non-cats, "
        "trained by gradient descent in numpy and shown live.</p>"
        "<p>p(cat) = σ(w·x + b); loss = binary cross-entropy; "
        "w ← w − α·Xᵀ(σ(Xw + b) − y)/m.</p>"
        "<p>After the article <i>Neural Network From Scratch</i> by Akarsh Saxena and its "
        "Cat vs Non-Cat dataset (209 training and 50 test images, 64×64).</p>"
    )
    box.exec()
