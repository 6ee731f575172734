"""Guards against a Qt binding that would crash the app, whatever pip resolves."""

import sys

from PySide6.QtWidgets import QWidget


def test_showing_widgets_does_not_leak_references_to_none(qtbot):
    # PySide6 6.12.0 drops a reference to None on each show(); under Python 3.11 the
    # app then aborts with "none_dealloc" after a few thousand repaints (pyproject pins <6.12).
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(200):
        widget.show()
        widget.hide()
    assert sys.getrefcount(None) >= before - 20
