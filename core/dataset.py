"""The Cat vs Non-Cat dataset: finding it, validating it, and turning images into inputs.

The article's format is a folder with two HDF5 files. Every way they can be
wrong is reported as one :class:`~core.errors.DatasetError` line naming the
file, the key, what was expected and what was found, because the people who
hit these errors are learners, not HDF5 experts.
"""

from __future__ import annotations

import io
import os
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

import h5py
import numpy as np

from core import untrusted
from core.atomic import atomic_paths, write_bytes
from core.errors import DatasetError, DatasetNotFoundError, WouldReplaceError
from core.locations import dataset_search_path
from core.task import CAT_LABEL, CLASS_NAMES

TRAIN_FILE = "train_catvnoncat.h5"
TEST_FILE = "test_catvnoncat.h5"
FILE_NAMES = (TRAIN_FILE, TEST_FILE)

PAIR_ATTRIBUTE = "catneuron_pair"
"""Both files of a pair written by Cat Neuron carry the same random id; a mixed pair is refused."""

MAX_SIDE = 1024
MAX_IMAGE_BYTES = 4 * 1024**3
"""The largest split read: 4 GiB of pixels (about 350,000 pictures of 64×64)."""


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
        height, width, channels = self.train_images.shape[1:]
        return int(height), int(width), int(channels)

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
        if all(_is_file(folder / name) for name in FILE_NAMES):
            return folder
    if explicit is not None:
        folder = places[0][1]
        if not _is_dir(folder):
            raise DatasetError("{path}: no such folder", path=folder)
        missing = ", ".join(n for n in FILE_NAMES if not _is_file(folder / n))
        raise DatasetNotFoundError("{path}: missing {missing}", path=folder, missing=missing)
    looked = "; ".join(str(folder) for _, folder in places)
    raise DatasetNotFoundError(
        "no dataset found (looked in {looked}): {train} and {test} are needed",
        looked=looked,
        train=TRAIN_FILE,
        test=TEST_FILE,
    )


def load_dataset(folder: str | os.PathLike[str]) -> Dataset:
    """Load and validate the article's HDF5 pair from ``folder``; any failure is one line.

    The files are not trusted (see :mod:`core.untrusted`): every shape, type and
    size is checked before the pixels are read. A pair whose two files come
    from different writes (one replaced alone) is refused.
    """
    folder = Path(folder)
    try:
        train_x, train_y, train_classes, train_pair = _read_split(folder / TRAIN_FILE, "train")
        test_x, test_y, test_classes, test_pair = _read_split(folder / TEST_FILE, "test")
    except DatasetError:
        raise
    except Exception as error:
        raise DatasetError(
            "{path}: cannot be read as a dataset ({reason})",
            path=folder,
            reason=untrusted.reason(error),
            detail=error,
        ) from error
    if train_pair != test_pair:
        raise DatasetError(
            "{path}: {train} and {test} do not belong together (one was replaced without the "
            "other, perhaps by an interrupted write); build or download the dataset again",
            path=folder,
            train=TRAIN_FILE,
            test=TEST_FILE,
        )
    if train_x.shape[1:] != test_x.shape[1:]:
        raise DatasetError(
            "{file}: 'test_set_x' images are {test_size} but the train images are {train_size}; "
            "both splits need the same size",
            file=TEST_FILE,
            test_size=_size(test_x),
            train_size=_size(train_x),
        )
    if train_classes != test_classes:
        raise DatasetError(
            "{file}: 'list_classes' is {test_classes} but {train_file} has {train_classes}",
            file=TEST_FILE,
            test_classes=list(test_classes),
            train_file=TRAIN_FILE,
            train_classes=list(train_classes),
        )
    return Dataset(train_x, train_y, test_x, test_y, train_classes, source=str(folder))


def check_dataset_target(folder: str | os.PathLike[str], *, force: bool = False) -> Path:
    """Whether the HDF5 pair may be written in ``folder``; call it before the long work.

    Existing files of the pair are replaced only with ``force`` (else
    :class:`WouldReplaceError`); a name of the pair taken by a folder, a device
    or a pipe is refused always.
    """
    folder = Path(folder)
    for name in FILE_NAMES:
        try:
            info = (folder / name).lstat()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DatasetError(
                "{path}: cannot be used ({reason})",
                path=folder / name,
                reason=untrusted.reason(error),
            ) from None
        if not stat.S_ISREG(info.st_mode):
            raise DatasetError(
                "{path}: is not a regular file; the dataset is never written there",
                path=folder / name,
            )
        if not force:
            raise WouldReplaceError(
                "{path}: already there; replacing it would lose the dataset it holds",
                path=folder / name,
            )
    return folder


def save_dataset(
    folder: str | os.PathLike[str], dataset: Dataset, *, force: bool = False
) -> list[Path]:
    """Write ``dataset`` as the article's HDF5 pair in ``folder`` (which must exist).

    Same keys and dtypes as the article's files (uint8 images, int64 labels,
    ``list_classes`` as bytes), so :func:`load_dataset` and the article's own
    code read them. Both files are built in memory (twice the dataset's size
    for a moment), written under temporary names, flushed, read back, and
    renamed only when both are complete: a failure leaves ``folder`` as it was.
    Both carry the same pair id, so that a reader refuses a pair that a kill
    between the two renames left mixed.
    """
    folder = check_dataset_target(folder, force=force)
    pair = uuid.uuid4().hex
    classes = np.array([name.encode("utf-8") for name in dataset.classes])
    splits = (
        ("train", dataset.train_images, dataset.train_labels),
        ("test", dataset.test_images, dataset.test_labels),
    )
    contents = [
        _split_bytes(split, images, labels, classes, pair) for split, images, labels in splits
    ]
    targets = [folder / name for name in FILE_NAMES]

    def verify(tmp: Path, destination: Path) -> None:
        split = "train" if destination.name == TRAIN_FILE else "test"
        images, labels, _, read_pair = _read_split(tmp, split, destination.name)
        expected = splits[0] if split == "train" else splits[1]
        if not (
            read_pair == pair
            and np.array_equal(images, expected[1])
            and np.array_equal(labels, expected[2])
        ):
            raise DatasetError(
                "{path}: the file read back differs from what was written (failing disk?)",
                path=destination,
            )

    try:
        with atomic_paths(targets, verify) as temporary:
            for tmp, content in zip(temporary, contents, strict=True):
                write_bytes(tmp, content.getbuffer())
    except OSError as error:
        raise DatasetError(
            "{path}: cannot write ({reason}); the files there are unchanged",
            path=folder,
            reason=untrusted.reason(error),
        ) from error
    return targets


def _split_bytes(
    split: str, images: np.ndarray, labels: np.ndarray, classes: np.ndarray, pair: str
) -> io.BytesIO:
    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as f:
        f.attrs[PAIR_ATTRIBUTE] = pair
        f.create_dataset(f"{split}_set_x", data=np.asarray(images, np.uint8))
        f.create_dataset(f"{split}_set_y", data=np.asarray(labels, np.int64))
        f.create_dataset("list_classes", data=classes)
    return buffer


def _read_split(
    path: Path, split: str, name: str | None = None
) -> tuple[np.ndarray, np.ndarray, tuple[str, str], str | None]:
    name = name or path.name
    untrusted.check_file(path, DatasetError)
    x_key, y_key = f"{split}_set_x", f"{split}_set_y"
    with untrusted.open_hdf5(path, DatasetError, "an HDF5 file") as f:
        x = untrusted.dataset(f, x_key, DatasetError, name)
        y = untrusted.dataset(f, y_key, DatasetError, name)
        c = untrusted.dataset(f, "list_classes", DatasetError, name)
        if x.dtype != np.uint8 or x.ndim != 4 or x.shape[-1] != 3:
            raise DatasetError(
                "{file}: '{key}' should be uint8 images of shape (m, H, W, 3), found {found}",
                file=name,
                key=x_key,
                found=f"{x.dtype} {x.shape}",
            )
        m, h, w, _ = x.shape
        if m == 0 or h == 0 or w == 0:
            raise DatasetError(
                "{file}: '{key}' holds no images, found shape {shape}",
                file=name,
                key=x_key,
                shape=x.shape,
            )
        if h > MAX_SIDE or w > MAX_SIDE:
            raise DatasetError(
                "{file}: '{key}' images are {w}×{h}; this app reads sides up to {limit}",
                file=name,
                key=x_key,
                w=w,
                h=h,
                limit=MAX_SIDE,
            )
        if y.shape != (m,):
            raise DatasetError(
                "{file}: '{key}' should hold {m} labels (one per image), found shape {shape}",
                file=name,
                key=y_key,
                m=m,
                shape=y.shape,
            )
        if y.dtype.kind not in "biu" or y.dtype.itemsize > 8:
            raise DatasetError(
                "{file}: '{key}' should be integer labels 0/1, found {dtype}",
                file=name,
                key=y_key,
                dtype=y.dtype,
            )
        if c.shape != (2,):
            raise DatasetError(
                "{file}: 'list_classes' should name 2 classes, found shape {shape}",
                file=name,
                shape=c.shape,
            )
        if not (c.dtype.kind == "S" or h5py.check_string_dtype(c.dtype) is not None):
            raise DatasetError("{file}: 'list_classes' should hold 2 texts", file=name)
        untrusted.check_size(x, DatasetError, name, MAX_IMAGE_BYTES)
        pair = untrusted.text_attribute(f, PAIR_ATTRIBUTE, DatasetError, name)
        raw_classes = untrusted.read_data(c, DatasetError, name, 2 * 1024)
        labels = untrusted.read_data(y, DatasetError, name, 8 * m)
        images = untrusted.read_data(x, DatasetError, name, MAX_IMAGE_BYTES)
    # A mask, not np.unique: unique imports numpy.ma, a quarter of numpy's start-up time.
    bad = labels[(labels != 0) & (labels != 1)]
    if bad.size:
        raise DatasetError(
            "{file}: '{key}' labels must be 0 or 1, found {found}",
            file=name,
            key=y_key,
            found=np.unique(bad)[:5].tolist(),
        )
    return images, labels.astype(np.int64), _decode_classes(raw_classes, name), pair


def _decode_classes(raw: np.ndarray, name: str) -> tuple[str, str]:
    try:
        names = [item.decode("utf-8") if isinstance(item, bytes) else item for item in raw]
    except UnicodeDecodeError:
        raise DatasetError("{file}: 'list_classes' is not UTF-8 text", file=name) from None
    return untrusted.class_names(names, DatasetError, name)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _size(images: np.ndarray) -> str:
    return f"{images.shape[2]}×{images.shape[1]}"
