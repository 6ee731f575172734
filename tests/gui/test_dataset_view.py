"""The dataset grid: labels in full, filtered by a confusion cell, at the epoch shown, clickable."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core import dataset as core_dataset
from gui.confusion_view import TEST
from gui.dataset_view import DatasetView
from tests.gui.views import article_state


@pytest.fixture
def view(qtbot, real_data):
    view = DatasetView(article_state(real_data))
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    return view


def visible_items(view):
    return [view.grid.item(r) for r in range(view.grid.count()) if not view.grid.item(r).isHidden()]


def click_cell(qtbot, view, label: int, said: int) -> None:
    table = view.confusion.table
    rect = table.visualItemRect(table.item(label, said))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_on_a_cell_shows_its_pictures(view, qtbot, real_data):
    view.split.setCurrentIndex(TEST)
    matrix = view.confusion.matrix
    click_cell(qtbot, view, 1, 0)  # cats the neuron called non-cat
    shown = visible_items(view)
    assert len(shown) == matrix.counts[1, 0] > 0
    assert all(item.text() == "cat\n✗ said non-cat" for item in shown)
    assert "called non-cat" in view.filter_text.text()
    click_cell(qtbot, view, 1, 1)
    assert len(visible_items(view)) == matrix.counts[1, 1]
    assert all(item.text() == "cat\n✓" for item in visible_items(view))
    view.show_all.click()
    assert len(visible_items(view)) == 50


def test_labels_are_never_cut(view, qtbot):
    view.split.setCurrentIndex(TEST)
    click_cell(qtbot, view, 0, 1)  # non-cats said to be cats: the longest labels
    metrics = view.grid.fontMetrics()
    for item in visible_items(view):
        assert "said cat" in item.text()
        rect = view.grid.visualItemRect(item)
        for line in item.text().split("\n"):
            assert metrics.horizontalAdvance(line) <= rect.width() - 4
    view.grab().save("/tmp/dataset-view-test.png")


def test_a_click_on_a_thumbnail_asks_for_its_explanation(view, qtbot, real_data):
    view.split.setCurrentIndex(TEST)
    item = view.grid.item(7)
    rect = view.grid.visualItemRect(item)
    with qtbot.waitSignal(view.pictureClicked) as clicked:
        qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pixels, name = clicked.args
    np.testing.assert_array_equal(pixels, real_data.test_images[7])
    assert "8" in name


def test_a_clicked_thumbnail_is_explained_in_the_window(window, qtbot, real_data):
    view = window.dataset_view
    window.tabs.setCurrentWidget(view)
    view.split.setCurrentIndex(TEST)
    view.pictureClicked.emit(real_data.test_images[7], "test set, picture 8")
    explanation = window.drop_panel.explanation
    np.testing.assert_array_equal(explanation.image.pixels, real_data.test_images[7])
    assert "z =" in explanation.math.text()


def test_training_reads_the_history_instead_of_scoring_the_dataset(window, qtbot, monkeypatch):
    view = window.dataset_view
    window.tabs.setCurrentWidget(view)
    flattened = []
    real_flatten = core_dataset.flatten
    monkeypatch.setattr(
        "gui.confusion_view.flatten",
        lambda images: flattened.append(len(images)) or real_flatten(images),
    )
    scored = []
    view.confusion.scored.connect(lambda: scored.append(window.state.shown_epoch))
    window.controls.speed.setCurrentIndex(window.controls.speed.findData(500))
    window.controls.epochs.setValue(300)
    with qtbot.waitSignal(window.training.finished, timeout=60_000):
        window.run_commands.train()
    qtbot.waitUntil(lambda: "epoch" in view.confusion.title.text())
    assert len(scored) > 3  # it followed the run
    assert len(flattened) <= 1  # and scored at most once, before the history's first epoch
