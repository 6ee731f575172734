"""The explanation a learner reads: the sum that makes z, the verdict, its pictures and colours."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QPalette

from core.dataset import flatten
from core.explain import explain
from core.model_file import Model
from core.neuron import Neuron
from gui.app_state import ModelOrigin
from gui.contrast import contrast_ratio
from gui.explanation_view import ExplanationView
from gui.image_decoder import DecodedImage, to_qimage
from tests.gui.views import article_state

NUMBER = re.compile(r"[+−-]?\d[\d,]*\.\d+")


def picture(pixels: np.ndarray) -> DecodedImage:
    return DecodedImage(Path("test.png"), (64, 64), to_qimage(pixels), pixels)


@pytest.fixture
def view(qtbot, real_data):
    state = article_state(real_data)
    view = ExplanationView(state)
    qtbot.addWidget(view)
    view.resize(420, 640)
    view.show()
    return view


def plain(label) -> str:
    return re.sub(r"<[^>]+>", "", label.text().replace("<br>", "\n"))


def shown_numbers(view) -> list[float]:
    return [float(n.replace("−", "-").replace(",", "")) for n in NUMBER.findall(plain(view.math))]


@pytest.mark.parametrize("index", [0, 3, 17])
def test_red_and_blue_sums_plus_the_bias_make_z_as_shown(view, real_data, index):
    pixels = real_data.test_images[index]
    view.show_image(picture(pixels))
    red, blue, bias, z, p, threshold = shown_numbers(view)
    assert red + blue + bias == pytest.approx(z, abs=1e-9)  # adds up as printed
    exact = explain(view.state.model.neuron, flatten(pixels[None])[0], (64, 64, 3))
    assert red > 0 > blue and threshold == 0.5
    for shown, true in ((red, exact.red_sum), (blue, exact.blue_sum), (bias, exact.bias)):
        assert shown == pytest.approx(true, abs=0.0015)
    assert z == pytest.approx(exact.logit, abs=0.0005)
    assert p == pytest.approx(exact.p_cat, abs=0.0005)


def test_the_text_speaks_the_articles_words(view, real_data):
    view.show_image(picture(real_data.test_images[1]))
    text = plain(view.math)
    assert "12288 pixel × weight products" in text.replace(",", "")
    assert "red ones add" in text and "blue ones take away" in text and "bias" in text
    assert "⊙" not in text
    assert "right on 38 of 50 test picture" in view.context.text()


def test_an_answer_between_0_4_and_0_6_says_the_neuron_is_unsure(view, real_data):
    pixels = real_data.test_images[1]
    view.show_image(picture(pixels))
    assert "Unsure" not in view.context.text()  # p(cat) = 0.79 is an answer
    model = view.state.model
    x = flatten(pixels[None])[0]
    unsure = Neuron(model.neuron.coef_, 0.2 - float(model.neuron.coef_ @ x))  # z = 0.2: p = 0.55
    view.state.set_model(Model(unsure, model.input_shape), ModelOrigin.UNTRAINED)
    assert "Unsure" in view.context.text()
    assert "0.4" in view.context.text() and "0.6" in view.context.text()


def test_the_overlay_toggle_changes_the_picture(view, real_data):
    view.show_image(picture(real_data.test_images[1]))
    with_map = view.preview.grab().toImage()
    assert view.preview.has_overlay()
    view.overlay.setChecked(False)
    photo = view.preview.grab().toImage()
    assert not view.preview.has_overlay()
    assert photo != with_map
    view.overlay.setChecked(True)
    assert view.preview.grab().toImage() == with_map


def test_the_colour_bar_is_symmetric_with_the_maps_numbers(view, real_data):
    view.show_image(picture(real_data.test_images[1]))
    left, middle, right = view.color_bar.labels()
    assert left == "−" + right[1:] and right.startswith("+") and middle == "0"
    assert float(right[1:]) == pytest.approx(view.explanation.scale, rel=0.05)


@pytest.mark.parametrize("width", [200, 260, 340, 420, 700])
def test_pictures_sit_above_their_captions_and_never_overlap(view, real_data, qtbot, width):
    view.show_image(picture(real_data.test_images[1]))
    view.resize(width, 700)
    view.layout().activate()
    boxes = [view.preview, view.seen, view.heat]
    for box, caption in zip(boxes, view.captions, strict=True):
        assert box.height() >= 48 and box.picture_rect().height() >= 48
        assert box.geometry().bottom() < caption.geometry().top()
        assert box.geometry().right() <= view.width()
    for one, other in zip(boxes + view.captions, (boxes + view.captions)[1:], strict=False):
        assert not one.geometry().intersects(other.geometry())
    assert view.captions[0].geometry().bottom() < view.color_bar.geometry().top()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def test_an_error_reads_in_light_and_dark_palettes(view):
    view.show_error("photo.png: file not found")
    for palette in (QPalette(QColor("#f0f0f0")), dark_palette()):
        view.setPalette(palette)
        text = view.prediction.palette().color(QPalette.ColorRole.WindowText)
        background = view.palette().color(QPalette.ColorRole.Window)
        assert contrast_ratio(text, background) >= 4.5
        assert text.red() > text.green() + 40  # still a red
    view.setPalette(QPalette())
    assert view.preview.pixmap().isNull()
