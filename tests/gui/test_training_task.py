"""Training as a task, iterated here on the test's own thread: what the window will receive."""

from __future__ import annotations

import numpy as np
import pytest

from core.dataset import flatten
from core.errors import TrainingError
from core.hyperparameters import Hyperparameters
from core.training import TrainingRun
from gui.training_task import WINDOW_WAIT_S, Outcome, Pacing, Progress, train
from gui.worker import Control


class Clock:
    """A clock the test moves: ``step`` seconds pass at every reading."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def drain(generator) -> tuple[list[Progress], Outcome]:
    """Every Progress the task yields, and its outcome."""
    sent = []
    while True:
        try:
            value = next(generator)
        except StopIteration as stop:
            return sent, stop.value
        if value is not None:
            sent.append(value)


def test_every_epoch_arrives_once_in_order_with_the_model_of_its_last_record(tiny_data):
    hyper = Hyperparameters(0.01, 40, 3)
    sent, outcome = drain(train(tiny_data, hyper, control=Control(), clock=Clock(0.004)))
    epochs = [r.epoch for p in sent for r in p.records]
    assert epochs == list(range(41))
    assert 1 < len(sent) < 41  # batched: 4 ms an epoch, at most 30 updates a second
    reference = TrainingRun(
        flatten(tiny_data.train_images),
        tiny_data.train_labels,
        flatten(tiny_data.test_images),
        tiny_data.test_labels,
        hyper,
    )
    records = list(reference)
    assert [r for p in sent for r in p.records] == records
    last = sent[-1]
    assert last.model.metrics == records[-1]
    np.testing.assert_allclose(last.model.neuron.coef_, reference.neuron().coef_, atol=1e-12)
    assert outcome.completed and outcome.last == records[-1]
    assert len(last.history) == 41


def test_the_outcome_hands_back_the_last_updates_model_the_window_has_drawn(tiny_data):
    sent, outcome = drain(train(tiny_data, Hyperparameters(0.01, 40, 3), control=Control()))
    assert outcome.model is sent[-1].model  # the same weights: no view draws them twice

    control = Control()  # a clock that stands still: no update is due before the stop
    generator = train(tiny_data, Hyperparameters(0.01, 100, 0), control=control, clock=Clock(0))
    for _ in range(10):
        assert next(generator) is None
    control._finish.set()  # a stop between updates: its records leave in one more update
    sent, outcome = drain(generator)
    assert outcome.model is sent[-1].model and outcome.model.metrics == outcome.last


def test_an_interrupting_control_gets_each_epoch_sent_at_once(tiny_data):
    control = Control()
    control._budget = 1  # what a Step sets: the next checkpoint pauses
    sent, _ = drain(train(tiny_data, Hyperparameters(0.01, 5, 0), control=control))
    assert [len(p.records) for p in sent] == [1] * 6


def test_the_next_update_leaves_only_once_the_window_has_taken_the_last(tiny_data):
    control = Control()
    generator = train(tiny_data, Hyperparameters(0.01, 40, 3), control=control, clock=Clock(0.002))
    first = next(value for value in generator if value is not None)
    control._taken.clear()  # what the worker does as it sends a value
    held = [next(generator) for _ in range(10)]
    assert held == [None] * 10  # updates were due, but the window still has the first
    control._taken.set()  # the window took it
    second = next(generator)
    assert isinstance(second, Progress)
    epochs = [record.epoch for record in second.records]
    assert epochs == list(range(first.records[-1].epoch + 1, epochs[-1] + 1))
    assert len(epochs) == 11  # all the held epochs in one update, none lost


def test_a_window_that_does_not_paint_holds_the_next_update_back_no_longer_than_the_wait(
    tiny_data,
):
    control = Control()
    generator = train(tiny_data, Hyperparameters(0.01, 200, 3), control=control, clock=Clock(0.002))
    next(value for value in generator if value is not None)
    control._taken.clear()  # sent, and never painted
    steps = 0
    while next(generator) is None:
        steps += 1
    assert 10 < steps < 200  # held past the 1/30 s an update waits anyway, then sent


def test_the_run_waits_for_the_window_before_its_first_epoch_and_after_each_update(tiny_data):
    sent: list[Progress] = []
    waits: list[tuple[float, int]] = []

    class Watched(Control):
        def wait_taken(self, timeout: float) -> bool:
            waits.append((timeout, len(sent)))  # how many updates had left when it waited
            return True

    generator = train(tiny_data, Hyperparameters(0.01, 40, 3), control=Watched(), clock=Clock(0.02))
    for value in generator:
        if value is not None:
            sent.append(value)
    assert len(sent) > 2
    # before anything was sent (the window shows the run starting), then after each update,
    # the last too (drawn before the run's end is, not in the same repaint)
    assert waits == [(WINDOW_WAIT_S, k) for k in range(len(sent) + 1)]


def test_finishing_ends_the_run_early_keeping_what_it_learned(tiny_data):
    control = Control()
    generator = train(tiny_data, Hyperparameters(0.01, 100, 0), control=control)
    for _ in range(10):
        next(generator)
    control._finish.set()
    _, outcome = drain(generator)
    assert not outcome.completed and outcome.last is not None
    assert outcome.last.epoch == 9  # the tenth record handed out
    assert outcome.model is not None and outcome.model.metrics == outcome.last


def test_a_stopped_runs_time_leaves_out_the_hold_at_its_last_update(tiny_data):
    control, clock = Control(), Clock(0.001)
    generator = train(tiny_data, Hyperparameters(0.01, 100, 0), control=control, clock=clock)
    for _ in range(10):
        next(generator)
    control._finish.set()
    last = next(value for value in generator if value is not None)
    clock.now += 10.0  # held at the stop's last update: a pause, a dropped picture
    _, outcome = drain(generator)
    assert last.elapsed <= outcome.elapsed < last.elapsed + 0.1


def test_a_finish_during_the_setup_ends_with_no_epoch(tiny_data):
    control = Control()
    control._finish.set()
    control.interrupt.set()
    sent, outcome = drain(train(tiny_data, Hyperparameters(0.01, 100, 0), control=control))
    assert sent == [] and outcome.last is None and outcome.model is None


def test_a_diverging_run_sends_every_epoch_before_the_bad_one_then_raises(tiny_data):
    generator = train(tiny_data, Hyperparameters(1e6, 50, 0), control=Control())
    sent = []
    with pytest.raises(TrainingError, match="the learning rate is too large"):
        for value in generator:
            if value is not None:
                sent.append(value)
    epochs = [r.epoch for p in sent for r in p.records]
    assert epochs == list(range(len(epochs))) and epochs


def test_each_update_carries_the_notices_its_records_raised(real_data):
    from core.notices import NoticeDetector, NoticeKind

    hyper = Hyperparameters(0.005, 2000, 0)  # the article's run: it zigzags, then overfits
    sent, _ = drain(train(real_data, hyper, control=Control(), clock=Clock(0.004)))
    records = [r for p in sent for r in p.records]
    assert [n for p in sent for n in p.notices] == NoticeDetector().feed(records)
    kinds = {n.kind for p in sent for n in p.notices}
    assert {NoticeKind.OSCILLATION, NoticeKind.OVERFITTING} <= kinds
    for update in sent:
        first, last = update.records[0].epoch, update.records[-1].epoch
        assert all(first <= n.epoch <= last for n in update.notices)


def test_the_first_update_waits_a_frame_unless_the_run_is_slowed_below_the_frame_rate(
    tiny_data,
):
    from gui.training_task import FRAME_S

    hyper = Hyperparameters(0.01, 40, 3)
    sent, _ = drain(train(tiny_data, hyper, control=Control(), clock=Clock(0.004)))
    first = [r.epoch for r in sent[0].records]
    assert first[0] == 0 and len(first) >= FRAME_S / 0.004 / 2  # a frame's epochs, not one

    control, clock = Control(), Clock(0.001)

    def sleep(seconds: float) -> None:
        clock.now += seconds

    control.sleep = sleep  # type: ignore[method-assign]
    slowed = Pacing(1 / (2 * FRAME_S))  # an epoch every two frames
    sent, _ = drain(train(tiny_data, hyper, control=control, pacing=slowed, clock=clock))
    assert [[r.epoch for r in p.records] for p in sent] == [[e] for e in range(41)]


def test_a_paced_run_waits_out_the_rest_of_each_epochs_interval(tiny_data):
    control, clock, slept = Control(), Clock(0.01), []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds

    control.sleep = sleep  # type: ignore[method-assign]
    hyper = Hyperparameters(0.01, 3, 0)
    drain(train(tiny_data, hyper, control=control, pacing=Pacing(10), clock=clock))
    assert len(slept) == 3 and all(0.05 < s < 0.1 for s in slept)  # 100 ms less the work


@pytest.fixture
def tiny_data(tiny_data_dir):
    from core.dataset import load_dataset

    return load_dataset(tiny_data_dir)
