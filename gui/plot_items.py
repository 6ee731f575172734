"""The pyqtgraph pieces the curves are drawn with: a light curve, two axes, a view box that picks.

Each is a small subclass of a pyqtgraph class that changes one behaviour:
:class:`Curve` skips per-point checks the records never need, :class:`EpochAxis`
labels whole epochs only, :class:`LossAxis` writes log-scale ticks as plain
numbers where it can, and :class:`EpochViewBox` turns a click or a drag into
an epoch.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent, MouseDragEvent
from PySide6.QtCore import QLocale, Qt, Signal

PLAIN_DECADES = range(-3, 5)
"""Log-scale ticks from 0.001 to 10,000 are written out; beyond, as powers of ten (10⁻⁶)."""
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


class Curve(pg.PlotCurveItem):
    """A bare curve item that follows the plot's log axis, as a PlotDataItem would.

    A PlotDataItem wraps a curve item and, on every update, redoes the bounds and
    finiteness checks of every point; the records are finite, so the window feeds
    this lighter item. It keeps the points it was given (pyqtgraph's CSV export
    asks for them) and draws their base-10 logarithms on a log y axis.
    """

    def __init__(self, **opts: object) -> None:
        self._bounds: list[tuple[float, float] | None] = [None, None]
        super().__init__(skipFiniteCheck=True, **opts)
        self._log_y = False
        self._points = (np.zeros(0), np.zeros(0))
        self._export_name: str | None = None

    def dataBounds(
        self, ax: int, frac: float = 1.0, orthoRange: tuple[float, float] | None = None
    ) -> tuple[float | None, float | None]:
        """The data's extent on axis ``ax``: its ends for the epochs, its min and max for y.

        The points are finite and their epochs ascend, so pyqtgraph's checks for
        NaN and infinity (most of the cost of an update's bounds) are left out; a
        fraction or a range asked for goes to pyqtgraph. The pens are cosmetic:
        they add nothing to the bounds.
        """
        if frac < 1.0 or orthoRange is not None:
            return super().dataBounds(ax, frac, orthoRange)
        bounds = self._bounds[ax]
        if bounds is None:
            x, y = self.getData()
            if x is None or not len(x):
                return (None, None)
            bounds = (float(x[0]), float(x[-1])) if ax == 0 else (float(y.min()), float(y.max()))
            self._bounds[ax] = bounds
        return bounds

    def invalidateBounds(self) -> None:
        """New data or pens: the bounds are found again when next asked for."""
        self._bounds = [None, None]
        super().invalidateBounds()

    def show_points(self, x: np.ndarray, y: np.ndarray) -> None:
        """Draw these points (logarithms of ``y`` on a log axis; 0 would be -inf)."""
        self._points = (x, y)
        self.setData(x, np.log10(np.maximum(y, np.finfo(float).tiny)) if self._log_y else y)

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """The points as given (not their logarithms)."""
        return self._points

    def setLogMode(self, x_log: bool, y_log: bool) -> None:
        """Called by the plot when its log axes change (only y is used here)."""
        self._log_y = y_log
        self.show_points(*self._points)

    def name_for_export(self, name: str | None) -> None:
        """Name the curve in pyqtgraph's exports (not in the legend: its entries are made once)."""
        self._export_name = name

    def name(self) -> str | None:
        """The name pyqtgraph's exporters give the curve's column."""
        return self._export_name

    def getOriginalDataset(self) -> tuple[np.ndarray | None, np.ndarray | None]:
        """The points as given, before any logarithm (pyqtgraph's exporters use this).

        None when there are none: the CSV exporter then leaves the curve out
        instead of writing empty columns (a spare item, a smoothed curve not drawn).
        """
        return self._points if len(self._points[0]) else (None, None)


class EpochAxis(pg.AxisItem):
    """An epoch axis: ticks on whole epochs only, as integers (zoomed in, never 2.5)."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        """Pyqtgraph's ticks, without the levels finer than one epoch or off whole epochs."""
        levels = super().tickValues(minVal, maxVal, size)
        return [
            (spacing, [v for v in values if float(v).is_integer()])
            for spacing, values in levels
            if spacing >= 1
        ] or [(1.0, [float(e) for e in range(math.ceil(minVal), math.floor(maxVal) + 1)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Whole numbers in the user's locale (1,000 or 1 000)."""
        return [QLocale().toString(round(v * scale)) for v in values]


class LossAxis(pg.AxisItem):
    """A loss axis whose log-scale ticks read as numbers: 0.01, 0.1, 1, 10, then 10⁶ beyond."""

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Each tick's value, written out between 0.001 and 10,000 and as a power of ten beyond."""
        return [log_tick_text(float(v) + math.log10(scale)) for v in values]


def log_tick_text(exponent: float) -> str:
    """The label of the tick at ``10**exponent``, to one significant digit (like pyqtgraph)."""
    decade = math.floor(exponent + 1e-9)
    digit = round(10 ** (exponent - decade))
    if digit == 10:
        digit, decade = 1, decade + 1
    if decade in PLAIN_DECADES:
        return QLocale().toString(digit * 10.0**decade, "f", max(0, -decade))
    power = "10" + str(decade).translate(_SUPERSCRIPT)
    return power if digit == 1 else f"{digit}·{power}"


class EpochViewBox(pg.ViewBox):
    """A view box where a left click or drag picks an epoch, when there is one to pick.

    With nothing to pick (``can_pick()`` false), and with Shift or Ctrl held, a
    drag pans as in any pyqtgraph plot; the wheel zooms and a right click opens
    pyqtgraph's menu either way.

    Signals
    -------
    epochPicked(float)
        The epoch (the x coordinate) under a left click or drag.
    """

    epochPicked = Signal(float)

    def __init__(self, can_pick: Callable[[], bool]) -> None:
        super().__init__()
        self._can_pick = can_pick

    def mouseClickEvent(self, ev: MouseClickEvent) -> None:
        """A left click picks the epoch under it."""
        if self._picks(ev):
            ev.accept()
            self.epochPicked.emit(self.mapSceneToView(ev.scenePos()).x())
            return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev: MouseDragEvent, axis: int | None = None) -> None:
        """A left drag over the plot follows the epoch under the mouse."""
        if axis is None and self._picks(ev) and not ev.modifiers():
            ev.accept()
            self.epochPicked.emit(self.mapSceneToView(ev.scenePos()).x())
            return
        super().mouseDragEvent(ev, axis)

    def _picks(self, ev: MouseClickEvent | MouseDragEvent) -> bool:
        return ev.button() == Qt.MouseButton.LeftButton and self._can_pick()
