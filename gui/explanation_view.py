"""The neuron's answer for one picture, and why: z = w·x + b, σ(z), and what pushed which way.

It follows the state's model, so the answer changes while training runs; the
answer is one dot product, cheap enough to redo at every update.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from core.dataset import flatten
from core.explain import diverging_colors, explain
from core.task import THRESHOLD, verdict
from gui.app_state import AppState
from gui.image_decoder import DecodedImage, to_qimage

PREVIEW_SIDE = 200
SEEN_SIZE = 128


class ExplanationView(QWidget):
    """The answer (``predictionLabel``), p(cat) as a bar, the picture, its input and heat map."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.image: DecodedImage | None = None
        self.prediction = QLabel("Drop a picture to ask the neuron", objectName="predictionLabel")
        self.prediction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prediction.setWordWrap(True)
        font = self.prediction.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.prediction.setFont(font)
        self.probability = QProgressBar(objectName="probabilityBar")
        self.probability.setRange(0, 1000)
        self.probability.setTextVisible(True)
        self.probability.setFormat("p(cat)")
        self.probability.setValue(0)

        self.preview = _image_label("picture", PREVIEW_SIDE)
        self.seen = _image_label("what the neuron sees (64×64)", SEEN_SIZE)
        self.heat = _image_label("push toward cat (red) / away (blue)", SEEN_SIZE)
        images = QGridLayout()
        images.addWidget(self.preview, 0, 0, 2, 1)
        images.addWidget(self.seen, 0, 1)
        images.addWidget(self.heat, 0, 2)
        self.seen_caption = QLabel("neuron's input")
        self.heat_caption = QLabel("w ⊙ x: red → cat, blue → not")
        for col, caption in ((1, self.seen_caption), (2, self.heat_caption)):
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setStyleSheet("color: palette(mid);")
            images.addWidget(caption, 1, col)
        self.math = QLabel(objectName="explanationLabel")
        self.math.setTextFormat(Qt.TextFormat.RichText)
        self.math.setWordWrap(True)
        self.math.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prediction)
        layout.addWidget(self.probability)
        layout.addLayout(images)
        layout.addWidget(self.math)
        state.modelChanged.connect(self._on_model_changed)

    def show_image(self, image: DecodedImage) -> None:
        """Explain ``image`` with the current model."""
        self.prediction.setStyleSheet("")
        if image is not self.image:  # the pictures change with the selection, not the model
            self.image = image
            _set_pixmap(self.preview, QPixmap.fromImage(image.preview), PREVIEW_SIDE, smooth=True)
            _set_pixmap(self.seen, QPixmap.fromImage(to_qimage(image.pixels)), SEEN_SIZE)
        self._explain()

    def show_error(self, message: str) -> None:
        """One line in place of the answer; the pictures go."""
        self.image = None
        self.prediction.setText(message)
        self.prediction.setStyleSheet("color: #b3261e;")
        self.probability.setValue(0)
        self.probability.setFormat("p(cat)")
        self.math.setText("")
        for label in (self.preview, self.seen, self.heat):
            label.clear()
            label.setText(label.toolTip())

    def show_busy(self, text: str) -> None:
        """What is going on while the pictures decode."""
        self.prediction.setStyleSheet("")
        self.prediction.setText(text)

    def _on_model_changed(self) -> None:
        if self.image is not None:
            self._explain()

    def _explain(self) -> None:
        model, image = self.state.model, self.image
        if image is None:
            return
        if model is None:
            self.prediction.setText("no model loaded")
            return
        if model.input_shape != image.pixels.shape:
            return  # the panel decodes the picture again for this model
        classes = model.classes
        why = explain(model.neuron, flatten(image.pixels[None])[0], model.input_shape)
        answer = verdict(why.p_cat, classes)
        self.prediction.setText(answer.text)
        self.probability.setValue(round(1000 * why.p_cat))
        self.probability.setFormat(f"p({classes[1]}) = {why.p_cat:.3f}")
        heat = to_qimage(diverging_colors(why.contributions))
        _set_pixmap(self.heat, QPixmap.fromImage(heat), SEEN_SIZE)
        self.math.setText(
            f"z = w·x + b = {why.weighted_sum:.3f} {'+' if why.bias >= 0 else '−'} "
            f"{abs(why.bias):.3f} = <b>{why.logit:.3f}</b><br>"
            f"σ(z) = 1 / (1 + e<sup>−z</sup>) = <b>{why.p_cat:.3f}</b>"
            f" &nbsp;→ {answer.class_name}"
            f" ({classes[1]} when σ(z) &gt; {THRESHOLD})"
        )


def _image_label(tip: str, side: int) -> QLabel:
    label = QLabel(tip)
    label.setToolTip(tip)
    label.setFixedSize(side, side)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("border: 1px solid palette(mid); color: palette(mid);")
    return label


def _set_pixmap(label: QLabel, pixmap: QPixmap, side: int, smooth: bool = False) -> None:
    mode = (
        Qt.TransformationMode.SmoothTransformation
        if smooth
        else Qt.TransformationMode.FastTransformation
    )
    label.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, mode))
