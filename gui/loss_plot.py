"""The live curves: loss and accuracy against epoch, for this run and the earlier ones.

Each run is a :class:`~gui.run_curves.RunCurves`: items created once, fed views
of growing buffers, so one update costs the new points (well under a
millisecond for a batch of the article's run) and the window paints once per
update (see :func:`_paint_with_the_window`). Smoothing is TensorBoard's moving
average, carried from batch to batch, never recomputed. Earlier runs stay on
the plot, faded and labelled with their learning rate (and their dataset when
runs of several are shown), until the user clears them: comparing learning
rates is the point of plotting them.

The axes fit the runs shown (not hidden ones, not cleared ones); the epoch the
window shows, when one is chosen, is a vertical line on both plots, and a
click or a drag on either plot chooses it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QTextOption
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.training import EpochRecord
from gui.app_state import AppState, RunInfo
from gui.curve_colors import curve_colors
from gui.language import Retranslatable
from gui.plot_items import Curve, EpochAxis, EpochViewBox, LossAxis
from gui.plot_legend import RunLegend
from gui.plot_marks import EpochMarks, HoverReadout
from gui.record_buffer import COLUMNS
from gui.run_curves import COLORS, LOSSES, CurveShelf, RunCurves

HINT_MARGIN = 8
"""Pixels between the "Press Train" hint and the plot's sides."""
HEADROOM = 1.15
"""The loss axis ends this far above the highest loss shown."""


MIN_PLOT_HEIGHT = 110
"""Below this a plot's tick labels run into each other."""


class LossPlot(Retranslatable, QWidget):
    """Loss (top, ``lossPlot``) and accuracy (bottom, ``accuracyPlot``) sharing the epoch axis.

    Parameters
    ----------
    state
        The window's state: runs start, grow and end there; the chosen epoch is its.
    smoothing
        The smoothing weight to start with (0: the raw records).
    """

    def __init__(
        self, state: AppState, parent: QWidget | None = None, smoothing: float = 0.0
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._smoothing = smoothing
        pg.setConfigOptions(antialias=True)
        self.loss_plot = self._make_plot("lossPlot", LossAxis("left"), (-10, 10))
        self.accuracy_plot = self._make_plot("accuracyPlot", pg.AxisItem("left"), (-10, -10))
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setYRange(0, 1)
        self._loss_axis = self.loss_plot.getAxis("left")
        self._loss_axis.geometryChanged.connect(self._line_up_axes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.accuracy_plot, 2)
        self.loss_plot.setMinimumHeight(MIN_PLOT_HEIGHT)  # tick labels need room to stay apart
        self.accuracy_plot.setMinimumHeight(MIN_PLOT_HEIGHT)

        self._history: list[RunCurves] = []
        self._shelf = CurveShelf(self._plot_of)
        self._run: RunCurves | None = None
        self._hint = pg.TextItem(anchor=(0.5, 0.5))
        self._hint.textItem.document().setDefaultTextOption(
            QTextOption(Qt.AlignmentFlag.AlignCenter)
        )
        self.loss_plot.addItem(self._hint, ignoreBounds=True)
        self.hover = HoverReadout(self._plots(), self._row_near)
        self.marks = EpochMarks(self._plots())
        for plot in self._plots():
            plot.scene().changed.connect(_paint_with_the_window)
            plot.getPlotItem().vb.epochPicked.connect(self._on_epoch_picked)
        self.loss_plot.getPlotItem().vb.sigRangeChanged.connect(self._centre_hint)
        self.loss_plot.getPlotItem().vb.sigResized.connect(self._fit_hint)
        self._colors: dict[str, QColor | str] = dict(COLORS)
        self.legend = RunLegend(
            self.loss_plot.getPlotItem(),
            self.accuracy_plot.getPlotItem(),
            self._on_column_toggled,
            self._on_earlier_run_toggled,
        )
        self.accuracy_plot.getPlotItem().vb.sigResized.connect(self.legend.fit_accuracy)
        self._x_end, self._loss_top, self._follow, self._log = 1, 0.0, True, False
        for plot in self._plots():
            plot.getPlotItem().vb.sigRangeChangedManually.connect(self._on_range_changed_by_user)
            plot.disableAutoRange()
        self._apply_palette()
        self._centre_hint()
        state.runStarted.connect(self._on_run_started)
        state.recordsAdded.connect(self.append)
        state.runEnded.connect(self._on_run_ended)
        state.runsCleared.connect(self.clear)
        state.datasetChanged.connect(self._fit_axes)
        state.modelChanged.connect(self._on_epoch_changed)
        state.historyChanged.connect(self._on_epoch_changed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.loss_plot.setLabel("left", self.tr("loss (cross-entropy)"))
        self.accuracy_plot.setLabel("left", self.tr("accuracy"))
        self.accuracy_plot.setLabel("bottom", self.tr("epoch"))
        self._hint.setText(self.tr("Press Train (Space) to watch the neuron learn"))
        self._fit_hint()
        self.marks.set_texts(self.tr("epoch {value:.0f}"), self.tr("lowest test loss"))
        self._relabel()

    def _names(self) -> dict[str, str]:
        return {
            "train_loss": self.tr("train loss"),
            "test_loss": self.tr("test loss"),
            "train_acc": self.tr("train accuracy"),
            "test_acc": self.tr("test accuracy"),
        }

    # -- runs -------------------------------------------------------------------------------

    def _on_run_started(self, run: RunInfo) -> None:
        self.start_run(run.label, run.epochs, run.dataset_name)

    def start_run(self, label: str, epochs: int = 0, dataset: str = "") -> None:
        """Fade the current run into the history and begin empty curves for a new one.

        The epoch axis is set to the whole run at once and the loss axis only ever
        grows while it runs: axes that change every frame cost more to redraw than
        the curves.
        """
        if self._run is not None and self._run.size:
            self.legend.add_earlier(self._run, len(self._history))
            self._history.append(self._run)
        elif self._run is not None:
            self._run.remove()
        self._run = RunCurves(label, dataset, epochs, self._smoothing, self._shelf)
        self._run.colors = self._colors
        self._run.shown = self.legend.shown()
        self._run.restyle()
        self._hint.hide()
        self.mark_best_epoch(None)
        self.legend.show(True)
        self._relabel()
        self._fit_axes(epochs)

    def append(self, records: Sequence[EpochRecord]) -> None:
        """Add the newest epochs of the current run to its curves."""
        if self._run is None:
            self.start_run("")
        assert self._run is not None
        self._follow_run(self._run.extend(records))

    def _on_run_ended(self) -> None:
        """A run that ended before its first epoch is taken back; one that has epochs is fitted."""
        if self._run is not None and not self._run.size:
            self.cancel_run()
        elif self._follow:
            self._fit_axes()

    def cancel_run(self) -> None:
        """Take back a run that ended before its first epoch: the one before it is current again."""
        if self._run is None or self._run.size:
            return
        self._run.remove()
        self._run = None
        if not self._history:
            self.clear()
            return
        self._run = self._history.pop()
        self.legend.remove_earlier(self._run)
        self._run.shown = self.legend.shown()
        self._run.revive()
        self._relabel()
        self._fit_axes()

    def clear_history(self) -> None:
        """Remove every earlier run, keeping the current one; the axes fit what is left."""
        for run in self._history:
            run.remove()
            self.legend.remove_earlier(run)
        self._history.clear()
        self._relabel()
        self._fit_axes()

    def clear(self) -> None:
        """Remove every run, the current one too (used by Reset)."""
        self.clear_history()
        if self._run is not None:
            self._run.remove()
            self._run = None
        self.hover.hide()
        self.mark_best_epoch(None)
        self.legend.show(False)
        self._hint.show()
        self._x_end, self._loss_top, self._follow = 1, 0.0, True
        self.loss_plot.setXRange(0, 1, padding=0.02)
        self.loss_plot.setYRange(0, 1, padding=0)

    @property
    def history_labels(self) -> list[str]:
        """The labels of the earlier runs still shown, oldest first."""
        return [run.label for run in self._history]

    def curve(self, key: str) -> Curve | None:
        """The current run's raw curve for ``key`` (one of ``COLUMNS[1:]``): every record as is."""
        return self._run.raw.get(key) if self._run else None

    def smoothed_curve(self, key: str) -> Curve | None:
        """The current run's curve drawn in full colour: smoothed, or the raw one at weight 0."""
        return self._run.drawn(key) if self._run else None

    def to_csv(self) -> str:
        """The current run as CSV: one row per epoch, the CLI's column names, raw values."""
        lines = [",".join(COLUMNS)]
        if self._run is not None:
            data = np.column_stack([self._run.buffer.column(c) for c in COLUMNS])
            lines += [f"{int(row[0])}," + ",".join(repr(float(v)) for v in row[1:]) for row in data]
        return "\n".join(lines) + "\n"

    # -- smoothing, log scale, axes ---------------------------------------------------------

    def set_smoothing(self, weight: float) -> None:
        """Smooth every run with ``weight`` (0 … 0.99; 0 draws the raw records)."""
        self._smoothing = weight
        for run in self._runs():
            run.set_smoothing(weight)

    @property
    def smoothing(self) -> float:
        """The smoothing weight in use."""
        return self._smoothing

    def set_log_scale(self, on: bool) -> None:
        """Loss on a log axis: the late, slow part of training becomes visible."""
        self._log = on
        self.loss_plot.setLogMode(y=on)
        if on:
            self.loss_plot.enableAutoRange(y=True)
        else:
            self.loss_plot.setYRange(0, self._loss_top or 1.0, padding=0)

    def _fit_axes(self, epochs: int = 0) -> None:
        """Fit both axes to the runs shown (and to ``epochs``, a new run's planned length)."""
        shown = [run for run in self._runs() if run.size and not run.hidden]
        if self._run is None or not (shown or epochs):
            return
        self._x_end = max([epochs, 1] + [run.last_epoch() for run in shown])
        self._loss_top = HEADROOM * max([run.top() for run in shown], default=0.0)
        self._follow = True
        if self._loss_top and not self._log:
            self.loss_plot.setYRange(0, self._loss_top, padding=0)
        self.loss_plot.setXRange(0, self._x_end, padding=0.02)

    def _follow_run(self, rows: np.ndarray) -> None:
        """Keep the whole run in view, touching the axes only when the curves outgrow them."""
        if not self._follow or self._log:
            return
        last_epoch = int(rows[-1, 0])
        if last_epoch > self._x_end:
            self._x_end = 2 * last_epoch
            self.loss_plot.setXRange(0, self._x_end, padding=0.02)
        top = float(rows[:, [COLUMNS.index(key) for key in LOSSES]].max())
        if top > self._loss_top:
            self._loss_top = top * HEADROOM
            self.loss_plot.setYRange(0, self._loss_top, padding=0)

    def _on_range_changed_by_user(self) -> None:
        """A pan or zoom by the user wins over following the run (the "A" button undoes it)."""
        self._follow = False

    def _runs(self) -> list[RunCurves]:
        """The earlier runs, oldest first, then the current one."""
        return [*self._history, *([self._run] if self._run is not None else [])]

    # -- the chosen epoch -------------------------------------------------------------------

    def _on_epoch_picked(self, x: float) -> None:
        self.state.choose_epoch(max(0, round(x)))

    def _on_epoch_changed(self) -> None:
        """A line on both plots at the epoch shown, when it is not simply the newest."""
        self.marks.show_chosen(self.state.chosen_epoch)

    def mark_best_epoch(self, epoch: int | None) -> None:
        """Mark the epoch of the lowest test loss (an overfitting notice's); None removes it."""
        self.marks.mark_best(epoch)

    def _row_near(self, epoch: float) -> dict[str, float] | None:
        return self._run.buffer.row_near(epoch) if self._run is not None else None

    def _on_mouse_moved(self, pos: QPointF) -> None:
        self.hover.follow(pos)

    def readout(self) -> str:
        """The hover readout's text ("" when the mouse is not over a plot)."""
        return self.hover.text()

    def _on_column_toggled(self, key: str, shown: bool) -> None:
        """A click on "test loss" (say) in the legend hides or shows it in every run."""
        for run in self._runs():
            run.show_column(key, shown)
        self._fit_axes()

    def _on_earlier_run_toggled(self, run: RunCurves, shown: bool) -> None:
        """A click on an earlier run's legend entry hides or shows that whole run."""
        run.set_hidden(not shown)
        self._fit_axes()

    def _relabel(self) -> None:
        self.legend.relabel(self._names(), self._run, self._history)

    # -- looks ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Follow the system's light or dark palette when it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def _apply_palette(self) -> None:
        base = self.palette().color(QPalette.ColorRole.Base)
        text = self.palette().color(QPalette.ColorRole.Text)
        veil = QColor(base)
        veil.setAlpha(210)
        for plot in self._plots():
            plot.setBackground(base)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(text)
                axis.setTextPen(text)
        self.marks.set_colors(text, veil)
        self.hover.set_color(text)
        self._hint.setColor(text)
        self._colors.update(curve_colors(base))
        self.marks.set_best_color(QColor(self._colors["test_loss"]))
        self.legend.set_colors(text, veil, self._colors)
        if self._run is not None:
            self._run.restyle()

    def _fit_hint(self, *_: object) -> None:
        """The "Press Train" hint on one line if the plot is wide enough, else wrapped to fit it."""
        text = self._hint.textItem
        text.setTextWidth(-1)
        room = self.loss_plot.getPlotItem().vb.width() - 2 * HINT_MARGIN
        if room > 0 and text.document().idealWidth() > room:
            text.setTextWidth(room)
        self._hint.updateTextPos()

    def _centre_hint(self, *_: object) -> None:
        """The "Press Train" hint sits in the middle of the loss plot, whatever its range."""
        (x0, x1), (y0, y1) = self.loss_plot.getPlotItem().vb.viewRange()
        self._hint.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def _line_up_axes(self) -> None:
        """The same axis width on both plots, so that their epochs line up."""
        if shiboken6.isValid(self._loss_axis) and shiboken6.isValid(self.accuracy_plot):
            self.accuracy_plot.getAxis("left").setWidth(int(self._loss_axis.width()))
        # else the window is closing: its axes go first

    def _make_plot(
        self, name: str, left: pg.AxisItem, legend_offset: tuple[int, int]
    ) -> pg.PlotWidget:
        view = EpochViewBox(can_pick=lambda: self.state.last_epoch is not None)
        plot = pg.PlotWidget(viewBox=view, axisItems={"left": left, "bottom": EpochAxis("bottom")})
        plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing
        plot.setObjectName(name)
        plot.getPlotItem().layout.setContentsMargins(2, 10, 14, 2)  # room for the end tick labels
        plot.addLegend(offset=legend_offset)
        plot.setMenuEnabled(True)
        plot.setMouseEnabled(x=True, y=True)
        for axis in ("left", "bottom"):
            # No grid: grid lines belong to the axes, whose tick text would then be redrawn
            # with every new point, and that costs more than the curves themselves.
            plot.getAxis(axis).enableAutoSIPrefix(False)
        return plot

    def _plots(self) -> tuple[pg.PlotWidget, pg.PlotWidget]:
        return self.loss_plot, self.accuracy_plot

    def _plot_of(self, key: str) -> pg.PlotItem:
        return (self.loss_plot if key.endswith("loss") else self.accuracy_plot).getPlotItem()


def _paint_with_the_window(_regions: list) -> None:
    """Nothing: being connected to a scene's ``changed`` is the point.

    A QGraphicsScene that nobody listens to repaints its whole window on the spot
    each time its items change; with a listener it leaves the view to be painted
    with the rest of the window. Two plots, two scenes: without this, every update
    of a run painted the window twice, or three times with the numbers beside it.
    """
