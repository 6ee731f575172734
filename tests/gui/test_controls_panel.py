"""The controls beside the plot: progress is painted with the window, not on the spot."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from gui.app_state import AppState
from gui.controls_panel import ControlsPanel
from tests.gui.event_counter import EventCounter


def test_progress_is_painted_on_the_next_pass_of_the_event_loop(qtbot):
    panel = ControlsPanel(AppState())
    qtbot.addWidget(panel)
    paints = EventCounter(QEvent.Type.Paint)
    panel.progress.installEventFilter(paints)
    panel.show()
    qtbot.waitUntil(lambda: paints.count > 0)  # painted once: the window has its backing store
    paints.count = 0
    panel.show_progress(2500, 20000, 0.5)
    assert paints.count == 0  # QProgressBar.setValue alone would have painted by now
    assert panel.progress.text() == "epoch 2,500 / 20,000"  # as the numbers beside it
    QApplication.processEvents()
    assert paints.count >= 1
    panel.clear_numbers()
    assert panel.progress.value() == 0
