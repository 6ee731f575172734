"""The legend of a signed map: blue for −scale, white for 0, red for +scale, with the numbers.

It draws the same colours as :func:`core.explain.diverging_colors`, so a reader
can tell how much a red pixel of the map is worth.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.explain import diverging_colors
from gui.image_decoder import to_qimage

STEPS = 256
BAR_HEIGHT = 10


class ColorBar(QWidget):
    """A horizontal colour bar from −scale to +scale with three numbers under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = 1.0
        ramp = diverging_colors(np.linspace(-1.0, 1.0, STEPS)[None, :], 1.0)
        self._ramp: QImage = to_qimage(ramp)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_scale(self, scale: float) -> None:
        """The value drawn full red (and, negated, full blue)."""
        self.scale = float(scale)
        self.update()

    def labels(self) -> tuple[str, str, str]:
        """The numbers at the left end, the middle and the right end, as drawn."""
        locale = QLocale()
        digits = max(2, _digits_for(self.scale))
        right = locale.toString(self.scale, "f", digits)
        return "−" + right, locale.toString(0), "+" + right

    def sizeHint(self) -> QSize:
        """As wide as there is room for; one bar and one line of numbers high."""
        return QSize(160, BAR_HEIGHT + self.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:
        """Room for the three numbers side by side."""
        metrics = self.fontMetrics()
        width = sum(metrics.horizontalAdvance(text) for text in self.labels()) + 24
        return QSize(width, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The ramp, framed, and the numbers under its ends and middle."""
        painter = QPainter(self)
        bar = QRect(0, 0, self.width(), BAR_HEIGHT)
        painter.drawPixmap(bar, QPixmap.fromImage(self._ramp))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text_rect = QRect(0, BAR_HEIGHT + 2, self.width(), self.fontMetrics().height())
        left, middle, right = self.labels()
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, left)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, middle)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight, right)


def _digits_for(scale: float) -> int:
    """Decimals enough to show two significant digits of ``scale`` (0.0042 needs four)."""
    if scale <= 0 or scale >= 1:
        return 0
    return int(np.ceil(-np.log10(scale))) + 1
