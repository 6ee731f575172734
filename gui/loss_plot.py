"""The live curves: loss and accuracy against epoch, for this run and the earlier ones.

Each curve is one pyqtgraph item created once per run and fed with
``setData`` on views of a preallocated numpy buffer that grows by doubling
(pyqtgraph's scrollingPlots pattern): appending costs the new points, and
pyqtgraph redraws a path of at most ``LONG_RUN`` points, or of ~2 × ``DISPLAY_BINS``
binned ones for longer runs. Earlier runs stay on the plot, faded and
labelled with their learning rate, until the user clears them: comparing
learning rates is the point of plotting them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.training import EpochRecord
from gui.app_state import AppState, RunInfo
from gui.record_buffer import COLUMNS, BinnedBuffer, RecordBuffer

TRAIN_COLOR, TEST_COLOR = "#1f77b4", "#ff7f0e"
LONG_RUN = 5_000
"""Runs up to this long keep every epoch in their curve items; longer ones are drawn from
peak-preserving bins (min and max of every ``epochs // DISPLAY_BINS`` epochs), built as the
epochs arrive, so that an update costs the new points however long the run."""
DISPLAY_BINS = 1000
CURVES = (
    ("train_loss", "train loss", TRAIN_COLOR),
    ("test_loss", "test loss", TEST_COLOR),
    ("train_acc", "train accuracy", TRAIN_COLOR),
    ("test_acc", "test accuracy", TEST_COLOR),
)
"""The current run's curves: column, legend name, colour (the loss plot holds the ``*_loss``)."""
HISTORY_COLORS = ("#7f7f7f", "#9467bd", "#2ca02c", "#8c564b", "#e377c2", "#17becf")


class Curve(pg.PlotCurveItem):
    """A bare curve item that follows the plot's log axis, as a PlotDataItem would.

    A PlotDataItem wraps a curve item and, on every update, redoes the bounds and
    finiteness checks of every point; the records are finite, so the window feeds
    this lighter item. It keeps the points it was given (pyqtgraph's CSV export
    asks for them) and draws their base-10 logarithms on a log y axis.
    """

    def __init__(self, **opts: object) -> None:
        super().__init__(skipFiniteCheck=True, **opts)
        self._log_y = False
        self._points = (np.zeros(0), np.zeros(0))
        self._export_name: str | None = None

    def show_points(self, x: np.ndarray, y: np.ndarray) -> None:
        """Draw these points (logarithms of ``y`` on a log axis; 0 would be -inf)."""
        self._points = (x, y)
        self.setData(x, np.log10(np.maximum(y, np.finfo(float).tiny)) if self._log_y else y)

    def setLogMode(self, x_log: bool, y_log: bool) -> None:
        """Called by the plot when its log axes change (only y is used here)."""
        self._log_y = y_log
        self.show_points(*self._points)

    def name_for_export(self, name: str) -> None:
        """Name the curve in pyqtgraph's exports (not in the legend: its entries are made once)."""
        self._export_name = name

    def name(self) -> str | None:
        """The name pyqtgraph's exporters give the curve's column."""
        return self._export_name

    def getOriginalDataset(self) -> tuple[np.ndarray, np.ndarray]:
        """The points as given, before any logarithm (pyqtgraph's exporters use this)."""
        return self._points


@dataclass
class _Run:
    label: str
    buffer: RecordBuffer = field(default_factory=RecordBuffer)
    curves: dict[str, Curve] = field(default_factory=dict)
    binned: BinnedBuffer | None = None

    def drawn(self, key: str) -> np.ndarray:
        """The points of column ``key`` that the curves show: every epoch, or bins of a long run."""
        if self.binned is None:
            return self.buffer.column(key)
        return self.binned.column(key, self.buffer)


class LossPlot(QWidget):
    """Loss (top, ``lossPlot``) and accuracy (bottom, ``accuracyPlot``) sharing the epoch axis."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        pg.setConfigOptions(antialias=True)
        self.loss_plot = self._make_plot("lossPlot", "loss (binary cross-entropy)", (-10, 10))
        self.accuracy_plot = self._make_plot("accuracyPlot", "accuracy", (-10, -10))
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setYRange(0, 1)
        self.accuracy_plot.setLabel("bottom", "epoch")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.accuracy_plot, 2)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.scene().changed.connect(_paint_with_the_window)

        self._history: list[_Run] = []
        self._run: _Run | None = None
        self._readout = pg.TextItem(anchor=(0, 0))
        cursor_pen = pg.mkPen("#999", style=Qt.PenStyle.DashLine)
        self._cursor = pg.InfiniteLine(angle=90, movable=False, pen=cursor_pen)
        self._cursor_acc = pg.InfiniteLine(angle=90, movable=False, pen=cursor_pen)
        for plot, line in ((self.loss_plot, self._cursor), (self.accuracy_plot, self._cursor_acc)):
            plot.addItem(line, ignoreBounds=True)
            line.hide()
            plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.loss_plot.addItem(self._readout, ignoreBounds=True)
        self._hint = pg.TextItem("Press Train (Space) to watch the neuron learn", anchor=(0.5, 0.5))
        self._hint.setPos(0.5, 0.5)
        self.loss_plot.addItem(self._hint, ignoreBounds=True)
        self._legend_samples = self._make_legend()
        self._x_end, self._loss_top, self._follow, self._log = 1, 0.0, True, False
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getPlotItem().vb.sigRangeChangedManually.connect(self._on_range_changed_by_user)
            plot.disableAutoRange()
        self._apply_palette()
        state.runStarted.connect(self._on_run_started)
        state.recordsAdded.connect(self.append)
        state.runEnded.connect(self.cancel_run)
        state.runsCleared.connect(self.clear)

    def _on_run_started(self, run: RunInfo) -> None:
        self.start_run(run.label, run.epochs)

    # -- runs -------------------------------------------------------------------------------

    def start_run(self, label: str, epochs: int = 0) -> None:
        """Fade the current run into the history and begin empty curves for a new one.

        The epoch axis is set to the whole run at once and the loss axis only ever
        grows: axes that change every frame cost more to redraw than the curves.
        """
        if self._run is not None and self._run.buffer.size:
            self._fade(self._run, len(self._history))
            self._history.append(self._run)
        elif self._run is not None:
            self._remove(self._run)
        self._run = _Run(label, RecordBuffer(capacity=max(epochs + 1, 1024)))
        if epochs > LONG_RUN:
            self._run.binned = BinnedBuffer(epochs // DISPLAY_BINS)
        self._hint.hide()
        for key, name, color in CURVES:
            curve = Curve(pen=pg.mkPen(color, width=1))
            curve.setVisible(self._legend_samples[key].isVisible())
            self._plot_of(key).addItem(curve)
            curve.name_for_export(f"{name} ({label})")
            self._run.curves[key] = curve
        self._show_legend(True)
        self._fit_axes(epochs)

    def _fit_axes(self, epochs: int) -> None:
        """Axes for a current run of ``epochs`` with the runs drawn so far all in view.

        Earlier runs stay in view: comparing them is why they are kept.
        """
        drawn = [run for run in self._runs() if run.buffer.size]
        self._x_end = max([epochs, 1] + [int(r.buffer.column("epoch")[-1]) for r in drawn])
        losses = [r.buffer.column(k).max() for r in drawn for k in ("train_loss", "test_loss")]
        self._loss_top = 1.15 * float(max(losses, default=0.0))
        if self._loss_top:
            self.loss_plot.setYRange(0, self._loss_top, padding=0)
        self._follow = True
        self.loss_plot.setXRange(0, self._x_end, padding=0.02)

    def _runs(self) -> list[_Run]:
        """The earlier runs, oldest first, then the current one."""
        return [*self._history, *([self._run] if self._run is not None else [])]

    def append(self, records: Sequence[EpochRecord]) -> None:
        """Add the newest epochs of the current run to its curves."""
        if self._run is None:
            self.start_run("")
        run = self._run
        assert run is not None
        rows = run.buffer.extend(records)
        if run.binned is not None:
            run.binned.catch_up(run.buffer)
        epochs = run.drawn("epoch")
        for key, curve in run.curves.items():
            curve.show_points(epochs, run.drawn(key))
        self._follow_run(rows)

    def cancel_run(self) -> None:
        """Take back a run that ended before its first epoch: the one before it is current again.

        Called whenever a run ends; a run with epochs is kept as it is.
        """
        if self._run is None or self._run.buffer.size:
            return
        self._remove(self._run)
        self._run = None
        if not self._history:
            self.clear()
            return
        self._run = self._history.pop()
        self.loss_plot.getPlotItem().legend.removeItem(self._run.curves["train_loss"])
        for key, _, color in CURVES:
            curve = self._run.curves[key]
            curve.setPen(pg.mkPen(color, width=1))
            curve.setZValue(0)
            curve.setVisible(self._legend_samples[key].isVisible())
        self._fit_axes(0)

    def _follow_run(self, rows: np.ndarray) -> None:
        """Keep the whole run in view, touching the axes only when the curves outgrow them."""
        if not self._follow or self._log:
            return
        last_epoch = int(rows[-1, 0])
        if last_epoch > self._x_end:
            self._x_end = 2 * last_epoch
            self.loss_plot.setXRange(0, self._x_end, padding=0.02)
        top = float(rows[:, [COLUMNS.index("train_loss"), COLUMNS.index("test_loss")]].max())
        if top > self._loss_top:
            self._loss_top = top * 1.15
            self.loss_plot.setYRange(0, self._loss_top, padding=0)

    def clear_history(self) -> None:
        """Remove every earlier run, keeping the current one."""
        for run in self._history:
            self._remove(run)
        self._history.clear()

    def clear(self) -> None:
        """Remove every run, the current one too (used by Reset)."""
        self.clear_history()
        if self._run is not None:
            self._remove(self._run)
            self._run = None
        self._readout.setText("")
        self._hint.show()
        self._show_legend(False)

    @property
    def history_labels(self) -> list[str]:
        """The labels of the earlier runs still shown, oldest first."""
        return [run.label for run in self._history]

    def curve(self, key: str) -> Curve | None:
        """The current run's curve for ``key`` (one of ``COLUMNS[1:]``), for tests and export."""
        return self._run.curves.get(key) if self._run else None

    def to_csv(self) -> str:
        """The current run as CSV: one row per epoch, the CLI's column names."""
        lines = [",".join(COLUMNS)]
        if self._run is not None:
            data = np.column_stack([self._run.buffer.column(c) for c in COLUMNS])
            lines += [f"{int(row[0])}," + ",".join(repr(float(v)) for v in row[1:]) for row in data]
        return "\n".join(lines) + "\n"

    def set_log_scale(self, on: bool) -> None:
        """Loss on a log axis: the late, slow part of training becomes visible."""
        self._log = on
        self.loss_plot.setLogMode(y=on)
        if on:
            self.loss_plot.enableAutoRange(y=True)
        else:
            self.loss_plot.setYRange(0, self._loss_top or 1.0, padding=0)

    def _on_range_changed_by_user(self) -> None:
        """A pan or zoom by the user wins over following the run (the "A" button undoes it)."""
        self._follow = False

    # -- internals --------------------------------------------------------------------------

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
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setBackground(base)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(text)
                axis.setTextPen(text)
            legend = plot.getPlotItem().legend
            legend.setLabelTextColor(text)
            for _, label in legend_entries(legend):  # pyqtgraph colours only later entries
                label.setText(label.text)
            legend.setBrush(veil)
        self._readout.setColor(text)
        self._hint.setColor(text)

    def _make_plot(self, name: str, y_label: str, legend_offset: tuple[int, int]) -> pg.PlotWidget:
        plot = pg.PlotWidget()
        plot.setObjectName(name)
        plot.setLabel("left", y_label)
        plot.addLegend(offset=legend_offset)
        plot.setMenuEnabled(True)
        plot.setMouseEnabled(x=True, y=True)
        for axis in ("left", "bottom"):
            # No grid: grid lines belong to the axes, whose tick text would then be redrawn
            # with every new point, and that costs more than the curves themselves.
            plot.getAxis(axis).enableAutoSIPrefix(False)
        return plot

    def _fade(self, run: _Run, index: int) -> None:
        color = pg.mkColor(HISTORY_COLORS[index % len(HISTORY_COLORS)])
        color.setAlpha(110)
        for key, curve in run.curves.items():
            style = Qt.PenStyle.SolidLine if key.startswith("train") else Qt.PenStyle.DashLine
            curve.setPen(pg.mkPen(color, width=1, style=style))  # wider pens rasterize ~100x slower
            curve.setZValue(-1)
        loss_legend = self.loss_plot.getPlotItem().legend
        loss_legend.addItem(run.curves["train_loss"], f"earlier: {run.label} (dashed: test)")
        sample, _ = legend_entries(loss_legend)[-1]
        sample.sigClicked.connect(lambda _item: self._on_earlier_run_clicked(run))

    def _make_legend(self) -> dict[str, Curve]:
        """The current run's legend entries, made once: a run starts without touching them.

        Each entry is drawn from a stand-in item that is never on the plot but has the
        current run's pen (re-adding entries run after run cost more than the curves).
        A click on an entry hides or shows that curve in every run, the next ones too.
        Hidden until the first run.
        """
        samples = {}
        for key, name, color in CURVES:
            sample = Curve(pen=pg.mkPen(color, width=1))
            legend = self._plot_of(key).getPlotItem().legend
            legend.addItem(sample, name)
            legend_entries(legend)[-1][0].sigClicked.connect(self._on_legend_clicked)
            samples[key] = sample
        self._show_legend(False)
        return samples

    def _on_legend_clicked(self, sample: pg.PlotCurveItem) -> None:
        """A click on "test loss" (say) hides or shows the test loss of every run on the plot."""
        for key, stand_in in self._legend_samples.items():
            if stand_in is sample:
                for run in self._runs():
                    run.curves[key].setVisible(sample.isVisible())

    def _on_earlier_run_clicked(self, run: _Run) -> None:
        """A click on an earlier run's entry hides or shows that whole run.

        pyqtgraph has toggled its train loss; its other curves follow, where the
        current run's legend lets them be seen.
        """
        shown = run.curves["train_loss"].isVisible()
        for key, curve in run.curves.items():
            curve.setVisible(shown and self._legend_samples[key].isVisible())

    def _plot_of(self, key: str) -> pg.PlotWidget:
        return self.loss_plot if key.endswith("loss") else self.accuracy_plot

    def _show_legend(self, on: bool) -> None:
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getPlotItem().legend.setVisible(on)

    def _remove(self, run: _Run) -> None:
        for key, curve in run.curves.items():
            self._plot_of(key).removeItem(curve)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        for plot in (self.loss_plot, self.accuracy_plot):
            if plot.sceneBoundingRect().contains(pos):
                epoch = plot.getPlotItem().vb.mapSceneToView(pos).x()
                self._show_readout(epoch)
                return
        self._cursor.hide()
        self._cursor_acc.hide()

    def _show_readout(self, epoch: float) -> None:
        row = self._run.buffer.row_near(epoch) if self._run else None
        if row is None:
            return
        for line in (self._cursor, self._cursor_acc):
            line.setPos(row["epoch"])
            line.show()
        self._readout.setText(
            f"epoch {int(row['epoch'])}\n"
            f"loss  train {row['train_loss']:.4f}  test {row['test_loss']:.4f}\n"
            f"acc   train {row['train_acc']:.1%}  test {row['test_acc']:.1%}"
        )
        view = self.loss_plot.getPlotItem().vb.viewRange()
        self._readout.setPos(view[0][0], view[1][1])

    def readout(self) -> str:
        """The hover readout's text (empty until the mouse has been over a curve)."""
        return self._readout.textItem.toPlainText()


def legend_entries(legend: pg.LegendItem) -> list[tuple[pg.ItemSample, pg.LabelItem]]:
    """The legend's (sample, label) pairs, oldest first.

    pyqtgraph has no accessor for them; its ``items`` attribute is read here
    only, so a change in pyqtgraph breaks one function (and its test).
    """
    return list(legend.items)


def _paint_with_the_window(_regions: list) -> None:
    """Nothing: being connected to a scene's ``changed`` is the point.

    A QGraphicsScene that nobody listens to repaints its whole window on the spot
    each time its items change; with a listener it leaves the view to be painted
    with the rest of the window. Two plots, two scenes: without this, every update
    of a run painted the window twice, or three times with the numbers beside it.
    """
