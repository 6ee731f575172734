"""Small helpers for building widgets: names, scrolling columns, drops as copies, placeholders."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QDropEvent, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

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
        self._minimum_width = -1

    def setWidget(self, widget: QWidget) -> None:
        """Show ``widget`` and follow the room its layout asks for."""
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The column's layout changed: if its minimum width did, the splitter asks again.

        Only then: a new answer or number relays the column out often while a run goes
        on, and asking the splitter every time resized the curves beside it (7 ms each).
        """
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            width = self.minimumSizeHint().width()
            if width != self._minimum_width:
                self._minimum_width = width
                self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """The column's minimum width and a scroll bar's; any height (it scrolls)."""
        column = self.widget()
        width = column.minimumSizeHint().width() if column is not None else 0
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + scroll_bar + 2 * self.frameWidth(), super().minimumSizeHint().height())


def accept_as_copy(event: QDropEvent) -> bool:
    """Accept ``event`` as a copy, whatever its source proposed; False if it cannot be one.

    A drop accepted as a move tells the source to delete what it sent: the user's file.
    """
    if not event.possibleActions() & Qt.DropAction.CopyAction:
        return False
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    return True


class CappedScrollArea(QScrollArea):
    """As tall as its content up to ``cap`` pixels, then it scrolls; hidden with its content.

    For notices above the curves: on a small window they must leave the curves room.
    """

    def __init__(self, content: QWidget, cap: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cap = cap
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._asked: tuple[QSize, QSize] | None = None  # what the layout above last heard
        self.setWidget(content)
        content.installEventFilter(self)
        self.setVisible(not content.isHidden())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The content grew, shrank, showed or hid: follow it."""
        if watched is self.widget() and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self.setVisible(not watched.isHidden())
            self._ask_again()
        return super().eventFilter(watched, event)

    def viewportEvent(self, event: QEvent) -> bool:
        """The content's minimum changed (its room held or given back): ask again.

        Qt posts that to the content's parent, the viewport, not to the content.
        """
        if event.type() == QEvent.Type.LayoutRequest:
            self._ask_again()
        return super().viewportEvent(event)

    def _ask_again(self) -> None:
        """Tell the layout above, if what the area asks for changed.

        A notice coming or going inside the room held for it changes nothing
        outside; telling anyway laid out the whole column above, tabs and all.
        """
        asked = (self.sizeHint(), self.minimumSizeHint())
        if asked != self._asked:
            self._asked = asked
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        """The content's height, up to the cap."""
        content = self.widget()
        height = 0
        if content is not None:  # a minimum height holds room (see NoticeBar._hold_room)
            height = max(content.sizeHint().height(), content.minimumHeight())
        return QSize(super().sizeHint().width(), min(height, self.cap))

    def minimumSizeHint(self) -> QSize:
        """Room for a line of text; the rest scrolls."""
        return QSize(0, min(self.sizeHint().height(), self.fontMetrics().height() * 3))


def set_value_unhurried(bar: QProgressBar, value: int, text: str | None = None) -> None:
    """``bar.setValue(value)`` (and its ``text``), painted with the rest of the window.

    QProgressBar repaints at once whenever its text changes (ours shows the epoch), and
    a repaint on the spot paints everything else waiting in the window with it: during
    a run, one more whole-window paint for every update, in the middle of the slot.
    """
    bar.setUpdatesEnabled(False)
    bar.setValue(value)
    if text is not None:
        bar.setFormat(text)
    bar.setUpdatesEnabled(True)  # schedules the paint


def placeholder() -> QLabel:
    """A greyed, centred label that stands where a view comes after the first paint."""
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    return label


def replace_placeholder(layout: QVBoxLayout, old: QWidget, widget: QWidget) -> None:
    """Put ``widget`` where the placeholder ``old`` was, and delete the placeholder."""
    layout.replaceWidget(old, widget)
    old.deleteLater()


ICON_SIZES = (16, 24, 32)
"""The sizes a tinted icon is drawn at (a tool button picks the one it needs)."""


def tinted_icon(widget: QWidget, kind: QStyle.StandardPixmap) -> QIcon:
    """The style's standard icon ``kind`` in the colour of ``widget``'s button text.

    Fusion draws its media and arrow icons near-black whatever the palette: on a dark
    one they stood at about 2:1 on their buttons. The shape is the style's; the colour
    follows the palette (call again when it changes).
    """
    source = widget.style().standardIcon(kind)
    color = widget.palette().color(QPalette.ColorRole.ButtonText)
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = source.pixmap(QSize(size, size))
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), color)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
