"""The neuron's answer for one picture, and why: z = w·x + b, σ(z), and what pushed which way.

It follows the state's model (the chosen epoch's, or the newest while training
runs); the answer is one dot product, cheap enough to redo at every update. The
words follow the article: w·x is a sum of 12,288 pixel × weight products, the
red ones add toward cat, the blue ones take away, the bias is added, and that
is z; σ(z) is the probability, and the neuron says cat above one half.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.dataset import flatten
from core.explain import Explanation, diverging_colors, explain
from core.task import THRESHOLD, UNSURE_BAND, verdict
from gui.app_state import AppState
from gui.color_bar import ColorBar
from gui.contrast import error_color
from gui.glossary import answer_text, term
from gui.image_decoder import DecodedImage, to_qimage
from gui.language import Retranslatable
from gui.live_throttle import LiveThrottle
from gui.model_figures import ModelFigures
from gui.picture_box import PictureBox
from gui.steady_box import SteadyBox
from gui.widgets import named, set_value_unhurried

PICTURE_SIDE = 160
"""The side each of the three pictures asks for; they shrink to fit a narrow window."""
PICTURE_MINIMUM = 56
DIGITS = 3
OVERLAY_OPACITY = 0.85
"""How opaque the strongest pixels of the map are when laid over the picture."""


class ExplanationView(Retranslatable, QWidget):
    """The answer (``predictionLabel``), p(cat) as a bar, three pictures and the sum behind it.

    The pictures are the photo (with the contribution map laid over it when
    ``overlayToggle`` is on), the 64×64 input the neuron sees, and the map of
    each pixel's w·x summed over its colours, with a colour bar in numbers.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.image: DecodedImage | None = None
        self.explanation: Explanation | None = None
        self._error: str | None = None
        self._busy: str | None = None

        self.prediction = named(QLabel(), "predictionLabel")
        self.prediction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prediction.setWordWrap(True)
        font = self.prediction.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.prediction.setFont(font)
        self.context = named(QLabel(), "answerContext")
        self.context.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.context.setWordWrap(True)
        self.probability = named(QProgressBar(), "probabilityBar")
        self.probability.setRange(0, 1000)
        self.probability.setTextVisible(True)
        self.probability.setValue(0)
        self.overlay = named(QCheckBox(), "overlayToggle")
        self.overlay.setChecked(True)

        self.preview = PictureBox(PICTURE_SIDE, PICTURE_MINIMUM)
        self.preview.setObjectName("picturePreview")
        self.seen = PictureBox(PICTURE_SIDE, PICTURE_MINIMUM)
        self.seen.setObjectName("neuronInput")
        self.heat = PictureBox(PICTURE_SIDE, PICTURE_MINIMUM)
        self.heat.setObjectName("contributionMap")
        self.captions = [QLabel() for _ in range(3)]
        self.color_bar = ColorBar()
        self.color_bar.setObjectName("contributionColorBar")
        self.color_bar_caption = QLabel()
        figures = QGridLayout()
        figures.setVerticalSpacing(2)
        for column, (box, caption) in enumerate(
            zip((self.preview, self.seen, self.heat), self.captions, strict=True)
        ):
            figures.addWidget(box, 0, column)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            caption.setWordWrap(True)
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            figures.addWidget(caption, 1, column)
            figures.setColumnStretch(column, 1)
        figures.addWidget(self.color_bar, 2, 0, 1, 3)
        self.color_bar_caption.setWordWrap(True)
        self.color_bar_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        figures.addWidget(self.color_bar_caption, 3, 0, 1, 3)

        self.math = named(QLabel(), "explanationLabel")
        self.math.setTextFormat(Qt.TextFormat.RichText)
        self.math.setWordWrap(True)
        self.math.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # these change ten times a second in a run: laid out alone unless their size changes
        layout.addWidget(SteadyBox(self.prediction))
        layout.addWidget(SteadyBox(self.context))
        layout.addWidget(self.probability)
        layout.addWidget(self.overlay)
        layout.addLayout(figures)
        layout.addWidget(SteadyBox(self.math))
        layout.addStretch(1)
        self.overlay.toggled.connect(self._on_overlay_toggled)
        state.modelChanged.connect(LiveThrottle(state, self._on_model_changed, self))
        self.figures = ModelFigures(state, self)
        self.figures.validityChanged.connect(self._on_model_changed)
        self._retranslate()

    # -- what the panel asks of it ----------------------------------------------------------

    def show_image(self, image: DecodedImage) -> None:
        """Explain ``image`` with the model shown."""
        self._error = self._busy = None
        self._paint_prediction_normally()
        if image is not self.image:  # the pictures change with the selection, not the model
            self.image = image
            self.preview.setPixmap(QPixmap.fromImage(image.preview))
            self.seen.setPixmap(QPixmap.fromImage(to_qimage(image.pixels)))
        self._explain()

    def show_error(self, message: str) -> None:
        """One line, in the palette's error colour, in place of the answer; the pictures go."""
        self.image, self.explanation = None, None
        self._error, self._busy = message, None
        self._paint_prediction_as_error()
        self.prediction.setText(message)
        self.context.setText("")
        self.probability.setValue(0)
        self.probability.setFormat(self._p_cat_name())
        self.math.setText("")
        for box in (self.preview, self.seen, self.heat):
            box.clear()

    def show_busy(self, text: str) -> None:
        """What is going on while the pictures decode."""
        self._error, self._busy = None, text
        self._paint_prediction_normally()
        self.prediction.setText(text)

    # -- reactions --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.overlay.setText(self.tr("Lay the map over the picture"))
        self.overlay.setToolTip(
            self.tr("Red and blue over the photo show where it pushed toward cat and away")
        )
        for box, text in (
            (self.preview, self.tr("picture")),
            (self.seen, self.tr("what the neuron sees")),
            (self.heat, self.tr("what pushed which way")),
        ):
            box.set_placeholder(text)
        picture, seen, heat = self.captions
        picture.setText(self.tr("the picture"))
        seen.setText(self.tr("what the neuron sees: 64×64 pixels"))
        heat.setText(self.tr("each pixel's share of w·x"))
        self.color_bar_caption.setText(
            self.tr("red adds to z (toward {cat}), blue takes away; white is 0").format(
                cat=term("cat")
            )
        )
        if self._error is not None:
            return
        if self._busy is not None:
            self.prediction.setText(self._busy)
        elif self.image is not None:
            self._explain()
        else:
            self.prediction.setText(self.tr("Drop a picture to ask the neuron"))
            self.probability.setFormat(self._p_cat_name())

    def changeEvent(self, event: QEvent) -> None:
        """The error colour is derived from the palette: follow a change of palette."""
        if event.type() == QEvent.Type.PaletteChange and self._error is not None:
            self._paint_prediction_as_error()
        super().changeEvent(event)

    def _on_model_changed(self) -> None:
        if self.image is not None and self._error is None:
            self._explain()

    def _on_overlay_toggled(self) -> None:
        self._lay_overlay()

    # -- the answer -------------------------------------------------------------------------

    def _explain(self) -> None:
        model, image = self.state.model, self.image
        if image is None:
            return
        if model is None:
            self.prediction.setText(self.tr("No model to ask yet"))
            return
        if model.input_shape != image.pixels.shape:
            return  # the panel decodes the picture again for this model
        classes = model.classes
        why = explain(model.neuron, flatten(image.pixels[None])[0], model.input_shape)
        self.explanation = why
        answer = verdict(why.p_cat, classes)
        locale = QLocale()
        self.prediction.setText(answer_text(answer))
        set_value_unhurried(self.probability, round(1000 * why.p_cat))
        self.probability.setFormat(
            self.tr("p({cat}) = {p}").format(
                cat=term(classes[1]), p=locale.toString(why.p_cat, "f", DIGITS)
            )
        )
        self.context.setText(self._context_text(answer.unsure, why.p_cat, classes))
        self.heat.setPixmap(QPixmap.fromImage(to_qimage(diverging_colors(why.contributions))))
        self.color_bar.set_scale(why.scale)
        self._lay_overlay()
        self.math.setText(self._sum_text(why, int(np.prod(model.input_shape)), classes))

    def _context_text(self, unsure: bool, p_cat: float, classes: tuple[str, str]) -> str:
        """Whether the neuron is unsure, and how often this neuron is right on the test set."""
        locale = QLocale()
        lines = []
        if unsure:
            low, high = UNSURE_BAND
            lines.append(
                self.tr("Unsure: p({cat}) is between {low} and {high}, too close to call.").format(
                    cat=term(classes[1]), low=locale.toString(low), high=locale.toString(high)
                )
            )
        right = self._test_right()
        if right is not None:
            correct, total = right
            lines.append(
                self.tr("This neuron is right on {right} of %n test picture(s).", "", total).format(
                    right=locale.toString(correct)
                )
            )
        return "\n".join(lines)

    def _test_right(self) -> tuple[int, int] | None:
        """(right, total) on the test pictures of the dataset in use, from the model's figures."""
        metrics, dataset = self.figures.metrics, self.state.dataset
        if metrics is None or dataset is None:
            return None
        total = len(dataset.test_labels)
        return round(metrics.test_acc * total), total

    def _sum_text(self, why: Explanation, terms: int, classes: tuple[str, str]) -> str:
        """The article's sum in words, its numbers rounded so that they add up as shown.

        Each number is rounded to :data:`DIGITS` decimals, and the blue sum is shown as
        z − red − b of the rounded numbers (never more than one unit in the last digit
        away from its exact value), so a learner who adds them gets z.
        """
        unit = 10**DIGITS
        red, bias, z = (round(value * unit) for value in (why.red_sum, why.bias, why.logit))
        blue = z - red - bias
        locale = QLocale()

        def signed(thousandths: int) -> str:
            sign = "−" if thousandths < 0 else "+"
            return sign + locale.toString(abs(thousandths) / unit, "f", DIGITS)

        answer = verdict(why.p_cat, classes)
        p = locale.toString(why.p_cat, "f", DIGITS)
        threshold = locale.toString(THRESHOLD)
        if answer.is_cat:
            says = self.tr("above {threshold}, so the neuron says <b>{name}</b>.")
        else:
            says = self.tr("not above {threshold}, so the neuron says <b>{name}</b>.")
        return "<br>".join(
            (
                self.tr(
                    "w·x is a sum of {n} pixel × weight products: the red ones add "
                    "<b>{red}</b>, the blue ones take away <b>{blue}</b>."
                ).format(n=locale.toString(terms), red=signed(red), blue=signed(blue)),
                self.tr("Plus the bias b = <b>{bias}</b>, that gives z = <b>{z}</b>.").format(
                    bias=signed(bias), z=signed(z)
                ),
                self.tr("σ(z) = 1 / (1 + e<sup>−z</sup>) = <b>{p}</b>: ").format(p=p)
                + says.format(threshold=threshold, name=term(answer.class_name)),
            )
        )

    def _lay_overlay(self) -> None:
        why = self.explanation
        on = self.overlay.isChecked() and why is not None and self.image is not None
        overlay = _overlay(why.contributions, why.scale) if on and why is not None else None
        self.preview.set_overlay(overlay)

    def _p_cat_name(self) -> str:
        return self.tr("p({cat})").format(cat=term("cat"))

    def _paint_prediction_as_error(self) -> None:
        palette = QPalette()  # only the text colour set: the rest follows the window's
        palette.setColor(QPalette.ColorRole.WindowText, error_color(self.palette()))
        self.prediction.setPalette(palette)

    def _paint_prediction_normally(self) -> None:
        self.prediction.setPalette(QPalette())


def _overlay(contributions: np.ndarray, scale: float) -> QPixmap:
    """The map as a see-through picture: strong pixels opaque, the neutral ones clear."""
    rgb = diverging_colors(contributions, scale)
    strength = np.clip(np.abs(contributions) / scale, 0.0, 1.0)
    alpha = np.rint(255 * OVERLAY_OPACITY * np.sqrt(strength)).astype(np.uint8)
    rgba = np.ascontiguousarray(np.dstack([rgb, alpha]))
    height, width = contributions.shape
    image = QImage(rgba.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()
    return QPixmap.fromImage(image)
