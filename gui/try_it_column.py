"""The right column: pictures to judge above the learned weights; it scrolls in a short window.

Both views need numpy and pyqtgraph, so the window builds them after its first
paint; until then a placeholder says the bundled model is on its way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.language import Retranslatable
from gui.widgets import ColumnScrollArea, named, placeholder, replace_placeholder


class TryItColumn(Retranslatable, ColumnScrollArea):
    """The try-it panel and the weights view, one above the other; their texts never overlap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tryItScroll")
        column = named(QWidget(), "tryItColumn")
        self._layout = QVBoxLayout(column)
        self._placeholder: QLabel | None = placeholder()
        self._layout.addWidget(self._placeholder, 1)
        self.setWidget(column)
        margins = self._layout.contentsMargins()  # the style's for a child, as the left column's
        margins.setLeft(0)  # the splitter's handle parts it from the curves already
        self._layout.setContentsMargins(margins)
        self._retranslate()

    def show_views(self, drop_panel: QWidget, weights_view: QWidget) -> None:
        """Put the try-it panel where the placeholder was, and the weights under it."""
        if self._placeholder is not None:
            replace_placeholder(self._layout, self._placeholder, drop_panel)
        self._placeholder = None
        self._layout.addWidget(weights_view)

    def _retranslate(self) -> None:
        if self._placeholder is not None:
            self._placeholder.setText(self.tr("Loading the bundled model…"))
