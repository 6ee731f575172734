"""One run on the plots: its records, raw and smoothed, and the curve items that draw them.

Each column has two items created once per run: ``raw`` draws the records as
they are, ``smooth`` their moving average (TensorBoard's smoothing). With
smoothing off only ``raw`` is drawn, in full colour; with it on, ``smooth`` is
drawn in full colour and ``raw`` faintly behind it, so the swings are still
there to see. An earlier run is drawn faded, smoothed or not, without its
faint raw curves. Both items are fed ``setData`` with views of buffers that
grow by doubling (pyqtgraph's scrollingPlots pattern): an update costs the new
points. Runs longer than ``LONG_RUN`` are drawn from peak-preserving bins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from core.training import EpochRecord
from gui.plot_items import Curve
from gui.record_buffer import BinnedBuffer, RecordBuffer, SmoothedBuffer

TRAIN_COLOR, TEST_COLOR = "#1f77b4", "#ff7f0e"
COLORS = {
    "train_loss": TRAIN_COLOR,
    "test_loss": TEST_COLOR,
    "train_acc": TRAIN_COLOR,
    "test_acc": TEST_COLOR,
}
"""The current run's curves and their colours (the loss plot holds the ``*_loss``).

These are matplotlib's blue and orange; :func:`gui.curve_colors.curve_colors` darkens or
lightens them until they stand out from the plot's background."""
LOSSES = ("train_loss", "test_loss")
LONG_RUN = 5_000
"""Runs up to this long keep every epoch in their curve items; longer ones are drawn from
peak-preserving bins (min and max of every ``epochs // DISPLAY_BINS`` epochs), built as the
epochs arrive, so that an update costs the new points however long the run."""
DISPLAY_BINS = 1000
RAW_ALPHA = 40
"""How much of the raw curve shows behind the smoothed one (of 255).

A run that overshoots zigzags every epoch, so its raw curve fills a band: at 70 the band
was the loudest thing on the plot (a solid block on a dark one), over the curve it explains."""
FADED_ALPHA = 110


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunCurves", text)


class CurveShelf:
    """The curve items of runs taken off the plots, kept there hidden for the runs to come.

    A run's eight items added to their plots and later removed cost about as
    much as the run's first updates (a plot parents each item, reads its bounds,
    gives it its log mode): a run that follows a cleared one takes its items.

    Parameters
    ----------
    plot_of
        The plot each column is drawn on.
    """

    def __init__(self, plot_of: Callable[[str], pg.PlotItem]) -> None:
        self._plot_of = plot_of
        self._spare: dict[tuple[str, bool], list[Curve]] = {}

    def take(self, key: str, *, smooth: bool) -> Curve:
        """A curve item on ``key``'s plot, empty: a spare one, or a new one."""
        spare = self._spare.get((key, smooth))
        if spare:
            return spare.pop()
        # the raw curves zigzag every epoch: antialiased, such a band cost most of a paint
        curve = Curve() if smooth else Curve(antialias=False)
        self._plot_of(key).addItem(curve)
        return curve

    def put_back(self, key: str, curve: Curve, *, smooth: bool) -> None:
        """Hide and empty ``curve`` (taken for ``key``), to be taken again."""
        curve.hide()
        curve.show_points(np.zeros(0), np.zeros(0))
        curve.name_for_export(None)
        self._spare.setdefault((key, smooth), []).append(curve)


class RunCurves:
    """A run's buffers and its eight curve items (raw and smoothed, four columns).

    Parameters
    ----------
    label, dataset
        How the legend names the run: its learning rate, and the dataset it learned.
    epochs
        The run's planned length (0 if unknown): it sizes the buffers and decides binning.
    weight
        The smoothing weight, 0 for none.
    shelf
        Where the run takes its curve items from, and puts them back when removed.
    """

    def __init__(
        self,
        label: str,
        dataset: str,
        epochs: int,
        weight: float,
        shelf: CurveShelf,
    ) -> None:
        self.label, self.dataset = label, dataset
        self._capacity = max(epochs + 1, 1024)
        self.buffer = RecordBuffer(self._capacity)
        self._bin_size = epochs // DISPLAY_BINS if epochs > LONG_RUN else 0
        self._raw_bins = BinnedBuffer(self._bin_size) if self._bin_size else None
        self._smoothed: SmoothedBuffer | None = None
        self._smooth_bins: BinnedBuffer | None = None
        self._shelf = shelf
        self.raw = {key: shelf.take(key, smooth=False) for key in COLORS}
        self.smooth = {key: shelf.take(key, smooth=True) for key in COLORS}
        self.color = pg.mkColor(TRAIN_COLOR)
        self.colors: dict[str, pg.QtGui.QColor | str] = dict(COLORS)
        """The current run's colour of each column: the plot picks them for its palette."""
        self.current = True
        self.shown = dict.fromkeys(COLORS, True)
        """Which columns the legend shows (hidden ones stay hidden in every run)."""
        self.sample: Curve | None = None
        """The stand-in item of an earlier run's legend entry."""
        self.hidden = False
        """The whole run hidden (an earlier run's legend entry was clicked)."""
        self._start_smoothing(weight)

    # -- data -------------------------------------------------------------------------------

    def extend(self, records: Sequence[EpochRecord]) -> np.ndarray:
        """Add records and draw them; returns them as rows (see :class:`RecordBuffer`)."""
        rows = self.buffer.extend(records)
        self._catch_up()
        self._draw()
        return rows

    def set_smoothing(self, weight: float) -> None:
        """Smooth with ``weight`` (0: none): the whole run once, then its new records."""
        if weight != self.weight:
            self._start_smoothing(weight)
            self._draw()  # the curves shown now; restyle feeds those it shows anew
            self.restyle()
            if not weight:  # hidden now: nothing smoothed left behind (to export, say)
                for curve in self.smooth.values():
                    curve.show_points(np.zeros(0), np.zeros(0))

    @property
    def weight(self) -> float:
        """The smoothing weight in use (0: none)."""
        return self._smoothed.weight if self._smoothed is not None else 0.0

    @property
    def size(self) -> int:
        """Epochs recorded so far."""
        return self.buffer.size

    def last_epoch(self) -> int:
        """The newest epoch recorded (0 before any)."""
        return int(self.buffer.column("epoch")[-1]) if self.buffer.size else 0

    def top(self) -> float:
        """The highest loss this run draws now (0 if it draws none)."""
        tops = [
            float(curve.points()[1].max())
            for key in LOSSES
            for curve in (self.raw[key], self.smooth[key])
            if curve.isVisible() and len(curve.points()[1])
        ]
        return max(tops, default=0.0)

    def drawn(self, key: str) -> Curve:
        """The item drawn in full colour for ``key``: the smoothed curve, or the raw one."""
        return self.smooth[key] if self._smoothed is not None else self.raw[key]

    # -- looks ------------------------------------------------------------------------------

    def fade(self, color: pg.QtGui.QColor) -> None:
        """Make this an earlier run, drawn in ``color`` (dashed: test) behind the current one."""
        self.current, self.color = False, color
        self.restyle()

    def revive(self) -> None:
        """Make this the current run again (the run after it was taken back)."""
        self.current, self.hidden = True, False
        self.restyle()

    def restyle(self) -> None:
        """Pens and visibility for the current state: current or earlier, smoothed or not.

        The points stay as they are: only a smoothed curve that was hidden (and so
        not fed) is given them as it shows.
        """
        smoothing = self._smoothed is not None
        fed = {key for key, curve in self.smooth.items() if curve.isVisible()}
        for key in COLORS:
            color = pg.mkColor(self.colors[key] if self.current else self.color)
            if not self.current:
                color.setAlpha(FADED_ALPHA)
            dashed = not self.current and key.startswith("test")
            style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            main, behind = (self.smooth[key], self.raw[key]) if smoothing else (self.raw[key], None)
            main.setPen(pg.mkPen(color, width=1, style=style))  # wider pens rasterize ~100x slower
            main.setZValue(0 if self.current else -2)
            visible = self.shown[key] and not self.hidden
            main.setVisible(visible)
            other = self.raw[key] if main is self.smooth[key] else self.smooth[key]
            other.setVisible(behind is not None and visible and self.current)
            if behind is not None:
                faint = pg.mkColor(self.colors[key])
                faint.setAlpha(RAW_ALPHA)
                behind.setPen(pg.mkPen(faint, width=1))
                behind.setZValue(-1)
        if self.size and any(c.isVisible() for k, c in self.smooth.items() if k not in fed):
            self._draw()

    def show_column(self, key: str, on: bool) -> None:
        """Show or hide one column's curves (the legend's current-run entries)."""
        self.shown[key] = on
        self.restyle()

    def set_hidden(self, hidden: bool) -> None:
        """Hide or show the whole run (its own legend entry)."""
        self.hidden = hidden
        self.restyle()

    def remove(self) -> None:
        """Take every item of this run off its plot (onto the shelf, for the next run)."""
        for key in COLORS:
            self._shelf.put_back(key, self.raw[key], smooth=False)
            self._shelf.put_back(key, self.smooth[key], smooth=True)

    def name_for_export(self, names: dict[str, str]) -> None:
        """Name each column's items in pyqtgraph's exports: ``names[key]``."""
        for key, name in names.items():
            self.raw[key].name_for_export(name)
            self.smooth[key].name_for_export(_tr("{0}, smoothed").format(name))

    # -- internals --------------------------------------------------------------------------

    def _start_smoothing(self, weight: float) -> None:
        self._smoothed = SmoothedBuffer(weight, self._capacity) if weight else None
        self._smooth_bins = BinnedBuffer(self._bin_size) if self._bin_size and weight else None
        self._catch_up()

    def _catch_up(self) -> None:
        if self._raw_bins is not None:
            self._raw_bins.catch_up(self.buffer)
        if self._smoothed is not None:
            self._smoothed.catch_up(self.buffer)
            if self._smooth_bins is not None:
                self._smooth_bins.catch_up(self._smoothed.rows)

    def _draw(self) -> None:
        """Feed the items: the raw ones always (they hold the run), the smoothed ones if drawn."""
        epochs = self._column(self.buffer, self._raw_bins, "epoch")
        for key, curve in self.raw.items():
            curve.show_points(epochs, self._column(self.buffer, self._raw_bins, key))
        if self._smoothed is None:
            return
        rows = self._smoothed.rows
        epochs = self._column(rows, self._smooth_bins, "epoch")
        for key, curve in self.smooth.items():
            if curve.isVisible():
                curve.show_points(epochs, self._column(rows, self._smooth_bins, key))

    @staticmethod
    def _column(source: RecordBuffer, bins: BinnedBuffer | None, key: str) -> np.ndarray:
        return source.column(key) if bins is None else bins.column(key, source)
