"""The one image decoder: files (any format Qt reads) to the RGB arrays the neuron sees.

The command line's ``predict``, the drop panel and image-folder datasets all
call :func:`decode_for_model`, so a picture gets the same answer everywhere.
Only ``QtGui`` is used, which works without a window or a QApplication.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMessageLogContext, QSize, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage, QImageReader

from core.errors import CatNeuronError

MAX_MEGAPIXELS = 64
"""Pictures larger than this are refused before decoding (decompression bombs)."""

PREVIEW_SIDE = 512
"""Decode at most this many pixels on the long side: plenty for a 64×64 input and a preview.

JPEG decodes straight to the smaller size (libjpeg's DCT scaling), which is
what keeps a 1600×1200 photo well under 100 ms from drop to answer.
"""

TRUNCATION_WARNINGS = ("premature end",)
"""Decoder warnings that mean the file stopped early (libjpeg fills the rest with grey)."""

QImageReader.setAllocationLimit(4 * MAX_MEGAPIXELS + 64)


class ImageError(CatNeuronError):
    """A file that cannot be turned into a picture for the neuron."""


@dataclass(frozen=True)
class DecodedImage:
    """A decoded picture: a preview to show and the exact array the neuron sees."""

    path: Path
    original_size: tuple[int, int]
    preview: QImage
    pixels: np.ndarray


def decode_for_model(
    path: str | os.PathLike[str], input_shape: tuple[int, int, int] = (64, 64, 3)
) -> DecodedImage:
    """Decode ``path``, apply its EXIF orientation, flatten alpha onto white, resize to the input.

    The picture is stretched to the input size (as the article did with its own
    photos), not cropped: the neuron sees the whole picture.

    Raises
    ------
    ImageError
        One line naming the file: missing, empty, not an image, too large, truncated.
    """
    path = Path(path)
    preview, original_size = _read(path, PREVIEW_SIDE)
    return image_for_model(preview, input_shape, path, original_size)


def image_for_model(
    image: QImage,
    input_shape: tuple[int, int, int] = (64, 64, 3),
    path: Path = Path("pasted image"),
    original_size: tuple[int, int] | None = None,
) -> DecodedImage:
    """The same as :func:`decode_for_model` for a picture already in memory (a paste)."""
    if image.isNull():
        raise ImageError(f"{path.name}: empty image")
    size = original_size or (image.width(), image.height())
    preview = image
    if max(image.width(), image.height()) > PREVIEW_SIDE:
        preview = image.scaled(
            PREVIEW_SIDE,
            PREVIEW_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    height, width = input_shape[:2]
    small = preview.scaled(
        width,
        height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return DecodedImage(path, size, preview, to_rgb_array(small))


def read_image(path: str | os.PathLike[str], max_side: int | None = None) -> QImage:
    """Read an image file into a QImage, refusing anything broken or too large to decode safely."""
    return _read(Path(path), max_side)[0]


def _read(path: Path, max_side: int | None) -> tuple[QImage, tuple[int, int]]:
    name = path.name
    if not path.is_file():
        raise ImageError(f"{name}: file not found")
    if path.stat().st_size == 0:
        raise ImageError(f"{name}: empty file")
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not reader.canRead():
        raise ImageError(f"{name}: not an image format Qt can read")
    size = reader.size()
    if size.isValid():
        megapixels = size.width() * size.height() / 1e6
        if megapixels > MAX_MEGAPIXELS:
            raise ImageError(
                f"{name}: {size.width()}×{size.height()} is {megapixels:,.0f} megapixels, "
                f"more than the {MAX_MEGAPIXELS} this app decodes"
            )
        if max_side and max(size.width(), size.height()) > max_side:
            bounds = QSize(max_side, max_side)
            reader.setScaledSize(size.scaled(bounds, Qt.AspectRatioMode.KeepAspectRatio))
    with _DecoderWarnings() as warnings:
        image = reader.read()
    if image.isNull():
        reason = reader.errorString() or "cannot decode"
        raise ImageError(f"{name}: {reason[0].lower()}{reason[1:]} (damaged or truncated file?)")
    if any(w in message.lower() for message in warnings for w in TRUNCATION_WARNINGS):
        raise ImageError(f"{name}: the file ends too early (truncated download or copy?)")
    return image, (size.width(), size.height())


class _DecoderWarnings(list):
    """Collects the image plugins' warnings emitted on this thread while the block runs.

    Qt reports a truncated JPEG only as a warning and returns a half-grey picture;
    catching the warning lets the decoder refuse the file like any damaged one.
    Our handler is installed while any decode runs and then the previous one is
    restored; every other message is passed on to it unchanged.
    """

    _local = threading.local()
    _lock = threading.Lock()
    _active = 0
    _previous: object = None

    def __enter__(self) -> list[str]:
        cls = _DecoderWarnings
        with cls._lock:
            if cls._active == 0:
                cls._previous = qInstallMessageHandler(cls._handle)
            cls._active += 1
        cls._local.sink = self
        return self

    def __exit__(self, *exc: object) -> None:
        cls = _DecoderWarnings
        cls._local.sink = None
        with cls._lock:
            cls._active -= 1
            if cls._active == 0:
                qInstallMessageHandler(cls._previous)  # type: ignore[arg-type]
                cls._previous = None

    @staticmethod
    def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        sink = getattr(_DecoderWarnings._local, "sink", None)
        if sink is not None and (context.category or "").startswith("qt.gui.imageio"):
            sink.append(message)
        elif callable(_DecoderWarnings._previous):
            _DecoderWarnings._previous(kind, context, message)
        else:
            print(message, file=sys.stderr)


def to_rgb_array(image: QImage) -> np.ndarray:
    """A ``(H, W, 3)`` uint8 copy of ``image``; transparent pixels are composited onto white."""
    if image.hasAlphaChannel():
        rgba = _pixels(image.convertToFormat(QImage.Format.Format_RGBA8888), 4).astype(np.float32)
        alpha = rgba[..., 3:] / 255.0
        rgb = rgba[..., :3] * alpha + 255.0 * (1.0 - alpha)
        return np.rint(rgb).astype(np.uint8)
    return _pixels(image.convertToFormat(QImage.Format.Format_RGB888), 3)


def to_qimage(pixels: np.ndarray) -> QImage:
    """A QImage that owns a copy of a ``(H, W, 3)`` uint8 array, for showing it."""
    pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
    height, width = pixels.shape[:2]
    return QImage(pixels.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def _pixels(image: QImage, channels: int) -> np.ndarray:
    width, height = image.width(), image.height()
    buffer = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = buffer.reshape(height, image.bytesPerLine())
    return rows[:, : width * channels].reshape(height, width, channels).copy()
