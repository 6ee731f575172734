"""The window at its least, 800×600: controls side by side keep their room, long lines say so.

At 800×600 the smoothing slider was drawn over the word "Smoothing", the
Dataset tab's controls were cut ("only mistak"), and the status bar's dataset
line stopped mid-word.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from gui.language import CHINESE, ENGLISH, apply_language
from gui.main_window import MainWindow
from gui.window_geometry import MINIMUM


@pytest.fixture
def narrow(window, qtbot):
    window.resize(MINIMUM)
    qtbot.waitUntil(lambda: window.size() == MINIMUM)
    qtbot.waitUntil(lambda: hasattr(window, "dataset_view"))
    yield window
    apply_language(ENGLISH)


def squeezed(controls: list[QWidget]) -> list[str]:
    """Controls given less than their text needs, or lying over one another."""
    found = []
    for widget in controls:
        needs = widget.minimumSizeHint().expandedTo(widget.minimumSize()).width()
        if isinstance(widget, QAbstractButton | QComboBox):
            needs = widget.sizeHint().width()  # all of the text
        if widget.width() < needs:
            found.append(
                f"{widget.objectName() or type(widget).__name__} {widget.width()} < {needs}"
            )
    rects = [(w, QRect(w.mapTo(w.window(), w.rect().topLeft()), w.size())) for w in controls]
    found += [
        f"{a.objectName()} over {b.objectName()}"
        for i, (a, ra) in enumerate(rects)
        for b, rb in rects[i + 1 :]
        if ra.intersects(rb)
    ]
    return found


@pytest.mark.parametrize("language", [ENGLISH, CHINESE])
def test_the_curves_and_dataset_controls_keep_their_room_at_800_by_600(narrow, qtbot, language):
    apply_language(language)
    train = {CHINESE: "训练", ENGLISH: "Train"}[language]
    qtbot.waitUntil(lambda: narrow.controls.train_button.text() == train)
    curves = narrow.curves
    smoothing = curves.smoothing
    toolbar = [curves.log_scale, smoothing.title, smoothing.slider, smoothing.value_label,
               curves.clear_history_button]  # fmt: skip
    qtbot.waitUntil(lambda: squeezed(toolbar) == [])
    assert smoothing.width() >= smoothing.minimumSizeHint().width()
    narrow.tabs.setCurrentIndex(1)
    view = narrow.dataset_view
    bar = [view.show_label, view.split, view.only_mistakes, view.show_all]
    qtbot.waitUntil(lambda: all(w.isVisible() for w in bar))
    qtbot.waitUntil(lambda: squeezed(bar) == [])


def test_a_dataset_line_too_long_for_the_status_bar_ends_in_an_ellipsis(narrow: MainWindow, qtbot):
    line = narrow.status.status_data
    full = line.full_text
    assert str(narrow.state.dataset.source) in full
    qtbot.waitUntil(lambda: line.text().endswith("…"))
    assert line.fontMetrics().horizontalAdvance(line.text()) <= line.contentsRect().width()
    assert full.startswith(line.text()[:-1]) and full in line.toolTip()


def test_the_try_it_column_keeps_off_the_windows_edge_as_the_controls_column_does(window):
    column = window.try_it.widget().layout().contentsMargins()
    controls = window.controls.layout().contentsMargins()
    assert column.right() == controls.left() > 0  # off the window's edge, as the left column is
