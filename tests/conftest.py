"""Fixtures shared by the whole suite: tiny synthetic datasets and the real one."""

from __future__ import annotations

import os
from pathlib import Path

import h5py
import numpy as np
import pytest

from core.dataset import TEST_FILE, TRAIN_FILE, Dataset, load_dataset

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def write_split(
    path: Path,
    split: str,
    images: np.ndarray,
    labels: np.ndarray,
    classes=(b"non-cat", b"cat"),
    drop: str | None = None,
) -> None:
    """Write one file of the article's format, optionally without one of its keys."""
    with h5py.File(path, "w") as f:
        for key, value in (
            (f"{split}_set_x", images),
            (f"{split}_set_y", labels),
            ("list_classes", np.array(classes)),
        ):
            if key != drop:
                f.create_dataset(key, data=value)


def make_dataset_dir(
    folder: Path, m: int = 12, m_test: int = 6, size: int = 4, seed: int = 0
) -> Path:
    """A valid dataset folder: random uint8 images whose brightness decides the label."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for name, split, count in ((TRAIN_FILE, "train", m), (TEST_FILE, "test", m_test)):
        labels = np.arange(count) % 2
        images = rng.integers(0, 128, size=(count, size, size, 3), dtype=np.uint8)
        images[labels == 1] += 100
        write_split(folder / name, split, images, labels.astype(np.int64))
    return folder


@pytest.fixture
def tiny_data_dir(tmp_path: Path) -> Path:
    return make_dataset_dir(tmp_path / "tiny")


@pytest.fixture(scope="session")
def real_data_dir() -> Path:
    """The article's dataset from $CATNEURON_DATA; a failure, never a skip, when it is missing."""
    folder = os.environ.get("CATNEURON_DATA")
    if not folder or not (Path(folder) / TRAIN_FILE).is_file():
        pytest.fail(
            f"the real dataset is needed: set CATNEURON_DATA to a folder with {TRAIN_FILE} "
            f"and {TEST_FILE} (make test uses ../shared/datasets); got {folder!r}"
        )
    return Path(folder).resolve()  # often given relative; the file-URL tests need it absolute


@pytest.fixture(scope="session")
def real_data(real_data_dir: Path) -> Dataset:
    return load_dataset(real_data_dir)


@pytest.fixture
def dataset_server(real_data_dir: Path):
    """A loopback HTTP server serving the real dataset files (see tests/loopback_server.py)."""
    from tests.loopback_server import DatasetServer

    server = DatasetServer.of_folder(real_data_dir, (TRAIN_FILE, TEST_FILE)).start()
    yield server
    server.stop()
