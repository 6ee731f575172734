"""A row of controls that wraps onto more rows when its column is narrow, like words in a line.

A plain ``QHBoxLayout`` given less than the width its controls need squeezes
them under their minimum, and they are drawn over each other: at 800×600 the
smoothing slider lay over the word "Smoothing". This layout (Qt's flow layout
example) gives each control its preferred width and starts a new row when the
next one would not fit; its height follows its width (``heightForWidth``).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class WrappingRow(QLayout):
    """Controls left to right, wrapped onto the next row when the row is full.

    Parameters
    ----------
    last_to_the_right
        Push the last control to the right end of its row (a button set apart from the
        rest, as a stretch before it would in a ``QHBoxLayout``).
    """

    def __init__(self, parent: QWidget | None = None, last_to_the_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._last_to_the_right = last_to_the_right
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's interface ----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        """Called by ``addWidget``."""
        self._items.append(item)

    def count(self) -> int:
        """How many controls the row holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The ``index``-th control's item, None past the end (as Qt asks)."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the ``index``-th item."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Never asks for more room than its rows need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Its height depends on its width: a narrower row wraps onto more rows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of the rows at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the controls in ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Every control on one row."""
        visible = self._visible()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing() * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest control alone on a row: narrower than that, nothing can help."""
        margins = self.contentsMargins()
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ----------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        """The controls in rows no wider than ``width`` (a control wider than that gets one)."""
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            needs = item.sizeHint().width()
            if rows and used + self._spacing() + needs <= width:
                rows[-1].append(item)
                used += self._spacing() + needs
            else:
                rows.append([item])
                used = needs
        return rows

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the rows out in ``rect`` (only measure them unless ``place``); their height."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows = self._rows(inner.width())
        last = self._visible()[-1] if self._items and self._visible() else None
        y = inner.y()
        for row in rows:
            height = max(item.sizeHint().height() for item in row)
            x = inner.x()
            for item in row:
                width = min(max(item.sizeHint().width(), item.minimumSize().width()), inner.width())
                size = QSize(width, min(item.sizeHint().height(), height))
                if item is last and self._last_to_the_right:
                    x = max(x, inner.right() + 1 - width)
                if place:
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += width + self._spacing()
            y += height + self._spacing()
        return y - self._spacing() - inner.y() + margins.top() + margins.bottom() if rows else 0
