"""Shown instead of the curves when there is no dataset: what it is, and two ways to get one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import CatNeuronError
from gui.app_state import AppState
from gui.data_control import DataControl
from gui.language import error_text


class NoDataPage(QWidget):
    """Explains the dataset, offers Download and Open, and says why the last attempt failed."""

    def __init__(self, state: AppState, data: DataControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noDataPage")
        self.state, self.data = state, data
        title = QLabel("<h2>No dataset yet</h2>")
        explanation = QLabel(
            "Cat Neuron learns from the article's Cat vs Non-Cat images: a folder with "
            "<tt>train_catvnoncat.h5</tt> and <tt>test_catvnoncat.h5</tt> — or your own "
            "pictures in <tt>cat</tt> and <tt>non-cat</tt> folders. Download the article's "
            "files or open a folder to start. Meanwhile you can drop pictures on the right: "
            "the bundled model judges them."
        )
        explanation.setWordWrap(True)
        self.reason = QLabel(objectName="noDataReason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)  # paths and library words, never markup
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b3261e;")
        self.download_button = QPushButton("Download dataset", objectName="downloadButton")
        self.download_button.clicked.connect(self._download)
        self.open_button = QPushButton("Open data folder…", objectName="openDataButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, explanation, self.reason):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(40, 20, 40, 20)
        state.dataBusyChanged.connect(self._on_busy_changed)

    def set_download_size(self, size: int) -> None:
        """Name the download's size on its button."""
        self.download_button.setText(f"Download dataset ({size / 1e6:.1f} MB)")

    def show_reason(self, error: CatNeuronError | None) -> None:
        """Why there is no dataset (an empty line when there is nothing to say)."""
        self.reason.setText(error_text(error) if error is not None else "")

    @Slot()
    def _download(self) -> None:
        self.show_reason(None)
        self.data.download()

    @Slot()
    def _on_busy_changed(self) -> None:
        for button in (self.download_button, self.open_button):
            button.setEnabled(not self.state.data_busy)
