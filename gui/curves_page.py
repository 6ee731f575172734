"""The Learning curves tab: its toolbar, the notices about the run, then the plots.

The plots need pyqtgraph, so the window builds them after its first paint;
until then a placeholder holds their place (see :meth:`CurvesPage.show_plot`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.app_state import AppState
from gui.language import Retranslatable
from gui.notice_bar import NoticeBar
from gui.smoothing_control import SmoothingControl
from gui.widgets import CappedScrollArea, named, placeholder, replace_placeholder
from gui.wrapping_row import WrappingRow

if TYPE_CHECKING:
    from gui.loss_plot import LossPlot

NOTICES_MAX_HEIGHT = 150
"""Notices above the curves take at most this height, then scroll: the curves keep their room."""


class CurvesPage(Retranslatable, QWidget):
    """Log scale, smoothing and Clear old runs above the notices and the loss and accuracy plots."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_scale = named(QCheckBox(), "logScaleToggle")
        self.smoothing = SmoothingControl()
        self.clear_history_button = named(QPushButton(), "clearHistoryButton")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        toolbar = WrappingRow(last_to_the_right=True)  # a narrow column: two rows, no overlap
        for widget in (self.log_scale, self.smoothing, self.clear_history_button):
            toolbar.addWidget(widget)
        self._layout.addLayout(toolbar)
        self.notice_bar = NoticeBar(state)
        self._layout.addWidget(CappedScrollArea(self.notice_bar, NOTICES_MAX_HEIGHT))
        self._placeholder: QLabel | None = placeholder()
        self._layout.addWidget(self._placeholder, 1)
        self._retranslate()

    def show_plot(self, plot: LossPlot) -> None:
        """Put the plots where the placeholder was, and let the toolbar and notices steer them."""
        if self._placeholder is not None:
            replace_placeholder(self._layout, self._placeholder, plot)
        self._placeholder = None
        plot.set_log_scale(self.log_scale.isChecked())
        self.log_scale.toggled.connect(plot.set_log_scale)
        self.smoothing.weightChanged.connect(plot.set_smoothing)
        self.notice_bar.overfittingNoticed.connect(plot.mark_best_epoch)
        self.clear_history_button.clicked.connect(plot.clear_history)

    def _retranslate(self) -> None:
        self.log_scale.setText(self.tr("log scale"))
        self.log_scale.setToolTip(self.tr("Loss on a logarithmic scale: the late, slow part shows"))
        self.clear_history_button.setText(self.tr("Clear old runs"))
        self.clear_history_button.setToolTip(
            self.tr("Take the dashed curves of earlier runs off the plots")
        )
        if self._placeholder is not None:
            self._placeholder.setText(self.tr("Preparing the plots…"))
