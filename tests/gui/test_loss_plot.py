"""The live curves on their own: binning of long runs, the legend, and what an update repaints."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from core.training import EpochRecord
from gui.app_state import AppState
from gui.loss_plot import LossPlot, legend_entries
from tests.gui.event_counter import EventCounter


def records(first: int, count: int, seed: int = 0) -> list[EpochRecord]:
    rng = np.random.default_rng(seed + first)
    return [EpochRecord(first + i, *rng.uniform(0, 1, size=4).tolist()) for i in range(count)]


@pytest.fixture
def plot(qtbot):
    widget = LossPlot(AppState())
    widget.resize(600, 500)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


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
    sample = next(s for s, label in legend_entries(legend) if label.text == name)
    at = plot.loss_plot.mapFromScene(sample.sceneBoundingRect().center())
    qtbot.mouseClick(plot.loss_plot.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_clicking_a_legend_entry_hides_that_curve_in_every_run_and_the_next(plot, qtbot):
    plot.start_run("first", epochs=50)
    plot.append(records(0, 51))
    click_legend(plot, qtbot, "test loss")
    assert not plot.curve("test_loss").isVisible()
    assert plot.curve("train_loss").isVisible()
    plot.start_run("second", epochs=50)
    earlier = plot._history[0].curves
    assert not plot.curve("test_loss").isVisible() and not earlier["test_loss"].isVisible()
    click_legend(plot, qtbot, "test loss")
    assert plot.curve("test_loss").isVisible() and earlier["test_loss"].isVisible()


def test_clicking_an_earlier_runs_entry_hides_that_whole_run(plot, qtbot):
    plot.start_run("first", epochs=50)
    plot.append(records(0, 51))
    plot.start_run("second", epochs=50)
    click_legend(plot, qtbot, "earlier: first (dashed: test)")
    assert not any(curve.isVisible() for curve in plot._history[0].curves.values())
    assert plot.curve("test_acc").isVisible()


def test_log_scale_draws_the_logarithms_of_every_runs_losses(plot, qtbot):
    plot.start_run("first", epochs=100)
    plot.append(records(0, 101))
    plot.start_run("second", epochs=100)
    plot.append(records(0, 101, seed=1))
    losses = plot._run.buffer.column("test_loss").copy()
    plot.set_log_scale(True)
    view = plot.loss_plot.getPlotItem().vb
    qtbot.waitUntil(lambda: view.viewRange()[1][0] <= np.log10(losses.min()))
    np.testing.assert_allclose(plot.curve("test_loss").yData, np.log10(losses))
    earlier = plot._history[0]
    np.testing.assert_allclose(
        earlier.curves["train_loss"].yData, np.log10(earlier.buffer.column("train_loss"))
    )
    plot.append(records(101, 1))  # a later epoch still arrives as a logarithm
    assert plot.curve("train_loss").yData[-1] == pytest.approx(
        np.log10(plot._run.buffer.column("train_loss")[-1])
    )
    np.testing.assert_array_equal(plot.curve("test_acc").yData, plot._run.buffer.column("test_acc"))
    assert view.viewRange()[1][1] >= np.log10(losses.max())
    plot.set_log_scale(False)
    np.testing.assert_array_equal(plot.curve("test_loss").yData[:101], losses)


def test_pyqtgraphs_csv_export_names_the_curves_and_keeps_the_values(plot, tmp_path):
    from pyqtgraph.exporters import CSVExporter

    plot.start_run("α=0.005", epochs=20)
    plot.append(records(0, 21))
    plot.set_log_scale(True)
    CSVExporter(plot.loss_plot.getPlotItem()).export(str(tmp_path / "plot.csv"))
    header, first, *_ = (tmp_path / "plot.csv").read_text().splitlines()
    assert '"train loss (α=0.005)_x"' in header or "train loss (α=0.005)_x" in header
    assert float(first.split(",")[1]) == pytest.approx(plot._run.buffer.column("train_loss")[0])


def test_a_run_cancelled_before_its_first_epoch_gives_the_plot_back_to_the_one_before(plot):
    plot.start_run("first", epochs=30)
    plot.append(records(0, 31))
    first = plot.curve("train_loss")
    plot.start_run("second", epochs=3_000)
    plot.cancel_run()
    assert plot.curve("train_loss") is first
    assert plot.loss_plot.getPlotItem().vb.viewRange()[0][1] < 100  # back to the 30 epochs
    assert plot.history_labels == []
    assert first.opts["pen"].color().name() == "#1f77b4"  # the current run's colour again
    labels = [label.text for _, label in plot.loss_plot.getPlotItem().legend.items]
    assert labels == ["train loss", "test loss"]
    plot.start_run("third", epochs=30)
    plot.cancel_run()
    plot.cancel_run()  # nothing to cancel: no change
    assert plot.curve("train_loss") is first


def test_an_update_of_both_plots_repaints_the_window_once(plot, qtbot):
    plot.start_run("run", epochs=1_000)
    QApplication.processEvents()
    paints = EventCounter(QEvent.Type.UpdateRequest)  # one per paint of the window
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
        for _, label in legend_entries(widget.getPlotItem().legend)
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
