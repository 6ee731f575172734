"""The two plots' legends: the current run's entries, made once, and one entry per earlier run.

The current run's entries are drawn from stand-in items that are never on the
plot but carry its pens: re-adding entries run after run cost more than the
curves. A click on one hides or shows that column in every run, the next ones
too; a click on an earlier run's entry hides or shows that whole run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from gui.plot_items import Curve
from gui.run_curves import COLORS, RunCurves

HISTORY_COLORS = ("#7f7f7f", "#9467bd", "#2ca02c", "#8c564b", "#e377c2", "#17becf")
SAMPLE_WIDTH = 2
"""The legend's line samples are drawn this wide: at 1 px, antialiased, the train blue on a
dark plot read at about 1.8:1 against it (the curves themselves, long, read at 3:1)."""
LEGEND_SHARE = 0.5
"""A legend taller than this share of its plot hides (the accuracy one; the loss one names
the same colours)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPlot", text)  # the plot's words, wherever drawn


class RunLegend:
    """The legends of the loss plot (every run) and the accuracy plot (the current run).

    Parameters
    ----------
    loss, accuracy
        The two plots, each with its legend added.
    column_toggled
        Called with a column (``"test_loss"``…) and whether it is now shown.
    run_toggled
        Called with an earlier run and whether it is now shown.
    """

    def __init__(
        self,
        loss: pg.PlotItem,
        accuracy: pg.PlotItem,
        column_toggled: Callable[[str, bool], None],
        run_toggled: Callable[[RunCurves, bool], None],
    ) -> None:
        self._loss, self._accuracy = loss, accuracy
        self._column_toggled, self._run_toggled = column_toggled, run_toggled
        self._on = False
        self.samples: dict[str, Curve] = {}
        self._labels: dict[str, pg.LabelItem] = {}
        for key, color in COLORS.items():
            sample = Curve(pen=pg.mkPen(color, width=SAMPLE_WIDTH))
            legend = (loss if key.endswith("loss") else accuracy).legend
            legend.addItem(sample, key)
            sample_item, self._labels[key] = legend_entries(legend)[-1]
            sample_item.sigClicked.connect(self._on_column_clicked)
            self.samples[key] = sample
        self.show(False)

    def shown(self) -> dict[str, bool]:
        """Which columns the user left shown."""
        return {key: sample.isVisible() for key, sample in self.samples.items()}

    def add_earlier(self, run: RunCurves, index: int) -> None:
        """Fade ``run`` into the ``index``-th earlier run's colour and give it an entry."""
        color = pg.mkColor(HISTORY_COLORS[index % len(HISTORY_COLORS)])
        run.fade(color)
        run.sample = Curve(pen=pg.mkPen(color, width=SAMPLE_WIDTH))
        self._loss.legend.addItem(run.sample, run.label)
        sample, _ = legend_entries(self._loss.legend)[-1]
        sample.sigClicked.connect(lambda stand_in: self._run_toggled(run, stand_in.isVisible()))

    def remove_earlier(self, run: RunCurves) -> None:
        """Take an earlier run's entry away (it was cleared, or it is current again)."""
        self._loss.legend.removeItem(run.sample)

    def relabel(
        self, names: dict[str, str], current: RunCurves | None, earlier: list[RunCurves]
    ) -> None:
        """Name every entry; runs of several datasets are also named by their dataset."""
        runs = [*earlier, *([current] if current is not None else [])]
        several = len({run.dataset for run in runs}) > 1
        for key, label in self._labels.items():
            name = names[key]
            if several and current is not None:
                name = _tr("{0} ({1})").format(name, _short(current.dataset))
            _set_text(label, name)
        for run in runs:
            run.name_for_export(
                {key: _tr("{0} ({1})").format(name, run.label) for key, name in names.items()}
            )
        for run in earlier:
            if several:
                text = _tr("earlier: {0}, {1} (dashed: test)").format(
                    run.label, _short(run.dataset)
                )
            else:
                text = _tr("earlier: {0} (dashed: test)").format(run.label)
            label = self._loss.legend.getLabel(run.sample)
            if label is not None:
                _set_text(label, text)

    def show(self, on: bool) -> None:
        """Show the legends (a run is on the plot) or hide them (none is)."""
        self._on = on
        self._loss.legend.setVisible(on)
        self.fit_accuracy()

    def fit_accuracy(self, *_: object) -> None:
        """The accuracy legend only where it leaves the curves most of the plot.

        A short accuracy plot (about 90 px at 800×600) had its legend over the
        curves and, in Chinese, cut at the top; the loss legend above names the
        same colours (train blue, test orange).
        """
        legend = self._accuracy.legend
        room = self._accuracy.vb.height()
        legend.setVisible(self._on and legend.boundingRect().height() <= LEGEND_SHARE * room)

    def set_colors(self, text: QColor, veil: QColor, curves: dict[str, QColor | str]) -> None:
        """The palette's text on a veil of its base; the current run's pens on the samples."""
        for plot in (self._loss, self._accuracy):
            legend = plot.legend
            legend.setLabelTextColor(text)
            for _, label in legend_entries(legend):  # pyqtgraph colours only later entries
                label.setText(label.text)
            legend.setBrush(veil)
        for key, sample in self.samples.items():
            sample.setPen(pg.mkPen(curves[key], width=SAMPLE_WIDTH))

    def _on_column_clicked(self, sample: Curve) -> None:
        """A click on a column's entry: pyqtgraph has toggled its stand-in, the column follows."""
        for key, stand_in in self.samples.items():
            if stand_in is sample:
                self._column_toggled(key, stand_in.isVisible())


def _short(dataset: str) -> str:
    """A dataset as the legend names it: its folder's name."""
    return Path(dataset).name or dataset


def legend_entries(legend: pg.LegendItem) -> list[tuple[pg.ItemSample, pg.LabelItem]]:
    """The legend's (sample, label) pairs, oldest first.

    pyqtgraph has no accessor for them; its ``items`` attribute is read here
    only, so a change in pyqtgraph breaks one function (and its test).
    """
    return list(legend.items)


def _set_text(label: pg.LabelItem, text: str) -> None:
    """Set a legend label's text unless it has it already: a new text lays out rich text."""
    if label.text != text:
        label.setText(text)
