"""The live curves on their own: binning of long runs, the legend, and what an update repaints."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from core.training import EpochRecord
from gui.loss_plot import COLUMNS, BinnedBuffer, LossPlot, RecordBuffer


def records(first: int, count: int, seed: int = 0) -> list[EpochRecord]:
    rng = np.random.default_rng(seed + first)
    return [EpochRecord(first + i, *rng.uniform(0, 1, size=4).tolist()) for i in range(count)]


@pytest.fixture
def plot(qtbot):
    widget = LossPlot()
    widget.resize(600, 500)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_bins_keep_each_columns_envelope_and_the_tail_as_it_is():
    source = RecordBuffer()
    source.extend(records(0, 2_537))
    binned = BinnedBuffer(100)
    binned.catch_up(source)
    full = source._data[:2_500].reshape(25, 100, len(COLUMNS))
    for name in COLUMNS[1:]:
        column = binned.column(name, source)
        index = COLUMNS.index(name)
        assert np.array_equal(column[:50:2], full[:, :, index].min(axis=1))
        assert np.array_equal(column[1:50:2], full[:, :, index].max(axis=1))
        assert np.array_equal(column[50:], source.column(name)[2_500:])
    epochs = binned.column("epoch", source)
    assert np.array_equal(epochs[:50:2], np.arange(0, 2_500, 100))
    assert np.array_equal(epochs[1:50:2], np.arange(99, 2_500, 100))
    assert len(epochs) == 50 + 37


def test_a_long_run_is_binned_as_it_arrives_and_a_short_one_is_not(plot):
    plot.start_run("long", epochs=20_000)
    for first in range(0, 20_001, 700):
        plot.append(records(first, min(700, 20_001 - first)))
    drawn = plot.curve("train_loss").xData
    assert len(drawn) == 2 * 1_000 + 1  # a point per bin edge, and the final epoch
    assert drawn[-1] == 20_000
    plot.start_run("short", epochs=300)
    plot.append(records(0, 301))
    assert np.array_equal(plot.curve("test_acc").xData, np.arange(301))


def click_legend(plot: LossPlot, qtbot, name: str) -> None:
    legend = plot.loss_plot.getPlotItem().legend
    sample = next(s for s, label in legend.items if label.text == name)
    at = plot.loss_plot.mapFromScene(sample.sceneBoundingRect().center())
    qtbot.mouseClick(plot.loss_plot.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_clicking_a_legend_entry_hides_that_curve_in_this_run_and_the_next(plot, qtbot):
    plot.start_run("first", epochs=50)
    plot.append(records(0, 51))
    click_legend(plot, qtbot, "test loss")
    assert not plot.curve("test_loss").isVisible()
    assert plot.curve("train_loss").isVisible()
    plot.start_run("second", epochs=50)
    assert not plot.curve("test_loss").isVisible()
    click_legend(plot, qtbot, "test loss")
    assert plot.curve("test_loss").isVisible()


class _WindowPaints(QObject):
    """Counts the UpdateRequest events (one per repaint of the window's dirty parts)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.count += 1
        return False


def test_an_update_of_both_plots_repaints_the_window_once(plot, qtbot):
    plot.start_run("run", epochs=1_000)
    QApplication.processEvents()
    paints = _WindowPaints()
    plot.window().installEventFilter(paints)
    for first in range(0, 1_000, 100):
        plot.append(records(first, 100))
        QApplication.processEvents()
    plot.window().removeEventFilter(paints)
    assert 1 <= paints.count <= 10


def legend_texts(plot: LossPlot) -> dict[str, str]:
    """Each legend entry's text and the colour its HTML draws it in."""
    return {
        label.text: re.search(r"color:(#[0-9a-f]{6})", label.item.toHtml()).group(1)
        for widget in (plot.loss_plot, plot.accuracy_plot)
        for _, label in widget.getPlotItem().legend.items
    }


def test_legend_text_takes_the_palettes_text_colour_and_follows_it(plot):
    text = plot.palette().color(QPalette.ColorRole.Text).name()
    assert set(legend_texts(plot).values()) == {text}
    plot.start_run("first", epochs=5)
    plot.append(records(0, 6))
    plot.start_run("second", epochs=5)
    dark = QPalette(plot.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#fafafa"))
    plot.setPalette(dark)
    colours = legend_texts(plot)
    assert "earlier: first (dashed: test)" in colours
    assert set(colours.values()) == {"#fafafa"}
