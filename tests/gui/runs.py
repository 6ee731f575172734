"""Driving runs in the window for the tests: to the end, or slowed down to watch them."""

from __future__ import annotations

from gui.main_window import MainWindow

RUN_TIMEOUT_MS = 60_000


def finish_run(window: MainWindow, qtbot, epochs: int = 100) -> None:
    """Train ``epochs`` epochs from the seed and wait for the run to end."""
    window.controls.epochs.setValue(epochs)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()


def slow_down(window: MainWindow, epochs_per_second: int = 100) -> None:
    """Choose a speed from the Speed box, as a teacher would."""
    index = window.controls.speed.findData(epochs_per_second)
    assert index >= 0
    window.controls.speed.setCurrentIndex(index)
