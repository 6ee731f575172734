"""A steady box passes a layout change up only when what its widget asks for has changed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.steady_box import SteadyBox
from tests.gui.event_counter import EventCounter


@dataclass
class Column:
    window: QWidget
    number: QLabel
    paragraph: QLabel
    requests: EventCounter  # the layout requests that reached the window


@pytest.fixture
def column(qtbot) -> Column:
    """A column of two boxes: a number held at its widest, and a wrapped paragraph."""
    window = QWidget()
    qtbot.addWidget(window)
    number = QLabel("1,000")
    number.setFixedWidth(number.fontMetrics().horizontalAdvance("8,888,888") + 4)
    paragraph = QLabel("A paragraph that wraps in its column. " * 3)
    paragraph.setWordWrap(True)
    layout = QVBoxLayout(window)
    layout.addWidget(SteadyBox(number))
    layout.addWidget(SteadyBox(paragraph))
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    QApplication.sendPostedEvents()
    requests = EventCounter(QEvent.Type.LayoutRequest)
    window.installEventFilter(requests)
    return Column(window, number, paragraph, requests)


def test_a_new_text_the_same_size_stays_inside_the_box(column):
    for epoch in range(2_000, 2_030):
        column.number.setText(f"{epoch:,}")
        settle()
    assert column.requests.count == 0
    assert column.number.text() == "2,029" and column.number.isVisible()


def settle() -> None:
    """Lay out as the event loop would: a box's request reaches the column on the next turn."""
    for _ in range(3):
        QApplication.sendPostedEvents()


def test_a_box_is_as_wide_as_its_widget_may_be_and_the_widget_fills_it(column):
    margins = column.window.layout().contentsMargins()
    assert (
        column.paragraph.parentWidget().width()
        == column.window.width() - margins.left() - margins.right()
    )
    assert column.number.parentWidget().width() == column.number.maximumWidth()
    for label in (column.number, column.paragraph):
        assert label.geometry() == label.parentWidget().rect()


def test_a_paragraph_that_needs_more_lines_asks_the_column_for_them(column):
    box = column.paragraph.parentWidget()
    height = box.height()
    column.paragraph.setText("A paragraph that wraps in its column. " * 12)
    settle()
    assert column.requests.count >= 1
    assert box.height() > height
    assert column.paragraph.height() == box.height()


def test_a_widget_that_asks_for_more_room_gets_it(column):
    box = column.number.parentWidget()
    column.number.setFixedHeight(column.number.height() * 3)
    settle()
    assert column.requests.count >= 1
    assert box.height() == column.number.height() == column.number.maximumHeight()


def test_a_widget_that_stops_growing_tells_the_column(column):
    box = column.paragraph.parentWidget()
    column.paragraph.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    settle()
    assert box.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed


def test_a_box_keeps_the_stretch_its_splitter_gave_it_when_its_widget_changes(qtbot):
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    narrow, wide = QLabel("a column"), QLabel("the column that grows")
    for label in (narrow, wide):
        splitter.addWidget(SteadyBox(label))
    splitter.setStretchFactor(1, 1)
    splitter.resize(400, 100)
    splitter.show()
    qtbot.waitExposed(splitter)
    wide.setMinimumHeight(40)  # the widget's needs change: the box follows them
    settle()
    assert splitter.widget(1).sizePolicy().horizontalStretch() == 1
    splitter.resize(800, 100)
    settle()
    first, second = splitter.sizes()
    assert second - first > 300  # the room gained went to the column that stretches


def test_in_a_splitter_a_column_s_new_height_at_its_width_stays_inside_the_box(qtbot):
    """A splitter lays its columns out by their hints and limits only, never by height-for-width."""
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    paragraph = QLabel()
    paragraph.setWordWrap(True)
    paragraph.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # no hints
    paragraph.setText("A paragraph that wraps in its column. " * 3)  # height-for-width: on
    splitter.addWidget(SteadyBox(paragraph))
    splitter.resize(300, 200)
    splitter.show()
    qtbot.waitExposed(splitter)
    settle()
    requests = EventCounter(QEvent.Type.LayoutRequest)
    splitter.installEventFilter(requests)
    before = paragraph.heightForWidth(300)
    paragraph.setText("A paragraph that wraps in its column. " * 12)
    settle()
    assert paragraph.heightForWidth(300) > before  # in a layout, this would be passed up
    assert requests.count == 0


def test_a_box_moved_into_a_splitter_keeps_a_change_it_had_not_passed_on_yet(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("x")
    box = SteadyBox(label)
    QVBoxLayout(holder).addWidget(box)
    holder.show()
    qtbot.waitExposed(holder)
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    label.setMinimumWidth(200)  # its request waits for the event loop…
    splitter.addWidget(box)  # …and the box has a new parent first
    settle()
    assert box.minimumWidth() == 200
