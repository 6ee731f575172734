"""A heavy view redraws at once when the user asks, at most ten times a second in a live run."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QObject, QTimer

from gui.app_state import AppState, RunStatus
from gui.live_throttle import LIVE_UPDATES_PER_SECOND, LiveThrottle


class View:
    """Counts its redraws, and when they happened."""

    def __init__(self, state: AppState) -> None:
        self.owner = QObject()
        self.times: list[float] = []
        self.redraw = LiveThrottle(
            state, lambda: self.times.append(time.perf_counter()), self.owner
        )


@pytest.fixture
def state(qapp) -> AppState:
    return AppState()


def test_outside_a_run_each_call_redraws_at_once(state):
    view = View(state)
    for _ in range(3):
        view.redraw()
    assert len(view.times) == 3


def test_in_a_live_run_a_burst_redraws_at_once_and_its_last_call_an_interval_later(qtbot, state):
    view = View(state)
    state.set_run_status(RunStatus.RUNNING)
    for _ in range(5):  # one update: the model, the history, the records…
        view.redraw()
    assert len(view.times) == 1  # the first at once: the run's start shows without delay
    qtbot.waitUntil(lambda: len(view.times) == 2, timeout=1000)  # the last call is not lost
    assert view.times[1] - view.times[0] >= 0.9 / LIVE_UPDATES_PER_SECOND


def test_a_live_run_redraws_at_most_ten_times_a_second(qtbot, state):
    view = View(state)
    state.set_run_status(RunStatus.RUNNING)
    calls = []
    updates = QTimer(interval=1000 // 30)  # a run's 30 updates a second

    def update() -> None:
        calls.append(time.perf_counter())
        view.redraw()

    updates.timeout.connect(update)
    updates.start()
    qtbot.waitUntil(lambda: len(calls) >= 20, timeout=5000)
    updates.stop()
    gaps = [b - a for a, b in zip(view.times, view.times[1:], strict=False)]
    assert len(view.times) >= 3  # live: it follows the run
    assert min(gaps) >= 0.9 / LIVE_UPDATES_PER_SECOND


@pytest.mark.parametrize("status", [RunStatus.IDLE, RunStatus.PAUSED])
def test_a_run_that_ends_or_pauses_draws_what_it_asked_for_at_once(state, status):
    view = View(state)
    state.set_run_status(RunStatus.RUNNING)
    view.redraw()
    view.redraw()  # within the interval: waits for it
    assert len(view.times) == 1
    state.set_run_status(status)
    assert len(view.times) == 2  # not an interval later: the run's last frame is on screen


def test_a_chosen_epoch_is_drawn_at_once_while_the_run_goes_on(state):
    view = View(state)
    state.set_run_status(RunStatus.RUNNING)
    state.chosen_epoch = 3  # the user scrubbed back: each step is an answer, not a live frame
    view.redraw()
    view.redraw()
    assert len(view.times) == 2
