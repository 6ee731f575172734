"""The curves on a small or dark screen: colours that stand out, a hint and legends that fit."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from core.notices import NoticeKind
from core.training import EpochRecord
from gui.app_state import AppState
from gui.contrast import NON_TEXT_CONTRAST, contrast_ratio
from gui.loss_plot import LossPlot
from gui.notice_bar import NoticeBar
from tests.gui.test_notice_bar import TRACES, play


def show(qtbot, widget, width: int, height: int):
    widget.resize(width, height)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("base", ["#ffffff", "#faf9f8", "#323232", "#1e1e1e"])
def test_the_current_runs_curves_stand_out_from_light_and_dark_plots(qtbot, base):
    plot = show(qtbot, LossPlot(AppState()), 600, 500)
    palette = QPalette(plot.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    plot.setPalette(palette)
    plot.start_run("α", epochs=5)
    plot.append([EpochRecord(e, 0.5, 0.5, 0.6, 0.5) for e in range(6)])
    for key in ("train_loss", "test_loss", "train_acc", "test_acc"):
        pen = plot.smoothed_curve(key).opts["pen"]
        assert contrast_ratio(pen.color(), QColor(base)) >= NON_TEXT_CONTRAST, key
    train, test = (plot.smoothed_curve(k).opts["pen"].color() for k in ("train_loss", "test_loss"))
    assert 190 <= train.hslHue() <= 220 and 15 <= test.hslHue() <= 40  # still blue and orange


def test_the_press_train_hint_wraps_inside_a_narrow_plot(qtbot):
    plot = show(qtbot, LossPlot(AppState()), 300, 500)
    view = plot.loss_plot.getPlotItem().vb
    qtbot.waitUntil(lambda: view.sceneBoundingRect().contains(plot._hint.sceneBoundingRect()))


def test_a_short_accuracy_plot_leaves_its_legend_to_the_loss_plot(qtbot):
    plot = show(qtbot, LossPlot(AppState()), 600, 260)
    plot.start_run("α", epochs=5)
    accuracy = plot.accuracy_plot.getPlotItem().legend
    assert plot.loss_plot.getPlotItem().legend.isVisible() and not accuracy.isVisible()
    plot.resize(600, 700)
    qtbot.waitUntil(accuracy.isVisible)


def test_a_notices_button_goes_under_its_words_on_a_narrow_line(qtbot):
    bar = show(qtbot, NoticeBar(AppState()), 320, 200)
    play(bar.state, TRACES[NoticeKind.OSCILLATION])
    line = bar.line(NoticeKind.OSCILLATION)
    qtbot.waitUntil(lambda: line.action.geometry().top() >= line.text.geometry().bottom())
    assert line.action_below
    bar.resize(900, 200)
    qtbot.waitUntil(lambda: line.action.geometry().left() > line.text.geometry().right())
    assert not line.action_below
