"""Opened by tests/gui/test_screens.py in a process of its own, on a screen it describes.

Prints one JSON line: the screen, the window's frame, and the visible widgets that
leave the window or overlap in the try-it column.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEventLoop, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def settle(app: QApplication, done, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` lies in a scroll area's content: reachable by scrolling."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) or isinstance(
            parent.parentWidget(), QAbstractScrollArea
        ):
            return True
        parent = parent.parentWidget()
    return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    from gui import dialogs
    from gui.main_window import MainWindow

    dialogs.ask_save_changes = lambda parent: dialogs.SaveChoice.DISCARD
    window = MainWindow()
    if len(sys.argv) > 1:  # a size to force, e.g. the minimum
        window.resize(int(sys.argv[1]), int(sys.argv[2]))
    window.show()
    settle(app, lambda: window.state.dataset is not None and window.state.model is not None)
    for _ in range(10):
        app.processEvents()
    whole = global_rect(window).adjusted(-1, -1, 1, 1)
    outside = [
        w.objectName() or type(w).__name__
        for w in window.findChildren(QWidget)
        if w.isVisible() and not scrolled(w, window) and not whole.contains(global_rect(w))
    ]
    overlaps = []
    for parent in (window.drop_panel, window.drop_panel.explanation, window.weights_view):
        siblings = [
            (w.objectName() or type(w).__name__, global_rect(w))
            for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.isVisible()
        ]
        overlaps += [
            (a, b)
            for i, (a, ra) in enumerate(siblings)
            for b, rb in siblings[i + 1 :]
            if ra.intersects(rb)
        ]
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    print(
        json.dumps(
            {
                "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
                "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "minimum": [window.minimumWidth(), window.minimumHeight()],
                "size": [window.width(), window.height()],
                "outside": outside,
                "overlaps": overlaps,
            }
        )
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
