"""The smoothing slider above the curves: how much of each epoch's swing the curves average out.

A ``QSlider`` holds integers, so its value is the weight in hundredths
(0 … 99 for 0 … 0.99); :meth:`SmoothingControl.weight` gives the weight itself.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from gui.language import Retranslatable
from gui.settings import DEFAULT_SMOOTHING, MAX_SMOOTHING
from gui.widgets import named

STEPS = 100


class SmoothingControl(Retranslatable, QWidget):
    """A "Smoothing" label and a slider (``smoothingSlider``) with the weight written beside it.

    Signals
    -------
    weightChanged(float)
        The user moved the slider: the new weight, 0 … 0.99.
    """

    weightChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.slider = named(QSlider(Qt.Orientation.Horizontal), "smoothingSlider")
        self.slider.setRange(0, round(MAX_SMOOTHING * STEPS))
        self.slider.setPageStep(10)
        self.slider.setMinimumWidth(60)
        self.slider.setMaximumWidth(160)
        self.value_label = named(QLabel(), "smoothingValue")
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance("0.00"))
        self.title.setBuddy(self.slider)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.slider, self.value_label):
            layout.addWidget(widget)
        self.set_weight(DEFAULT_SMOOTHING)
        self.slider.valueChanged.connect(self._on_value_changed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Smoothing"))
        self.title.setMinimumWidth(self.title.sizeHint().width())  # the slider gives way first
        self.slider.setToolTip(
            self.tr(
                "Averages each curve over the last epochs (TensorBoard's smoothing): "
                "0 draws every epoch as it is, 0.99 about the last hundred. "
                "The raw curve stays faint behind the smoothed one."
            )
        )
        self._show_value()

    def weight(self) -> float:
        """The smoothing weight, 0 … 0.99."""
        return self.slider.value() / STEPS

    def set_weight(self, weight: float) -> None:
        """Move the slider to ``weight`` (clamped to 0 … 0.99)."""
        self.slider.setValue(round(min(max(weight, 0.0), MAX_SMOOTHING) * STEPS))
        self._show_value()

    def _on_value_changed(self) -> None:
        self._show_value()
        self.weightChanged.emit(self.weight())

    def _show_value(self) -> None:
        self.value_label.setText(QLocale().toString(self.weight(), "f", 2))
