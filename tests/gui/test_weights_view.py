"""The learned weights a learner can read: a colour picture, three channel maps, numbers, a zoom."""

from __future__ import annotations

import statistics

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.explain import channel_weights, diverging_colors
from core.model_file import Model
from gui.app_state import ModelOrigin
from gui.image_decoder import to_rgb_array
from gui.weights_view import WeightsView
from tests.gui.views import article_state


@pytest.fixture
def view(qtbot, real_data):
    view = WeightsView(article_state(real_data))
    qtbot.addWidget(view)
    view.resize(420, 260)
    view.show()
    return view


def drawn(box) -> np.ndarray:
    return to_rgb_array(box.pixmap().toImage())


def test_the_channel_view_shows_three_maps_on_one_scale(view):
    model = view.state.model
    channels = channel_weights(model.neuron, model.input_shape)
    assert [box.objectName() for box in view.channels] == [
        "weightsRed",
        "weightsGreen",
        "weightsBlue",
    ]
    for box, values in zip(view.channels, channels.maps, strict=True):
        assert box.isVisible()
        np.testing.assert_array_equal(drawn(box), diverging_colors(values, channels.scale))
    assert len({drawn(box).tobytes() for box in view.channels}) == 3  # three different maps
    left, middle, right = view.color_bar.labels()
    assert left == "−" + right[1:] and middle == "0"
    assert float(right[1:]) == pytest.approx(channels.scale, rel=0.05)


def test_a_click_opens_a_larger_view_that_follows_the_model(view, qtbot):
    qtbot.mouseClick(view.channels[0], Qt.MouseButton.LeftButton)
    dialog = view.large_view
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    large = dialog.findChild(WeightsView)
    assert large.channels[0].width() > 2 * view.channels[0].width()
    model = view.state.model
    flipped = Model(model.neuron.copy(), model.input_shape)
    flipped.neuron.coef_ *= -1
    view.state.set_model(flipped, ModelOrigin.UNTRAINED)
    np.testing.assert_array_equal(drawn(large.channels[2]), drawn(view.channels[2]))
    dialog.close()


def test_a_redraw_is_immediate_and_well_under_10_ms(view):
    model = view.state.model
    times = []
    for step in range(40):
        neuron = model.neuron.copy()
        neuron.coef_ *= 1 + step / 40
        before = view.redraws
        view.state.set_model(Model(neuron, model.input_shape), ModelOrigin.TRAINING)
        assert view.redraws == before + 1  # drawn at once, no timer in between
        times.append(view.last_redraw_ms)
    assert statistics.median(times) < 5


def test_the_weights_follow_the_chosen_epoch(window, qtbot):
    window.controls.epochs.setValue(200)
    with qtbot.waitSignal(window.training.finished, timeout=60_000):
        window.run_commands.train()
    view, history = window.weights_view, window.state.history
    window.state.choose_epoch(0)
    first = channel_weights(history.neuron(0), (64, 64, 3))
    np.testing.assert_array_equal(
        drawn(view.channels[0]), diverging_colors(first.maps[0], first.scale)
    )
    window.state.choose_epoch(None)
    assert not np.array_equal(drawn(view.channels[0]), diverging_colors(first.maps[0], first.scale))
