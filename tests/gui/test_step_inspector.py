"""The step inspector: one step of gradient descent for the epoch shown, with the run's numbers."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QScrollArea

from tests.gui.runs import finish_run


def show_inspector(window, qtbot):
    inspector = window.findChild(QScrollArea, "stepInspector")
    window.tabs.setCurrentWidget(inspector)
    qtbot.waitUntil(inspector.isVisible)
    return inspector


def test_its_dw_is_the_step_the_run_took_from_that_epoch(window, qtbot, real_data):
    finish_run(window, qtbot, epochs=100)
    inspector = show_inspector(window, qtbot)
    window.history_slider.slider.setValue(40)

    qtbot.waitUntil(lambda: inspector.epoch == 40)  # at once, or after its pause of a few ms
    history, step = window.state.history, inspector.step
    after = history.neuron(41)
    np.testing.assert_allclose(
        history.neuron(40).coef_ - history.learning_rate * step.dw, after.coef_, rtol=0, atol=1e-12
    )
    assert step.new_intercept == pytest.approx(after.intercept_, abs=1e-12)
    assert step.loss == pytest.approx(history.record(40).train_loss, rel=1e-12)
    assert step.loss_after == pytest.approx(history.record(41).train_loss, rel=1e-12)
    assert step.z.shape == (209,) and step.dw.shape == (64 * 64 * 3,)
    assert "from epoch 40 to epoch 41" in inspector.title.text()
    assert "the step the run took" in inspector.title.text()
    loss_text = QLocale().toString(step.loss, "f", 4)
    assert f"= <b>{loss_text}</b>" in inspector.bodies[4].text()
    assert QLocale().toString(step.update_norm, "f", 5) in inspector.bodies[6].text()
    window.history_slider.go_newest()
    qtbot.waitUntil(lambda: inspector.epoch == 100)
    assert "from epoch 100 to epoch 101" in inspector.title.text()
    assert "the step the run would take next" in inspector.title.text()  # not one it took


def test_it_follows_the_slider_only_while_on_screen(window, qtbot):
    finish_run(window, qtbot, epochs=100)
    inspector = window.step_inspector
    assert inspector.step is None  # never shown: nothing computed
    show_inspector(window, qtbot)
    assert inspector.epoch == 100
    window.history_slider.move_by(-1)
    qtbot.waitUntil(lambda: inspector.epoch == 99)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not inspector.isVisible())
    qtbot.waitUntil(lambda: not inspector._pause.isActive())  # on screen, it would now compute
    window.history_slider.go_first()  # at once
    assert inspector.epoch == 99  # out of view: not computed…
    show_inspector(window, qtbot)
    assert inspector.epoch == 0  # …until it comes back
    assert "from epoch 0 to epoch 1" in inspector.title.text()


def test_without_a_run_it_steps_from_the_model_shown(window, qtbot):
    inspector = show_inspector(window, qtbot)
    assert inspector.epoch is None
    assert inspector.step is not None
    np.testing.assert_array_equal(inspector.step.coef, window.state.model.neuron.coef_)
    assert "Train or step" in inspector.title.text()


def test_the_histogram_stands_out_from_a_dark_plot(window, qtbot):
    from PySide6.QtGui import QColor, QPalette

    from gui.contrast import contrast_ratio

    show_inspector(window, qtbot)
    inspector = window.step_inspector
    dark = QPalette(inspector.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Mid, QColor("#303030"))
    inspector.setPalette(dark)
    for item in (inspector.cat_bars, inspector.non_cat_bars, inspector.zero_line):
        pen = item.opts["pen"] if hasattr(item, "opts") else item.pen
        assert contrast_ratio(pen.color(), QColor("#1e1e1e")) >= 3.0
