"""A picture's story: its p(cat) at every epoch of the current run.

One product brings the whole curve (:meth:`History.p_cat <core.history.History.p_cat>`:
``X·x`` once, then ``C·(X·x)``), so it is redrawn whenever the run grows. The
0.5 line is where the answer flips; a vertical line and a dot mark the epoch
the window shows, and a click on the plot shows that epoch instead.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.history import History, Trajectory
from core.task import THRESHOLD
from gui.app_state import AppState
from gui.glossary import term
from gui.language import Retranslatable
from gui.live_throttle import LiveThrottle
from gui.numbers import decimal, whole
from gui.plot_items import EpochAxis
from gui.steady_box import SteadyBox
from gui.widgets import named

PLOT_HEIGHT = 110
CURVE_COLOR = "#c81e28"
"""The explanation's "toward cat" red."""


class TrajectoryPlot(Retranslatable, QWidget):
    """``trajectoryPlot``: p(cat) of one picture over the run, hidden when there is no run.

    The drop panel hands it the flattened picture (:meth:`show_input`); the
    plot follows the state's history and chosen epoch from there.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("trajectoryPlot")
        self._x: np.ndarray | None = None
        self.trajectory: Trajectory | None = None
        """The curve on show (None without a picture or a run)."""
        self._story_of: tuple[History, np.ndarray] | None = None
        """The run and the picture :attr:`trajectory` is about."""
        self.caption = named(QLabel(), "trajectoryCaption")
        self.caption.setWordWrap(True)  # a narrow try-it column wraps it rather than cutting it
        axis = EpochAxis("bottom")  # whole epochs, written as the curves' axis writes them
        self.plot = named(pg.PlotWidget(axisItems={"bottom": axis}), "trajectoryView")
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing
        self.plot.setFixedHeight(PLOT_HEIGHT)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 1, padding=0.05)
        self.plot.getAxis("left").setTicks([[(0, "0"), (THRESHOLD, "0.5"), (1, "1")]])
        paint_with_the_window(self.plot)
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(CURVE_COLOR, width=1), skipFiniteCheck=True)
        self.threshold = pg.InfiniteLine(THRESHOLD, angle=0, movable=False)
        self.marker = pg.InfiniteLine(0, angle=90, movable=False)
        self.dot = pg.ScatterPlotItem(size=7, brush=pg.mkBrush(CURVE_COLOR), pen=None)
        for item in (self.threshold, self.marker, self.curve, self.dot):
            self.plot.addItem(item)
        self.plot.scene().sigMouseClicked.connect(self._on_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(SteadyBox(self.caption))  # a new epoch ten times a second in a run
        layout.addWidget(self.plot)
        self._apply_palette()
        state.historyChanged.connect(LiveThrottle(state, self._on_history_changed, self))
        state.modelChanged.connect(LiveThrottle(state, self._on_model_changed, self))
        self._retranslate()
        self._on_history_changed()

    def show_input(self, x: np.ndarray | None) -> None:
        """Tell the story of the flattened picture ``x`` (``(n,)``, /255); None shows none."""
        self._x = None if x is None else np.asarray(x).ravel()
        self._on_history_changed()

    # -- the state --------------------------------------------------------------------------

    @Slot()
    def _on_history_changed(self) -> None:
        history, x, model = self.state.history, self._x, self.state.model
        usable = history is not None and len(history) > 0 and x is not None
        if usable and x is not None and model is not None:
            usable = model.neuron.n_features_in_ == len(x)
        self.setVisible(usable)
        if not usable or history is None or x is None:
            self.trajectory, self._story_of = None, None
            return
        told = self._story_of  # the same picture in the same, grown run: its new epochs only
        same_story = told is not None and told[0] is history and told[1] is x
        self.trajectory = history.p_cat(x, earlier=self.trajectory if same_story else None)
        self._story_of = (history, x)
        self.curve.setData(self.trajectory.epochs, self.trajectory.p_cat)
        run = self.state.run
        end = max(run.epochs if run is not None else 0, int(self.trajectory.epochs[-1]), 1)
        self.plot.setXRange(0, end, padding=0.02)
        self._on_model_changed()

    @Slot()
    def _on_model_changed(self) -> None:
        epoch, model, x = self.state.shown_epoch, self.state.model, self._x
        if self.trajectory is None or epoch is None or model is None or x is None:
            return
        p_cat = float(model.neuron.predict_proba(x[None])[0, 1])  # the answer on show, exactly
        self.marker.setPos(epoch)
        self.dot.setData([epoch], [p_cat])
        self.caption.setText(
            self.tr("{0} over the run: {1} at epoch {2}").format(
                self._p_cat_name(), decimal(p_cat, 3), whole(epoch)
            )
        )

    def _on_clicked(self, event: object) -> None:
        """A click on the curve shows that epoch everywhere."""
        position: QPointF = event.scenePos()  # type: ignore[attr-defined]
        if self.trajectory is None or not self.plot.sceneBoundingRect().contains(position):
            return
        epoch = self.plot.getPlotItem().vb.mapSceneToView(position).x()
        self.state.choose_epoch(round(epoch))

    # -- looks ------------------------------------------------------------------------------

    def _p_cat_name(self) -> str:
        return self.tr("p({0})").format(term("cat"))

    def _retranslate(self) -> None:
        self.plot.setLabel("bottom", term("epoch"))
        self.plot.setToolTip(
            self.tr(
                "How sure the neuron was that this picture is a cat, epoch by epoch: "
                "above the 0.5 line it says cat. Click to show that epoch."
            )
        )
        self.caption.setText(self.tr("{0} over the run").format(self._p_cat_name()))
        self._on_model_changed()

    def changeEvent(self, event: QEvent) -> None:
        """Follow the light or dark palette (and the language, through the mixin)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def _apply_palette(self) -> None:
        style_plot(self.plot, self.palette())
        mid = self.palette().color(QPalette.ColorRole.Mid)
        self.threshold.setPen(pg.mkPen(mid, style=Qt.PenStyle.DashLine))
        self.marker.setPen(pg.mkPen(self.palette().color(QPalette.ColorRole.Text)))


def style_plot(plot: pg.PlotWidget, palette: QPalette) -> None:
    """A small plot in the palette's colours: its background, axes and their text."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    plot.setBackground(QColor(base))
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(text)
        axis.setTextPen(text)


def paint_with_the_window(plot: pg.PlotWidget) -> None:
    """Let ``plot`` be painted with the rest of the window, not on the spot.

    A QGraphicsScene nobody listens to repaints its whole window at once when its
    items change (see ``gui/loss_plot.py``); a listener that does nothing stops it.
    """
    plot.scene().changed.connect(_nothing)


def _nothing(_regions: list) -> None:
    """Being connected is the point (see :func:`paint_with_the_window`)."""
