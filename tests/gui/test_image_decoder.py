"""The one decoder, on every kind of picture a user might give it."""

import numpy as np
import pytest

from gui.image_decoder import MAX_MEGAPIXELS, ImageError, decode_for_model
from tests.gui import images


def test_a_64px_png_comes_back_exactly(tmp_path):
    pixels = np.random.default_rng(0).integers(0, 256, (64, 64, 3), dtype=np.uint8)
    decoded = decode_for_model(images.rgb_file(tmp_path / "a.png", pixels))
    np.testing.assert_array_equal(decoded.pixels, pixels)
    assert decoded.original_size == (64, 64)


@pytest.mark.parametrize("suffix", ["jpg", "png", "bmp", "gif", "webp", "tiff"])
def test_every_common_format_becomes_the_models_input(tmp_path, suffix):
    if suffix == "gif":
        path = images.grey_gif(tmp_path / "pic.gif", 300, 200)
    else:
        path = images.rgb_file(tmp_path / f"pic.{suffix}", images.gradient(300, 200))
    decoded = decode_for_model(path)
    assert decoded.pixels.shape == (64, 64, 3) and decoded.pixels.dtype == np.uint8
    # stretched, not cropped: the left edge is dark red, the right edge bright red
    assert decoded.pixels[32, 0, 0] < 40 and decoded.pixels[32, -1, 0] > 200


def test_a_large_jpeg_is_decoded_small_and_kept_whole(tmp_path):
    path = images.rgb_file(tmp_path / "big.jpg", images.gradient(4000, 3000), quality=90)
    decoded = decode_for_model(path)
    assert decoded.original_size == (4000, 3000)
    assert max(decoded.preview.width(), decoded.preview.height()) == 512
    assert decoded.pixels.shape == (64, 64, 3)
    assert decoded.pixels[-1, 32, 1] > 200  # the bottom row made it in


def test_grayscale_becomes_three_equal_channels(tmp_path):
    decoded = decode_for_model(images.grayscale_png(tmp_path / "g.png"))
    channels = decoded.pixels.astype(int)
    assert np.array_equal(channels[..., 0], channels[..., 1])
    assert np.array_equal(channels[..., 1], channels[..., 2])


def test_transparency_is_flattened_onto_white(tmp_path):
    decoded = decode_for_model(images.rgba_png(tmp_path / "rgba.png"))
    assert decoded.pixels[10, 5].tolist() == [0, 0, 0]
    assert decoded.pixels[10, 60].tolist() == [255, 255, 255]


def test_exif_orientation_is_applied(tmp_path):
    wide = images.gradient(120, 60)  # landscape as stored
    path = images.jpeg_with_orientation(tmp_path / "turned.jpg", wide, orientation=6)
    decoded = decode_for_model(path)
    assert decoded.preview.width() < decoded.preview.height()  # shown upright: portrait


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.png", "missing.png: file not found"),
        (lambda d: images.write(d / "empty.png", b""), "empty.png: empty file"),
        (
            lambda d: images.write(d / "text.png", b"hello"),
            "text.png: not a picture this app can read",
        ),
        (lambda d: images.truncated_png(d / "cut.png"), "cut.png: the file ends too early"),
        (lambda d: images.truncated_jpeg(d / "cut.jpg"), "cut.jpg: the file ends too early"),
        (
            lambda d: images.huge_png_header(d / "bomb.png"),
            f"bomb.png: 30000×30000 is 900 megapixels, more than the {MAX_MEGAPIXELS}",
        ),
    ],
)
def test_bad_files_are_one_line_errors_naming_the_file(tmp_path, make, message):
    with pytest.raises(ImageError) as caught:
        decode_for_model(make(tmp_path))
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)
