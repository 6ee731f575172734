"""Cat Neuron's main window: controls on the left, live curves in the middle, try-it on the right.

Layout and wiring only. What the window is about lives in
:class:`~gui.app_state.AppState`, which every view follows; runs are
:class:`~gui.training_control.TrainingControl`'s, dataset tasks
:class:`~gui.data_control.DataControl`'s, menus
:class:`~gui.window_actions.WindowActions`'.

The window paints first and fills in after: the views that need pyqtgraph,
numpy or h5py (half a second of imports) are built by :meth:`MainWindow._build_views`,
right after the first paint, so the app appears at once.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.atomic import atomic_path
from core.errors import CatNeuronError
from gui import dialogs, settings
from gui.app_icon import app_icon
from gui.app_state import AppState, ModelOrigin
from gui.controls_panel import ControlsPanel
from gui.data_control import DataControl, Origin
from gui.history_slider import PAGE, HistorySlider
from gui.language import error_text
from gui.no_data_page import NoDataPage
from gui.resources import DEFAULT_MODEL
from gui.status_bar import StatusBar, model_name
from gui.training_control import TrainingControl
from gui.window_actions import WindowActions

if TYPE_CHECKING:
    from core.dataset import Dataset
    from core.model_file import Model
    from gui.dataset_view import DatasetView
    from gui.drop_panel import DropPanel
    from gui.loss_plot import LossPlot
    from gui.step_inspector import StepInspector
    from gui.weights_view import WeightsView

START_FALLBACK_MS = 300


class MainWindow(QMainWindow):
    """The whole app in one window; ``MainWindow()`` finds its data as the CLI does."""

    def __init__(
        self,
        data_path: str | os.PathLike[str] | None = None,
        model_path: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.state = AppState(self)
        self.training = TrainingControl(self.state, self)
        self.data = DataControl(self.state, self)
        self.controls = ControlsPanel(self.state)
        self.log_scale = QCheckBox("log scale", objectName="logScaleToggle")
        self.clear_history_button = QPushButton(
            "Clear earlier runs", objectName="clearHistoryButton"
        )
        plot_page = QWidget()
        self.plot_layout = QVBoxLayout(plot_page)
        self.plot_layout.setContentsMargins(0, 0, 0, 0)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.log_scale)
        toolbar.addStretch(1)
        toolbar.addWidget(self.clear_history_button)
        self.plot_layout.addLayout(toolbar)
        self.plot_layout.addWidget(_placeholder("Preparing the plots…"), 1)

        self.tabs = QTabWidget(objectName="centerTabs")
        self.tabs.addTab(plot_page, "Learning curves")
        self.tabs.addTab(_placeholder("Loading…"), "Dataset")
        self.no_data_page = NoDataPage(self.state, self.data)
        self.center = QStackedWidget()
        self.center.addWidget(self.tabs)
        self.center.addWidget(self.no_data_page)
        self.history_slider = HistorySlider(self.state)
        middle = QWidget(objectName="middleColumn")
        middle_layout = QVBoxLayout(middle)  # the slider under every tab: scrub while looking
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.center, 1)
        middle_layout.addWidget(self.history_slider)

        right = QWidget(objectName="tryItColumn")
        self.right_layout = QVBoxLayout(right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.right_layout.addWidget(_placeholder("Loading the bundled model…"), 1)

        self.splitter = QSplitter(objectName="mainSplitter")
        for column in (self.controls, middle, right):
            self.splitter.addWidget(column)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 640, 420])
        self.setCentralWidget(self.splitter)
        self.status = StatusBar(self.state, self.data)
        self.setStatusBar(self.status)
        self.actions = WindowActions(self, self.state)
        self._connect()
        self.resize(1360, 800)
        self.setMinimumSize(1000, 620)
        self._on_model_changed()
        self._remembered = settings.load()
        self._restore(self._remembered)
        self._data_path, self._model_path = data_path, model_path
        self._started = False
        QTimer.singleShot(START_FALLBACK_MS, self._build_views)  # in case it is never painted

    # -- state the tests and the smoke test read -------------------------------------------

    @property
    def dataset(self) -> Dataset | None:
        """The dataset in use."""
        return self.state.dataset

    @property
    def model(self) -> Model | None:
        """The model that answers dropped pictures."""
        return self.state.model

    @property
    def model_name(self) -> str:
        """What the title bar calls the model."""
        return model_name(self.state)

    @property
    def running(self) -> bool:
        """Whether a run is in progress (paused counts)."""
        return self.state.running

    # -- start-up ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The first paint has happened: now the heavy part of the start-up may run."""
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self._build_views)

    @Slot()
    def _build_views(self) -> None:
        """After the first paint: build the numpy/pyqtgraph views, then load model and data."""
        if self._started:
            return
        self._started = True
        from core.download import DOWNLOAD_SIZE
        from gui.dataset_view import DatasetView
        from gui.drop_panel import DropPanel
        from gui.loss_plot import LossPlot
        from gui.step_inspector import StepInspector
        from gui.weights_view import WeightsView

        self.plot: LossPlot = LossPlot(self.state)
        _replace(self.plot_layout, 1, self.plot)
        self.plot.set_log_scale(self.log_scale.isChecked())
        self.log_scale.toggled.connect(self.plot.set_log_scale)
        self.clear_history_button.clicked.connect(self.plot.clear_history)
        self.no_data_page.set_download_size(DOWNLOAD_SIZE)
        self.dataset_view: DatasetView = DatasetView(self.state)
        self.dataset_view.folderDropped.connect(self.load_dataset_from)
        self.tabs.removeTab(1)
        self.tabs.addTab(self.dataset_view, "Dataset")
        self.step_inspector: StepInspector = StepInspector(self.state)
        self.tabs.addTab(self.step_inspector, "One step")
        self.drop_panel: DropPanel = DropPanel(self.state)
        self.weights_view: WeightsView = WeightsView(self.state)
        _replace(self.right_layout, 0, self.drop_panel)
        self.right_layout.addWidget(self.weights_view)
        self.actions.open_image.triggered.connect(self.drop_panel.open_dialog)
        self._load_at_start()

    def _load_at_start(self) -> None:
        """The model to judge drops with, then the dataset; what is missing is said in place."""
        remembered = _existing(self._remembered.model_path)
        path = Path(self._model_path or remembered or DEFAULT_MODEL)
        try:
            self.load_model_file(path)
        except CatNeuronError as error:
            if path == DEFAULT_MODEL:
                self.status.showMessage(f"No model loaded: {error_text(error)}")
            else:  # the last model is gone or broken: forget it, use the bundled one
                self._remembered.model_path = None
                self.status.showMessage(f"{error_text(error)}; using the bundled model", 8000)
                self._load_bundled_model()
        self.load_dataset_from(
            self._data_path or _existing(self._remembered.data_path), Origin.START
        )

    def _load_bundled_model(self) -> None:
        try:
            self.load_model_file(DEFAULT_MODEL)
        except CatNeuronError as error:
            self.status.showMessage(f"No model loaded: {error_text(error)}")

    def _restore(self, last: settings.Remembered) -> None:
        self.controls.learning_rate.setValue(last.learning_rate)
        self.controls.epochs.setValue(last.epochs)
        self.controls.seed.setValue(last.seed)
        self.controls.speed.setCurrentIndex(max(self.controls.speed.findData(last.speed), 0))
        self.log_scale.setChecked(last.log_scale)
        if last.geometry is not None:
            self.restoreGeometry(last.geometry)
        if last.splitter is not None:
            self.splitter.restoreState(last.splitter)

    def _remember(self) -> None:
        hyper = self.controls.hyperparameters()
        path = self.state.model_path if self.state.model_origin is ModelOrigin.FILE else None
        data = self.state.dataset_path or self._remembered.data_path
        settings.save(
            settings.Remembered(
                hyper.learning_rate,
                hyper.epochs,
                hyper.seed,
                int(self.controls.max_rate()),
                self.log_scale.isChecked(),
                str(data) if data else None,
                str(path) if path else None,
                self.saveGeometry(),
                self.splitter.saveState(),
            )
        )

    # -- wiring -----------------------------------------------------------------------------

    def _connect(self) -> None:
        controls, actions = self.controls, self.actions
        for trigger in (controls.train_button.clicked, actions.train.triggered):
            trigger.connect(self.start_training)
        for trigger in (controls.pause_button.clicked, actions.pause.triggered):
            trigger.connect(self.toggle_pause)
        for trigger in (controls.step_button.clicked, actions.step.triggered):
            trigger.connect(lambda: self.step(1))
        for trigger in (controls.step10_button.clicked, actions.step10.triggered):
            trigger.connect(lambda: self.step(10))
        for trigger in (
            controls.stop_button.clicked,
            actions.stop.triggered,
            actions.escape.activated,
        ):
            trigger.connect(self.stop_training)
        for trigger in (controls.reset_button.clicked, actions.reset.triggered):
            trigger.connect(self.reset)
        controls.speed.currentIndexChanged.connect(
            lambda: self.training.set_max_rate(controls.max_rate())
        )
        actions.space.activated.connect(self._on_space)
        slider = self.history_slider
        for shortcut, epochs in (
            (actions.earlier, -1),
            (actions.later, 1),
            (actions.earlier10, -PAGE),
            (actions.later10, PAGE),
        ):
            shortcut.activated.connect(lambda epochs=epochs: slider.move_by(epochs))
        actions.first.activated.connect(slider.go_first)
        actions.newest.activated.connect(slider.go_newest)
        actions.paste.activated.connect(self.paste)
        actions.open_data.triggered.connect(self.open_dataset_dialog)
        self.no_data_page.open_button.clicked.connect(self.open_dataset_dialog)
        actions.open_model.triggered.connect(self.open_model_dialog)
        actions.save_model.triggered.connect(self.save_model_dialog)
        actions.export_plot.triggered.connect(self.export_plot_dialog)
        actions.quit.triggered.connect(self.close)
        actions.shortcuts.triggered.connect(self.show_shortcuts)
        actions.about.triggered.connect(self.show_about)
        self.training.finished.connect(self._on_run_finished)
        self.training.failed.connect(self._on_run_failed)
        self.state.modelChanged.connect(self._on_model_changed)
        self.state.datasetChanged.connect(self._on_dataset_changed)
        self.state.runStatusChanged.connect(self._on_run_status_changed)
        self.data.failed.connect(self._on_data_failed)

    # -- training ---------------------------------------------------------------------------

    @Slot()
    def start_training(self) -> None:
        """Start a fresh run from the seed; it replaces the current model as it learns."""
        if not self.state.running:
            self.training.set_max_rate(self.controls.max_rate())
            self.training.start(self.controls.hyperparameters())

    @Slot()
    def toggle_pause(self) -> None:
        """Pause a running run, resume a paused one."""
        self.training.toggle_pause()

    def step(self, epochs: int = 1) -> None:
        """Take ``epochs`` epochs, then pause (from a fresh neuron: a new run), and show them."""
        self.state.choose_epoch(None)
        self.training.set_max_rate(self.controls.max_rate())
        self.training.step(self.controls.hyperparameters(), epochs)

    @Slot()
    def stop_training(self) -> None:
        """End the run after its current epoch, keeping what it learned."""
        self.training.stop()

    @Slot()
    def reset(self) -> None:
        """Cut off any run and go back to the untrained neuron of the chosen seed."""
        self.training.reset(self.controls.seed.value())

    def _on_space(self) -> None:
        if self.state.running:
            self.toggle_pause()
        else:
            self.start_training()

    @Slot(object)
    def _on_run_finished(self, outcome: object) -> None:
        self.controls.train_button.setFocus()  # so that Space trains again
        last = getattr(outcome, "last", None)
        elapsed = self.state.run_elapsed
        if last is None:
            self.controls.time_left.setText("stopped before its first epoch")
            self.status.showMessage("Run stopped before its first epoch: no change", 5000)
        elif getattr(outcome, "completed", False):
            self.status.showMessage(f"Run finished in {elapsed:.2f} s", 5000)
        else:
            self.controls.time_left.setText(f"stopped after {elapsed:.1f} s")
            self.status.showMessage(f"Run stopped in {elapsed:.2f} s", 5000)

    @Slot(object)
    def _on_run_failed(self, error: CatNeuronError) -> None:
        message = error_text(error)
        self.status.showMessage(f"Training failed: {message}")
        self.controls.time_left.setText("failed")
        dialogs.warn(self, "Training failed", message)

    @Slot()
    def _on_run_status_changed(self) -> None:
        if self.state.run_status.value == "paused":
            self.status.showMessage("Paused — Space or Resume carries on", 3000)

    # -- datasets ---------------------------------------------------------------------------

    def load_dataset_from(
        self, path: str | os.PathLike[str] | None, origin: Origin = Origin.MENU
    ) -> None:
        """Open the dataset at ``path`` (HDF5 pair or pictures) on a worker thread."""
        self.data.load(path, origin)

    @Slot()
    def start_download(self) -> None:
        """The no-data page's Download button: fetch and verify the article's files."""
        self.no_data_page.show_reason(None)
        self.data.download()

    @Slot()
    def open_dataset_dialog(self) -> None:
        """File › Open dataset: the HDF5 pair or a picture folder; a dialog says what is wrong."""
        folder = dialogs.ask_dataset_folder(self)
        if folder is not None:
            self.load_dataset_from(folder)

    @Slot()
    def _on_dataset_changed(self) -> None:
        self.training.cut_off()
        self.center.setCurrentIndex(0 if self.state.dataset is not None else 1)
        self.controls.train_button.setFocus()  # not a spin box: Space must reach the shortcut

    @Slot(object, object)
    def _on_data_failed(self, error: CatNeuronError, origin: Origin) -> None:
        if origin is Origin.MENU:
            if self.state.dataset is None:
                self.no_data_page.show_reason(error)
            dialogs.warn(self, "Cannot open dataset", error_text(error))
            return
        self.no_data_page.show_reason(error)
        if self.state.dataset is None:
            self.center.setCurrentIndex(1)

    # -- models and files -------------------------------------------------------------------

    def load_model_file(self, path: Path) -> None:
        """Make the model in ``path`` the current one (its input size must fit the dataset)."""
        from core.model_file import load_model

        shape = self.state.dataset.image_shape if self.state.dataset else None
        model = load_model(path, expected_shape=shape)
        self.training.cut_off()
        origin = ModelOrigin.BUNDLED if Path(path) == DEFAULT_MODEL else ModelOrigin.FILE
        self.state.set_model(model, origin, Path(path))

    def save_model_file(self, path: Path) -> None:
        """Write the current model to ``path`` (atomically) and call it by that name."""
        if self.state.model is None:
            raise CatNeuronError("there is no model to save yet: train one first")
        from core.model_file import save_model

        save_model(path, self.state.model)
        self.state.mark_saved(Path(path))

    @Slot()
    def open_model_dialog(self) -> None:
        """File › Open model: a dialog, and a dialog for what is wrong with the file."""
        path = dialogs.ask_model_to_open(self)
        if path is not None:
            try:
                self.load_model_file(path)
            except CatNeuronError as error:
                dialogs.warn(self, "Cannot open model", error_text(error))

    @Slot()
    def save_model_dialog(self) -> None:
        """File › Save model."""
        if self.state.model is None:
            dialogs.warn(self, "Nothing to save", "Train a model first.")
            return
        own_file = self.state.model_origin is ModelOrigin.FILE and self.state.model_path
        path = dialogs.ask_model_to_save(
            self, str(self.state.model_path) if own_file else "model.h5"
        )
        if path is not None:
            try:
                self.save_model_file(path)
            except CatNeuronError as error:
                dialogs.warn(self, "Cannot save model", error_text(error))

    @Slot()
    def export_plot_dialog(self) -> None:
        """File › Export plot: the curves as a PNG picture or the current run as CSV."""
        chosen = dialogs.ask_plot_export(self)
        if chosen is not None:
            try:
                self.export_plot(*chosen)
            except OSError as error:
                dialogs.warn(self, "Cannot export", f"{chosen[0]}: {error.strerror or error}")

    def export_plot(self, path: Path, as_csv: bool = False) -> None:
        """Write the curves to ``path`` (atomically), as CSV or as a PNG of both plots."""
        with atomic_path(path) as tmp:
            if as_csv:
                tmp.write_text(self.plot.to_csv())
            elif not self.plot.grab().save(str(tmp), "PNG"):
                raise OSError(f"cannot write {path}")

    @Slot()
    def show_shortcuts(self) -> None:
        """Help › Keyboard shortcuts."""
        dialogs.show_shortcuts(self)

    @Slot()
    def show_about(self) -> None:
        """Help › About."""
        dialogs.show_about(self)

    @Slot()
    def paste(self) -> None:
        """Ctrl+V: judge the picture, file or path on the clipboard."""
        if self._started:
            self.drop_panel.take_mime(QApplication.clipboard().mimeData())

    @Slot()
    def _on_model_changed(self) -> None:
        self.setWindowTitle(f"Cat Neuron — {model_name(self.state)}[*]")
        self.setWindowModified(not self.state.model_saved)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cut off the run and the data task (their threads end on their own) and remember."""
        self.training.cut_off()
        self.data.cancel()
        self._remember()
        super().closeEvent(event)


def _existing(path: str | None) -> str | None:
    """``path`` if it still exists (a remembered file may have been moved or deleted)."""
    return path if path and Path(path).exists() else None


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    return label


def _replace(layout: QVBoxLayout, index: int, widget: QWidget) -> None:
    """Put ``widget`` where the placeholder at ``index`` was."""
    item = layout.itemAt(index)
    old = item.widget() if item is not None else None
    if old is not None:
        layout.replaceWidget(old, widget)
        old.deleteLater()
