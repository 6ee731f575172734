"""Drop to answer: decoding a 1600×1200 JPEG for the neuron, against a 64×64 PNG.

Both pictures are made here, in a temporary folder (never in the repository),
and go through what a drop does: :func:`gui.image_decoder.decode_for_model`,
then :func:`core.dataset.flatten` and the neuron's answer. Medians of many
decodes, alternating the two pictures.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np
from figures import emit, median

RUNS = 30


def photo_like(width: int, height: int) -> np.ndarray:
    """Smooth shapes plus sensor noise: compresses like a photo, not like a flat colour."""
    rng = np.random.default_rng(0)
    y, x = np.mgrid[0:height, 0:width] / max(width, height)
    rgb = np.stack([np.sin(7 * x + 3 * y), np.cos(5 * x * y + 2 * x), np.sin(11 * y)], axis=-1)
    rgb = 127 + 90 * rgb + rng.normal(0, 12, (height, width, 3))
    return np.clip(rgb, 0, 255).astype(np.uint8)


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from core.dataset import flatten
    from core.neuron import Neuron
    from gui.image_decoder import decode_for_model, to_qimage

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (image plugins)
    neuron = Neuron.initial(64 * 64 * 3, 999)
    with tempfile.TemporaryDirectory() as folder:
        photo, icon = Path(folder) / "photo.jpg", Path(folder) / "small.png"
        if not to_qimage(photo_like(1600, 1200)).save(str(photo), "JPEG", 90):
            raise SystemExit("cannot write a JPEG: Qt's jpeg plugin is missing")
        to_qimage(photo_like(64, 64)).save(str(icon), "PNG")

        def answer(path: Path) -> float:
            started = time.perf_counter()
            pixels = decode_for_model(path).pixels
            neuron.predict_proba(flatten(pixels[None]))
            return (time.perf_counter() - started) * 1e3

        answer(photo), answer(icon)  # warm up: plugins load on first use
        photo_ms, icon_ms = [], []
        for _ in range(RUNS):
            photo_ms.append(answer(photo))
            icon_ms.append(answer(icon))
        size_kb = photo.stat().st_size / 1e3
    emit(
        f"drop to answer: 1600×1200 JPEG ({size_kb:.0f} kB) decoded, resized, answered "
        "vs a 64×64 PNG",
        median(photo_ms),
        "ms",
        median(icon_ms),
    )


if __name__ == "__main__":
    main()
