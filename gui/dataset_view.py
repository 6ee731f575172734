"""The dataset as thumbnails: each picture, its label and what the neuron said at the epoch shown.

Above the grid, the split's confusion matrix (:class:`~gui.confusion_view.ConfusionView`);
a click on one of its cells shows only those pictures ("cats the neuron called
non-cat"), and "only mistakes" shows both wrong cells. The answers come from
the matrix's logits (the history's, at the epoch shown), so moving the history
slider or training costs no product here. A click on a thumbnail asks the
try-it panel to explain that picture (``pictureClicked``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.neuron import sigmoid
from core.task import CAT_LABEL
from gui.app_state import AppState
from gui.confusion_view import TEST, TRAIN, ConfusionView
from gui.glossary import term
from gui.image_decoder import to_qimage
from gui.language import Retranslatable
from gui.widgets import accept_as_copy, named
from gui.wrapping_row import WrappingRow

THUMBNAIL = 64
MAX_THUMBNAILS = 1000
"""A split shows its first pictures only: ten thousand icons would take seconds to build."""
MISTAKE_COLOR = QColor(230, 80, 70, 90)
INDEX_ROLE = Qt.ItemDataRole.UserRole
"""Where an item keeps its picture's position in the split."""


class DatasetView(Retranslatable, QWidget):
    """Train or test pictures in a grid under their confusion matrix, with filters.

    Signals
    -------
    folderDropped(str)
        A folder was dropped here: the window opens it as the new dataset.
    pictureClicked(pixels, name)
        A thumbnail was clicked: its ``(H, W, 3)`` uint8 pixels and a name for it.
    """

    folderDropped = Signal(str)
    pictureClicked = Signal(object, str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("datasetView")
        self.setAcceptDrops(True)
        self.cell: tuple[int, int] | None = None
        """The confusion matrix cell whose pictures alone are shown, as (label, said)."""

        self.show_label = QLabel()
        self.split = named(QComboBox(), "datasetSplit")
        self.split.addItems(["", ""])
        self.only_mistakes = named(QCheckBox(), "onlyMistakes")
        self.show_all = named(QPushButton(), "showAllButton")
        self.show_all.setEnabled(False)
        self.summary = named(QLabel(), "datasetSummary")
        self.summary.setWordWrap(True)
        self.filter_text = named(QLabel(), "datasetFilter")
        self.filter_text.setWordWrap(True)
        self.confusion = ConfusionView(state)
        self.grid = named(QListWidget(), "datasetGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.grid.setCursor(Qt.CursorShape.PointingHandCursor)
        chooser = QWidget()  # "Show [training set]" stays on one row
        chooser_layout = QHBoxLayout(chooser)
        chooser_layout.setContentsMargins(0, 0, 0, 0)
        chooser_layout.addWidget(self.show_label)
        chooser_layout.addWidget(self.split)
        bar = WrappingRow()  # a narrow column: two rows, nothing cut
        for widget in (chooser, self.only_mistakes, self.show_all):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.confusion)
        layout.addWidget(self.filter_text)
        layout.addWidget(self.grid, 1)

        self.split.currentIndexChanged.connect(self._on_split_changed)
        self.only_mistakes.toggled.connect(self._on_only_mistakes)
        self.show_all.clicked.connect(self.clear_filter)
        self.confusion.cellClicked.connect(self.show_cell)
        self.confusion.scored.connect(self._on_scored)
        self.grid.itemClicked.connect(self._on_item_clicked)
        state.datasetChanged.connect(self._on_dataset_changed)
        state.dataBusyChanged.connect(lambda: self.setAcceptDrops(not state.data_busy))
        self._retranslate()
        self._fill()

    # -- filters ----------------------------------------------------------------------------

    def show_cell(self, label: int, said: int) -> None:
        """Show only the pictures labelled ``label`` that the neuron called ``said``."""
        self.cell = (label, said)
        self.only_mistakes.blockSignals(True)
        self.only_mistakes.setChecked(False)
        self.only_mistakes.blockSignals(False)
        self.confusion.table.setCurrentCell(label, said)
        self._apply_filter()

    def clear_filter(self) -> None:
        """Every picture of the split again."""
        self.cell = None
        self.only_mistakes.setChecked(False)
        self.confusion.clear_selection()
        self._apply_filter()

    def visible_count(self) -> int:
        """How many thumbnails the filter lets through."""
        return sum(not self.grid.item(r).isHidden() for r in range(self.grid.count()))

    # -- drops ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept exactly one local folder."""
        if _dropped_folder(event.mimeData()) is not None:
            accept_as_copy(event)
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the dropped folder as the dataset."""
        folder = _dropped_folder(event.mimeData())
        if folder is None:
            event.ignore()
            return
        accept_as_copy(event)
        self.folderDropped.emit(folder)

    # -- reactions --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.show_label.setText(self.tr("Show"))
        self.split.setItemText(TRAIN, term("training set"))
        self.split.setItemText(TEST, term("test set"))
        self.only_mistakes.setText(self.tr("only mistakes"))
        self.show_all.setText(self.tr("Show all"))
        self.grid.setToolTip(self.tr("Click a picture to see why the neuron said what it said"))
        self._fit_grid()
        self._on_scored()

    def changeEvent(self, event: QEvent) -> None:
        """A new font changes how wide the labels are: make room for them."""
        if event.type() == QEvent.Type.FontChange:
            self._fit_grid()
        super().changeEvent(event)

    def _on_dataset_changed(self) -> None:
        self.cell = None
        self.only_mistakes.setChecked(False)
        self._fill()

    def _on_split_changed(self, split: int) -> None:
        self.cell = None
        self.confusion.clear_selection()
        self.confusion.set_split(split)
        self._fill()

    def _on_only_mistakes(self, checked: bool) -> None:
        if checked:
            self.cell = None
            self.confusion.clear_selection()
        self._apply_filter()

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        dataset = self.state.dataset
        if dataset is None:
            return
        index = int(item.data(INDEX_ROLE))
        split = self.split.currentIndex()
        images = dataset.train_images if split == TRAIN else dataset.test_images
        name = self.tr("{split}, picture {number}").format(
            split=self.split.currentText(), number=QLocale().toString(index + 1)
        )
        self.pictureClicked.emit(images[index], name)

    def _fill(self) -> None:
        """One thumbnail per picture of the split (the first :data:`MAX_THUMBNAILS`)."""
        self.grid.clear()
        dataset = self.state.dataset
        if dataset is not None:
            images = (
                dataset.train_images if self.split.currentIndex() == TRAIN else dataset.test_images
            )
            for index, pixels in enumerate(images[:MAX_THUMBNAILS]):
                item = QListWidgetItem(QIcon(QPixmap.fromImage(to_qimage(pixels))), "")
                item.setData(INDEX_ROLE, index)
                item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
                self.grid.addItem(item)
        self._fit_grid()
        self._on_scored()

    def _on_scored(self) -> None:
        """Label every thumbnail with what the neuron said, from the matrix's logits."""
        dataset, matrix, logits = self.state.dataset, self.confusion.matrix, self.confusion.logits
        if dataset is None:
            self.summary.setText(self.tr("no dataset"))
            self.filter_text.setText("")
            return
        split = self.split.currentIndex()
        labels = dataset.train_labels if split == TRAIN else dataset.test_labels
        if self.grid.count() != min(len(labels), MAX_THUMBNAILS):
            return  # scored before the grid was refilled for a new dataset: _fill follows
        names = [term(name) for name in dataset.classes]
        fits = (
            matrix is not None
            and logits is not None
            and self.confusion.split == split
            and len(logits) == len(labels)
        )
        p_cat = sigmoid(logits) if fits and logits is not None else None
        locale = QLocale()
        for row in range(self.grid.count()):
            item = self.grid.item(row)
            index = int(item.data(INDEX_ROLE))
            truth = names[int(labels[index] == CAT_LABEL)]
            if p_cat is None or matrix is None:
                item.setText(truth)
                item.setToolTip(truth)
                item.setBackground(QColor(0, 0, 0, 0))
                continue
            said = int(matrix.said[index])
            wrong = said != int(matrix.labels[index])
            if wrong:
                said_text = self.tr("{truth}\n✗ said {name}")
                item.setText(said_text.format(truth=truth, name=names[said]))
            else:
                item.setText(f"{truth}\n✓")
            item.setToolTip(
                self.tr("labelled {truth}; p({cat}) = {p}").format(
                    truth=truth,
                    cat=names[CAT_LABEL],
                    p=locale.toString(float(p_cat[index]), "f", 3),
                )
            )
            item.setBackground(MISTAKE_COLOR if wrong else QColor(0, 0, 0, 0))
        total = len(labels)
        if fits and matrix is not None:
            mistakes = total - matrix.correct
            text = self.tr("{right} of {total} right, %n mistake(s)", "", mistakes).format(
                right=locale.toString(matrix.correct), total=locale.toString(total)
            )
        else:
            text = self.tr("%n picture(s)", "", total)
        if total > MAX_THUMBNAILS:
            text += " " + self.tr("(showing the first {count})").format(
                count=locale.toString(MAX_THUMBNAILS)
            )
        self.summary.setText(text)
        self._apply_filter()

    def _apply_filter(self) -> None:
        matrix = self.confusion.matrix
        shown: np.ndarray | None = None
        if matrix is not None and self.cell is not None:
            shown = matrix.indices(*self.cell)
        elif matrix is not None and self.only_mistakes.isChecked():
            shown = np.flatnonzero(matrix.labels != matrix.said)
        keep = None if shown is None else set(shown.tolist())
        for row in range(self.grid.count()):
            item = self.grid.item(row)
            item.setHidden(keep is not None and int(item.data(INDEX_ROLE)) not in keep)
        self.show_all.setEnabled(keep is not None)
        self._describe_filter(None if shown is None else len(shown))

    def _describe_filter(self, count: int | None) -> None:
        if count is None or self.cell is None:
            self.filter_text.setText(
                self.tr("Showing the %n mistake(s).", "", count) if count is not None else ""
            )
            return
        dataset = self.state.dataset
        names = [term(name) for name in dataset.classes] if dataset else ["", ""]
        label, said = self.cell
        self.filter_text.setText(
            self.tr(
                "Showing the %n picture(s) labelled {label} that the neuron called {said}.",
                "",
                count,
            ).format(label=names[label], said=names[said])
        )

    def _fit_grid(self) -> None:
        """Cells wide enough for the longest label on one line: labels are never cut."""
        metrics = self.grid.fontMetrics()
        names = [
            term(name)
            for name in (self.state.dataset.classes if self.state.dataset else ("non-cat", "cat"))
        ]
        lines = names + ["✗ " + self.tr("said {name}").format(name=name) for name in names]
        width = max(THUMBNAIL, *(metrics.horizontalAdvance(line) for line in lines)) + 16
        height = THUMBNAIL + 2 * metrics.lineSpacing() + 16
        self.grid.setGridSize(QSize(width, height))
        cell = QSize(width - 6, height - 6)  # each item as wide as its text, within the grid
        for row in range(self.grid.count()):
            self.grid.item(row).setSizeHint(cell)


def _dropped_folder(mime: QMimeData) -> str | None:
    urls = [url for url in mime.urls() if url.isLocalFile()]
    if len(urls) == 1 and Path(urls[0].toLocalFile()).is_dir():
        return urls[0].toLocalFile()
    return None
