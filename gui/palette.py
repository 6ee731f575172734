"""Colours taken from the palette, so that text reads in light and dark themes alike.

WCAG AA asks 4.5:1 contrast for body text; :func:`contrast` measures it and
:func:`error_color` picks a red that reaches it on the palette's window colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA_CONTRAST = 4.5
LIGHT_ERROR, DARK_ERROR = QColor("#b3261e"), QColor("#ffb4ab")
"""Material's error reds for light and dark surfaces."""


def luminance(color: QColor) -> float:
    """WCAG relative luminance of ``color`` (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 … 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette's window is darker than its text (a dark theme)."""
    window = palette.color(QPalette.ColorRole.Window)
    return luminance(window) < luminance(palette.color(QPalette.ColorRole.WindowText))


def error_color(palette: QPalette) -> QColor:
    """A red for error text with at least 4.5:1 contrast on the palette's window colour."""
    red = DARK_ERROR if is_dark(palette) else LIGHT_ERROR
    background = palette.color(QPalette.ColorRole.Window)
    if contrast(red, background) >= AA_CONTRAST:
        return red
    return palette.color(QPalette.ColorRole.WindowText)  # an unusual theme: plain text reads


def error_style(palette: QPalette) -> str:
    """A style sheet rule that colours a label's text as an error."""
    return f"color: {error_color(palette).name()};"
