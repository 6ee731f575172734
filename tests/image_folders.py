"""Writing picture folders for tests: a dataset as PNGs, photo-like JPEGs, broken files."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from core.dataset import Dataset
from core.image_folder import CLASS_FOLDERS
from gui.image_decoder import to_qimage


def write_png_folder(dataset: Dataset, root: Path) -> Path:
    """``root/{train,test}/{cat,non-cat}/NNN.png``: each image saved losslessly under its index."""
    for split, images, labels in (
        ("train", dataset.train_images, dataset.train_labels),
        ("test", dataset.test_images, dataset.test_labels),
    ):
        for name in CLASS_FOLDERS:
            (root / split / name).mkdir(parents=True, exist_ok=True)
        for index, (image, label) in enumerate(zip(images, labels, strict=True)):
            path = root / split / CLASS_FOLDERS[label] / f"{index:03}.png"
            assert to_qimage(image).save(str(path)), path
    return root


def in_folder_order(images: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What loading a folder written by :func:`write_png_folder` gives: class, then index."""
    order = np.argsort(labels, kind="stable")
    return images[order], labels[order]


def write_picture(path: Path, width: int, height: int, seed: int = 0) -> Path:
    """A smooth colourful picture of any size, as JPEG or PNG by ``path``'s suffix."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    base = rng.integers(0, 256, 3)
    pixels = (base + (x * 255 // max(width, 1))[..., None] + (y * 3)[..., None]) % 256
    path.parent.mkdir(parents=True, exist_ok=True)
    assert to_qimage(pixels.astype(np.uint8)).save(str(path)), path
    return path
