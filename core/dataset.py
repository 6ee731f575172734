"""The Cat vs Non-Cat dataset: finding it, validating it, and turning images into inputs.

The article's format is a folder with two HDF5 files. Every way they can be
wrong is reported as one :class:`~core.errors.DatasetError` line naming the
file, the key, what was expected and what was found, because the people who
hit these errors are learners, not HDF5 experts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import h5py
import numpy as np

from core.atomic import atomic_paths
from core.errors import DatasetError, first_line
from core.locations import dataset_search_path
from core.task import CAT_LABEL, CLASS_NAMES

TRAIN_FILE = "train_catvnoncat.h5"
TEST_FILE = "test_catvnoncat.h5"
FILE_NAMES = (TRAIN_FILE, TEST_FILE)


@dataclass(frozen=True, eq=False)
class Dataset:
    """Train and test images as uint8 ``(m, H, W, 3)`` with 0/1 labels, as stored on disk.

    Images stay uint8 until training needs floats (see :func:`flatten`): a quarter
    of the memory, and what the window shows as thumbnails.
    """

    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    classes: tuple[str, str] = CLASS_NAMES
    source: str = ""

    @property
    def image_shape(self) -> tuple[int, int, int]:
        """``(H, W, 3)`` of every image."""
        return tuple(self.train_images.shape[1:])  # type: ignore[return-value]

    @property
    def n_features(self) -> int:
        """The number of inputs of the neuron, ``H * W * 3``."""
        return int(np.prod(self.image_shape))

    def summary(self) -> str:
        """One line for a status bar: sizes, image shape and class balance."""
        h, w, _ = self.image_shape
        cats = int(np.sum(self.train_labels == CAT_LABEL))
        return (
            f"{len(self.train_labels)} train / {len(self.test_labels)} test images, "
            f"{w}×{h}, {cats} {self.classes[CAT_LABEL]}s in train"
        )


def flatten(images: np.ndarray, dtype: type = np.float64) -> np.ndarray:
    """The article's preprocessing: each image flattened row-major, divided by 255.

    Returns ``(m, H*W*3)``, one row per image: the one float copy of the images
    that training needs (numpy converts the uint8 values chunk by chunk as it
    divides, so no second copy is made on the way).
    """
    return np.divide(images.reshape(len(images), -1), dtype(255.0), dtype=dtype)


def find_dataset_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The first folder holding both HDF5 files: ``--data`` > ``$CATNEURON_DATA`` > user folder.

    Raises
    ------
    DatasetError
        Saying where it looked and how to get the files.
    """
    places = dataset_search_path(explicit)
    for _, folder in places:
        if all((folder / name).is_file() for name in FILE_NAMES):
            return folder
    if explicit is not None:
        folder = places[0][1]
        if not folder.exists():
            raise DatasetError(f"{folder}: no such folder")
        missing = ", ".join(n for n in FILE_NAMES if not (folder / n).is_file())
        raise DatasetError(
            f"{folder}: missing {missing} "
            "(run `python main.py fetch-data --dest FOLDER` to download the dataset)"
        )
    looked = "; ".join(f"{origin}: {folder}" for origin, folder in places)
    raise DatasetError(
        f"dataset not found (looked in {looked}); pass --data FOLDER with "
        f"{TRAIN_FILE} and {TEST_FILE}, or run `python main.py fetch-data`"
    )


def load_dataset(folder: str | os.PathLike[str]) -> Dataset:
    """Load and validate the article's HDF5 pair from ``folder``."""
    folder = Path(folder)
    train_x, train_y, train_classes = _read_split(folder / TRAIN_FILE, "train")
    test_x, test_y, test_classes = _read_split(folder / TEST_FILE, "test")
    if train_x.shape[1:] != test_x.shape[1:]:
        raise DatasetError(
            f"{TEST_FILE}: 'test_set_x' images are {_size(test_x)} but the train images "
            f"are {_size(train_x)}; both splits need the same size"
        )
    if train_classes != test_classes:
        raise DatasetError(
            f"{TEST_FILE}: 'list_classes' is {list(test_classes)} but {TRAIN_FILE} "
            f"has {list(train_classes)}"
        )
    return Dataset(train_x, train_y, test_x, test_y, train_classes, source=str(folder))


def save_dataset(folder: str | os.PathLike[str], dataset: Dataset) -> list[Path]:
    """Write ``dataset`` as the article's HDF5 pair in ``folder`` (which must exist).

    Same keys and dtypes as the article's files (uint8 images, int64 labels,
    ``list_classes`` as bytes), so :func:`load_dataset` and the article's own
    code read them. Both files are written under temporary names first and
    renamed only when both are complete: a failure leaves ``folder`` as it was.
    """
    folder = Path(folder)
    splits = (
        (TRAIN_FILE, "train", dataset.train_images, dataset.train_labels),
        (TEST_FILE, "test", dataset.test_images, dataset.test_labels),
    )
    classes = np.array([name.encode("utf-8") for name in dataset.classes])
    targets = [folder / name for name, *_ in splits]
    try:
        with atomic_paths(targets) as temporary:
            for tmp, (_, split, images, labels) in zip(temporary, splits, strict=True):
                with h5py.File(tmp, "w") as f:
                    f.create_dataset(f"{split}_set_x", data=np.asarray(images, np.uint8))
                    f.create_dataset(f"{split}_set_y", data=np.asarray(labels, np.int64))
                    f.create_dataset("list_classes", data=classes)
    except OSError as error:
        raise DatasetError(f"{folder}: cannot write ({first_line(error)})") from error
    return targets


def _read_split(path: Path, split: str) -> tuple[np.ndarray, np.ndarray, tuple[str, str]]:
    name = path.name
    if not path.is_file():
        raise DatasetError(f"{path}: file not found")
    if not h5py.is_hdf5(path):
        raise DatasetError(f"{path}: not an HDF5 file")
    x_key, y_key = f"{split}_set_x", f"{split}_set_y"
    try:
        with h5py.File(path, "r") as f:
            for key in (x_key, y_key, "list_classes"):
                if not isinstance(f.get(key), h5py.Dataset):
                    found = ", ".join(sorted(f.keys())) or "none"
                    raise DatasetError(f"{name}: missing key '{key}' (keys found: {found})")
            images = np.asarray(f[x_key][()])
            labels = np.asarray(f[y_key][()])
            raw_classes = np.asarray(f["list_classes"][()])
    except DatasetError:
        raise
    except (OSError, ValueError, TypeError, KeyError) as error:
        raise DatasetError(f"{path}: cannot read ({first_line(error)})") from error

    if images.dtype != np.uint8 or images.ndim != 4 or images.shape[-1] != 3:
        raise DatasetError(
            f"{name}: '{x_key}' should be uint8 images of shape (m, H, W, 3), "
            f"found {images.dtype} {images.shape}"
        )
    if len(images) == 0 or 0 in images.shape:
        raise DatasetError(f"{name}: '{x_key}' holds no images, found shape {images.shape}")
    m = len(images)
    if labels.shape != (m,):
        raise DatasetError(
            f"{name}: '{y_key}' should hold {m} labels (one per image), found shape {labels.shape}"
        )
    if labels.dtype.kind not in "biu":
        raise DatasetError(f"{name}: '{y_key}' should be integer labels 0/1, found {labels.dtype}")
    # A mask, not np.unique: unique imports numpy.ma, a quarter of numpy's start-up time.
    bad = labels[(labels != 0) & (labels != 1)]
    if bad.size:
        found = np.unique(bad)[:5].tolist()
        raise DatasetError(f"{name}: '{y_key}' labels must be 0 or 1, found {found}")
    return images, labels.astype(np.int64), _decode_classes(raw_classes, name)


def _decode_classes(raw: np.ndarray, name: str) -> tuple[str, str]:
    if raw.shape != (2,):
        raise DatasetError(f"{name}: 'list_classes' should name 2 classes, found shape {raw.shape}")
    try:
        names = tuple(
            item.decode("utf-8") if isinstance(item, bytes) else str(item) for item in raw
        )
    except UnicodeDecodeError as error:
        raise DatasetError(f"{name}: 'list_classes' is not UTF-8 text") from error
    return names  # type: ignore[return-value]


def _size(images: np.ndarray) -> str:
    return f"{images.shape[2]}×{images.shape[1]}"
