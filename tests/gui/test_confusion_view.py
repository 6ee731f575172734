"""The confusion matrix: counts adding up to the split, the accuracy on its diagonal, any epoch."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QTableWidget

from core.confusion import confusion_matrix
from core.dataset import flatten
from gui.confusion_view import TEST, TRAIN, ConfusionView
from tests.gui.views import article_state


@pytest.fixture
def view(qtbot, real_data):
    view = ConfusionView(article_state(real_data))
    qtbot.addWidget(view)
    view.show()
    return view


def shown_counts(view) -> np.ndarray:
    table = view.findChild(QTableWidget, "confusionMatrix")
    return np.array([[int(table.item(r, c).text().split()[0]) for c in range(2)] for r in range(2)])


@pytest.mark.parametrize(("split", "size", "right"), [(TRAIN, 209, 202), (TEST, 50, 38)])
def test_counts_add_up_to_the_split_and_the_diagonal_is_the_accuracy(
    view, real_data, split, size, right
):
    view.set_split(split)
    counts = shown_counts(view)
    assert counts.sum() == size
    assert np.trace(counts) == right  # the article's 202/209 and 38/50
    metrics = view.state.model.metrics
    assert np.trace(counts) == round((metrics.train_acc, metrics.test_acc)[split] * size)
    rates = view.table.item(1, 1).text()
    assert f"({100 * counts[1, 1] / counts[1].sum():.1f}%)" in rates


def test_the_matrix_is_the_chosen_epochs(window, qtbot, real_data):
    window.controls.epochs.setValue(300)
    with qtbot.waitSignal(window.training.finished, timeout=60_000):
        window.run_commands.train()
    window.tabs.setCurrentWidget(window.dataset_view)
    view, history = window.dataset_view.confusion, window.state.history
    for epoch in (0, 5, 150):
        window.state.choose_epoch(epoch)
        expected = confusion_matrix(history.logits(epoch)[0], real_data.train_labels)
        qtbot.waitUntil(lambda e=expected: np.array_equal(shown_counts(view), e.counts))
        assert f"epoch {epoch}" in view.title.text()
    window.state.choose_epoch(None)
    z = window.state.model.neuron.decision_function(flatten(real_data.train_images))
    qtbot.waitUntil(
        lambda: abs(np.trace(shown_counts(view)) - np.sum((z > 0) == real_data.train_labels)) <= 1
    )
