"""Step and Step ×10: exactly one (or ten) epochs, then a paused run, and the slider follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from core.dataset import flatten
from core.hyperparameters import Hyperparameters
from core.training import TrainingRun
from gui.app_state import RunStatus
from tests.gui.runs import RUN_TIMEOUT_MS


@pytest.fixture(scope="module")
def reference(real_data):
    """The first records of the article's run, headless."""
    run = TrainingRun(
        flatten(real_data.train_images),
        real_data.train_labels,
        flatten(real_data.test_images),
        real_data.test_labels,
        Hyperparameters(),
    )
    return [next(run) for _ in range(25)]


def assert_record(window, expected) -> None:
    """The model shown is scored as the headless run scored that epoch."""
    assert window.state.model.metrics.as_dict() == pytest.approx(expected.as_dict(), rel=1e-12)


def paused_at(window, qtbot, epoch: int) -> None:
    qtbot.waitUntil(
        lambda: window.state.run_status is RunStatus.PAUSED and window.state.last_epoch == epoch,
        timeout=10_000,
    )


def test_step_from_fresh_gives_the_record_of_epoch_1_and_a_paused_run(window, qtbot, reference):
    qtbot.mouseClick(window.controls.step_button, Qt.MouseButton.LeftButton)
    paused_at(window, qtbot, 1)
    assert_record(window, reference[1])
    assert window.controls.epoch_label.text() == "epoch 1 of 1,000"
    assert window.controls.pause_button.text() == "Resume"
    assert window.controls.step_button.isEnabled()
    bar = window.history_slider
    assert (bar.slider.maximum(), bar.slider.value()) == (1, 1)
    assert bar.label.text() == f"epoch 1 of {QLocale().toString(1000)} · paused"


def test_three_steps_give_epoch_3_and_the_slider_follows(window, qtbot, reference):
    for epoch in (1, 2, 3):
        window.commands.step.trigger()  # N
        paused_at(window, qtbot, epoch)
        assert window.history_slider.slider.value() == epoch
    assert_record(window, reference[3])
    assert window.controls.numbers["train_loss"].text() == f"{reference[3].train_loss:.4f}"


def test_step_ten_from_fresh_then_again(window, qtbot, reference):
    qtbot.mouseClick(window.controls.step10_button, Qt.MouseButton.LeftButton)
    paused_at(window, qtbot, 10)
    assert_record(window, reference[10])
    window.commands.step10.trigger()  # Shift+N
    paused_at(window, qtbot, 20)
    assert_record(window, reference[20])
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.training.stop()
    assert window.state.model.metrics.epoch == 20


def test_a_step_taken_while_looking_back_shows_the_new_epoch(window, qtbot, reference):
    window.commands.step10.trigger()
    paused_at(window, qtbot, 10)
    window.history_slider.go_first()
    assert window.state.model.metrics.epoch == 0
    qtbot.mouseClick(window.controls.step_button, Qt.MouseButton.LeftButton)
    paused_at(window, qtbot, 11)
    assert window.history_slider.slider.value() == 11
    assert_record(window, reference[11])
