"""The current run's curve colours for the plot's background: blue and orange that stand out.

Matplotlib's blue (train) and orange (test) are a pair colour-blind eyes tell
apart, but on a dark plot the blue had 2.6:1 against the background and on a
light one the orange 2.4:1, under the 3:1 WCAG asks of graphics. Each keeps its
hue and moves its lightness away from the background until it has 3:1.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from gui.contrast import NON_TEXT_CONTRAST, readable_on
from gui.run_curves import COLORS


def curve_colors(background: QColor) -> dict[str, QColor]:
    """Each column's colour (keys of :data:`gui.run_curves.COLORS`) on ``background``."""
    return {
        key: readable_on(QColor(color), background, NON_TEXT_CONTRAST)
        for key, color in COLORS.items()
    }
