"""Small helpers for building widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

Named = TypeVar("Named", bound=QObject)


def named(item: Named, name: str) -> Named:
    """``item`` with its objectName set: how tests, style sheets and users' tools find it.

    Qt accepts ``objectName=`` as a keyword of every constructor, but PySide6's
    type stubs do not know it; this says the same and type-checks.
    """
    item.setObjectName(name)
    return item


class ColumnScrollArea(QScrollArea):
    """Scrolls its column up and down, never sideways: as wide as the column needs, always.

    A plain ``QScrollArea`` asks for a fixed minimum, so a column whose texts
    grow (an answer, an explanation) would be cut at the window's edge instead.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        """Show ``widget`` and follow the room its layout asks for."""
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The column's layout changed: the splitter asks again how wide it must be."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """The column's minimum width and a scroll bar's; any height (it scrolls)."""
        column = self.widget()
        width = column.minimumSizeHint().width() if column is not None else 0
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + scroll_bar + 2 * self.frameWidth(), super().minimumSizeHint().height())
