"""The smoothing slider: it smooths every curve on the plot, and the window remembers it."""

from __future__ import annotations

from PySide6.QtWidgets import QSlider

from gui.settings import DEFAULT_SMOOTHING


def test_the_slider_smooths_the_curves_and_the_choice_survives_a_restart(
    qtbot, open_window, real_data_dir, monkeypatch
):
    monkeypatch.setenv("CATNEURON_DATA", str(real_data_dir))
    first = open_window()
    qtbot.waitUntil(lambda: first.state.dataset is not None and first.state.model is not None)
    slider = first.findChild(QSlider, "smoothingSlider")
    assert slider.value() == round(100 * DEFAULT_SMOOTHING) and first.plot.smoothing == 0.9
    first.controls.epochs.setValue(100)
    with qtbot.waitSignal(first.training.finished, timeout=60_000):
        first.run_commands.train()
    raw = first.plot.curve("test_loss")
    assert first.plot.smoothed_curve("test_loss") is not raw
    slider.setValue(0)
    assert first.plot.smoothed_curve("test_loss") is raw
    assert first.curves.smoothing.value_label.text() == "0.00"
    slider.setValue(75)
    assert first.plot.smoothing == 0.75
    first.close()

    second = open_window()
    qtbot.waitUntil(lambda: second.state.dataset is not None and second.state.model is not None)
    assert second.curves.smoothing.weight() == 0.75 and second.plot.smoothing == 0.75
