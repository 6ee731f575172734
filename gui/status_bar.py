"""The status bar: the dataset and the model in use, and the progress of a dataset task.

The model's figures go when a new dataset makes them stale (see :mod:`gui.model_figures`).
Every text follows the language: a message on show is said again in the new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QWidget,
)

from core.task import CAT_LABEL
from gui.app_state import AppState, ModelOrigin
from gui.data_control import DataControl, DataTaskKind
from gui.elided_label import ElidedLabel
from gui.language import Retranslatable
from gui.model_figures import ModelFigures
from gui.numbers import percent, whole
from gui.steady_box import SteadyBox
from gui.widgets import named

if TYPE_CHECKING:  # numpy and h5py load after the window's first paint
    from core.dataset import Dataset

MESSAGE_MS = 5000
SHOWN_WARNINGS = 3
"""How many skipped files a message names; the tooltip lists more."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusBar", text)


def model_name(state: AppState) -> str:
    """What the window calls the current model (title bar and status bar)."""
    origin, latest = state.model_origin, state.latest_model
    epoch = latest.metrics.epoch if latest and latest.metrics else 0
    if origin is ModelOrigin.FILE and state.model_path is not None:
        hyper = latest.hyperparameters if latest else None
        mid_run = hyper is not None and latest is not None and latest.metrics is not None
        mid_run = mid_run and hyper is not None and epoch != hyper.epochs
        if not mid_run:
            return state.model_path.name
        return _tr("{file} (epoch {epoch})").format(file=state.model_path.name, epoch=whole(epoch))
    if origin is ModelOrigin.STOPPED:
        name = _tr("new model (stopped at epoch {epoch})").format(epoch=whole(epoch))
    else:
        name = {
            ModelOrigin.NONE: _tr("no model"),
            ModelOrigin.BUNDLED: _tr("default model"),
            ModelOrigin.FILE: _tr("model file"),
            ModelOrigin.UNTRAINED: _tr("untrained"),
            ModelOrigin.TRAINING: _tr("training…"),
            ModelOrigin.TRAINED: _tr("new model"),
        }[origin]
    if state.chosen_epoch is not None:  # back in the run's history
        return _tr("{model}, showing epoch {epoch}").format(
            model=name, epoch=whole(state.chosen_epoch)
        )
    return name


class StatusBar(Retranslatable, QStatusBar):
    """Follows the state's dataset and model, and the data control's progress."""

    def __init__(self, state: AppState, data: DataControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.data = state, data
        self._message: Callable[[], str] | None = None
        self._task: DataTaskKind | None = None
        # a narrow window elides the dataset's long path, never the model's line
        self.status_data = named(ElidedLabel(), "statusData")
        self.status_model = named(QLabel(), "statusModel")
        self.status_model.setTextFormat(Qt.TextFormat.PlainText)  # file names, never markup
        self._warnings: list[str] = []
        """The files the last dataset task skipped, listed in the dataset line's tooltip."""
        self.data_progress = named(QProgressBar(), "dataProgress")
        self.data_progress.setMaximumWidth(260)
        self.data_cancel_button = named(QPushButton(), "dataCancelButton")
        self.addWidget(self.status_data, 1)
        self.addPermanentWidget(self.data_progress)
        self.addPermanentWidget(self.data_cancel_button)
        self.addPermanentWidget(SteadyBox(self.status_model))  # changes 30 times a second
        self.data_progress.hide()
        self.data_cancel_button.hide()
        self.data_cancel_button.clicked.connect(data.cancel)
        state.datasetChanged.connect(self._on_dataset_changed)
        state.modelChanged.connect(self._on_model_changed)
        self.figures = ModelFigures(state, self)
        self.figures.validityChanged.connect(self._on_model_changed)
        data.started.connect(self._on_task_started)
        data.progressed.connect(self._on_progress)
        state.dataBusyChanged.connect(self._on_busy_changed)
        data.warned.connect(self._on_warned)
        data.canceled.connect(
            lambda: self.say(lambda: self.tr("Canceled; nothing was changed"), MESSAGE_MS)
        )
        data.downloaded.connect(
            lambda folder: self.say(
                lambda: self.tr("Downloaded and verified into {folder}").format(folder=folder),
                MESSAGE_MS,
            )
        )
        self._retranslate()

    def say(self, text: Callable[[], str], timeout_ms: int = 0) -> None:
        """Show a message for ``timeout_ms`` (0: until the next), said again after a switch.

        ``text`` makes the message in the current language: a lambda around ``tr()``.
        """
        self._message = text
        self.showMessage(text(), timeout_ms)

    def _retranslate(self) -> None:
        self.data_cancel_button.setText(self.tr("Cancel"))
        self._on_dataset_changed()
        self._on_model_changed()
        if self._task is not None and self.data_progress.maximum() == 0:
            self._on_task_started(self._task)
        elif self._task is not None:
            self._on_progress(self.data_progress.value(), self.data_progress.maximum())
        if self._message is not None and self.currentMessage():
            self.showMessage(self._message())  # its timer keeps running: it goes as it would

    @Slot()
    def _on_dataset_changed(self) -> None:
        dataset = self.state.dataset
        if dataset is None:
            self.status_data.set_full_text(self.tr("No dataset loaded"))
        else:
            self.status_data.set_full_text(
                self.tr("Dataset: {source} — {summary}").format(
                    source=dataset.source, summary=self.dataset_summary(dataset)
                )
            )
        self._show_data_tooltip()

    def _show_data_tooltip(self) -> None:
        """The dataset line in full (it may be elided), then the files skipped, if any."""
        self.status_data.setToolTip("\n".join([self.status_data.full_text, *self._warnings[:50]]))

    def dataset_summary(self, dataset: Dataset) -> str:
        """Sizes, picture shape and class balance, in one short line."""
        height, width, _ = dataset.image_shape
        cats = int((dataset.train_labels == CAT_LABEL).sum())
        return self.tr(
            "{train} training and %n test picture(s), {width}×{height}, {cats} cats in training",
            "",
            len(dataset.test_labels),
        ).format(
            train=whole(len(dataset.train_labels)), width=width, height=height, cats=whole(cats)
        )

    @Slot()
    def _on_model_changed(self) -> None:
        metrics = self.figures.metrics
        name = model_name(self.state)
        if metrics is None:
            self.status_model.setText(self.tr("Model: {name}").format(name=name))
            return
        self.status_model.setText(
            self.tr("Model: {name}, {train} train / {test} test").format(
                name=name, train=percent(metrics.train_acc), test=percent(metrics.test_acc)
            )
        )

    @Slot(object)
    def _on_task_started(self, kind: DataTaskKind) -> None:
        self._task = kind
        self._warnings = []
        self._show_data_tooltip()
        if kind is DataTaskKind.DOWNLOAD:
            text = self.tr("Downloading the dataset…")
        else:
            text = self.tr("Opening the dataset…")
        self.data_progress.setRange(0, 0)  # busy until the first figure arrives
        self.data_progress.setFormat(text)
        self.data_progress.show()
        self.data_cancel_button.show()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.data_progress.setRange(0, max(total, 1))
        self.data_progress.setValue(done)
        if self.data.kind is DataTaskKind.DOWNLOAD:
            self.data_progress.setFormat(self.tr("%v of %m bytes"))
        else:
            self.data_progress.setFormat(self.tr("%v of %m pictures"))

    @Slot()
    def _on_busy_changed(self) -> None:
        if not self.state.data_busy:
            self._task = None
            self.data_progress.hide()
            self.data_cancel_button.hide()

    @Slot(object)
    def _on_warned(self, warnings: list[str]) -> None:
        count, shown = len(warnings), "; ".join(warnings[:SHOWN_WARNINGS])

        def text() -> str:
            if count > SHOWN_WARNINGS:
                more = whole(count - SHOWN_WARNINGS)
                skipped = self.tr("%n file(s) skipped: {files}; and {more} more", "", count)
                return skipped.format(files=shown, more=more)
            return self.tr("%n file(s) skipped: {files}", "", count).format(files=shown)

        self.say(text, 15000)
        self._warnings = list(warnings)
        self._show_data_tooltip()
