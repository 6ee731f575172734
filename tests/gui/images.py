"""Pictures for the tests, written with Qt in tmp_path: every kind a user might drop."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
from PySide6.QtGui import QColor, QImage

from gui.image_decoder import to_qimage


def gradient(width: int, height: int) -> np.ndarray:
    """A smooth RGB picture: red grows left to right, green top to bottom."""
    x = np.linspace(0, 255, width)[None, :].repeat(height, 0)
    y = np.linspace(0, 255, height)[:, None].repeat(width, 1)
    return np.stack([x, y, np.full_like(x, 80)], axis=2).astype(np.uint8)


def save(image: QImage, path: Path, quality: int = -1) -> Path:
    assert image.save(str(path), quality=quality), path
    return path


def rgb_file(path: Path, pixels: np.ndarray, quality: int = -1) -> Path:
    return save(to_qimage(pixels), path, quality)


def grayscale_png(path: Path, size: int = 80) -> Path:
    image = to_qimage(gradient(size, size)).convertToFormat(QImage.Format.Format_Grayscale8)
    return save(image, path)


def rgba_png(path: Path, size: int = 64) -> Path:
    """Left half opaque black, right half fully transparent (which must read as white)."""
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(QColor(0, 0, 0, 0))
    for x in range(size // 2):
        for y in range(size):
            image.setPixelColor(x, y, QColor(0, 0, 0, 255))
    return save(image, path)


def truncated_png(path: Path) -> Path:
    full = rgb_file(path, gradient(64, 64)).read_bytes()
    path.write_bytes(full[: len(full) // 2])
    return path


def truncated_jpeg(path: Path) -> Path:
    full = rgb_file(path, gradient(800, 600), quality=90).read_bytes()
    path.write_bytes(full[: len(full) // 2])
    return path


def huge_png_header(path: Path, side: int = 30_000) -> Path:
    """A valid PNG signature and header claiming side×side pixels: a decompression bomb's shape."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1024)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat))
    return path


def jpeg_with_orientation(path: Path, pixels: np.ndarray, orientation: int) -> Path:
    """A JPEG carrying an EXIF Orientation tag (6 = the camera was turned 90° clockwise)."""
    plain = rgb_file(path, pixels, quality=95).read_bytes()
    tiff = b"MM\0*" + struct.pack(">I", 8) + struct.pack(">H", 1)
    tiff += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack(">I", 0)
    app1 = b"Exif\0\0" + tiff
    segment = b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
    path.write_bytes(plain[:2] + segment + plain[2:])
    return path


def grey_gif(path: Path, width: int, height: int) -> Path:
    """A GIF (Qt reads GIF but cannot write it): greys from black on the left to white on the right.

    Written "uncompressed": 9-bit LZW codes with a clear code before the table
    would grow, which every decoder accepts.
    """
    palette = bytes(v for g in range(256) for v in (g, g, g))
    indexes = (np.linspace(0, 255, width)[None, :].repeat(height, 0)).astype(np.uint8).ravel()
    clear, end = 256, 257
    codes: list[int] = []
    for start in range(0, len(indexes), 254):
        codes.append(clear)
        codes.extend(indexes[start : start + 254].tolist())
    codes.append(end)
    bits = 0
    value = 0
    packed = bytearray()
    for code in codes:
        value |= code << bits
        bits += 9
        while bits >= 8:
            packed.append(value & 0xFF)
            value >>= 8
            bits -= 8
    if bits:
        packed.append(value & 0xFF)
    blocks = b"".join(
        bytes([len(packed[i : i + 255])]) + packed[i : i + 255] for i in range(0, len(packed), 255)
    )
    header = b"GIF89a" + struct.pack("<HHBBB", width, height, 0xF7, 0, 0) + palette
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x08" + blocks + b"\x00"
    path.write_bytes(header + image + b"\x3b")
    return path


def write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path
