"""The confusion matrix of the train or test pictures at the epoch shown: right and wrong, by class.

Two rows (what a picture is) by two columns (what the neuron said), each cell
with its count and its share of the row. Read from the run's history
(:meth:`core.history.History.logits`, no product at all) when there is one,
so scrubbing through the epochs costs a copy; a model without a history is
scored a chunk at a time. A click on a cell says which pictures it holds
(``cellClicked``) so the dataset grid can show them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.confusion import ConfusionMatrix, confusion_matrix
from core.dataset import flatten
from core.history import History
from gui.app_state import AppState
from gui.glossary import term
from gui.language import Retranslatable
from gui.widgets import named

TRAIN, TEST = 0, 1
CHUNK = 2048
"""Pictures scored at once without a history: no float copy of a whole large split."""
REFRESHES_PER_SECOND = 15
RIGHT_COLOR = QColor(60, 170, 90, 70)
WRONG_COLOR = QColor(230, 80, 70, 90)


class ConfusionView(Retranslatable, QWidget):
    """A 2 × 2 table (``confusionMatrix``) of the split's pictures by label and answer.

    Signals
    -------
    scored
        ``logits`` and ``matrix`` were recomputed (another model, epoch, split or dataset).
    cellClicked(label, said)
        The user clicked the cell of pictures labelled ``label`` that the neuron called ``said``.
    """

    scored = Signal()
    cellClicked = Signal(int, int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.split = TRAIN
        self.logits: np.ndarray | None = None
        """The logit z of each picture of the split at the epoch shown (None: no model fits)."""
        self.matrix: ConfusionMatrix | None = None
        self.epoch: int | None = None
        """The epoch the matrix is of, when it came from the history."""
        self._foreign_history: History | None = None

        self.title = named(QLabel(), "confusionTitle")
        self.title.setWordWrap(True)
        self.table = named(QTableWidget(2, 2), "confusionMatrix")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row in range(2):
            for column in range(2):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(RIGHT_COLOR if row == column else WRONG_COLOR)
                self.table.setItem(row, column, item)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)

        self._stale = True
        self._pending = False
        self._timer = QTimer(self, singleShot=True, interval=1000 // REFRESHES_PER_SECOND)
        self._timer.timeout.connect(self._on_timer)
        self.table.cellClicked.connect(lambda row, column: self.cellClicked.emit(row, column))
        state.datasetChanged.connect(self._on_dataset_changed)
        state.modelChanged.connect(self._on_changed)
        state.historyChanged.connect(self._on_changed)
        self._retranslate()

    def set_split(self, split: int) -> None:
        """Count the train (:data:`TRAIN`) or the test (:data:`TEST`) pictures."""
        if split != self.split:
            self.split = split
            self.refresh()

    def clear_selection(self) -> None:
        """No cell chosen: the grid shows every picture again."""
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)

    def refresh(self) -> None:
        """Score the split now (or as soon as the view is on screen)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.logits = self._split_logits()
        dataset = self.state.dataset
        if self.logits is None or dataset is None:
            self.matrix = None
        else:
            labels = dataset.train_labels if self.split == TRAIN else dataset.test_labels
            self.matrix = confusion_matrix(self.logits, labels)
        self._show()
        self.scored.emit()

    # -- reactions --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        cat, non_cat = term("cat"), term("non-cat")
        self.table.setHorizontalHeaderLabels(
            [self.tr("said {name}").format(name=non_cat), self.tr("said {name}").format(name=cat)]
        )
        self.table.setVerticalHeaderLabels(
            [self.tr("is {name}").format(name=non_cat), self.tr("is {name}").format(name=cat)]
        )
        self.hint.setText(self.tr("Click a cell to see its pictures below."))
        self._show()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the model when the tab comes into view."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_dataset_changed(self) -> None:
        self._foreign_history = self.state.history  # a run on the dataset before: not this one's
        self.refresh()

    def _on_changed(self) -> None:
        """At once, then at most :data:`REFRESHES_PER_SECOND` times a second during a burst."""
        if self._timer.isActive():
            self._pending = True
            return
        self.refresh()
        self._timer.start()

    def _on_timer(self) -> None:
        if self._pending:
            self._pending = False
            self.refresh()
            self._timer.start()

    # -- scores -----------------------------------------------------------------------------

    def _split_logits(self) -> np.ndarray | None:
        """The logit of each picture of the split: the history's at the epoch shown, else scored."""
        state, dataset = self.state, self.state.dataset
        self.epoch = None
        if dataset is None:
            return None
        images = dataset.train_images if self.split == TRAIN else dataset.test_images
        history, epoch = state.history, state.shown_epoch
        if history is not None and history is not self._foreign_history and epoch is not None:
            z = history.logits(epoch)[self.split]
            if len(z) == len(images):
                self.epoch = epoch
                return z
        model = state.model
        if model is None or model.input_shape != dataset.image_shape:
            return None
        return np.concatenate(
            [
                model.neuron.decision_function(flatten(images[start : start + CHUNK]))
                for start in range(0, len(images), CHUNK)
            ]
        )

    def _show(self) -> None:
        matrix, locale = self.matrix, QLocale()
        split = term("training set") if self.split == TRAIN else term("test set")
        if matrix is None:
            self.title.setText(self.tr("Confusion matrix: no model fits these pictures"))
        elif self.epoch is None:
            self.title.setText(self.tr("Confusion matrix of the {split}").format(split=split))
        else:
            self.title.setText(
                self.tr("Confusion matrix of the {split} at epoch {epoch}").format(
                    split=split, epoch=locale.toString(self.epoch)
                )
            )
        self._fit_table()
        names = (term("non-cat"), term("cat"))
        for label in range(2):
            for said in range(2):
                item = self.table.item(label, said)
                assert item is not None  # the four cells are made with the table
                if matrix is None:
                    item.setText("–")
                    item.setToolTip("")
                    continue
                count, rate = int(matrix.counts[label, said]), float(matrix.rates[label, said])
                item.setText(
                    self.tr("{count} ({rate})").format(
                        count=locale.toString(count), rate=_percent(locale, rate)
                    )
                )
                item.setToolTip(
                    self.tr(
                        "%n picture(s) labelled {label} that the neuron called {said}", "", count
                    ).format(label=names[label], said=names[said])
                )

    def _fit_table(self) -> None:
        """As tall as its header and two rows: no scroll bar, no empty space."""
        table = self.table
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(2))
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth()
        )


def _percent(locale: QLocale, share: float) -> str:
    return locale.toString(100 * share, "f", 1) + locale.percent()
