"""The live curves on their own: binning, smoothing, the legend, the axes, the chosen epoch, and
what an update repaints."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from core.dataset import flatten
from core.training import EpochRecord, TrainingRun
from gui.app_state import AppState, RunInfo
from gui.language import CHINESE, ENGLISH, apply_language
from gui.loss_plot import LossPlot
from gui.plot_legend import legend_entries
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
    earlier = plot._history[0]
    assert not plot.curve("test_loss").isVisible() and not earlier.drawn("test_loss").isVisible()
    click_legend(plot, qtbot, "test loss")
    assert plot.curve("test_loss").isVisible() and earlier.drawn("test_loss").isVisible()


def test_clicking_an_earlier_runs_entry_hides_that_whole_run(plot, qtbot):
    plot.start_run("first", epochs=50)
    plot.append(records(0, 51))
    plot.start_run("second", epochs=50)
    click_legend(plot, qtbot, "earlier: first (dashed: test)")
    earlier = plot._history[0]
    assert not any(c.isVisible() for c in [*earlier.raw.values(), *earlier.smooth.values()])
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
        earlier.raw["train_loss"].yData, np.log10(earlier.buffer.column("train_loss"))
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


def test_a_run_after_clear_takes_the_cleared_runs_items_and_exports_show_only_the_runs(
    plot, tmp_path
):
    from pyqtgraph.exporters import CSVExporter

    def items() -> set:
        return set(plot.loss_plot.getPlotItem().listDataItems())

    for label in ("α=0.01", "α=0.005"):
        plot.start_run(label, epochs=20)
        plot.append(records(0, 21))
    two_runs = items()
    for label in ("α=0.002", "α=0.001", "α=0.0005"):
        plot.clear_history()
        plot.start_run(label, epochs=20)
        plot.append(records(0, 21, seed=7))
        assert items() == two_runs  # the cleared run's items, none new, none left behind
    assert [curve.isVisible() for curve in two_runs].count(True) == 4  # two runs, two losses
    CSVExporter(plot.loss_plot.getPlotItem()).export(str(tmp_path / "plot.csv"))
    header = (tmp_path / "plot.csv").read_text().splitlines()[0].replace('"', "").split(",")
    assert sorted(header) == sorted(
        f"{name} ({label})_{axis}"
        for name in ("train loss", "test loss")
        for label in ("α=0.001", "α=0.0005")
        for axis in "xy"
    )


def test_items_left_on_the_shelf_after_a_reset_are_hidden_empty_and_unnamed(plot, tmp_path):
    from pyqtgraph.exporters import CSVExporter

    plot.set_smoothing(0.6)
    for label in ("α=0.01", "α=0.005"):
        plot.start_run(label, epochs=20)
        plot.append(records(0, 21))
    plot.clear()  # Reset: both runs onto the shelf
    plot.start_run("α=0.002", epochs=20)  # takes one run's items, the others stay spare
    plot.append(records(0, 21))
    current = {*plot._run.raw.values(), *plot._run.smooth.values()}
    spares = [c for c in plot.loss_plot.getPlotItem().listDataItems() if c not in current]
    assert len(spares) == 4  # a run's two loss columns, raw and smoothed
    assert not any(c.isVisible() for c in spares)
    assert all(c.getOriginalDataset() == (None, None) and c.name() is None for c in spares)
    CSVExporter(plot.loss_plot.getPlotItem()).export(str(tmp_path / "plot.csv"))
    header = (tmp_path / "plot.csv").read_text().splitlines()[0]
    assert "α=0.01" not in header and "α=0.005" not in header and "α=0.002" in header


def test_smoothing_turned_off_leaves_no_smoothed_columns_to_export(plot, tmp_path):
    from pyqtgraph.exporters import CSVExporter

    plot.set_smoothing(0.6)
    plot.start_run("α=0.005", epochs=20)
    plot.append(records(0, 21))
    plot.set_smoothing(0.0)
    CSVExporter(plot.loss_plot.getPlotItem()).export(str(tmp_path / "plot.csv"))
    header = (tmp_path / "plot.csv").read_text().splitlines()[0]
    assert "smoothed" not in header and "train loss (α=0.005)_y" in header


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


def test_each_legend_sample_stands_out_from_a_dark_plot(plot, qtbot):
    from gui.contrast import contrast_ratio

    dark = QPalette(plot.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#fafafa"))
    plot.setPalette(dark)
    plot.start_run("α=0.005", epochs=5)
    plot.append(records(0, 6))
    QApplication.processEvents()
    view = plot.loss_plot
    image = view.grab().toImage()
    legend = view.getPlotItem().legend
    veil = legend.brush().color()  # the samples are drawn over the legend's veil
    behind = QColor(dark.color(QPalette.ColorRole.Base))
    behind.setRgbF(
        *(
            veil.alphaF() * v + (1 - veil.alphaF()) * b
            for v, b in zip(veil.getRgbF()[:3], behind.getRgbF()[:3], strict=True)
        )
    )
    for sample, _ in legend_entries(legend):
        box = view.mapFromScene(sample.sceneBoundingRect()).boundingRect()
        ratio = max(
            contrast_ratio(image.pixelColor(x, y), behind)
            for x in range(box.left(), box.right())
            for y in range(box.top(), box.bottom())
        )
        assert ratio >= 3.0


# -- smoothing, axes, hint, hover, the chosen epoch ------------------------------------------


@pytest.fixture(scope="module")
def article_run(real_data):
    """The article's run (α = 0.005, 1000 epochs, seed 999): its records and its history."""
    run = TrainingRun(
        flatten(real_data.train_images),
        real_data.train_labels,
        flatten(real_data.test_images),
        real_data.test_labels,
    )
    return list(run), run.history


def feed(plot: LossPlot, records: list[EpochRecord], batch: int = 33) -> None:
    for first in range(0, len(records), batch):
        plot.append(records[first : first + batch])


def total_variation(values: np.ndarray) -> float:
    return float(np.abs(np.diff(values)).sum())


def test_smoothing_at_zero_draws_the_raw_records_and_nothing_else(plot, article_run):
    records, _ = article_run
    plot.set_smoothing(0.0)
    plot.start_run("α=0.005", epochs=1000)
    feed(plot, records)
    drawn = plot.smoothed_curve("test_loss")
    np.testing.assert_array_equal(drawn.yData, [r.test_loss for r in records])
    assert drawn is plot.curve("test_loss") and drawn.isVisible()
    assert not plot._run.smooth["test_loss"].isVisible()  # no second curve on top


def test_smoothing_at_0_9_calms_the_articles_test_loss_five_times_and_keeps_it_faint(
    plot, article_run
):
    records, _ = article_run
    plot.set_smoothing(0.9)
    plot.start_run("α=0.005", epochs=1000)
    feed(plot, records)
    raw = np.array([r.test_loss for r in records])
    smoothed = plot.smoothed_curve("test_loss")
    assert len(smoothed.yData) == len(raw) and smoothed.yData[0] == pytest.approx(raw[0])
    assert total_variation(smoothed.yData) * 5 <= total_variation(raw)
    behind = plot.curve("test_loss")
    np.testing.assert_array_equal(behind.yData, raw)
    assert behind.isVisible() and behind.opts["pen"].color().alpha() < 128
    assert behind.zValue() < smoothed.zValue()
    plot.set_smoothing(0.0)  # and back: the raw curve is the one drawn, in full colour
    assert plot.smoothed_curve("test_loss") is behind and behind.opts["pen"].color().alpha() == 255


def test_smoothing_batch_by_batch_draws_what_smoothing_the_whole_run_draws(plot, article_run):
    from core.smoothing import smooth

    records, _ = article_run
    plot.set_smoothing(0.6)
    plot.start_run("α=0.005", epochs=1000)
    feed(plot, records, batch=7)
    expected = smooth(np.array([r.train_acc for r in records]), 0.6)
    np.testing.assert_allclose(plot.smoothed_curve("train_acc").yData, expected, rtol=1e-12)


def diverging(count: int = 300) -> list[EpochRecord]:
    """A run whose loss jumps into the thousands, like α = 10 on the article's data."""
    loss = 0.7 + 3000 * (np.arange(count) % 2)
    return [EpochRecord(e, float(loss[e]), 0.5, float(loss[e]) * 1.5, 0.5) for e in range(count)]


def loss_top(plot: LossPlot) -> float:
    return plot.loss_plot.getPlotItem().vb.viewRange()[1][1]


def test_after_clear_the_axes_fit_the_runs_left_not_a_diverged_one(plot):
    plot.start_run("α=10", epochs=300)
    feed(plot, diverging())
    plot.start_run("α=0.005", epochs=100)
    feed(plot, records(0, 101))
    assert loss_top(plot) > 4000  # the diverged run is shown: it is in view
    plot.clear_history()
    assert 1.0 <= loss_top(plot) <= 1.2  # the random losses of the run left are below 1
    assert plot.loss_plot.getPlotItem().vb.viewRange()[0][1] < 110


def test_hiding_a_diverged_earlier_run_in_the_legend_refits_the_axes(plot, qtbot):
    plot.start_run("α=10", epochs=300)
    feed(plot, diverging())
    plot.start_run("α=0.005", epochs=100)
    feed(plot, records(0, 101))
    click_legend(plot, qtbot, "earlier: α=10 (dashed: test)")
    assert loss_top(plot) <= 1.2
    click_legend(plot, qtbot, "earlier: α=10 (dashed: test)")
    assert loss_top(plot) > 4000


def test_a_stopped_run_is_fitted_to_the_epochs_it_reached(plot, qtbot):
    state = plot.state
    state.start_run(RunInfo("α=0.005", 1000, "cats"))
    state.add_records(records(0, 120))
    state.end_run()  # stopped at epoch 119 of 1000
    assert plot.loss_plot.getPlotItem().vb.viewRange()[0][1] < 130


def test_runs_from_different_datasets_are_named_by_their_dataset(plot):
    state = plot.state
    state.start_run(RunInfo("α=0.005", 50, "/data/catvnoncat"))
    state.add_records(records(0, 51))
    state.start_run(RunInfo("α=0.005", 50, "/data/my photos"))
    labels = [label.text for _, label in legend_entries(plot.loss_plot.getPlotItem().legend)]
    assert "earlier: α=0.005, catvnoncat (dashed: test)" in labels
    assert "train loss (my photos)" in labels


def test_the_epoch_axis_never_shows_a_fraction_of_an_epoch(plot):
    plot.start_run("short", epochs=3)
    plot.append(records(0, 4))
    axis = plot.accuracy_plot.getAxis("bottom")
    for low, high in ((0, 3), (0.4, 2.6), (0, 20_000)):
        values = [v for _, level in axis.tickValues(low, high, 500) for v in level]
        assert values and all(float(v).is_integer() for v in values)
    assert axis.tickStrings([20_000.0], 1, 1) == [QLocale().toString(20_000)]  # 20,000 in en_US


def test_log_scale_ticks_read_as_numbers_and_powers_of_ten_only_far_out(plot):
    axis = plot.loss_plot.getAxis("left")
    thousand = QLocale().toString(1000)
    assert axis.logTickStrings([-2.0, np.log10(0.3), 0.0, 3.0], 1, 1) == [
        "0.01",
        "0.3",
        "1",
        thousand,
    ]
    assert axis.logTickStrings([-6.0, 6.0 + np.log10(2)], 1, 1) == ["10⁻⁶", "2·10⁶"]


def hint_offset(plot: LossPlot) -> float:
    """How far (pixels) the "Press Train" hint is from the middle of the loss plot."""
    view = plot.loss_plot.getPlotItem().vb
    at = view.mapViewToScene(plot._hint.pos())
    return (at - view.sceneBoundingRect().center()).manhattanLength()


def test_the_press_train_hint_is_in_the_middle_after_a_reset(plot):
    assert plot._hint.isVisible() and hint_offset(plot) < 2
    plot.start_run("α=0.005", epochs=1000)
    feed(plot, records(0, 1001))
    plot.set_log_scale(True)
    plot.state.clear_runs()
    assert plot._hint.isVisible() and hint_offset(plot) < 2
    plot.set_log_scale(False)
    assert hint_offset(plot) < 2


def scene_point(plot: LossPlot, widget, epoch: float, y: float = 0.5) -> QPointF:
    return widget.getPlotItem().vb.mapViewToScene(QPointF(epoch, y))


def test_the_hover_line_and_readout_leave_with_the_mouse(plot):
    plot.start_run("α=0.005", epochs=100)
    plot.append(records(0, 101))
    plot._on_mouse_moved(scene_point(plot, plot.loss_plot, 40))
    assert plot.hover.line_shown and plot.readout().startswith("epoch 40\n")
    QApplication.sendEvent(plot.loss_plot.viewport(), QEvent(QEvent.Type.Leave))
    assert not plot.hover.line_shown and plot.readout() == ""


def with_history(plot: LossPlot, article_run) -> None:
    records, history = article_run
    plot.state.start_run(RunInfo("α=0.005", 1000, "cats"))
    plot.state.add_records(records)
    plot.state.set_history(history)


def click_at_epoch(plot: LossPlot, qtbot, widget, epoch: float) -> None:
    at = widget.mapFromScene(scene_point(plot, widget, epoch, 0.3))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_a_click_on_either_plot_chooses_the_epoch_and_a_line_marks_it_on_both(
    plot, qtbot, article_run
):
    with_history(plot, article_run)
    assert not plot.marks.chosen[0].isVisible()  # following the newest epoch: no line
    click_at_epoch(plot, qtbot, plot.loss_plot, 250)
    assert abs(plot.state.chosen_epoch - 250) <= 2  # a pixel is about two epochs here
    assert all(line.isVisible() for line in plot.marks.chosen)
    assert plot.marks.chosen[1].value() == plot.state.chosen_epoch
    click_at_epoch(plot, qtbot, plot.accuracy_plot, 600)
    assert abs(plot.state.chosen_epoch - 600) <= 2
    plot.state.choose_epoch(None)  # back to the newest: the line goes
    assert not any(line.isVisible() for line in plot.marks.chosen)


def test_without_a_history_a_click_chooses_nothing(plot, qtbot):
    plot.start_run("α=0.005", epochs=100)
    plot.append(records(0, 101))
    click_at_epoch(plot, qtbot, plot.loss_plot, 40)
    assert plot.state.chosen_epoch is None and not plot.marks.chosen[0].isVisible()


def shown_on_screen(widget, rect: QRect) -> QImage:
    """What the screen holds of ``rect`` (in ``widget``): what was painted, not a fresh paint."""
    window = widget.window()
    at = QRect(widget.mapTo(window, rect.topLeft()), rect.size())
    grabbed = window.screen().grabWindow(window.winId(), *at.getRect())
    return grabbed.toImage().convertToFormat(QImage.Format.Format_RGB32)


def painted_afresh(widget, rect: QRect) -> QImage:
    return widget.grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_moving_through_epochs_leaves_no_old_epoch_label_on_the_screen(plot, qtbot, article_run):
    with_history(plot, article_run)
    paints = EventCounter(QEvent.Type.Paint)
    plot.loss_plot.viewport().installEventFilter(paints)
    for epoch in (3, 333, 476):  # the slider dragged: the line and its label move
        before = paints.count
        plot.state.choose_epoch(epoch)
        qtbot.waitUntil(lambda before=before: paints.count > before)
    label = plot.marks.chosen[0].label
    assert label.toPlainText() == "epoch 476"
    at = plot.loss_plot.mapFromScene(label.sceneBoundingRect()).boundingRect()
    strip = QRect(0, at.top(), plot.loss_plot.width(), at.height())  # where labels have been

    def screen_shows_one_label() -> None:
        assert shown_on_screen(plot.loss_plot, strip) == painted_afresh(plot.loss_plot, strip)

    qtbot.waitUntil(screen_shows_one_label, timeout=2000)


def test_the_epoch_label_names_the_epoch_even_where_the_line_already_stood(
    plot, qtbot, article_run
):
    with_history(plot, article_run)
    label = plot.marks.chosen[0].label
    plot.state.choose_epoch(0)  # Home, before any other epoch was shown
    assert label.toPlainText() == "epoch 0"
    plot.state.choose_epoch(250)
    plot.state.choose_epoch(None)  # the newest again: the line goes
    try:
        apply_language(CHINESE)
        wanted = QCoreApplication.translate("LossPlot", "epoch {value:.0f}").format(value=250)
        qtbot.waitUntil(lambda: plot.marks.chosen[0].label.format != "epoch {value:.0f}")
        plot.state.choose_epoch(250)  # back where it stood, in the other language
        assert wanted != "epoch 250" and label.toPlainText() == wanted
    finally:
        apply_language(ENGLISH)


def test_the_lowest_test_loss_label_follows_the_language_while_it_is_hidden(plot, qtbot):
    plot.start_run("α=0.005", epochs=100)
    plot.append(records(0, 101))
    plot.mark_best_epoch(63)
    plot.start_run("α=0.005", epochs=100)  # the same run again: the mark goes, then returns
    plot.append(records(0, 101))
    try:
        apply_language(CHINESE)
        wanted = QCoreApplication.translate("LossPlot", "lowest test loss")
        qtbot.waitUntil(lambda: plot.marks.best.label.format == wanted)
        plot.mark_best_epoch(63)
        assert wanted != "lowest test loss" and plot.marks.best.label.toPlainText() == wanted
    finally:
        apply_language(ENGLISH)


def label_seen(plot: LossPlot, qtbot, line, side: str) -> None:
    """Wait for the paint that places ``line``'s label: whole in the plot, starting on ``side``.

    "left" is a label that starts left of its line (it may reach across it).
    """
    box = plot.loss_plot.getPlotItem().vb
    legend = plot.loss_plot.getPlotItem().legend

    def placed() -> None:
        text = line.label.textItem.sceneBoundingRect()  # known once painted
        x = box.mapViewToScene(QPointF(line.value(), 0)).x()
        assert box.sceneBoundingRect().adjusted(3.5, 0, -3.5, 0).contains(text)  # clear of the axes
        assert not text.intersects(legend.sceneBoundingRect())
        assert ("right" if text.left() >= x - 1 else "left") == side

    qtbot.waitUntil(placed)


def test_epoch_labels_stay_whole_inside_the_plot_wherever_their_line_is(plot, qtbot, article_run):
    with_history(plot, article_run)
    plot.state.choose_epoch(500)
    plot.mark_best_epoch(500)
    label_seen(plot, qtbot, plot.marks.chosen[0], "right")
    label_seen(plot, qtbot, plot.marks.best, "left")
    plot.state.choose_epoch(995)  # no room on its right: it goes left of its line
    plot.mark_best_epoch(5)  # no room on its left: pushed back inside, across its line
    label_seen(plot, qtbot, plot.marks.chosen[0], "left")
    label_seen(plot, qtbot, plot.marks.best, "left")
    plot.mark_best_epoch(363)
    plot.resize(300, 400)  # a narrow window: 363 of 1000 leaves less than the label's width
    label_seen(plot, qtbot, plot.marks.best, "left")  # and never under the legend


def test_the_lowest_test_loss_mark_goes_with_its_run(plot):
    plot.start_run("α=0.005", epochs=100)
    plot.append(records(0, 101))
    plot.mark_best_epoch(63)
    best = plot.marks.best
    assert plot.marks.best_epoch == 63 and best.isVisible() and best.value() == 63
    plot.start_run("α=0.001", epochs=100)
    assert plot.marks.best_epoch is None and not plot.marks.best.isVisible()
