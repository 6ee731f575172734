"""Cat Neuron's main window: controls on the left, live curves in the middle, try-it on the right.

The window owns the state a user sees: the dataset, the current model (the
bundled one until the first run), and at most one training run. Training
happens in a :class:`~gui.training_worker.TrainingWorker` on a QThread, which
:class:`~gui.training_session.TrainingSession` starts and joins; the window
shows what the run reports and stops it on close.

The window paints first and fills in after: the widgets that need numpy,
h5py or pyqtgraph (a good half-second of imports) are built by
:meth:`MainWindow._finish_start`, right after the first paint, so the app
appears at once.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.atomic import atomic_path
from core.errors import CatNeuronError
from gui import settings
from gui.app_icon import app_icon
from gui.controls_panel import ControlsPanel
from gui.data_task import DataTask
from gui.resources import DEFAULT_MODEL
from gui.training_session import TrainingSession

if TYPE_CHECKING:  # numpy, h5py and pyqtgraph load after the first paint (see _finish_start)
    from core.dataset import Dataset
    from core.model_file import Model
    from gui.dataset_view import DatasetView
    from gui.drop_panel import DropPanel
    from gui.loss_plot import LossPlot
    from gui.training_worker import Outcome, Progress
    from gui.weights_view import WeightsView

START_FALLBACK_MS = 300


class MainWindow(QMainWindow):
    """The whole app in one window; ``MainWindow()`` finds its data as the CLI does."""

    datasetChanged = Signal()
    modelChanged = Signal()
    trainingProgressed = Signal(object)  # Progress, after the window has shown it
    trainingPausedChanged = Signal(bool)
    trainingFinished = Signal(object)  # Outcome
    trainingFailed = Signal(str)

    def __init__(
        self,
        data_path: str | os.PathLike[str] | None = None,
        model_path: str | os.PathLike[str] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.dataset: Dataset | None = None
        self.model: Model | None = None
        self.model_name = "no model"
        self.model_path: Path | None = None
        self._data_source: str | os.PathLike[str] | None = None
        self.session = TrainingSession(self)
        self._epochs = 0

        self.controls = ControlsPanel()
        self.plot: LossPlot | None = None
        self.dataset_view: DatasetView | None = None
        self.drop_panel: DropPanel | None = None
        self.weights_view: WeightsView | None = None
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
        self.no_data_page = self._make_no_data_page()
        self.center = QStackedWidget()
        self.center.addWidget(self.tabs)
        self.center.addWidget(self.no_data_page)

        right = QWidget(objectName="tryItColumn")
        self.right_layout = QVBoxLayout(right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.right_layout.addWidget(_placeholder("Loading the bundled model…"), 1)

        self.splitter = QSplitter(objectName="mainSplitter")
        self.splitter.addWidget(self.controls)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 640, 420])
        self.setCentralWidget(self.splitter)
        self.status_data = QLabel(objectName="statusData")
        self.status_model = QLabel(objectName="statusModel")
        self.data_progress = QProgressBar(objectName="dataProgress")
        self.data_progress.setMaximumWidth(260)
        self.data_cancel_button = QPushButton("Cancel", objectName="dataCancelButton")
        self.statusBar().addWidget(self.status_data, 1)
        self.statusBar().addPermanentWidget(self.data_progress)
        self.statusBar().addPermanentWidget(self.data_cancel_button)
        self.statusBar().addPermanentWidget(self.status_model)
        self.data_progress.hide()
        self.data_cancel_button.hide()
        self.data_task = DataTask(self)
        self.download_url: str | None = None  # None: the article's repository (core.download)
        self._data_origin = "start"
        self._data_request: str | os.PathLike[str] | None = None

        self._make_actions()
        self._connect()
        self.resize(1360, 800)
        self.setMinimumSize(1000, 620)
        self._update_title()
        self._update_state()
        self._remembered = settings.load()
        self._restore(self._remembered)
        self._data_path = data_path
        self._model_path = model_path
        self._started = False
        QTimer.singleShot(START_FALLBACK_MS, self._finish_start)  # in case it is never painted

    # -- start-up ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The first paint has happened: now the heavy part of the start-up may run."""
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self._finish_start)

    @Slot()
    def _finish_start(self) -> None:
        """After the first paint: build the numpy/pyqtgraph widgets, then load model and data."""
        if self._started:
            return
        self._started = True
        from gui.dataset_view import DatasetView
        from gui.drop_panel import DropPanel
        from gui.loss_plot import LossPlot
        from gui.weights_view import WeightsView

        self.plot = LossPlot()
        _replace(self.plot_layout, 1, self.plot)
        self.plot.set_log_scale(self.log_scale.isChecked())
        self.log_scale.toggled.connect(self.plot.set_log_scale)
        self.clear_history_button.clicked.connect(self.plot.clear_history)

        from core.download import DOWNLOAD_SIZE

        self.download_button.setText(f"Download dataset ({DOWNLOAD_SIZE / 1e6:.1f} MB)")
        self.dataset_view = DatasetView()
        self.dataset_view.folderDropped.connect(self.load_dataset_from)
        self.tabs.removeTab(1)
        self.tabs.addTab(self.dataset_view, "Dataset")

        self.drop_panel = DropPanel()
        self.weights_view = WeightsView()
        _replace(self.right_layout, 0, self.drop_panel)
        self.right_layout.addWidget(self.weights_view)
        self.open_image_action.triggered.connect(self.drop_panel.open_dialog)
        self.modelChanged.connect(self._on_model_changed)
        self._load_at_start()

    @Slot()
    def _load_at_start(self) -> None:
        """After the first paint: the model to judge drops with, then the dataset.

        Neither may stop the window from opening: what is missing is said in place.
        """
        last = self._remembered
        model_path = self._model_path or _existing(last.model_path) or DEFAULT_MODEL
        try:
            self.load_model_file(Path(model_path))
        except CatNeuronError as error:
            if model_path == DEFAULT_MODEL:
                self.statusBar().showMessage(f"No model loaded: {error}")
            else:  # the last model is gone or broken: fall back to the bundled one
                self.statusBar().showMessage(f"{error}; using the bundled model", 8000)
                self._try_default_model()
        self.load_dataset_from(self._data_path or _existing(last.data_path), origin="start")

    def _try_default_model(self) -> None:
        try:
            self.load_model_file(DEFAULT_MODEL)
        except CatNeuronError as error:
            self.statusBar().showMessage(f"No model loaded: {error}")

    def _restore(self, last: settings.Remembered) -> None:
        self.controls.learning_rate.setValue(last.learning_rate)
        self.controls.epochs.setValue(last.epochs)
        self.controls.seed.setValue(last.seed)
        speed = self.controls.speed.findData(last.speed)
        self.controls.speed.setCurrentIndex(max(speed, 0))
        self.log_scale.setChecked(last.log_scale)
        if last.geometry is not None:
            self.restoreGeometry(last.geometry)
        if last.splitter is not None:
            self.splitter.restoreState(last.splitter)

    def _remember(self) -> None:
        hyper = self.controls.hyperparameters()
        model_path = (
            self.model_path if self.model_path and self.model_path != DEFAULT_MODEL else None
        )
        settings.save(
            settings.Remembered(
                hyper.learning_rate,
                hyper.epochs,
                hyper.seed,
                int(self.controls.max_rate()),
                self.log_scale.isChecked(),
                str(self._data_source) if self._data_source else None,
                str(model_path) if model_path else None,
                self.saveGeometry(),
                self.splitter.saveState(),
            )
        )

    def set_dataset(self, dataset: Dataset) -> None:
        """Use ``dataset`` for the next run (any run in progress is stopped first)."""
        self.stop_training(wait=True)
        self.dataset = dataset
        self.dataset_view.set_dataset(dataset)
        self.center.setCurrentIndex(0)
        self.status_data.setText(f"Dataset: {dataset.source} — {dataset.summary()}")
        self._update_state()
        self.controls.train_button.setFocus()  # not a spin box: Space must reach the shortcut
        self.datasetChanged.emit()

    def _show_no_data(self, reason: str) -> None:
        self.dataset = None
        self.no_data_reason.setText(reason)
        self.center.setCurrentIndex(1)
        self.status_data.setText("No dataset loaded")
        self._update_state()

    def _make_no_data_page(self) -> QWidget:
        page = QWidget(objectName="noDataPage")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel("<h2>No dataset yet</h2>")
        explanation = QLabel(
            "Cat Neuron learns from the article's Cat vs Non-Cat images: a folder with "
            "<tt>train_catvnoncat.h5</tt> and <tt>test_catvnoncat.h5</tt> — or your own "
            "pictures in <tt>cat</tt> and <tt>non-cat</tt> folders. Download the article's "
            "files or open a folder to start. Meanwhile you can drop pictures on the right: "
            "the bundled model judges them."
        )
        explanation.setWordWrap(True)
        self.no_data_reason = QLabel(objectName="noDataReason")
        self.no_data_reason.setWordWrap(True)
        self.no_data_reason.setStyleSheet("color: #b3261e;")
        self.download_button = QPushButton("Download dataset", objectName="downloadButton")
        self.download_button.clicked.connect(self.start_download)
        self.open_data_button = QPushButton("Open data folder…", objectName="openDataButton")
        self.open_data_button.clicked.connect(self.open_dataset_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.open_data_button)
        buttons.addStretch(1)
        for widget in (title, explanation, self.no_data_reason):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(40, 20, 40, 20)
        return page

    # -- datasets ---------------------------------------------------------------------------

    def load_dataset_from(self, path: str | os.PathLike[str] | None, origin: str = "menu") -> None:
        """Open the dataset at ``path`` (HDF5 pair or pictures) on a worker thread.

        ``None`` searches ``$CATNEURON_DATA`` and the user data folder, as the CLI does.
        """
        from gui.dataset_workers import DatasetLoadWorker

        self._data_origin, self._data_request = origin, path
        if self.data_task.start(DatasetLoadWorker(path), "load"):
            self._show_data_progress(f"Opening {path or 'the dataset'}…")

    @Slot()
    def start_download(self) -> None:
        """The no-data page's Download button: fetch and verify the article's files."""
        from gui.dataset_workers import DownloadWorker

        self._data_origin = "download"
        worker = (
            DownloadWorker(base_url=self.download_url) if self.download_url else DownloadWorker()
        )
        if self.data_task.start(worker, "download"):
            self.no_data_reason.setText("")
            self._show_data_progress("Downloading the dataset…")

    def _show_data_progress(self, text: str) -> None:
        self.data_progress.setRange(0, 0)  # busy until the first figure arrives
        self.data_progress.setFormat(text)
        self.data_progress.show()
        self.data_cancel_button.show()
        self._update_state()

    @Slot(int, int)
    def _on_data_progress(self, done: int, total: int) -> None:
        self.data_progress.setRange(0, max(total, 1))
        self.data_progress.setValue(done)
        unit = "bytes" if self.data_task.kind == "download" else "pictures"
        self.data_progress.setFormat(f"%v of %m {unit}")

    @Slot(object)
    def _on_data_finished(self, result: object) -> None:
        self._hide_data_progress()
        if isinstance(result, str):  # a download: now open what arrived
            self.statusBar().showMessage(f"Downloaded and verified into {result}", 5000)
            self.load_dataset_from(result, origin="download")
            return
        self.set_dataset(result)  # type: ignore[arg-type]
        self._data_source = self._data_request

    @Slot(str)
    def _on_data_failed(self, message: str) -> None:
        self._hide_data_progress()
        if self._data_origin == "menu" and self.dataset is not None:
            QMessageBox.warning(self, "Cannot open dataset", message)
        elif self._data_origin == "menu":
            self.no_data_reason.setText(message)
            QMessageBox.warning(self, "Cannot open dataset", message)
        else:
            self._show_no_data(message)

    @Slot()
    def _on_data_canceled(self) -> None:
        self._hide_data_progress()
        self.statusBar().showMessage("Canceled; nothing was changed", 5000)

    @Slot(object)
    def _on_data_warned(self, warnings: list[str]) -> None:
        shown = "; ".join(warnings[:3]) + (
            f"; and {len(warnings) - 3} more" if len(warnings) > 3 else ""
        )
        self.statusBar().showMessage(f"{len(warnings)} file(s) skipped: {shown}", 15000)
        self.status_data.setToolTip("\n".join(warnings[:50]))

    def _hide_data_progress(self) -> None:
        self.data_progress.hide()
        self.data_cancel_button.hide()
        self._update_state()

    # -- actions ----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_data_action = QAction("Open &dataset…", self)
        self.open_data_action.triggered.connect(self.open_dataset_dialog)
        file_menu.addAction(self.open_data_action)
        self.open_model_action = QAction(
            "&Open model…", self, shortcut=QKeySequence.StandardKey.Open
        )
        self.open_model_action.triggered.connect(self.open_model_dialog)
        self.save_model_action = QAction(
            "&Save model…", self, shortcut=QKeySequence.StandardKey.Save
        )
        self.save_model_action.triggered.connect(self.save_model_dialog)
        self.open_image_action = QAction("Open &image…", self)
        file_menu.addSeparator()
        for action in (self.open_model_action, self.save_model_action, self.open_image_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.export_plot_action = QAction("&Export plot…", self)
        self.export_plot_action.triggered.connect(self.export_plot_dialog)
        file_menu.addAction(self.export_plot_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        train_menu = self.menuBar().addMenu("&Train")
        self.train_action = QAction("&Train", self)
        self.pause_action = QAction("&Pause / resume", self)
        self.stop_action = QAction("&Stop", self)
        self.reset_action = QAction("&Reset", self, shortcut=QKeySequence("Ctrl+R"))
        for action in (self.train_action, self.pause_action, self.stop_action, self.reset_action):
            train_menu.addAction(action)
        self.train_action.triggered.connect(self.start_training)
        self.pause_action.triggered.connect(self.toggle_pause)
        self.stop_action.triggered.connect(self.stop_training)
        self.reset_action.triggered.connect(self.reset)
        help_menu = self.menuBar().addMenu("&Help")
        shortcuts_action = QAction("&Keyboard shortcuts", self)
        shortcuts_action.triggered.connect(self.show_shortcuts)
        about_action = QAction("&About Cat Neuron", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(shortcuts_action)
        help_menu.addAction(about_action)

        QShortcut(QKeySequence("Space"), self, self._on_space)
        QShortcut(QKeySequence("Esc"), self, self.stop_training)
        QShortcut(QKeySequence.StandardKey.Paste, self, self._paste)

    def _connect(self) -> None:
        self.controls.train_button.clicked.connect(self.start_training)
        self.controls.pause_button.clicked.connect(self.toggle_pause)
        self.controls.stop_button.clicked.connect(self.stop_training)
        self.controls.reset_button.clicked.connect(self.reset)
        self.controls.speed.currentIndexChanged.connect(self._on_speed_changed)
        self.session.progressed.connect(self._on_progress)
        self.session.pausedChanged.connect(self._on_paused_changed)
        self.session.finished.connect(self._on_finished)
        self.session.failed.connect(self._on_failed)
        self.data_task.progressed.connect(self._on_data_progress)
        self.data_task.finished.connect(self._on_data_finished)
        self.data_task.failed.connect(self._on_data_failed)
        self.data_task.canceled.connect(self._on_data_canceled)
        self.data_task.warned.connect(self._on_data_warned)
        self.data_cancel_button.clicked.connect(self.data_task.cancel)

    @Slot()
    def open_dataset_dialog(self) -> None:
        """File › Open dataset: the HDF5 pair or a picture folder; a dialog says what is wrong."""
        folder = QFileDialog.getExistingDirectory(self, "Open dataset folder")
        if folder:
            self.load_dataset_from(folder)

    @Slot()
    def export_plot_dialog(self) -> None:
        """File › Export plot: the curves as a PNG picture or the current run as CSV."""
        name, chosen = QFileDialog.getSaveFileName(
            self, "Export plot", "learning-curves.png", "PNG image (*.png);;CSV table (*.csv)"
        )
        if name:
            try:
                self.export_plot(Path(name), as_csv=name.endswith(".csv") or "CSV" in chosen)
            except OSError as error:
                QMessageBox.warning(self, "Cannot export", f"{name}: {error.strerror or error}")

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
        QMessageBox.information(
            self,
            "Keyboard shortcuts",
            "<table cellpadding=3>"
            "<tr><td><b>Space</b></td><td>train, or pause / resume the run</td></tr>"
            "<tr><td><b>Esc</b></td><td>stop the run, keeping what it learned</td></tr>"
            "<tr><td><b>Ctrl+R</b></td><td>reset to the untrained neuron</td></tr>"
            "<tr><td><b>Ctrl+V</b></td><td>judge the picture (or path) on the clipboard</td></tr>"
            "<tr><td><b>Ctrl+O / Ctrl+S</b></td><td>open / save a model</td></tr>"
            "<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr></table>",
        )

    @Slot()
    def show_about(self) -> None:
        """Help › About: version, what the app shows, and the article it comes from."""
        box = QMessageBox(self)
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

    # -- training ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a run is in progress (paused counts as in progress)."""
        return self.session.running

    @Slot()
    def start_training(self) -> None:
        """Start a fresh run from the seed; it replaces the current model as it learns."""
        if self.dataset is None or self.running:
            return
        hyper = self.controls.hyperparameters()
        self._epochs = hyper.epochs
        self.plot.start_run(f"α={hyper.learning_rate:g}", hyper.epochs)
        self.controls.clear_numbers()
        self.controls.show_progress(0, hyper.epochs, 0.0)
        self.session.start(self.dataset, hyper, self.controls.max_rate())
        self._update_state()

    @Slot()
    def toggle_pause(self) -> None:
        """Pause a running run, resume a paused one."""
        self.session.toggle_pause()

    @Slot()
    def stop_training(self, wait: bool = False) -> None:
        """End the run after its current epoch, keeping what it learned.

        With ``wait`` (another dataset or model is about to replace it) the run is
        joined at once and its last report will not come: the window says so itself.
        """
        interrupted = wait and self.session.running
        self.session.stop(wait)
        if interrupted:
            self.controls.time_left.setText("stopped")
            if self.model is not None and self.model_name == "training…":
                self._set_model(self.model, "new model (stopped)")
        self._update_state()

    @Slot()
    def reset(self) -> None:
        """Stop any run and go back to the untrained neuron of the chosen seed."""
        self.stop_training(wait=True)
        if self.dataset is None:
            return
        from core.model_file import Model
        from core.neuron import Neuron

        hyper = self.controls.hyperparameters()
        neuron = Neuron.initial(self.dataset.n_features, hyper.seed)
        self._set_model(
            Model(neuron, self.dataset.image_shape, self.dataset.classes, hyper), "untrained"
        )
        self.plot.clear()
        self.controls.clear_numbers()

    def _on_space(self) -> None:
        if self.running:
            self.toggle_pause()
        else:
            self.start_training()

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self.plot.append(progress.records)
        last = progress.records[-1]
        self.controls.show_record(last, self._epochs)
        self.controls.show_progress(last.epoch, self._epochs, progress.elapsed)
        from core.model_file import Model

        assert self.dataset is not None
        hyper = self.session.hyperparameters
        self._set_model(
            Model(progress.neuron, self.dataset.image_shape, self.dataset.classes, hyper, last),
            "training…",
        )
        self.trainingProgressed.emit(progress)

    @Slot(bool)
    def _on_paused_changed(self, paused: bool) -> None:
        self._update_state()
        self.trainingPausedChanged.emit(paused)
        if paused:
            self.statusBar().showMessage("Paused — Space or Resume carries on", 3000)

    @Slot(object)
    def _on_finished(self, outcome: Outcome) -> None:
        self._update_state()
        self.controls.train_button.setFocus()  # so that Space trains again
        if outcome.last is None:
            self.plot.cancel_run()
            self.controls.time_left.setText("stopped before its first epoch")
            self.statusBar().showMessage("Run stopped before its first epoch: no change", 5000)
            self.trainingFinished.emit(outcome)
            return
        if not outcome.completed:
            self.controls.time_left.setText(f"stopped after {outcome.elapsed:.1f} s")
        epoch = outcome.last.epoch
        name = "new model" if outcome.completed else f"new model (stopped at epoch {epoch})"
        self.model_path = None
        if self.model is not None:
            self._set_model(self.model, name)
        self.statusBar().showMessage(
            f"Run {'finished' if outcome.completed else 'stopped'} in {outcome.elapsed:.2f} s", 5000
        )
        self.trainingFinished.emit(outcome)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._update_state()
        self.statusBar().showMessage(f"Training failed: {message}")
        self.controls.time_left.setText("failed")
        self.trainingFailed.emit(message)
        QMessageBox.warning(self, "Training failed", message)

    def _on_speed_changed(self) -> None:
        self.session.set_max_rate(self.controls.max_rate())

    # -- model ------------------------------------------------------------------------------

    def load_model_file(self, path: Path) -> None:
        """Make the model in ``path`` the current one (its input size must fit the dataset)."""
        from core.model_file import load_model

        shape = self.dataset.image_shape if self.dataset else None
        model = load_model(path, expected_shape=shape)
        self.stop_training(wait=True)
        self.model_path = Path(path)
        name = "default model" if Path(path) == DEFAULT_MODEL else Path(path).name
        self._set_model(model, name, modified=False)

    def save_model_file(self, path: Path) -> None:
        """Write the current model to ``path`` (atomically) and call it by that name."""
        if self.model is None:
            raise CatNeuronError("there is no model to save yet: train one first")
        from core.model_file import save_model

        save_model(path, self.model)
        self.model_path = Path(path)
        self._set_model(self.model, Path(path).name, modified=False)

    @Slot()
    def open_model_dialog(self) -> None:
        """File › Open model: a dialog, and a dialog for what is wrong with the file."""
        name, _ = QFileDialog.getOpenFileName(self, "Open model", "", "Cat Neuron models (*.h5)")
        if name:
            try:
                self.load_model_file(Path(name))
            except CatNeuronError as error:
                QMessageBox.warning(self, "Cannot open model", str(error))

    @Slot()
    def save_model_dialog(self) -> None:
        """File › Save model."""
        if self.model is None:
            QMessageBox.information(self, "Nothing to save", "Train a model first.")
            return
        start = (
            str(self.model_path)
            if self.model_path and self.model_path != DEFAULT_MODEL
            else "model.h5"
        )
        name, _ = QFileDialog.getSaveFileName(self, "Save model", start, "Cat Neuron models (*.h5)")
        if name:
            path = Path(name) if name.endswith(".h5") else Path(name + ".h5")
            try:
                self.save_model_file(path)
            except CatNeuronError as error:
                QMessageBox.warning(self, "Cannot save model", str(error))

    def _set_model(self, model: Model, name: str, modified: bool = True) -> None:
        self.model = model
        self.model_name = name
        self.setWindowModified(modified)
        self._update_title()
        self.modelChanged.emit()

    @Slot()
    def _on_model_changed(self) -> None:
        self.drop_panel.set_model(self.model)
        self.weights_view.set_model(self.model)
        self.dataset_view.set_model(self.model)

    def _paste(self) -> None:
        if self.drop_panel is not None:
            self.drop_panel.take_mime(QApplication.clipboard().mimeData())

    def _update_title(self) -> None:
        self.setWindowTitle(f"Cat Neuron — {self.model_name}[*]")
        metrics = self.model.metrics if self.model else None
        detail = f", {metrics.train_acc:.1%} train / {metrics.test_acc:.1%} test" if metrics else ""
        self.status_model.setText(f"Model: {self.model_name}{detail}")

    def _update_state(self) -> None:
        paused = self.session.paused
        self.controls.set_state(
            has_data=self.dataset is not None, running=self.running, paused=paused
        )
        self.train_action.setEnabled(self.dataset is not None and not self.running)
        for action in (self.pause_action, self.stop_action):
            action.setEnabled(self.running)
        self.reset_action.setEnabled(self.dataset is not None)
        idle = not self.data_task.busy
        for widget in (self.open_data_action, self.open_data_button, self.download_button):
            widget.setEnabled(idle)
        if self.dataset_view is not None:
            self.dataset_view.setAcceptDrops(idle)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop and join the training thread and the decoders, so closing mid-run exits cleanly."""
        self.stop_training(wait=True)
        self.data_task.wait()
        if self.drop_panel is not None:
            self.drop_panel.decoder.wait()
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
    old = layout.itemAt(index).widget()
    layout.replaceWidget(old, widget)
    old.deleteLater()
