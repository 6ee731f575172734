"""The "This epoch" box: which epoch is shown, and its loss and accuracy on both sets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.glossary import term
from gui.language import Retranslatable
from gui.steady_box import SteadyBox
from gui.widgets import named


class EpochNumbersBox(Retranslatable, QGroupBox):
    """The epoch's name above a table of four numbers: loss and accuracy, train and test.

    It lays them out and names the rows and columns; the numbers themselves are
    written by :meth:`gui.controls_panel.ControlsPanel.show_record`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers = {
            key: QLabel("–") for key in ("train_loss", "train_acc", "test_loss", "test_acc")
        }
        widest = self.fontMetrics().horizontalAdvance("0.00000")  # "100.0%" and "0.6450" fit
        for label in self.numbers.values():
            label.setMinimumWidth(widest)  # a new number does not lay the column out again
        numbers = QGridLayout()
        self.split_headers = (QLabel(), QLabel())  # the training set's column, the test set's
        for column, header in enumerate(self.split_headers, start=1):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            numbers.addWidget(header, 0, column, Qt.AlignmentFlag.AlignRight)
        self.row_names = (QLabel(), QLabel())  # loss, accuracy
        for row, (row_name, split) in enumerate(
            zip(self.row_names, ("loss", "acc"), strict=True), start=1
        ):
            numbers.addWidget(row_name, row, 0)
            for col, part in enumerate(("train", "test"), start=1):
                label = self.numbers[f"{part}_{split}"]
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                numbers.addWidget(SteadyBox(label), row, col)  # 30 new numbers a second
        self.epoch_label = named(QLabel(), "epochLabel")
        self.epoch_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.addWidget(SteadyBox(self.epoch_label))
        layout.addLayout(numbers)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("This epoch"))
        headers = (self.tr("train"), self.tr("test"))
        for header, text in zip(self.split_headers, headers, strict=True):
            header.setText(text)
        for row_name, text in zip(self.row_names, (term("loss"), term("accuracy")), strict=True):
            row_name.setText(text)
