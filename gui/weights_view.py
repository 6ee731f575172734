"""The learned weights as a picture: what a single neuron thinks a cat looks like.

w has one entry per pixel and colour channel, so it *is* a 64×64 RGB image.
Grey means 0; a brighter channel makes the neuron more sure of "cat", a
darker one less. The picture is redrawn at most ``MAX_REDRAWS_PER_SECOND``
times a second while training runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.explain import weights_image
from core.model_file import Model
from gui.app_state import AppState
from gui.image_decoder import to_qimage

MAX_REDRAWS_PER_SECOND = 60
"""A redraw costs ~0.1 ms; the cap only merges bursts (the history slider moves at mouse pace)."""
SIDE = 160


class WeightsView(QWidget):
    """Shows ``w`` reshaped to the input picture, scaled up without blurring."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("weightsView")
        self.image = QLabel("no model", objectName="weightsImage")
        self.image.setFixedSize(SIDE, SIDE)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("border: 1px solid palette(mid);")
        caption = QLabel(
            "<b>Learned weights w</b><br>one per pixel and colour: grey is 0, "
            "brighter pushes toward cat, darker away"
        )
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        self._pending: Model | None = None
        self._timer = QTimer(self, singleShot=True, interval=1000 // MAX_REDRAWS_PER_SECOND)
        self._timer.timeout.connect(self._redraw)
        self.redraws = 0
        state.modelChanged.connect(self._on_model_changed)

    def _on_model_changed(self) -> None:
        """Show the model's weights soon; a burst of changes costs one redraw."""
        self._pending = self.state.model
        if not self._timer.isActive():
            self._redraw()
            self._timer.start()

    def _redraw(self) -> None:
        model, self._pending = self._pending, None
        if model is None:
            return
        pixels = weights_image(model.neuron, model.input_shape)
        pixmap = QPixmap.fromImage(to_qimage(pixels))
        self.image.setPixmap(pixmap.scaled(SIDE, SIDE, Qt.AspectRatioMode.KeepAspectRatio))
        self.redraws += 1
