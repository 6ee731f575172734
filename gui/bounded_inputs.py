"""Number fields that say so when they change what the user typed.

Qt's spin boxes refuse a keystroke that would leave their range (typing
2,000,000 where a million is the most leaves 200,000) and snap back a value
below it without a word. These let any number be typed, clamp it when the
editing ends, and emit :attr:`clipped` with what was typed and what was kept,
so the window can say it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget


class BoundedSpinBox(QSpinBox):
    """A whole-number field; ``clipped(typed, kept)`` when a typed number was out of range."""

    clipped = Signal(str, str)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Let an out-of-range number be typed whole; :meth:`fixup` clamps it afterwards."""
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid and _number(self, text) is not None:
            state = QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        """Clamp a typed number to the range, and say so."""
        typed = _number(self, text)
        if typed is None:
            return super().fixup(text)
        kept = min(max(round(typed), self.minimum()), self.maximum())
        shown = self.textFromValue(kept)
        if kept != typed:
            self.clipped.emit(text.strip(), shown)
        return shown


class BoundedDoubleSpinBox(QDoubleSpinBox):
    """A decimal field; ``clipped(typed, kept)`` when a typed number was out of range."""

    clipped = Signal(str, str)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Let an out-of-range number be typed whole; :meth:`fixup` clamps it afterwards."""
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid and _number(self, text) is not None:
            state = QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        """Clamp a typed number to the range, and say so."""
        typed = _number(self, text)
        if typed is None:
            return super().fixup(text)
        kept = min(max(typed, self.minimum()), self.maximum())
        shown = self.textFromValue(kept)
        if kept != typed:
            self.clipped.emit(text.strip(), shown)
        return shown


def _number(box: QWidget, text: str) -> float | None:
    """The number in ``text`` read in the field's locale (group separators allowed)."""
    value, ok = box.locale().toDouble(text.strip())
    return value if ok else None
