"""Training again does not move the curves: what a run shows around them keeps its place.

The history bar above the plots and the notices between them come with a run; if
they went at the start of the next run and came back a moment later, the plots
would jump twice a run (and be repainted whole, twice).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.gui.event_counter import EventCounter
from tests.gui.runs import RUN_TIMEOUT_MS, finish_run, slow_down


def test_a_second_run_that_says_the_same_leaves_the_curves_where_they_are(window, qtbot):
    finish_run(window, qtbot, epochs=100)  # α = 0.005 overshoots by epoch 20: a notice
    qtbot.waitUntil(lambda: not window.state.running, timeout=RUN_TIMEOUT_MS)
    QApplication.sendPostedEvents()
    assert window.curves.notice_bar.shown()
    height = window.plot.loss_plot.height()
    resizes = EventCounter(QEvent.Type.Resize)
    window.plot.loss_plot.installEventFilter(resizes)
    finish_run(window, qtbot, epochs=100)
    qtbot.waitUntil(lambda: not window.state.running, timeout=RUN_TIMEOUT_MS)
    QApplication.sendPostedEvents()  # layouts asked for, done now
    assert window.curves.notice_bar.shown()
    assert (resizes.count, window.plot.loss_plot.height()) == (0, height)
    assert window.history_slider.isVisible()


def test_a_run_that_says_nothing_gives_the_room_back_once_past_where_the_last_one_spoke(
    window, qtbot
):
    finish_run(window, qtbot, epochs=100)  # it overshoots by epoch 20, and says so
    qtbot.waitUntil(lambda: not window.state.running, timeout=RUN_TIMEOUT_MS)
    QApplication.sendPostedEvents()
    height = window.plot.loss_plot.height()
    window.controls.learning_rate.setValue(0.0005)  # small steps: nothing to say
    slow_down(window, 100)
    with qtbot.waitSignal(window.state.recordsAdded, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()
    QApplication.sendPostedEvents()
    assert window.state.last_epoch < 20
    assert window.plot.loss_plot.height() == height  # held: the notice may come back
    assert window.history_slider.isVisible()
    qtbot.waitUntil(lambda: window.plot.loss_plot.height() > height, timeout=RUN_TIMEOUT_MS)
    assert window.state.running and window.state.last_epoch >= 20
    assert not window.curves.notice_bar.shown()
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.training.stop()


def start_next_run_watching(window, qtbot, widget, kind: QEvent.Type) -> EventCounter:
    """After a run that spoke, count ``kind`` events on ``widget`` until the next run's first
    update has been laid out; the next run is left running, slowly (stop it)."""
    finish_run(window, qtbot, epochs=100)  # it overshoots by epoch 20, and says so
    qtbot.waitUntil(lambda: not window.state.running, timeout=RUN_TIMEOUT_MS)
    QApplication.sendPostedEvents()
    counter = EventCounter(kind)
    widget.installEventFilter(counter)
    slow_down(window, 100)
    with qtbot.waitSignal(window.state.recordsAdded, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()
    QApplication.sendPostedEvents()
    return counter


def test_the_history_bar_stays_on_screen_as_the_next_run_starts(window, qtbot):
    hides = start_next_run_watching(window, qtbot, window.history_slider, QEvent.Type.Hide)
    assert hides.count == 0 and window.history_slider.isVisible()
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.training.stop()


def test_notices_coming_and_going_in_their_held_room_leave_the_page_around_them_alone(
    window, qtbot
):
    requests = start_next_run_watching(window, qtbot, window.curves, QEvent.Type.LayoutRequest)
    assert not window.curves.notice_bar.shown()  # the notices went, their room stayed
    assert requests.count == 0
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.training.stop()
