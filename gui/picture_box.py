"""A picture that fits the space it is given: square, scaled without changing its shape.

A ``QLabel`` with a pixmap has a fixed size, so three of them overlap their
captions when a narrow window squeezes them; a :class:`PictureBox` asks for a
square of its width (height-for-width) and paints its pixmap into whatever it
gets, with an optional second picture laid over it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

PLACEHOLDER_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
SMALLEST_POINT_SIZE = 6.0


class PictureBox(QWidget):
    """Paints a pixmap (and an overlay) scaled to fit; pixel art stays sharp.

    Parameters
    ----------
    side
        The side it asks for when there is room.
    minimum
        The side below which it will not shrink.
    """

    def __init__(self, side: int = 160, minimum: int = 56, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side = side
        self._pixmap = QPixmap()
        self._overlay = QPixmap()
        self._placeholder = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(minimum, minimum)
        self.setMaximumSize(side * 2, side * 2)

    def setPixmap(self, pixmap: QPixmap) -> None:
        """Show ``pixmap`` (the overlay stays until it is changed)."""
        self._pixmap = pixmap
        self.update()

    def pixmap(self) -> QPixmap:
        """The picture shown, at its own size."""
        return self._pixmap

    def set_overlay(self, pixmap: QPixmap | None) -> None:
        """Lay ``pixmap`` (with alpha) over the picture, stretched to it; None takes it off."""
        self._overlay = pixmap if pixmap is not None else QPixmap()
        self.update()

    def has_overlay(self) -> bool:
        """Whether an overlay is drawn over the picture."""
        return not self._overlay.isNull()

    def set_placeholder(self, text: str) -> None:
        """The words shown while there is no picture."""
        self._placeholder = text
        self.update()

    def clear(self) -> None:
        """No picture and no overlay: the placeholder shows."""
        self._pixmap, self._overlay = QPixmap(), QPixmap()
        self.update()

    def picture_rect(self) -> QRect:
        """Where the picture is drawn (a square while there is none): its shape kept, centred."""
        area = self.contentsRect().adjusted(1, 1, -1, -1)
        shape = QSize(1, 1) if self._pixmap.isNull() else self._pixmap.size()
        size = shape.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(area.center())
        return rect

    def sizeHint(self) -> QSize:
        """A square of the side asked for."""
        return QSize(self._side, self._side)

    def hasHeightForWidth(self) -> bool:
        """Square: its height follows its width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as it is wide."""
        return width

    def placeholder_rect(self) -> QRect:
        """Where the placeholder's words go: the empty square, less a margin."""
        return self.picture_rect().adjusted(4, 4, -4, -4)

    def placeholder_font(self, room: QRect) -> QFont:
        """The widget's font, smaller when the words would not fit ``room`` (a narrow window).

        At 800×600 the squares are 64 px, and "what pushed which way" in four lines
        lost its last line's foot.
        """
        font = QFont(self.font())
        size = font.pointSizeF()
        while size > SMALLEST_POINT_SIZE:
            needed = QFontMetrics(font).boundingRect(room, PLACEHOLDER_FLAGS, self._placeholder)
            if room.contains(needed):
                break
            size = max(size - 0.5, SMALLEST_POINT_SIZE)
            font.setPointSizeF(size)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture scaled into the box, smooth when shrinking, sharp when enlarging."""
        painter = QPainter(self)
        palette = self.palette()
        target = self.picture_rect()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))
        if self._pixmap.isNull():
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            room = self.placeholder_rect()
            painter.setFont(self.placeholder_font(room))
            painter.drawText(room, PLACEHOLDER_FLAGS, self._placeholder)
            return
        shrinking = target.width() < self._pixmap.width()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, shrinking)
        painter.drawPixmap(target, self._pixmap)
        if not self._overlay.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawPixmap(target, self._overlay)
