import numpy as np
import pytest
from PySide6.QtGui import QImage

from gui.resources import icon_files, resource_path
from tools import render_icons


def rgba(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : 4 * image.width()].reshape(image.height(), image.width(), 4).astype(int)


def test_every_size_desktops_ask_for_is_rendered():
    assert list(icon_files()) == list(render_icons.SIZES)


@pytest.mark.parametrize("size", render_icons.SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, size):
    committed = QImage(str(icon_files()[size]))
    fresh = render_icons.render(resource_path("catneuron.svg"), size)

    assert (committed.width(), committed.height()) == (size, size)
    # Another Qt version may antialias an edge differently, not redraw the icon.
    assert np.abs(rgba(committed) - rgba(fresh)).max() <= 16, "run tools/render_icons.py"


def test_the_icon_is_a_round_mark_on_a_transparent_square(qapp):
    pixels = rgba(QImage(str(icon_files()[64])))

    assert pixels[0, -1, 3] == 0 and pixels[-1, -1, 3] == 0  # right corners see through
    assert pixels[32, 40, 3] == 255  # the neuron is opaque


def test_rendering_a_broken_svg_is_refused(qapp, tmp_path):
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")

    with pytest.raises(ValueError, match="not a valid SVG"):
        render_icons.render(broken, 16)
