"""Travelling through a run: the slider under the curves, its keys, and every view following it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QSlider

from core.dataset import flatten
from core.model_file import load_model
from core.task import verdict
from gui.history_slider import MIN_SLIDER_WIDTH
from tests.gui.runs import RUN_TIMEOUT_MS, finish_run, slow_down
from tests.gui.test_main_window import long_setup  # noqa: F401  (a fixture)


def answer(window) -> tuple[str, float]:
    """The answer on show for the picture in the drop panel: its words and the exact p(cat)."""
    image = window.drop_panel.explanation.image
    p_cat = float(window.state.model.neuron.predict_proba(flatten(image.pixels[None]))[0, 1])
    return window.findChild(QLabel, "predictionLabel").text(), p_cat


def slider(window) -> QSlider:
    return window.findChild(QSlider, "historySlider")


def test_the_slider_comes_with_a_run_and_goes_with_a_model_from_a_file(window, qtbot, tmp_path):
    assert not window.history_slider.isVisible()  # the bundled model has no history
    finish_run(window, qtbot, epochs=100)
    assert window.history_slider.isVisible()
    assert (slider(window).minimum(), slider(window).maximum()) == (0, 100)
    assert slider(window).value() == 100
    assert window.history_slider.label.text() == "epoch 100 of 100"
    window.models.save(tmp_path / "kept.h5")
    window.models.load(tmp_path / "kept.h5")
    assert not window.history_slider.isVisible()


def test_a_run_stopped_at_epoch_k_and_the_slider_moved_to_k_agree(window, qtbot, real_data):
    window.drop_panel.show_picture(real_data.test_images[3], "test picture 3")
    window.controls.epochs.setValue(300)
    slow_down(window, 500)
    window.run_commands.train()
    qtbot.waitUntil(lambda: (window.state.last_epoch or 0) > 20, timeout=10_000)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS) as finished:
        window.training.stop()
    k = finished.args[0].last.epoch
    stopped_weights = window.state.model.neuron.coef_.copy()
    stopped_bias = window.state.model.neuron.intercept_
    stopped_answer = answer(window)

    slow_down(window, 0)
    finish_run(window, qtbot, epochs=300)
    assert window.state.model.metrics.epoch == 300
    slider(window).setValue(k)  # what a drag to k ends with

    assert window.state.model.metrics.epoch == k
    np.testing.assert_allclose(window.state.model.neuron.coef_, stopped_weights, rtol=0, atol=1e-12)
    assert abs(window.state.model.neuron.intercept_ - stopped_bias) < 1e-12
    words, p_cat = answer(window)
    assert words == stopped_answer[0]
    assert abs(p_cat - stopped_answer[1]) < 1e-12


def test_arrows_page_keys_home_and_end_move_the_slider(window, qtbot):
    finish_run(window, qtbot, epochs=100)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    for focus in (slider(window), window.plot.loss_plot):
        focus.setFocus()
        qtbot.waitUntil(lambda focus=focus: focus.hasFocus())
        for key, shown in (
            (Qt.Key.Key_Left, 99),
            (Qt.Key.Key_Left, 98),
            (Qt.Key.Key_PageDown, 88),
            (Qt.Key.Key_Right, 89),
            (Qt.Key.Key_PageUp, 99),
            (Qt.Key.Key_Home, 0),
            (Qt.Key.Key_End, 100),
        ):
            qtbot.keyClick(focus, key)
            assert slider(window).value() == shown, key
            assert window.state.model.metrics.epoch == shown, key
        assert window.state.chosen_epoch is None  # End: following the newest again


def test_the_arrows_stay_with_spin_boxes_and_lists(window, qtbot):
    finish_run(window, qtbot, epochs=100)
    window.activateWindow()
    epochs = window.controls.epochs
    epochs.setFocus()
    qtbot.waitUntil(epochs.hasFocus)
    epochs.lineEdit().setCursorPosition(2)
    qtbot.keyClick(epochs, Qt.Key.Key_Left)
    assert epochs.lineEdit().cursorPosition() == 1  # the cursor moved…
    assert slider(window).value() == 100  # …not the epoch
    qtbot.keyClick(epochs, Qt.Key.Key_Home)
    assert slider(window).value() == 100
    window.tabs.setCurrentWidget(window.dataset_view)
    grid = window.dataset_view.grid
    grid.setCurrentRow(0)
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.currentRow() == 1  # the grid's selection moved…
    assert slider(window).value() == 100  # …not the epoch
    window.tabs.setCurrentIndex(0)
    window.plot.loss_plot.setFocus()
    qtbot.waitUntil(window.plot.loss_plot.hasFocus)
    qtbot.keyClick(window.plot.loss_plot, Qt.Key.Key_Left)
    assert slider(window).value() == 99  # out of the grid, the keys are the slider's again


def test_the_buttons_beside_the_slider_move_it(window, qtbot):
    finish_run(window, qtbot, epochs=100)
    bar = window.history_slider
    qtbot.mouseClick(bar.earlier_button, Qt.MouseButton.LeftButton)
    assert slider(window).value() == 99
    assert not bar.newest_button.isChecked()
    assert bar.label.text() == "epoch 99 of 100 · newest 100"
    qtbot.mouseClick(bar.first_button, Qt.MouseButton.LeftButton)
    assert slider(window).value() == 0 and not bar.first_button.isEnabled()
    qtbot.mouseClick(bar.later_button, Qt.MouseButton.LeftButton)
    assert slider(window).value() == 1
    qtbot.mouseClick(bar.newest_button, Qt.MouseButton.LeftButton)
    assert slider(window).value() == 100 and bar.newest_button.isChecked()
    assert window.state.chosen_epoch is None


def test_the_slider_follows_a_live_run_only_at_its_end(window, qtbot):
    slow_down(window, 100)
    window.run_commands.train()
    qtbot.waitUntil(lambda: (window.state.last_epoch or 0) > 10, timeout=10_000)
    assert slider(window).value() == slider(window).maximum()  # at the end: live
    assert window.history_slider.label.text().endswith("· live")
    slider(window).setValue(5)
    reached = slider(window).maximum()
    qtbot.waitUntil(lambda: slider(window).maximum() > reached + 10, timeout=10_000)
    assert slider(window).value() == 5  # held while training goes on
    assert window.state.model.metrics.epoch == 5
    assert window.controls.epoch_label.text() == "epoch 5 of 1,000"
    assert window.state.latest_model.metrics.epoch > reached
    slider(window).setValue(slider(window).maximum())  # back at the end: live again
    reached = slider(window).maximum()
    qtbot.waitUntil(lambda: slider(window).value() > reached + 10, timeout=10_000)
    assert slider(window).value() == slider(window).maximum()
    assert window.state.model is window.state.latest_model
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.training.stop()


def test_every_view_shows_the_chosen_epoch(window, qtbot, real_data):
    window.drop_panel.show_picture(real_data.test_images[0], "test picture 0")
    finish_run(window, qtbot, epochs=100)
    history = window.state.history
    redraws = window.weights_view.redraws
    window.tabs.setCurrentWidget(window.dataset_view)
    slider(window).setValue(30)

    record = history.record(30)
    assert window.controls.epoch_label.text() == "epoch 30 of 100"
    assert window.controls.numbers["train_loss"].text() == f"{record.train_loss:.4f}"
    assert window.controls.numbers["test_acc"].text() == f"{record.test_acc:.1%}"
    neuron = history.neuron(30)
    p_cat = float(neuron.predict_proba(flatten(real_data.test_images[:1]))[0, 1])
    assert answer(window)[0] == verdict(p_cat).text
    qtbot.waitUntil(lambda: window.weights_view.redraws > redraws)
    right = round(record.train_acc * len(real_data.train_labels))
    qtbot.waitUntil(  # at once, or after the grid's merging of a burst of changes
        lambda: window.dataset_view.summary.text().startswith(f"{right:,} of 209 right")
    )
    assert "showing epoch 30" in window.windowTitle()
    assert f"{record.train_acc:.1%} train" in window.status.status_model.text()


def test_saving_at_a_chosen_epoch_saves_that_epoch(window, qtbot, real_data, tmp_path):
    finish_run(window, qtbot, epochs=100)
    x = flatten(real_data.test_images[5:6])
    at_40 = window.state.history.neuron(40)
    slider(window).setValue(40)
    path = tmp_path / "epoch40.h5"
    window.models.save(path)

    saved = load_model(path)
    assert saved.metrics.epoch == 40
    np.testing.assert_array_equal(saved.neuron.coef_, at_40.coef_)
    assert "epoch40.h5 (epoch 40)" in window.windowTitle()
    window.run_commands.reset()
    window.models.load(path)
    window.drop_panel.show_picture(real_data.test_images[5], "test picture 5")
    assert answer(window) == (
        verdict(at_40.predict_proba(x)[0, 1]).text,
        at_40.predict_proba(x)[0, 1],
    )
    assert "epoch40.h5 (epoch 40)" in window.windowTitle()


def settled(window, qtbot, width: int, height: int) -> None:
    """Resize the window and wait for its columns to be laid out at that size."""
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def test_a_narrow_bar_puts_the_label_under_the_slider_and_keeps_room_to_drag(window, qtbot):
    finish_run(window, qtbot, epochs=1000)
    window.state.choose_epoch(500)  # the longest label: "epoch 500 of 1,000 · newest 1,000"
    bar = window.history_slider
    settled(window, qtbot, 1360, 800)
    assert not bar.label_below
    assert bar.label.geometry().top() < bar.slider.geometry().bottom()  # one row
    settled(window, qtbot, 800, 600)
    assert bar.label_below
    assert bar.slider.width() >= MIN_SLIDER_WIDTH  # it was its handle alone, 15 px wide
    assert bar.label.geometry().top() >= bar.slider.geometry().bottom()
    assert bar.label.width() >= bar.label.sizeHint().width()  # nothing of it cut
    assert bar.rect().contains(bar.label.geometry())


@pytest.mark.parametrize("width", [800, 1000, 1100, 1200, 1360])
def test_the_slider_stays_under_the_mouse_while_it_is_dragged(window, qtbot, width):
    finish_run(window, qtbot, epochs=1000)
    settled(window, qtbot, width, 700)
    bar = window.history_slider
    before = bar.slider.geometry()
    bar.slider.setValue(500)  # the drag begins: the label grows "· newest 1,000"
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert bar.label.text() == "epoch 500 of 1,000 · newest 1,000"
    assert bar.slider.geometry() == before
    bar.slider.setValue(1000)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert bar.slider.geometry() == before


def test_a_run_in_its_setup_shows_no_epoch_of_the_run_before(window, qtbot, long_setup):  # noqa: F811
    started, _heard = long_setup
    finish_run(window, qtbot, epochs=5)  # the primal: no setup
    window.controls.epochs.setValue(1000)  # the dual, and its setup
    window.run_commands.train()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    bar = window.history_slider
    assert bar.isVisible()  # it keeps its place for the run
    assert not bar.isEnabled() and "5 of 5" not in bar.label.text()
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.training.stop()
    assert not bar.isVisible()  # stopped in its setup: no history to travel


def test_the_buttons_icons_take_the_palettes_text_colour(qtbot):
    from PySide6.QtGui import QColor, QPalette

    from gui.app_state import AppState
    from gui.history_slider import HistorySlider

    bar = HistorySlider(AppState())
    qtbot.addWidget(bar)
    palette = bar.palette()  # dark: light text on dark buttons
    palette.setColor(QPalette.ColorRole.Button, QColor("#3a3a3a"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#f0f0f0"))
    bar.setPalette(palette)
    for button in (bar.first_button, bar.earlier_button, bar.later_button):
        image = button.icon().pixmap(16, 16).toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert inked and all(color.lightness() > 200 for color in inked)
