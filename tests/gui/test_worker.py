"""The one worker pattern: a task on a thread, its checkpoints, and one task of a kind at a time."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

import gui.task_priority as task_priority
import gui.worker as worker_module
from core.errors import CanceledError, DatasetError
from gui.task_priority import FOREGROUND_HOLD_S, Priority
from gui.task_slot import TaskSlot
from gui.worker import Control, Worker, await_workers, tasks_left

WAIT_MS = 10_000


def count_to(n: int, *, control: Control, gate: threading.Event | None = None):
    """Yields 1 … n, one checkpoint each; waits on ``gate`` (if any) before the first."""
    if gate is not None:
        gate.wait(10)
    yield from range(1, n + 1)
    return f"counted to {n}"


def test_a_generator_task_yields_then_returns_and_finishes_in_that_order(qtbot):
    worker = Worker(count_to, 3)
    yielded = []
    worker.yielded.connect(yielded.append)
    signals = [worker.started, worker.yielded, worker.returned, worker.finished]
    with qtbot.waitSignals(signals, order="simple", timeout=WAIT_MS):
        worker.start()
    qtbot.waitUntil(lambda: yielded == [1, 2, 3], timeout=WAIT_MS)
    assert worker.wait(1)


def test_a_function_task_reports_progress_and_returns_its_result(qtbot):
    def halve(n: int, *, control: Control) -> int:
        for done in range(n + 1):
            control.report(done, n)
        return n // 2

    worker = Worker(halve, 10)
    seen = []
    worker.progressed.connect(lambda done, total: seen.append(done))
    with qtbot.waitSignal(worker.returned, timeout=WAIT_MS) as returned:
        worker.start()
    assert returned.args == [5]
    qtbot.waitUntil(lambda: seen == list(range(11)), timeout=WAIT_MS)


def test_an_error_travels_as_the_exception_itself(qtbot):
    def fail(*, control: Control) -> None:
        raise DatasetError("{path}: file not found", path="x.h5")

    worker = Worker(fail)
    with qtbot.waitSignal(worker.errored, timeout=WAIT_MS) as errored:
        worker.start()
    error = errored.args[0]
    assert isinstance(error, DatasetError) and str(error) == "x.h5: file not found"
    assert error.template == "{path}: file not found" and error.fields == {"path": "x.h5"}


def test_quit_stops_a_generator_at_its_next_checkpoint_and_says_aborted(qtbot):
    gate = threading.Event()
    worker = Worker(count_to, 1_000_000, gate=gate)
    yielded = []
    worker.yielded.connect(yielded.append)
    worker.start()
    worker.quit()
    with qtbot.waitSignal(worker.aborted, timeout=WAIT_MS):
        gate.set()
    assert worker.wait(1)
    assert len(yielded) <= 1


def test_a_canceled_function_task_says_aborted(qtbot):
    def wait_for_cancel(*, control: Control) -> None:
        while not control.canceled():
            control.sleep(0.01)
        control.raise_if_canceled()

    worker = Worker(wait_for_cancel)
    worker.start()
    with qtbot.waitSignal(worker.aborted, timeout=WAIT_MS):
        worker.quit()


def test_pause_holds_at_a_checkpoint_step_lets_exactly_k_through(qtbot):
    worker = Worker(count_to, 100)
    yielded = []
    worker.yielded.connect(yielded.append)
    with qtbot.waitSignal(worker.paused, timeout=WAIT_MS):
        worker.start(paused_after=2)
    qtbot.waitUntil(lambda: yielded == [1, 2], timeout=WAIT_MS)
    assert worker.is_paused and worker.is_running
    with qtbot.waitSignal(worker.paused, timeout=WAIT_MS):
        worker.step(3)
    qtbot.waitUntil(lambda: yielded == [1, 2, 3, 4, 5], timeout=WAIT_MS)
    with qtbot.waitSignal(worker.returned, timeout=WAIT_MS):
        worker.resume()
    assert yielded == list(range(1, 101))


def test_finish_ends_a_task_that_honours_it_with_its_result(qtbot):
    def until_finished(*, control: Control):
        n = 0
        while not control.finishing():
            n += 1
            yield None
        return n

    worker = Worker(until_finished)
    worker.start(paused_after=5)
    qtbot.waitUntil(lambda: worker.is_paused, timeout=WAIT_MS)
    with qtbot.waitSignal(worker.returned, timeout=WAIT_MS) as returned:
        worker.finish()
    assert returned.args[0] >= 5


def test_interrupting_is_true_just_before_a_pause_so_a_batching_task_sends_what_it_has():
    control = Control()
    assert not control.interrupting()
    control._budget = 1
    assert control.interrupting()
    control._budget = None
    control._running.clear()
    assert control.interrupting()


def test_a_task_knows_when_the_gui_thread_has_taken_what_it_yielded(qtbot):
    checks: list[bool] = []
    checked, go_on = threading.Event(), threading.Event()

    def task(*, control: Control):
        yield "batch"
        checks.append(control.taken())
        checked.set()
        go_on.wait(10)
        checks.append(control.taken())

    worker = Worker(task, priority=Priority.BACKGROUND)
    received: list[str] = []
    worker.yielded.connect(received.append)
    worker.start()
    assert checked.wait(10)  # the GUI thread held here: nothing queued has run
    qtbot.waitUntil(lambda: received == ["batch"] and worker.control.taken(), timeout=WAIT_MS)
    go_on.set()
    assert worker.wait(10)
    assert checks == [False, True]
    assert Control().taken()  # inline, nothing waits to be taken


def test_a_task_runs_inline_with_a_bare_control():
    assert list(count_to(3, control=Control())) == [1, 2, 3]
    control = Control()
    control._abort.set()
    with pytest.raises(CanceledError):
        control.raise_if_canceled()


def test_a_new_task_in_a_slot_cuts_off_the_old_one_even_its_queued_signals(qtbot):
    slot = TaskSlot()
    heard = []
    slot.yielded.connect(heard.append)
    gate = threading.Event()
    old = slot.start(Worker(count_to, 1000, gate=gate))
    new = Worker(count_to, 3)
    with qtbot.waitSignal(slot.finished, timeout=WAIT_MS):
        slot.start(new)
        gate.set()  # the old one yields now, after it was cut off
    assert old.wait(5)
    QCoreApplication.processEvents()  # deliver whatever the old worker had queued
    assert heard == [1, 2, 3]
    assert not slot.busy


def test_await_workers_asks_every_live_task_to_stop_and_waits_a_bounded_time(qtbot):
    stuck = threading.Event()

    def stuck_in_a_library_call(*, control: Control) -> None:
        stuck.wait(5)  # no checkpoint: only the end of the process would stop it

    gate = threading.Event()
    polite = Worker(count_to, 1_000_000, gate=gate)
    rude = Worker(stuck_in_a_library_call)
    polite.start()
    rude.start()
    gate.set()
    assert await_workers(timeout=0.3) is False  # the rude one is still inside its call
    assert polite.wait(1)
    stuck.set()
    assert rude.wait(5)


def test_a_value_counts_as_taken_once_the_gui_thread_has_drawn_what_it_changed(qtbot):
    log: list[str] = []  # appended to by both threads, in the order things happen

    def task(*, control: Control):
        yield "batch"
        control.wait_taken(10)
        log.append("taken")

    class Painted(QWidget):
        def paintEvent(self, event) -> None:
            log.append("painted")

    window = Painted()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    worker = Worker(task, priority=Priority.BACKGROUND)

    def receive(value: str) -> None:  # as a view does: it asks for a repaint, done later
        log.append("received")
        window.update()

    worker.yielded.connect(receive)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start()
    after = log[log.index("received") :]
    assert after.index("painted") < after.index("taken")


def test_a_task_that_is_not_background_has_its_values_taken_at_once(qtbot):
    checks: list[bool] = []

    def task(*, control: Control):
        yield "picture"
        checks.append(control.taken())  # no window drawing to wait for: nothing holds it

    worker = Worker(task)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start()
    assert checks == [True]


def test_background_tasks_give_way_to_a_foreground_one_until_its_results_are_taken(
    qtbot, monkeypatch
):
    monkeypatch.setattr(task_priority, "FOREGROUND_HOLD_S", 30.0)  # only the release ends it
    log: list[str] = []  # appended to by every thread, in the order things happen
    decoding, decoded = threading.Event(), threading.Event()

    def decode(*, control: Control):
        decoding.set()
        decoded.wait(10)
        yield "answer"

    background = Worker(training, log, priority=Priority.BACKGROUND)
    foreground = Worker(decode, priority=Priority.FOREGROUND)
    foreground.yielded.connect(lambda _: log.append("answered"))
    try:
        background.start()
        qtbot.waitUntil(lambda: "epoch" in log, timeout=WAIT_MS)
        foreground.start()
        assert decoding.wait(10)
        held = len(log)  # from here the background task is held at its checkpoint
        with qtbot.waitSignal(foreground.finished, timeout=WAIT_MS):
            decoded.set()
        qtbot.waitUntil(lambda: log.count("epoch") > held + 10, timeout=WAIT_MS)  # going again
        assert log[held:].index("answered") <= 1  # at most the epoch under way came in between
    finally:
        background.quit()
        decoded.set()
    assert background.wait(5)


def training(log: list, epochs: int = 10**9, *, control: Control):
    """A background task's stand-in: ``epochs`` checkpoints, each noted in ``log``."""
    while not control.canceled() and len(log) < epochs:
        log.append("epoch")
        yield


def stuck_in_a_decode(stuck: threading.Event, *, control: Control) -> None:
    stuck.wait(10)  # inside a long library call: no result for a long while


def test_a_foreground_task_that_never_reports_back_holds_the_background_once_briefly(qtbot):
    stuck, epochs = threading.Event(), []
    foreground = Worker(stuck_in_a_decode, stuck, priority=Priority.FOREGROUND)
    background = Worker(training, epochs, 10, priority=Priority.BACKGROUND)
    try:
        foreground.start()
        started = time.monotonic()
        with qtbot.waitSignal(background.finished, timeout=WAIT_MS):
            background.start()
        assert len(epochs) == 10
        assert time.monotonic() - started < 3 * FOREGROUND_HOLD_S  # once, not at every epoch
    finally:
        stuck.set()
    assert foreground.wait(5)


def test_a_foreground_task_cut_off_holds_the_background_no_more(qtbot, monkeypatch):
    monkeypatch.setattr(task_priority, "FOREGROUND_HOLD_S", 30.0)  # only the release ends it
    stuck, epochs = threading.Event(), []
    foreground = Worker(stuck_in_a_decode, stuck, priority=Priority.FOREGROUND)
    background = Worker(training, epochs, 10, priority=Priority.BACKGROUND)
    try:
        foreground.start()
        foreground.quit()  # a newer drop cut it off: its results will go nowhere
        with qtbot.waitSignal(background.finished, timeout=5_000):
            background.start()
        assert len(epochs) == 10
    finally:
        stuck.set()
    assert foreground.wait(5)


def test_once_the_application_quits_no_task_says_anything_more(qtbot):
    heard: list[object] = []
    gate = threading.Event()
    worker = Worker(count_to, 1_000_000, gate=gate)
    worker.yielded.connect(heard.append)
    worker.finished.connect(lambda: heard.append("finished"))
    worker.start()
    try:
        worker_module._quitting._on_about_to_quit()  # as app.exec() has it on its way out
        gate.set()  # the task comes out of its long call only now, as Qt is torn down
        assert worker.wait(5)
        QCoreApplication.processEvents()
        assert heard == []  # asked to quit, and not a word after
        assert worker.control.canceled()
    finally:
        worker_module._quitting.event.clear()  # this process goes on to other tests


def test_a_task_that_gives_way_stops_waiting_when_asked_to_stop(qtbot, monkeypatch):
    monkeypatch.setattr(task_priority, "FOREGROUND_HOLD_S", 30.0)  # only a stop ends the wait
    stuck, epochs = threading.Event(), []

    def run(*, control: Control):  # as training does: a stop ends it after the epoch
        while not control.finishing():
            epochs.append("epoch")
            yield

    foreground = Worker(stuck_in_a_decode, stuck, priority=Priority.FOREGROUND)
    background = Worker(run, priority=Priority.BACKGROUND)
    try:
        foreground.start()
        background.start()
        qtbot.waitUntil(lambda: len(epochs) == 1, timeout=WAIT_MS)  # held after its first
        asked = time.monotonic()
        background.finish()  # Stop
        assert background.wait(5)
        assert time.monotonic() - asked < 1.0
        assert len(epochs) == 1
    finally:
        stuck.set()
    assert foreground.wait(5)


def test_tasks_left_names_a_task_still_inside_a_call(qtbot):
    stuck = threading.Event()
    worker = Worker(stuck_in_a_decode, stuck)
    worker.start()
    try:
        assert await_workers(timeout=0.05) is False
        assert tasks_left()  # quitting would have to leave it behind
    finally:
        stuck.set()
    assert worker.wait(5)
    assert not tasks_left()


def test_a_worker_runs_its_task_once(qtbot):
    worker = Worker(count_to, 1)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start()
    with pytest.raises(RuntimeError):
        worker.start()
