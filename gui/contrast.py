"""Colours that stay readable on any palette: WCAG contrast, and an error red derived from it.

A fixed red (``#b3261e``) reads well on a light window and poorly on a dark
one; the error colour is instead the red whose lightness gives at least the
4.5:1 contrast WCAG AA asks of text, against the palette's own background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA_CONTRAST = 4.5
"""WCAG 2 level AA for normal text."""

NON_TEXT_CONTRAST = 3.0
"""WCAG 2.1's least contrast for graphics that carry meaning (1.4.11), curves among them."""

ERROR_HUE = 4
"""Degrees on the colour wheel: a red that is neither pink nor orange."""


def relative_luminance(color: QColor) -> float:
    """WCAG's relative luminance of an opaque colour, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG's contrast ratio of two opaque colours, 1 … 21."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(color: QColor, background: QColor, ratio: float) -> QColor:
    """``color``'s hue, darker or lighter (away from ``background``) until ``ratio`` is reached.

    Hue and saturation stay, so a blue stays blue; the lightness moves in steps of
    4 (of 255) and stops at black or white if the ratio cannot be reached.
    """
    if contrast_ratio(color, background) >= ratio:
        return QColor(color)
    hue, saturation, lightness = color.hslHue(), color.hslSaturation(), color.lightness()
    step = 4 if relative_luminance(background) < 0.18 else -4
    while 0 <= lightness <= 255:
        candidate = QColor.fromHsl(hue, saturation, lightness)
        if contrast_ratio(candidate, background) >= ratio:
            return candidate
        lightness += step
    return QColor.fromHsl(hue, saturation, 255 if step > 0 else 0)


def error_color(palette: QPalette) -> QColor:
    """A red with at least :data:`AA_CONTRAST` against the palette's window colour.

    Starting from a mid red, the lightness moves away from the background's (darker
    on a light window, lighter on a dark one) until the contrast is enough.
    """
    background = palette.color(QPalette.ColorRole.Window)
    dark_background = relative_luminance(background) < 0.18
    step = 4 if dark_background else -4
    lightness = 128
    while 0 <= lightness <= 255:
        color = QColor.fromHsl(ERROR_HUE, 200, lightness)
        if contrast_ratio(color, background) >= AA_CONTRAST:
            return color
        lightness += step
    return palette.color(QPalette.ColorRole.WindowText)


def error_style(palette: QPalette) -> str:
    """A style sheet rule that colours a label's text as an error, readable on ``palette``."""
    return f"color: {error_color(palette).name()};"
