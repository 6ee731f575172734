"""The window's dialogs: files to open and save, the about box, the shortcuts table.

Each function opens its dialog and returns what the user chose (None when
canceled); what to do with it is the window's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core import __version__
from gui.app_icon import app_icon

MODEL_FILTER = "Cat Neuron models (*.h5)"


def ask_dataset_folder(parent: QWidget) -> Path | None:
    """File › Open dataset: a folder."""
    folder = QFileDialog.getExistingDirectory(parent, "Open dataset folder")
    return Path(folder) if folder else None


def ask_model_to_open(parent: QWidget) -> Path | None:
    """File › Open model."""
    name, _ = QFileDialog.getOpenFileName(parent, "Open model", "", MODEL_FILTER)
    return Path(name) if name else None


def ask_model_to_save(parent: QWidget, start: str) -> Path | None:
    """File › Save model; ``.h5`` is added when the name has no suffix."""
    name, _ = QFileDialog.getSaveFileName(parent, "Save model", start, MODEL_FILTER)
    if not name:
        return None
    return Path(name) if name.endswith(".h5") else Path(name + ".h5")


def ask_plot_export(parent: QWidget) -> tuple[Path, bool] | None:
    """File › Export plot: the path, and whether CSV (else PNG) was chosen."""
    name, chosen = QFileDialog.getSaveFileName(
        parent, "Export plot", "learning-curves.png", "PNG image (*.png);;CSV table (*.csv)"
    )
    if not name:
        return None
    return Path(name), name.endswith(".csv") or "CSV" in chosen


def warn(parent: QWidget, title: str, message: str) -> None:
    """A menu action failed: say what and why."""
    QMessageBox.warning(parent, title, message)


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
