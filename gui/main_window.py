"""Cat Neuron's main window: controls on the left, live curves in the middle, try-it on the right.

Layout and wiring only. What the window is about lives in
:class:`~gui.app_state.AppState`, which every view follows; runs are
:class:`~gui.training_control.TrainingControl`'s, started from the inputs by
:class:`~gui.run_commands.RunCommands`; dataset tasks are
:class:`~gui.data_control.DataControl`'s, opened by
:class:`~gui.dataset_files.DatasetFiles`; menus are
:class:`~gui.window_actions.WindowActions`'.

The window paints first and fills in after: the views that need pyqtgraph,
numpy or h5py (half a second of imports) are built by :meth:`MainWindow._build_views`,
right after the first paint, so the app appears at once.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import dialogs, plot_export, settings, window_memory
from gui.app_icon import app_icon
from gui.app_state import AppState
from gui.controls_panel import ControlsPanel
from gui.curves_page import CurvesPage
from gui.data_control import DataControl
from gui.dataset_files import DatasetFiles
from gui.history_slider import PAGE, HistorySlider
from gui.language import Retranslatable
from gui.model_files import ModelFiles
from gui.no_data_page import NoDataPage
from gui.run_commands import RunCommands
from gui.run_messages import RunMessages
from gui.status_bar import StatusBar, model_name
from gui.steady_box import SteadyBox
from gui.training_control import TrainingControl
from gui.try_it_column import TryItColumn
from gui.widgets import named, placeholder
from gui.window_actions import WindowActions
from gui.window_geometry import keep_on_screen

if TYPE_CHECKING:
    from gui.dataset_view import DatasetView
    from gui.drop_panel import DropPanel
    from gui.loss_plot import LossPlot
    from gui.step_inspector import StepInspector
    from gui.weights_view import WeightsView

START_FALLBACK_MS = 300


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
        self.curves = CurvesPage(self.state)
        self._dataset_placeholder: QLabel | None = placeholder()
        """Stands where the dataset view comes after the first paint, until it does."""
        self.tabs = named(QTabWidget(), "centerTabs")
        self.tabs.addTab(self.curves, "")
        self.tabs.addTab(self._dataset_placeholder, "")
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
        self.try_it = TryItColumn()

        self.splitter = named(QSplitter(), "mainSplitter")
        # the try-it column scrolls, which keeps its changes to itself too
        for column in (SteadyBox(self.controls), SteadyBox(middle), self.try_it):
            self.splitter.addWidget(column)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 640, 420])
        self.setCentralWidget(self.splitter)
        self.status = StatusBar(self.state, self.data)
        self.setStatusBar(self.status)
        self.commands = WindowActions(self, self.state)
        self.models = ModelFiles(self, self.state, self.training)
        self.run_messages = RunMessages(
            self, self.state, self.training, self.status, self.controls, self.curves.notice_bar
        )
        self.run_commands = RunCommands(
            self.state, self.training, self.controls, self.commands, self.curves.notice_bar, self
        )
        self.datasets = DatasetFiles(self, self.state, self.data, self.no_data_page, self.center)
        self._connect()
        self._on_model_changed()
        self._remembered = settings.load()
        window_memory.restore(self, self._remembered)
        self._data_path, self._model_path = data_path, model_path
        self._started = False
        self._asking_on_close = True
        self._retranslate()
        QTimer.singleShot(START_FALLBACK_MS, self._build_views)  # in case it is never painted

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

        self.plot: LossPlot = LossPlot(self.state, smoothing=self.curves.smoothing.weight())
        self.curves.show_plot(self.plot)
        self.no_data_page.set_download_size(DOWNLOAD_SIZE)
        self.dataset_view: DatasetView = DatasetView(self.state)
        self.dataset_view.folderDropped.connect(self.data.load)
        self.tabs.removeTab(1)
        if self._dataset_placeholder is not None:
            self._dataset_placeholder.deleteLater()
            self._dataset_placeholder = None
        self.tabs.addTab(self.dataset_view, "")
        self.step_inspector: StepInspector = StepInspector(self.state)
        self.tabs.addTab(self.step_inspector, "")
        self.drop_panel: DropPanel = DropPanel(self.state)
        self.weights_view: WeightsView = WeightsView(self.state)
        self.dataset_view.pictureClicked.connect(self.drop_panel.show_picture)
        self.try_it.show_views(self.drop_panel, self.weights_view)
        self.commands.open_image.triggered.connect(self.drop_panel.open_dialog)
        self.commands.paste.activated.connect(self.drop_panel.paste)
        self.commands.export_plot.triggered.connect(
            lambda: plot_export.export_dialog(self, self.plot)
        )
        self._retranslate()
        window_memory.load_at_start(self, self._model_path, self._data_path, self._remembered)

    # -- wiring -----------------------------------------------------------------------------

    def _connect(self) -> None:
        actions, slider = self.commands, self.history_slider
        self.controls.inputClipped.connect(lambda text: self.status.showMessage(text, 8000))
        for shortcut, epochs in (
            (actions.earlier, -1),
            (actions.later, 1),
            (actions.earlier10, -PAGE),
            (actions.later10, PAGE),
        ):
            shortcut.activated.connect(lambda epochs=epochs: slider.move_by(epochs))
        actions.first.activated.connect(slider.go_first)
        actions.newest.activated.connect(slider.go_newest)
        for trigger in (actions.open_data.triggered, self.no_data_page.open_button.clicked):
            trigger.connect(self.datasets.open_dialog)
        actions.open_model.triggered.connect(self.models.open_dialog)
        actions.save_model.triggered.connect(self.models.save_dialog)
        actions.quit.triggered.connect(self.close)
        actions.shortcuts.triggered.connect(lambda: dialogs.show_shortcuts(self))
        actions.about.triggered.connect(lambda: dialogs.show_about(self))
        self.state.modelChanged.connect(self._on_model_changed)
        self.state.datasetChanged.connect(self._on_dataset_changed)

    @Slot()
    def _on_dataset_changed(self) -> None:
        self.training.cut_off()
        self.center.setCurrentIndex(0 if self.state.dataset is not None else 1)
        self.controls.train_button.setFocus()  # not a spin box: Space must reach the shortcut

    @Slot()
    def _on_model_changed(self) -> None:
        # the desktop's convention: "default model — Cat Neuron", with * while unsaved
        self.setWindowTitle(model_name(self.state) + "[*]")
        self.setWindowModified(not self.state.model_saved)

    def _retranslate(self) -> None:
        titles = (self.tr("Learning curves"), self.tr("Dataset"), self.tr("One step"))
        for index, title in enumerate(titles[: self.tabs.count()]):
            self.tabs.setTabText(index, title)
        if self._dataset_placeholder is not None:
            self._dataset_placeholder.setText(self.tr("Loading…"))
        self._on_model_changed()

    # -- closing ----------------------------------------------------------------------------

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
