"""A window that fits the screen it opens on: a share of it at first, and never beyond it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1360, 800)
"""The size the layout was drawn for, on a screen that has room for it."""
SCREEN_SHARE = 0.9
"""At most this share of the screen's free area, on a smaller screen."""
MINIMUM = QSize(800, 600)


def fit_to_screen(window: QWidget, remembered: QByteArray | None = None) -> None:
    """Restore ``remembered`` geometry (or size the window by the screen), then keep it on screen.

    The minimum size is 800×600, or the screen's free area when that is smaller
    (a 200 %-scaled laptop can offer less): every widget stays reachable.
    """
    free = _free_area(window)
    window.setMinimumSize(MINIMUM.boundedTo(free.size()))
    if remembered is None or not window.restoreGeometry(remembered):
        share = QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE))
        window.resize(PREFERRED.boundedTo(share).expandedTo(window.minimumSize()))
        window.move(free.center() - window.rect().center())
    clamp_to(window, free)


def keep_on_screen(window: QWidget) -> None:
    """Once shown, when the frame's size is known: shrink and move the window so it all shows."""
    free = _free_area(window)
    window.setMinimumSize(window.minimumSize().boundedTo(free.size()))
    clamp_to(window, free)


def _free_area(window: QWidget) -> QRect:
    """The screen's free area less the window's frame (title bar, borders) once it has one."""
    screen = window.screen()
    free = screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)
    frame = window.frameGeometry().size() - window.geometry().size()
    return QRect(free.topLeft(), free.size() - frame)


def clamp_to(window: QWidget, free: QRect) -> None:
    """Shrink and move ``window`` so that it lies inside ``free`` (a screen's free area)."""
    size = window.size().boundedTo(free.size())
    if size != window.size():
        window.resize(size)
    x = min(max(window.x(), free.left()), free.right() - size.width() + 1)
    y = min(max(window.y(), free.top()), free.bottom() - size.height() + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
