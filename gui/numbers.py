"""Numbers as the window's locale writes them: one way of formatting, for every view.

``QLocale()`` is the default locale, which :func:`gui.language.apply_language`
sets with the language, so a number's separators follow the window.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def whole(value: int) -> str:
    """An integer with the locale's group separators: ``12,288``."""
    return QLocale().toString(int(value))


def decimal(value: float, decimals: int) -> str:
    """A number with exactly ``decimals`` digits after the locale's decimal point."""
    return QLocale().toString(float(value), "f", decimals)


def percent(share: float, decimals: int = 1) -> str:
    """A share of one as a percentage: ``percent(0.732)`` is ``73.2%``."""
    locale = QLocale()
    return locale.toString(100 * float(share), "f", decimals) + locale.percent()
