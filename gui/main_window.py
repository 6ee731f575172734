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
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
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
from core.errors import CatNeuronError, WouldReplaceError
from gui import dialogs, settings, window_memory
from gui.app_icon import app_icon
from gui.app_state import AppState
from gui.controls_panel import ControlsPanel
from gui.data_control import DataControl, Origin
from gui.history_slider import PAGE, HistorySlider
from gui.language import Retranslatable, error_text
from gui.model_files import ModelFiles
from gui.no_data_page import NoDataPage
from gui.notice_bar import NoticeBar
from gui.run_messages import RunMessages
from gui.smoothing_control import SmoothingControl
from gui.status_bar import StatusBar, model_name
from gui.training_control import TrainingControl
from gui.widgets import CappedScrollArea, ColumnScrollArea, named
from gui.window_actions import WindowActions
from gui.window_geometry import keep_on_screen

if TYPE_CHECKING:
    from core.dataset import Dataset
    from core.model_file import Model
    from gui.dataset_view import DatasetView
    from gui.drop_panel import DropPanel
    from gui.loss_plot import LossPlot
    from gui.step_inspector import StepInspector
    from gui.weights_view import WeightsView

START_FALLBACK_MS = 300
NOTICES_MAX_HEIGHT = 150
"""Notices above the curves take at most this height, then scroll: the curves keep their room."""


class MainWindow(Retranslatable, QMainWindow):
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
        self.log_scale = named(QCheckBox(), "logScaleToggle")
        self.clear_history_button = named(QPushButton(), "clearHistoryButton")
        self.plot_page = plot_page = QWidget()
        self.plot_layout = QVBoxLayout(plot_page)
        self.plot_layout.setContentsMargins(0, 0, 0, 0)
        toolbar = QHBoxLayout()
        self.smoothing = SmoothingControl()
        toolbar.addWidget(self.log_scale)
        toolbar.addWidget(self.smoothing)
        toolbar.addStretch(1)
        toolbar.addWidget(self.clear_history_button)
        self.plot_layout.addLayout(toolbar)
        self.notice_bar = NoticeBar(self.state)
        self.plot_layout.addWidget(CappedScrollArea(self.notice_bar, NOTICES_MAX_HEIGHT))
        self.placeholders: dict[str, QLabel] = {
            name: _placeholder() for name in ("plots", "dataset", "model")
        }
        """Labels that stand where views come after the first paint, until they do."""
        self.plot_layout.addWidget(self.placeholders["plots"], 1)

        self.tabs = named(QTabWidget(), "centerTabs")
        self.tabs.addTab(plot_page, "")
        self.tabs.addTab(self.placeholders["dataset"], "")
        self.no_data_page = NoDataPage(self.state, self.data)
        self.center = QStackedWidget()
        self.center.addWidget(self.tabs)
        self.center.addWidget(self.no_data_page)
        self.history_slider = HistorySlider(self.state)
        middle = named(QWidget(), "middleColumn")
        middle_layout = QVBoxLayout(middle)  # the slider under every tab: scrub while looking
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.center, 1)
        middle_layout.addWidget(self.history_slider)

        right = named(QWidget(), "tryItColumn")
        self.right_layout = QVBoxLayout(right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.right_layout.addWidget(self.placeholders["model"], 1)

        # a short window scrolls the try-it column; its pictures and captions never overlap
        self.right_scroll = right_scroll = named(ColumnScrollArea(), "tryItScroll")
        right_scroll.setWidget(right)

        self.splitter = named(QSplitter(), "mainSplitter")
        for column in (self.controls, middle, right_scroll):
            self.splitter.addWidget(column)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 640, 420])
        self.setCentralWidget(self.splitter)
        self.status = StatusBar(self.state, self.data)
        self.setStatusBar(self.status)
        self.commands = WindowActions(self, self.state)
        self.models = ModelFiles(self, self.state, self.training)
        self.run_messages = RunMessages(
            self, self.state, self.training, self.status, self.controls, self.notice_bar
        )
        self._connect()
        self._on_model_changed()
        self._remembered = settings.load()
        window_memory.restore(self, self._remembered)
        self._data_path, self._model_path = data_path, model_path
        self._started = False
        self._asking_on_close = True
        self._retranslate()
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

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: its frame is known now, so the whole window can be kept on the screen."""
        super().showEvent(event)
        keep_on_screen(self)

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

        self.plot: LossPlot = LossPlot(self.state, smoothing=self.smoothing.weight())
        _replace(self.plot_layout, 2, self.plot)
        del self.placeholders["plots"]
        self.plot.set_log_scale(self.log_scale.isChecked())
        self.log_scale.toggled.connect(self.plot.set_log_scale)
        self.smoothing.weightChanged.connect(self.plot.set_smoothing)
        self.notice_bar.overfittingNoticed.connect(self.plot.mark_best_epoch)
        self.clear_history_button.clicked.connect(self.plot.clear_history)
        self.no_data_page.set_download_size(DOWNLOAD_SIZE)
        self.dataset_view: DatasetView = DatasetView(self.state)
        self.dataset_view.folderDropped.connect(self.load_dataset_from)
        self.tabs.removeTab(1)
        self.placeholders.pop("dataset").deleteLater()
        self.tabs.addTab(self.dataset_view, "")
        self.step_inspector: StepInspector = StepInspector(self.state)
        self.tabs.addTab(self.step_inspector, "")
        self.drop_panel: DropPanel = DropPanel(self.state)
        self.weights_view: WeightsView = WeightsView(self.state)
        self.dataset_view.pictureClicked.connect(self.drop_panel.show_picture)
        _replace(self.right_layout, 0, self.drop_panel)
        del self.placeholders["model"]
        self.right_layout.addWidget(self.weights_view)
        self.commands.open_image.triggered.connect(self.drop_panel.open_dialog)
        self._retranslate()
        window_memory.load_at_start(self, self._model_path, self._data_path, self._remembered)

    # -- wiring -----------------------------------------------------------------------------

    def _connect(self) -> None:
        controls, actions = self.controls, self.commands
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
        controls.spaceInField.connect(self._on_space)
        controls.inputClipped.connect(lambda text: self.status.showMessage(text, 8000))
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
        actions.open_model.triggered.connect(self.models.open_dialog)
        actions.save_model.triggered.connect(self.models.save_dialog)
        actions.export_plot.triggered.connect(self.export_plot_dialog)
        actions.quit.triggered.connect(self.close)
        actions.shortcuts.triggered.connect(self.show_shortcuts)
        actions.about.triggered.connect(self.show_about)
        self.state.modelChanged.connect(self._on_model_changed)
        self.state.datasetChanged.connect(self._on_dataset_changed)
        self.data.failed.connect(self._on_data_failed)
        self.notice_bar.halveLearningRateRequested.connect(self.halve_learning_rate)

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
    def halve_learning_rate(self) -> None:
        """A notice's remedy: α / 2 of the run that overshot, and a fresh run with it."""
        run = self.training.hyperparameters
        rate = run.learning_rate if run is not None else self.controls.learning_rate.value()
        self.controls.learning_rate.setValue(rate / 2)
        self.training.set_max_rate(self.controls.max_rate())
        self.training.start(self.controls.hyperparameters())  # ends the current run, if any

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
        if isinstance(error, WouldReplaceError) and origin is Origin.DOWNLOAD:
            if dialogs.confirm_replace(self, error_text(error)):
                self.data.download(force=True)
            return
        if origin is Origin.MENU:
            if self.state.dataset is None:
                self.no_data_page.show_reason(error)
            dialogs.warn(self, self.tr("Cannot open dataset"), error_text(error))
            return
        self.no_data_page.show_reason(error)
        if self.state.dataset is None:
            self.center.setCurrentIndex(1)

    # -- models and files -------------------------------------------------------------------

    def load_model_file(self, path: Path) -> None:
        """Make the model in ``path`` the current one (see :class:`~gui.model_files.ModelFiles`)."""
        self.models.load(path)

    def save_model_file(self, path: Path) -> None:
        """Write the model shown to ``path`` and call it by that name."""
        self.models.save(path)

    @Slot()
    def export_plot_dialog(self) -> None:
        """File › Export plot: the curves as a PNG picture or the current run as CSV."""
        chosen = dialogs.ask_plot_export(self)
        if chosen is not None:
            try:
                self.export_plot(*chosen)
            except OSError as error:
                reason = error.strerror or self.tr("cannot write the file")  # the system's words
                dialogs.warn(
                    self,
                    self.tr("Cannot export"),
                    self.tr("{path}: {reason}").format(path=chosen[0], reason=reason),
                )

    def export_plot(self, path: Path, as_csv: bool = False) -> None:
        """Write the curves to ``path`` (atomically), as CSV or as a PNG of both plots."""
        with atomic_path(path) as tmp:
            if as_csv:
                tmp.write_text(self.plot.to_csv())
            elif not self.plot.grab().save(str(tmp), "PNG"):
                raise OSError(f"cannot write {path}")  # said by the dialog in the window's words

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
        # the desktop's convention: "default model — Cat Neuron", with * while unsaved
        self.setWindowTitle(model_name(self.state) + "[*]")
        self.setWindowModified(not self.state.model_saved)

    def _retranslate(self) -> None:
        self.log_scale.setText(self.tr("log scale"))
        self.log_scale.setToolTip(self.tr("Loss on a logarithmic scale: the late, slow part shows"))
        self.clear_history_button.setText(self.tr("Clear old runs"))
        self.clear_history_button.setToolTip(
            self.tr("Take the dashed curves of earlier runs off the plots")
        )
        for name, text in (
            ("plots", self.tr("Preparing the plots…")),
            ("dataset", self.tr("Loading…")),
            ("model", self.tr("Loading the bundled model…")),
        ):
            if name in self.placeholders:
                self.placeholders[name].setText(text)
        pages = [(self.plot_page, self.tr("Learning curves"))]
        if self._started:
            pages += [
                (self.dataset_view, self.tr("Dataset")),
                (self.step_inspector, self.tr("One step")),
            ]
        elif "dataset" in self.placeholders:
            pages.append((self.placeholders["dataset"], self.tr("Dataset")))
        for page, title in pages:
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self._on_model_changed()

    def close_without_asking(self) -> None:
        """Close now (the session ends: SIGTERM), keeping the settings, asking nothing."""
        self._asking_on_close = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before a trained model is lost; cut off the run and the data task; remember."""
        if self._asking_on_close and not self.models.may_discard():
            event.ignore()
            return
        self.training.cut_off()
        self.data.cancel()
        window_memory.remember(self, self._remembered)
        super().closeEvent(event)


def _placeholder() -> QLabel:
    label = QLabel()
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
