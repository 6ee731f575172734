"""The dataset as thumbnails: each image with its true label and the current model's answer.

Mistakes are marked, and a filter shows only them: after a run, the first
thing a learner wants to see is *which* pictures the neuron got wrong.
Answers are recomputed (one matrix product) at most a few times a second
while the model changes, and only while the view is on screen.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.dataset import flatten
from core.model_file import Model
from core.neuron import sigmoid
from core.task import CAT_LABEL, THRESHOLD
from gui.app_state import AppState
from gui.image_decoder import to_qimage

THUMBNAIL = 64
MAX_THUMBNAILS = 1000
"""A split shows its first pictures only: ten thousand icons would take seconds to build."""
CHUNK = 2048
REFRESHES_PER_SECOND = 30
MISTAKE_COLOR = QColor(230, 80, 70, 90)


class DatasetView(QWidget):
    """Train or test images in a grid, with true label, prediction and a mistakes-only filter.

    A folder dropped here is opened as the new dataset (``folderDropped``).
    """

    folderDropped = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("datasetView")
        self.setAcceptDrops(True)
        self.split = QComboBox(objectName="datasetSplit")
        self.split.addItems(["train", "test"])
        self.only_mistakes = QCheckBox("only mistakes", objectName="onlyMistakes")
        self.summary = QLabel(objectName="datasetSummary")
        self.grid = QListWidget(objectName="datasetGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.grid.setGridSize(QSize(THUMBNAIL + 76, THUMBNAIL + 40))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Show"))
        bar.addWidget(self.split)
        bar.addWidget(self.only_mistakes)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)

        self._stale = False
        self._timer = QTimer(self, singleShot=True, interval=1000 // REFRESHES_PER_SECOND)
        self._timer.timeout.connect(lambda: self._stale and self._refresh())
        self.split.currentIndexChanged.connect(self._fill)
        self.only_mistakes.toggled.connect(self._apply_filter)
        state.datasetChanged.connect(self._fill)
        state.modelChanged.connect(self._on_model_changed)
        state.dataBusyChanged.connect(lambda: self.setAcceptDrops(not state.data_busy))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept exactly one local folder."""
        if _dropped_folder(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the dropped folder as the dataset."""
        folder = _dropped_folder(event.mimeData())
        if folder is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.folderDropped.emit(folder)

    def _on_model_changed(self) -> None:
        """Judge the images with the new model; bursts of changes cost one refresh."""
        self._stale = True
        if not self._timer.isActive():
            self._refresh()  # at once (the history slider), then merge what follows
            self._timer.start()

    def showEvent(self, event) -> None:
        """Catch up with the model when the tab comes into view."""
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def _split(self) -> tuple[np.ndarray, np.ndarray]:
        dataset = self.state.dataset
        assert dataset is not None
        if self.split.currentIndex() == 0:
            return dataset.train_images, dataset.train_labels
        return dataset.test_images, dataset.test_labels

    def _fill(self) -> None:
        self.grid.clear()
        if self.state.dataset is None:
            self.summary.setText("no dataset")
            return
        images, _ = self._split()
        for index, pixels in enumerate(images[:MAX_THUMBNAILS]):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(to_qimage(pixels))), "")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.grid.addItem(item)
        self._refresh()

    def _refresh(self) -> None:
        model, dataset = self.state.model, self.state.dataset
        if not self.isVisible() and self.grid.count() and model is not None:
            self._stale = True
            return
        self._stale = False
        if dataset is None:
            return
        images, labels = self._split()
        classes = dataset.classes
        p_cat = None
        history, epoch = self.state.history, self.state.shown_epoch
        if history is not None and epoch is not None:  # kept by the run: no product
            p_cat = sigmoid(history.logits(epoch)[self.split.currentIndex()])
        elif model is not None and model.input_shape == dataset.image_shape:
            p_cat = _p_cat(model, images)
        mistakes = 0 if p_cat is None else int(np.sum((p_cat > THRESHOLD) != (labels == CAT_LABEL)))
        for row in range(self.grid.count()):
            item = self.grid.item(row)
            truth = classes[int(labels[row])]
            if p_cat is None:
                item.setText(truth)
                item.setData(Qt.ItemDataRole.UserRole + 1, False)
                continue
            said = int(p_cat[row] > THRESHOLD)
            wrong = said != int(labels[row])
            item.setText(f"{truth}\n✗ said {classes[said]}" if wrong else f"{truth}\n✓")
            item.setToolTip(f"true: {truth}, p({classes[1]}) = {p_cat[row]:.3f}")
            item.setBackground(MISTAKE_COLOR if wrong else QColor(0, 0, 0, 0))
            item.setData(Qt.ItemDataRole.UserRole + 1, wrong)
        total = len(labels)
        shown = "" if total <= MAX_THUMBNAILS else f" (showing the first {MAX_THUMBNAILS:,})"
        if p_cat is None:
            self.summary.setText(f"{total:,} images{shown}")
        else:
            self.summary.setText(
                f"{total - mistakes:,} of {total:,} right, "
                f"{mistakes:,} mistake{'s' * (mistakes != 1)}{shown}"
            )
        self._apply_filter()

    def _apply_filter(self) -> None:
        only = self.only_mistakes.isChecked()
        for row in range(self.grid.count()):
            item = self.grid.item(row)
            item.setHidden(only and not item.data(Qt.ItemDataRole.UserRole + 1))

    def visible_count(self) -> int:
        """How many thumbnails the filter lets through."""
        return sum(not self.grid.item(r).isHidden() for r in range(self.grid.count()))


def _dropped_folder(mime: QMimeData) -> str | None:
    urls = [url for url in mime.urls() if url.isLocalFile()]
    if len(urls) == 1 and Path(urls[0].toLocalFile()).is_dir():
        return urls[0].toLocalFile()
    return None


def _p_cat(model: Model, images: np.ndarray) -> np.ndarray:
    """p(cat) for uint8 images, a chunk at a time: no float copy of a whole large set."""
    return np.concatenate(
        [
            model.neuron.predict_proba(flatten(images[i : i + CHUNK]))[:, 1]
            for i in range(0, len(images), CHUNK)
        ]
    )
