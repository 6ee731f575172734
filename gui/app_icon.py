"""The app's icon as a QIcon, for the window, the taskbar and the about box."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from gui.resources import icon_files


def app_icon() -> QIcon:
    """Every PNG size of the icon in one QIcon, so Qt picks a crisp one at any size and scale.

    PNGs rather than the SVG: they need no image plugin, so the icon shows even
    in a bundle that lost Qt's SVG support.
    """
    icon = QIcon()
    for size, path in icon_files().items():
        icon.addFile(str(path), QSize(size, size))
    return icon
