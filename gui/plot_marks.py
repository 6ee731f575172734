"""What the curve plots mark besides the curves: the hover readout and the epochs that matter.

:class:`HoverReadout` is the dashed line under the mouse with that epoch's
numbers, gone when the mouse leaves; :class:`EpochMarks` are the line at the
epoch the window shows (when one is chosen) on both plots, and the dotted line
at the lowest test loss an overfitting notice names.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import QColor

from gui.language import retranslate_on_language_change
from gui.run_curves import TEST_COLOR

Row = dict[str, float]


class HoverReadout(QObject):
    """A dashed line on both plots at the epoch under the mouse, and its numbers on the loss plot.

    Parameters
    ----------
    plots
        The loss plot (the readout's) and the accuracy plot.
    row_near
        The current run's record closest to an epoch, or None without a run.
    """

    def __init__(
        self, plots: tuple[pg.PlotWidget, ...], row_near: Callable[[float], Row | None]
    ) -> None:
        super().__init__(plots[0])
        self._plots, self._row_near = plots, row_near
        self._text = pg.TextItem(anchor=(0, 0))
        pen = pg.mkPen("#999", style=Qt.PenStyle.DashLine)
        self._lines = [pg.InfiniteLine(angle=90, movable=False, pen=pen) for _ in plots]
        for plot, line in zip(plots, self._lines, strict=True):
            plot.addItem(line, ignoreBounds=True)
            line.setZValue(10)
            plot.scene().sigMouseMoved.connect(self.follow)
            plot.viewport().installEventFilter(self)
        plots[0].addItem(self._text, ignoreBounds=True)
        self._epoch: float | None = None
        self.hide()
        retranslate_on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        if self._text.isVisible() and self._epoch is not None:
            self._show(self._epoch)  # the numbers on show, in the new language

    def follow(self, pos: QPointF) -> None:
        """The mouse is at ``pos`` (scene coordinates): show the epoch under it, or nothing."""
        for plot in self._plots:
            view = plot.getPlotItem().vb
            if view.sceneBoundingRect().contains(pos):
                self._show(view.mapSceneToView(pos).x())
                return
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The mouse left a plot: the line and the numbers go with it."""
        if event.type() == QEvent.Type.Leave:
            self.hide()
        return False

    def hide(self) -> None:
        """Take the line and the numbers off the plots."""
        for line in self._lines:
            line.hide()
        self._text.hide()

    def text(self) -> str:
        """The numbers shown ("" when the mouse is not over a plot)."""
        return self._text.textItem.toPlainText() if self._text.isVisible() else ""

    @property
    def line_shown(self) -> bool:
        """Whether the hover line is on the plots."""
        return self._lines[0].isVisible()

    def set_color(self, text: QColor) -> None:
        """The palette's text colour, for the numbers."""
        self._text.setColor(text)

    def _show(self, epoch: float) -> None:
        self._epoch = epoch
        row = self._row_near(epoch)
        if row is None:
            return
        for line in self._lines:
            line.setPos(row["epoch"])
            line.show()
        locale = QLocale()
        self._text.setText(
            self.tr("epoch {0}\nloss  train {1}  test {2}\naccuracy  train {3}%  test {4}%").format(
                locale.toString(int(row["epoch"])),
                locale.toString(row["train_loss"], "f", 4),
                locale.toString(row["test_loss"], "f", 4),
                locale.toString(100 * row["train_acc"], "f", 1),
                locale.toString(100 * row["test_acc"], "f", 1),
            )
        )
        (left, _), (_, top) = self._plots[0].getPlotItem().vb.viewRange()
        self._text.setPos(left, top)
        self._text.show()


EDGE = 4
"""Pixels a label keeps from the plot's edge, where the axis line is drawn."""


class SideLabel(pg.InfLineLabel):
    """A vertical line's label on its own side of the line, never cut by the plot's edge.

    Where its side has too little room, it goes to the other side (``flips``), or
    it is pushed back inside the plot, across its line. Always on one side, it was
    cut: "lowest test loss" at epoch 363 on a narrow window, "epoch 995" near the
    end of a run. The lowest test loss's label does not flip: the legend holds the
    top right.
    """

    def __init__(
        self, line: pg.InfiniteLine, position: float, right: bool, above: bool, flips: bool
    ) -> None:
        self._right, self._above, self._flips = right, above, flips
        anchor = self._anchor(right, 0.0)
        super().__init__(line, position=position, anchors=[anchor, anchor])

    def _anchor(self, right: bool, pushed_back: float) -> tuple[float, float]:
        """The text's anchor: beside the line, less the share of it pushed back across."""
        return (pushed_back if right else 1.0 - pushed_back, 1.0 if self._above else 0.0)

    def updatePosition(self) -> None:
        """Placed along the line as pyqtgraph does, then on a side, inside the plot."""
        super().updatePosition()
        box = self.getViewBox()
        if not isinstance(box, pg.ViewBox) or not self.isVisible():
            return
        x = box.mapViewToScene(QPointF(self.line.value(), 0)).x()
        area = box.sceneBoundingRect()
        room = {True: area.right() - x - EDGE, False: x - area.left() - EDGE}
        width = self.textItem.boundingRect().width()
        right = self._right
        if room[right] < width and self._flips and room[not right] > room[right]:
            right = not right
        pushed_back = min(max(width - room[right], 0.0), width) / width if width else 0.0
        self.setAnchor(self._anchor(right, pushed_back))


class EpochMarks:
    """The chosen epoch's line on both plots and the lowest test loss's line on the loss plot."""

    def __init__(self, plots: tuple[pg.PlotWidget, ...]) -> None:
        self.chosen = [pg.InfiniteLine(angle=90, movable=False) for _ in plots]
        # at the foot, right of the line: the legend holds the top right
        self.chosen[0].label = SideLabel(
            self.chosen[0], position=0.04, right=True, above=True, flips=True
        )
        pen = pg.mkPen(TEST_COLOR, width=1, style=Qt.PenStyle.DotLine)
        self.best = pg.InfiniteLine(angle=90, movable=False, pen=pen)
        self.best.label = SideLabel(self.best, position=0.9, right=False, above=False, flips=False)
        self.best.label.setColor(TEST_COLOR)
        self.best_epoch: int | None = None
        """The epoch marked as the lowest test loss, if any."""
        for plot, line in zip(plots, self.chosen, strict=True):
            plot.addItem(line, ignoreBounds=True)
            line.setZValue(10)
            line.hide()
        plots[0].addItem(self.best, ignoreBounds=True)
        self.best.hide()

    def set_texts(self, chosen: str, best: str) -> None:
        """The labels: ``chosen`` formats ``{value}`` (the epoch), ``best`` is as it is."""
        self.chosen[0].label.setFormat(chosen)
        self.best.label.setFormat(best)

    def set_colors(self, text: QColor, veil: QColor) -> None:
        """The palette's text colour for the chosen epoch's line, on a veil over the curves."""
        for line in self.chosen:
            line.setPen(pg.mkPen(text, width=1))
        self.chosen[0].label.setColor(text)
        self.chosen[0].label.fill = pg.mkBrush(veil)

    def set_best_color(self, color: QColor) -> None:
        """The test curve's colour for the lowest test loss's line and label."""
        self.best.setPen(pg.mkPen(color, width=1, style=Qt.PenStyle.DotLine))
        self.best.label.setColor(color)

    def show_chosen(self, epoch: int | None) -> None:
        """Mark ``epoch`` on both plots; None (the newest epoch is shown) marks nothing."""
        for line in self.chosen:
            _place(line, epoch)

    def mark_best(self, epoch: int | None) -> None:
        """Mark the epoch of the lowest test loss; None takes the mark away."""
        self.best_epoch = epoch
        _place(self.best, epoch)


def _place(line: pg.InfiniteLine, epoch: int | None) -> None:
    """Show ``line`` at ``epoch`` (hide it for None), its label repainted where it was and is.

    The plots listen to their scenes' ``changed``, and then Qt repaints only where a
    moved item *is* and where the line *was*, not where the line's child, its label,
    was: dragging the history slider left a trail of old labels on a real screen.
    The label also sets its text only while shown, so a line shown again where it
    stood kept the text of before: empty the first time, or in the other language.
    """
    label: pg.InfLineLabel | None = getattr(line, "label", None)
    if label is not None and label.isVisible():
        label.scene().update(label.sceneBoundingRect())
    line.setVisible(epoch is not None)
    if epoch is not None:
        line.setPos(epoch)
        if label is not None:
            label.valueChanged()
