"""A picture's story: its p(cat) over the run, under its explanation, drops and dataset alike."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel

from core.dataset import flatten
from core.task import verdict
from tests.gui import images
from tests.gui.drops import drag_enter, file_mime, send_drop
from tests.gui.runs import finish_run


def p_cat(neuron, pixels: np.ndarray) -> float:
    return float(neuron.predict_proba(flatten(pixels[None]))[0, 1])


def test_a_dropped_pictures_story_ends_at_its_current_p_cat(window, qtbot, real_data, tmp_path):
    finish_run(window, qtbot, epochs=100)
    pixels = real_data.test_images[7]
    mime = file_mime(images.rgb_file(tmp_path / "test7.png", pixels))
    assert drag_enter(window.drop_panel, mime) and send_drop(window.drop_panel, mime)
    qtbot.waitUntil(lambda: not window.drop_panel.decoding, timeout=10_000)

    story = window.drop_panel.trajectory
    assert story.isVisible()
    assert story.trajectory.epochs.tolist() == list(range(101))
    now = p_cat(window.state.model.neuron, pixels)
    assert story.trajectory.p_cat[-1] == pytest.approx(now, abs=1e-12)
    assert story.trajectory.p_cat[0] == pytest.approx(
        p_cat(window.state.history.neuron(0), pixels), abs=1e-12
    )
    assert story.marker.value() == 100


def test_the_chosen_epoch_is_marked_and_a_click_chooses_another(window, qtbot, real_data):
    finish_run(window, qtbot, epochs=100)
    pixels = real_data.train_images[2]
    window.drop_panel.show_picture(pixels, "train picture 2")
    story = window.drop_panel.trajectory
    window.history_slider.slider.setValue(30)
    assert story.marker.value() == 30
    dot_x, dot_y = story.dot.getData()
    assert (dot_x[0], dot_y[0]) == (30, pytest.approx(story.trajectory.p_cat[30], abs=1e-12))
    assert story.caption.text().endswith("at epoch 30")

    view = story.plot.getPlotItem().vb
    point = story.plot.mapFromScene(view.mapViewToScene(QPointF(60, 0.5)))
    qtbot.mouseClick(story.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.history_slider.slider.value() == pytest.approx(60, abs=1)
    assert story.marker.value() == window.state.shown_epoch


def test_a_dataset_picture_is_explained_like_a_drop(window, qtbot, real_data):
    pixels = real_data.test_images[4]
    window.drop_panel.show_picture(pixels, "test picture 4")
    answer = verdict(p_cat(window.state.model.neuron, pixels)).text
    assert window.findChild(QLabel, "predictionLabel").text() == answer
    assert not window.drop_panel.trajectory.isVisible()  # the bundled model has no run to tell
    finish_run(window, qtbot, epochs=50)
    assert window.drop_panel.trajectory.isVisible()  # the run made one
    assert window.drop_panel.trajectory.trajectory.epochs[-1] == 50


def test_the_story_writes_its_epochs_as_the_curves_do(window):
    import pyqtgraph as pg

    story = window.findChild(pg.PlotWidget, "trajectoryView").getAxis("bottom")
    curves = window.plot.loss_plot.getAxis("bottom")
    epochs = [5000.0, 10000.0, 15000.0]
    assert story.tickStrings(epochs, 1, 5000) == curves.tickStrings(epochs, 1, 5000)
    assert story.tickStrings(epochs, 1, 5000) == ["5,000", "10,000", "15,000"]
