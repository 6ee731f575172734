"""The learned weights as pictures: what a single neuron thinks a cat looks like.

w has one entry per pixel and colour channel, so it *is* a 64×64 RGB image:
grey means 0, a brighter channel pushes toward cat, a darker one away. The same
weights, one colour channel at a time, are three maps on one symmetric scale
(blue −s … white 0 … red +s) whose colour bar gives the numbers. A click opens
a larger view that follows the model too.

It follows the model shown, the chosen epoch's when the history slider is
moved: a redraw is four 64×64 colourings, about a millisecond, so it is done
at once on every change, scrubbing included.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.explain import channel_weights, diverging_colors, weights_image
from core.model_file import Model
from gui.app_state import AppState
from gui.color_bar import ColorBar
from gui.image_decoder import to_qimage
from gui.language import Retranslatable
from gui.live_throttle import LiveThrottle
from gui.picture_box import PictureBox

SIDE = 96
"""The side of each map in the window; they shrink with a narrow column."""
LARGE_SIDE = 320
"""The side of each map in the larger view."""


class WeightsView(Retranslatable, QWidget):
    """The weights as one colour picture and as R, G and B maps, with their colour bar.

    Parameters
    ----------
    large
        The larger view's layout (two by two, big maps); it opens no further view.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None, large: bool = False) -> None:
        super().__init__(parent)
        self.state = state
        self.large = large
        self.setObjectName("largeWeightsView" if large else "weightsView")
        side = LARGE_SIDE if large else SIDE
        self.title = QLabel()
        self.image = PictureBox(side, 48)
        self.image.setObjectName("weightsImage")
        self.channels = [PictureBox(side, 48) for _ in range(3)]
        for box, name in zip(
            self.channels, ("weightsRed", "weightsGreen", "weightsBlue"), strict=True
        ):
            box.setObjectName(name)
        self.captions = [QLabel() for _ in range(4)]
        self.color_bar = ColorBar()
        self.color_bar.setObjectName("weightsColorBar")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.large_view: QDialog | None = None

        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        columns = 2 if large else 4
        for index, (box, caption) in enumerate(
            zip([self.image, *self.channels], self.captions, strict=True)
        ):
            row, column = divmod(index, columns)
            grid.addWidget(box, 2 * row, column)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            caption.setWordWrap(True)
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(caption, 2 * row + 1, column)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.color_bar)
        layout.addWidget(self.legend)
        if not large:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

        self._drawn: Model | None = None
        self.redraws = 0
        self.last_redraw_ms = 0.0
        """How long the last redraw took, for the benchmark and the tests."""
        state.modelChanged.connect(LiveThrottle(state, self._on_model_changed, self))
        self._retranslate()
        self._on_model_changed()

    def open_large_view(self) -> QDialog:
        """The weights at a size where single pixels show, in a window that does not block."""
        if self.large_view is None:
            dialog = QDialog(self.window())
            dialog.setObjectName("largeWeightsDialog")
            dialog.setWindowTitle(self.tr("Learned weights"))
            layout = QVBoxLayout(dialog)
            layout.addWidget(WeightsView(self.state, dialog, large=True))
            dialog.resize(2 * LARGE_SIDE + 40, 2 * LARGE_SIDE + 160)
            self.large_view = dialog
        self.large_view.show()
        self.large_view.raise_()
        return self.large_view

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on the small view opens the larger one."""
        if not self.large and event.button() == Qt.MouseButton.LeftButton:
            self.open_large_view()
        super().mouseReleaseEvent(event)

    def _retranslate(self) -> None:
        self.title.setText("<b>" + self.tr("Learned weights w") + "</b>")
        for caption, text in zip(
            self.captions,
            (self.tr("all colours"), self.tr("red"), self.tr("green"), self.tr("blue")),
            strict=True,
        ):
            caption.setText(text)
        legend = self.tr(
            "One weight per pixel and colour. In colour: grey is 0, brighter pushes toward "
            "cat. Per channel: red pushes toward cat, blue away, on the scale above."
        )
        if not self.large:
            legend += " " + self.tr("Click for a larger view.")
        self.legend.setText(legend)
        self.setToolTip("" if self.large else self.tr("Click for a larger view"))
        if self.large_view is not None:
            self.large_view.setWindowTitle(self.tr("Learned weights"))

    def _on_model_changed(self) -> None:
        model = self.state.model
        if model is not self._drawn:
            self._redraw(model)

    def _redraw(self, model: Model | None) -> None:
        started = time.perf_counter()
        self._drawn = model
        if model is None:
            for box in (self.image, *self.channels):
                box.clear()
            return
        colour = weights_image(model.neuron, model.input_shape)
        self.image.setPixmap(QPixmap.fromImage(to_qimage(colour)))
        per_channel = channel_weights(model.neuron, model.input_shape)
        for box, values in zip(self.channels, per_channel.maps, strict=True):
            colours = diverging_colors(values, per_channel.scale)
            box.setPixmap(QPixmap.fromImage(to_qimage(colours)))
        self.color_bar.set_scale(per_channel.scale)
        self.redraws += 1
        self.last_redraw_ms = 1000 * (time.perf_counter() - started)
