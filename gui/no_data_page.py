"""Shown instead of the curves when there is no dataset: what it is, and two ways to get one."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QLocale, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import CatNeuronError
from gui.app_state import AppState
from gui.contrast import error_style
from gui.data_control import DataControl
from gui.language import Retranslatable, error_text
from gui.widgets import named


class NoDataPage(Retranslatable, QWidget):
    """Explains the dataset, offers Download and Open, and says why the last attempt failed."""

    def __init__(self, state: AppState, data: DataControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noDataPage")
        self.state, self.data = state, data
        self.title = QLabel()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.reason = named(QLabel(), "noDataReason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)  # paths and library words, never markup
        self.reason.setWordWrap(True)
        self.download_button = named(QPushButton(), "downloadButton")
        self.download_button.clicked.connect(self._download)
        self.open_button = named(QPushButton(), "openDataButton")
        self._download_size: int | None = None
        self._reason: CatNeuronError | None = None
        self.buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.explanation, self.reason):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(24, 20, 24, 20)
        state.dataBusyChanged.connect(self._on_busy_changed)
        self._retranslate()
        self._on_palette_changed()

    def _retranslate(self) -> None:
        self.title.setText("<h2>{}</h2>".format(html.escape(self.tr("No dataset yet"))))
        self.explanation.setText(
            self.tr(
                "Cat Neuron learns from the article's Cat vs Non-Cat images: a folder with "
                "<tt>train_catvnoncat.h5</tt> and <tt>test_catvnoncat.h5</tt> — or your own "
                "pictures in <tt>cat</tt> and <tt>non-cat</tt> folders. Download the article's "
                "files or open a folder to start. Meanwhile you can drop pictures on the right: "
                "the bundled model judges them."
            )
        )
        self.open_button.setText(self.tr("Open data folder…"))
        if self._download_size is None:
            self.download_button.setText(self.tr("Download dataset"))
        else:
            size = QLocale().toString(self._download_size / 1e6, "f", 1)
            self.download_button.setText(self.tr("Download dataset ({0} MB)").format(size))
        self.reason.setText(error_text(self._reason) if self._reason is not None else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow: the two buttons one above the other, so neither is cut."""
        super().resizeEvent(event)
        spacing = max(self.buttons.spacing(), 0)
        wide_enough = (
            self.download_button.sizeHint().width() + self.open_button.sizeHint().width() + spacing
            <= self.contentsRect().width() - 48
        )
        direction = (
            QBoxLayout.Direction.LeftToRight if wide_enough else QBoxLayout.Direction.TopToBottom
        )
        if self.buttons.direction() != direction:
            self.buttons.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the palette (the error colour) as well as the language."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._on_palette_changed()

    def _on_palette_changed(self) -> None:
        self.reason.setStyleSheet(error_style(self.palette()))

    def set_download_size(self, size: int) -> None:
        """Name the download's size on its button."""
        self._download_size = size
        self._retranslate()

    def show_reason(self, error: CatNeuronError | None) -> None:
        """Why there is no dataset (an empty line when there is nothing to say)."""
        self._reason = error  # kept, to be said again in another language
        self.reason.setText(error_text(error) if error is not None else "")

    @Slot()
    def _download(self) -> None:
        self.show_reason(None)
        self.data.download()

    @Slot()
    def _on_busy_changed(self) -> None:
        for button in (self.download_button, self.open_button):
            button.setEnabled(not self.state.data_busy)
