"""The one image decoder: files (any format Qt reads) to the RGB arrays the neuron sees.

The command line's ``predict``, the drop panel and image-folder datasets all
call :func:`decode_for_model`, so a picture gets the same answer everywhere.
Only ``QtGui`` is used, which works without a window or a QApplication.
Without a QApplication, import this module on the main thread before decoding
on others: Qt takes the first thread that uses it for its main thread and
moves its image plugins there, and a decoding thread that ends would leave
them with none (``QObject::moveToThread`` warnings by the thousand, and crashes).
"""

from __future__ import annotations

import os
import stat
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLoggingCategory, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from core.errors import CatNeuronError

MAX_MEGAPIXELS = 64
"""Pictures larger than this are refused before decoding (decompression bombs)."""

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Files larger than this are refused before they are read: no picture we take needs more."""

DECODE_BUDGET_BYTES = 512 * 1024 * 1024
"""Pixels being decoded at once, over all threads: a decode waits until its share fits.

Sixteen 64-megapixel PNGs decoding together would take 4 GB; with the budget
two run at once and the rest wait their turn. A picture larger than the
budget on its own runs alone.
"""

PREVIEW_SIDE = 512
"""Decode at most this many pixels on the long side: plenty for a 64×64 input and a preview.

JPEG decodes straight to the smaller size (libjpeg's DCT scaling), which is
what keeps a 1600×1200 photo well under 100 ms from drop to answer.
"""

ACCEPTED_FORMATS = frozenset(
    b"bmp cur gif icns ico jpeg jpg pbm pgm png ppm tga tif tiff wbmp webp xbm xpm".split()
)
"""Raster formats: their size is in the header and decoding is linear in it, so it is bounded.

SVG (and PDF) are refused: drawing one can take unbounded time and memory (a
2 KB SVG of nested ``<use>`` took minutes) that no cancel can interrupt, and an
SVG with text needs a GUI application the command line does not have.
"""

QImageReader.setAllocationLimit(4 * MAX_MEGAPIXELS + 64)
# Qt's image plugins report problems as log messages; the decoder reports its own
# one-line errors, so those are switched off here, in C++. A Python message handler
# would need the interpreter lock from inside Qt's plugin lock and deadlocks
# decoding threads (a thread holding the interpreter lock waits on Qt's lock).
QLoggingCategory.setFilterRules("qt.gui.imageio*=false\nqt.gui.imageio*.warning=false")


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
    photos), not cropped: the neuron sees the whole picture. Safe on any number
    of threads; at most :data:`DECODE_BUDGET_BYTES` of pixels are decoded at once.

    Raises
    ------
    ImageError
        One line naming the file: missing, unreadable, empty, not a picture,
        a refused format, too large, truncated.
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
        raise ImageError("{name}: empty image", name=path.name)
    size = original_size or (image.width(), image.height())
    preview = image
    if max(image.width(), image.height()) > PREVIEW_SIDE:
        fitted = _fit(QSize(image.width(), image.height()), PREVIEW_SIDE)
        preview = image.scaled(
            fitted,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    height, width = input_shape[:2]
    small = preview.scaled(
        width,
        height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    if small.isNull():
        raise ImageError("{name}: cannot be resized (out of memory?)", name=path.name)
    return DecodedImage(path, size, preview, to_rgb_array(small))


def read_image(path: str | os.PathLike[str], max_side: int | None = None) -> QImage:
    """Read an image file into a QImage, refusing anything broken or too large to decode safely."""
    return _read(Path(path), max_side)[0]


def _read(path: Path, max_side: int | None) -> tuple[QImage, tuple[int, int]]:
    name = path.name
    data = _file_bytes(path)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, path.suffix.lower().lstrip(".").encode())
    try:
        reader.setAutoTransform(True)
        with _HANDLER_LOCK:  # see _HANDLER_LOCK
            readable = reader.canRead()
        if not readable:
            if _looks_like_svg(data):
                raise _refused(name, "SVG")
            raise ImageError("{name}: not a picture this app can read", name=name)
        kind = bytes(reader.format().data()).lower()
        if kind not in ACCEPTED_FORMATS or _looks_like_svg(data):
            raise _refused(name, "SVG" if b"svg" in kind or _looks_like_svg(data) else kind.upper())
        size = reader.size()
        if size.isValid():
            megapixels = size.width() * size.height() / 1e6
            if megapixels > MAX_MEGAPIXELS:
                raise ImageError(
                    "{name}: {width}×{height} is {megapixels} megapixels, more than the {limit} "
                    "this app decodes",
                    name=name,
                    width=size.width(),
                    height=size.height(),
                    megapixels=f"{megapixels:,.0f}",
                    limit=MAX_MEGAPIXELS,
                )
            if max_side and max(size.width(), size.height()) > max_side:
                reader.setScaledSize(_fit(size, max_side))
        if _truncated(kind, data):
            raise ImageError(
                "{name}: the file ends too early (truncated download or copy?)", name=name
            )
        cost = 4 * size.width() * size.height() if size.isValid() else 4 * PREVIEW_SIDE**2
        with _BUDGET.share(cost):
            image = reader.read()
        if image.isNull():
            reason = reader.errorString() or "cannot decode"
            raise ImageError(
                "{name}: {reason} (damaged or truncated file?)",
                name=name,
                reason=reason[0].lower() + reason[1:],
            )
        return image, (size.width(), size.height())
    finally:
        # The reader's plugin may touch the buffer when it goes: detach it while both
        # exist. Then free the buffer here, on the thread that made it: a QObject that an
        # exception's frame kept alive would otherwise be freed later on another thread,
        # after this decoding thread (and Qt's record of it) is gone: a double free.
        reader.setDevice(None)  # type: ignore[arg-type]  # Qt accepts a null device
        buffer.close()
        shiboken6.delete(buffer)


_HANDLER_LOCK = threading.Lock()
"""One thread at a time asks Qt which plugin reads a file (``canRead``).

Qt picks the plugin under a mutex of its own and, while holding it, lets the
plugin peek at our Python-made buffer, which needs Python's lock (the GIL); a
second thread holding the GIL and waiting for Qt's mutex would deadlock the two.
With this lock taken first (Python releases the GIL while it waits for it), at
most one thread is in there. Decoding itself (``read``) stays parallel.
"""


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, read by Python: any name the system allows, errors in its words."""
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ImageError("{name}: file not found", name=name) from None
    except OSError as error:
        raise ImageError(
            "{name}: cannot open ({reason})", name=name, reason=_reason(error)
        ) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ImageError("{name}: is a folder, not a picture", name=name)
        if not stat.S_ISREG(info.st_mode):
            raise ImageError("{name}: not a regular file", name=name)
        if info.st_size == 0:
            raise ImageError("{name}: empty file", name=name)
        if info.st_size > MAX_FILE_BYTES:
            raise ImageError(
                "{name}: {size} MB, more than the {limit} MB this app reads",
                name=name,
                size=f"{info.st_size / 1e6:,.0f}",
                limit=MAX_FILE_BYTES // 1_000_000,
            )
        with os.fdopen(os.dup(fd), "rb") as f:
            return f.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ImageError(
            "{name}: cannot read ({reason})", name=name, reason=_reason(error)
        ) from None
    finally:
        os.close(fd)


def _reason(error: OSError) -> str:
    text = error.strerror or type(error).__name__
    return text[0].lower() + text[1:]


def _refused(name: str, kind: bytes | str) -> ImageError:
    shown = kind.decode("ascii", "replace") if isinstance(kind, bytes) else kind
    if not shown:
        return ImageError(
            "{name}: files of this kind are not accepted, only photos and bitmaps (PNG, JPEG, "
            "GIF, BMP, WebP, TIFF…); save it as PNG",
            name=name,
        )
    return ImageError(
        "{name}: {kind} files are not accepted, only photos and bitmaps (PNG, JPEG, GIF, BMP, "
        "WebP, TIFF…); save it as PNG",
        name=name,
        kind=shown,
    )


def _looks_like_svg(data: bytes) -> bool:
    head = data[:4096].lstrip().lower()
    if head.startswith(b"\x1f\x8b"):
        return False  # svgz: Qt detects it by content, and the format check refuses it
    return head.startswith((b"<svg", b"<?xml", b"<!doctype svg")) and b"<svg" in head


def _fit(size: QSize, side: int) -> QSize:
    """``size`` scaled to fit ``side``×``side``, keeping its shape, never a side of 0 pixels."""
    scale = side / max(size.width(), size.height())
    return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))


def _truncated(kind: bytes, data: bytes) -> bool:
    """Whether the file stops before its (first) picture ends, judged from its structure.

    Qt refuses a cut PNG but fills a cut JPEG with grey and a cut BMP or GIF with
    black; each format is held to the same rule here.
    """
    try:
        if kind in (b"jpeg", b"jpg"):
            scan = data.rfind(b"\xff\xda")
            return scan < 0 or data.find(b"\xff\xd9", scan) < 0
        if kind == b"png":
            return data.rfind(b"IEND") < 0
        if kind == b"bmp":
            return _bmp_truncated(data)
        if kind == b"gif":
            return _gif_truncated(data)
        if kind == b"webp":
            return len(data) < 12 or struct.unpack_from("<I", data, 4)[0] + 8 > len(data)
    except (struct.error, IndexError):
        return True
    return False


def _bmp_truncated(data: bytes) -> bool:
    offset = struct.unpack_from("<I", data, 10)[0]
    header = struct.unpack_from("<I", data, 14)[0]
    if header == 12:
        width, height, _, bits = struct.unpack_from("<HHHH", data, 18)
        compression, image_size = 0, 0
    else:
        width, height, _, bits, compression, image_size = struct.unpack_from("<iiHHII", data, 18)
    if compression in (0, 3, 6):
        row = (bits * abs(width) + 31) // 32 * 4
        needed = row * abs(height)
    else:
        needed = image_size
    return offset + needed > len(data)


def _gif_truncated(data: bytes) -> bool:
    """Whether the first frame's data is cut (the blocks run past the end of the file)."""
    flags = data[10]
    at = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    while True:
        introducer = data[at]
        if introducer == 0x21:  # an extension: label, then sub-blocks
            at = _skip_blocks(data, at + 2)
        elif introducer == 0x2C:  # the image: descriptor, local table, LZW size, sub-blocks
            local = data[at + 9]
            at += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0) + 1
            _skip_blocks(data, at)
            return False
        else:
            return True


def _skip_blocks(data: bytes, at: int) -> int:
    while data[at]:
        at += data[at] + 1
        if at >= len(data):
            raise IndexError(at)
    return at + 1


class _DecodeBudget:
    """At most ``limit`` bytes of pixels being decoded at once, over all threads."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self._changed = threading.Condition()

    def share(self, cost: int) -> _Share:
        return _Share(self, cost)

    def acquire(self, cost: int) -> None:
        with self._changed:
            self._changed.wait_for(lambda: self.used == 0 or self.used + cost <= self.limit)
            self.used += cost

    def release(self, cost: int) -> None:
        with self._changed:
            self.used -= cost
            self._changed.notify_all()


class _Share:
    def __init__(self, budget: _DecodeBudget, cost: int) -> None:
        self.budget, self.cost = budget, cost

    def __enter__(self) -> None:
        self.budget.acquire(self.cost)

    def __exit__(self, *exc: object) -> None:
        self.budget.release(self.cost)


_BUDGET = _DecodeBudget(DECODE_BUDGET_BYTES)


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
