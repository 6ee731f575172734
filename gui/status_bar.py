"""The status bar: the dataset and the model in use, and the progress of a dataset task.

The model's figures go when a new dataset makes them stale (see :mod:`gui.model_figures`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from gui.app_state import AppState, ModelOrigin
from gui.data_control import DataControl, DataTaskKind
from gui.model_figures import ModelFigures
from gui.widgets import named


def model_name(state: AppState) -> str:
    """What the window calls the current model (title bar and status bar)."""
    origin, latest = state.model_origin, state.latest_model
    epoch = latest.metrics.epoch if latest and latest.metrics else 0
    if origin is ModelOrigin.FILE and state.model_path is not None:
        hyper = latest.hyperparameters if latest else None
        mid_run = hyper is not None and latest is not None and latest.metrics is not None
        mid_run = mid_run and hyper is not None and epoch != hyper.epochs
        return f"{state.model_path.name} (epoch {epoch})" if mid_run else state.model_path.name
    name = {
        ModelOrigin.NONE: "no model",
        ModelOrigin.BUNDLED: "default model",
        ModelOrigin.FILE: "model file",
        ModelOrigin.UNTRAINED: "untrained",
        ModelOrigin.TRAINING: "training…",
        ModelOrigin.TRAINED: "new model",
        ModelOrigin.STOPPED: f"new model (stopped at epoch {epoch})",
    }[origin]
    if state.chosen_epoch is not None:  # back in the run's history
        return f"{name}, showing epoch {state.chosen_epoch}"
    return name


class StatusBar(QStatusBar):
    """Follows the state's dataset and model, and the data control's progress."""

    def __init__(self, state: AppState, data: DataControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.data = state, data
        self.status_data = named(QLabel("No dataset loaded"), "statusData")
        self.status_model = named(QLabel(), "statusModel")
        for label in (self.status_data, self.status_model):  # file names, never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.data_progress = named(QProgressBar(), "dataProgress")
        self.data_progress.setMaximumWidth(260)
        self.data_cancel_button = named(QPushButton("Cancel"), "dataCancelButton")
        self.addWidget(self.status_data, 1)
        self.addPermanentWidget(self.data_progress)
        self.addPermanentWidget(self.data_cancel_button)
        self.addPermanentWidget(self.status_model)
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
        data.canceled.connect(lambda: self.showMessage("Canceled; nothing was changed", 5000))
        data.downloaded.connect(
            lambda folder: self.showMessage(f"Downloaded and verified into {folder}", 5000)
        )
        self._on_model_changed()

    @Slot()
    def _on_dataset_changed(self) -> None:
        dataset = self.state.dataset
        if dataset is None:
            self.status_data.setText("No dataset loaded")
        else:
            self.status_data.setText(f"Dataset: {dataset.source} — {dataset.summary()}")

    @Slot()
    def _on_model_changed(self) -> None:
        metrics = self.figures.metrics
        detail = f", {metrics.train_acc:.1%} train / {metrics.test_acc:.1%} test" if metrics else ""
        self.status_model.setText(f"Model: {model_name(self.state)}{detail}")

    @Slot(object)
    def _on_task_started(self, kind: DataTaskKind) -> None:
        text = (
            "Downloading the dataset…" if kind is DataTaskKind.DOWNLOAD else "Opening the dataset…"
        )
        self.data_progress.setRange(0, 0)  # busy until the first figure arrives
        self.data_progress.setFormat(text)
        self.data_progress.show()
        self.data_cancel_button.show()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.data_progress.setRange(0, max(total, 1))
        self.data_progress.setValue(done)
        unit = "bytes" if self.data.kind is DataTaskKind.DOWNLOAD else "pictures"
        self.data_progress.setFormat(f"%v of %m {unit}")

    @Slot()
    def _on_busy_changed(self) -> None:
        if not self.state.data_busy:
            self.data_progress.hide()
            self.data_cancel_button.hide()

    @Slot(object)
    def _on_warned(self, warnings: list[str]) -> None:
        shown = "; ".join(warnings[:3]) + (
            f"; and {len(warnings) - 3} more" if len(warnings) > 3 else ""
        )
        self.showMessage(f"{len(warnings)} file(s) skipped: {shown}", 15000)
        self.status_data.setToolTip("\n".join(warnings[:50]))
