"""Folders of pictures as datasets: ``cat/`` and ``non-cat/``, split or to be split.

Two layouts are accepted::

    PATH/train/cat/*  PATH/train/non-cat/*      the split is the user's
    PATH/test/cat/*   PATH/test/non-cat/*

    PATH/cat/*        PATH/non-cat/*            split here: seeded, stratified 80/20

:func:`scan_image_folder` checks the layout and lists the files; it touches
no pixel, so a wrong folder is refused at once. :func:`load_image_folder`
decodes them on a bounded thread pool straight into one preallocated uint8
array, so memory is the size of the 64×64 result plus a few pictures in
flight, whatever the size of the photos. The decoder is passed in (the app's
one decoder lives in ``gui``, which core may not import).

Files are ordered by class (non-cat, then cat) and then by name. The order
does not change what the neuron learns: full-batch gradient descent sums over
all images and the initial weights are drawn per pixel, not per image.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.dataset import FILE_NAMES, Dataset
from core.errors import CatNeuronError, DatasetError
from core.progress import CancelCheck, ProgressCallback, raise_if_canceled
from core.task import CLASS_NAMES, INPUT_SHAPE

CLASS_FOLDERS = CLASS_NAMES
"""The class folder names, in label order: files in ``cat/`` get label 1."""

SPLIT_FOLDERS = ("train", "test")
TEST_FRACTION = 0.2
SPLIT_SEED = 0

Decode = Callable[[Path], np.ndarray]
"""Turns a file into ``(H, W, 3)`` uint8 pixels, raising a CatNeuronError when it cannot."""


@dataclass(frozen=True)
class ImageFile:
    """One picture of the folder and its label (0 non-cat, 1 cat)."""

    path: Path
    label: int


@dataclass(frozen=True)
class ImageFolder:
    """An image folder's files, checked, split and ordered, but not decoded yet."""

    root: Path
    train: tuple[ImageFile, ...]
    test: tuple[ImageFile, ...]
    split_given: bool
    """True for the ``train/`` + ``test/`` layout, False when the split was drawn here."""
    notes: tuple[str, ...] = ()
    """Things ignored on the way (stray files, subfolders), for the warnings."""

    @property
    def files(self) -> tuple[ImageFile, ...]:
        """Train files then test files: the order of :func:`load_image_folder`'s array."""
        return self.train + self.test


def is_image_folder(folder: str | os.PathLike[str]) -> bool:
    """Whether ``folder`` should be read as an image folder rather than as the HDF5 pair.

    True for a folder without either HDF5 file that has at least one visible
    subfolder; whether its layout is right is :func:`scan_image_folder`'s call.
    """
    folder = Path(folder)
    try:
        if not folder.is_dir() or any((folder / name).exists() for name in FILE_NAMES):
            return False
    except OSError:
        return False
    try:
        return any(_subfolders(folder))
    except DatasetError:
        return False


def scan_image_folder(
    folder: str | os.PathLike[str],
    test_fraction: float = TEST_FRACTION,
    seed: int = SPLIT_SEED,
) -> ImageFolder:
    """List an image folder's pictures by split and class, refusing a wrong layout.

    Without ``train/`` and ``test/``, each class is split on its own: its files,
    sorted by name, are shuffled with ``seed`` and ``test_fraction`` of them
    (at least one) go to test, so both splits keep the classes' proportions and
    the same folder always gives the same split.

    Raises
    ------
    DatasetError
        One line naming the folder: not a folder, a class folder missing, a
        third class, an empty class, or only one of ``train/`` and ``test/``.
    """
    root = Path(folder).expanduser()
    try:
        is_folder = root.is_dir()
    except OSError as error:
        raise DatasetError(
            "{path}: cannot open ({reason})", path=root, reason=(error.strerror or "").lower()
        ) from error
    if not is_folder:
        raise DatasetError("{path}: no such folder", path=root)
    subfolders = {path.name: path for path in _subfolders(root)}
    notes: list[str] = []
    has_split = [name in subfolders for name in SPLIT_FOLDERS]
    if any(has_split):
        if not all(has_split):
            present, absent = SPLIT_FOLDERS if has_split[0] else SPLIT_FOLDERS[::-1]
            raise DatasetError(
                "{path}: has a '{present}' folder but no '{absent}' folder (give both, or put "
                "'cat' and 'non-cat' directly in it to split 80/20)",
                path=root,
                present=present,
                absent=absent,
            )
        notes += _ignored(root, set(SPLIT_FOLDERS))
        train = _class_files(subfolders["train"], notes)
        test = _class_files(subfolders["test"], notes)
        return ImageFolder(root, _flat(train), _flat(test), True, tuple(notes))
    by_class = _class_files(root, notes)
    rng = np.random.default_rng(seed)
    train, test = [], []
    for files in by_class:
        if len(files) < 2:
            raise DatasetError(
                "{path}: only 1 picture; a class needs at least 2 to be split into train and test",
                path=files[0].path.parent,
            )
        n_test = min(max(1, round(test_fraction * len(files))), len(files) - 1)
        order = rng.permutation(len(files))
        in_test = set(order[:n_test].tolist())
        test.append([f for i, f in enumerate(files) if i in in_test])
        train.append([f for i, f in enumerate(files) if i not in in_test])
    return ImageFolder(root, _flat(train), _flat(test), False, tuple(notes))


def load_image_folder(
    folder: str | os.PathLike[str] | ImageFolder,
    decode: Decode,
    input_shape: tuple[int, int, int] = INPUT_SHAPE,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    workers: int | None = None,
) -> tuple[Dataset, list[str]]:
    """Decode an image folder into a :class:`~core.dataset.Dataset` of uint8 images.

    Parameters
    ----------
    folder
        The folder, or what :func:`scan_image_folder` made of it.
    decode
        ``decode(path)`` → ``input_shape`` uint8 pixels; called on worker
        threads, so it must be thread-safe (and should release the GIL to gain
        from more than one). A :class:`~core.errors.CatNeuronError` or an
        ``OSError`` from it skips the file with a warning.
    input_shape
        ``(H, W, 3)`` of every decoded picture.
    progress
        Called as ``progress(pictures_done, pictures_total)``.
    cancel
        Checked as each picture completes; raises :class:`~core.errors.CanceledError`.
    workers
        Decoding threads (default: one per CPU, at most 8). At most twice as
        many pictures are in flight at once.

    Returns
    -------
    tuple of (Dataset, list of str)
        The dataset, and one warning line per file skipped or thing ignored.

    Raises
    ------
    DatasetError
        For a wrong layout, or a class of a split left with no picture that decodes.
    """
    scanned = folder if isinstance(folder, ImageFolder) else scan_image_folder(folder)
    files = scanned.files
    workers = workers or min(8, os.cpu_count() or 1)
    images = np.empty((len(files), *input_shape), np.uint8)
    decoded = np.zeros(len(files), bool)
    warnings = list(scanned.notes)
    report = progress or _ignore
    report(0, len(files))

    def take(index: int, future: Future) -> None:
        try:
            pixels = future.result()
        except (CatNeuronError, OSError) as error:
            warnings.append(_warning(files[index].path, scanned.root, error))
            return
        if pixels.shape != input_shape or pixels.dtype != np.uint8:
            raise ValueError(
                f"the decoder gave {pixels.dtype} {pixels.shape} for "
                f"{files[index].path.name}, not uint8 {input_shape}"
            )
        images[index] = pixels
        decoded[index] = True

    _run_bounded([file.path for file in files], decode, take, workers, 2 * workers, report, cancel)
    labels = np.array([file.label for file in files], np.int64)
    n_train = len(scanned.train)
    parts: list[np.ndarray] = []
    for split, span in (("train", slice(0, n_train)), ("test", slice(n_train, len(files)))):
        keep = decoded[span]
        for label, name in enumerate(CLASS_FOLDERS):
            wanted = labels[span] == label
            if not np.any(keep & wanted):
                where = f"{split}/{name}" if scanned.split_given else name
                first = next((w for w in warnings if w.startswith(f"{where}/")), "")
                raise DatasetError(
                    "{path}: no picture in {where} could be decoded ({tried} tried; {first})",
                    path=scanned.root,
                    where=where,
                    tried=int(np.sum(wanted)),
                    first=first,
                )
        kept = images[span] if keep.all() else images[span][keep]
        parts += [kept, labels[span][keep]]
    train_images, train_labels, test_images, test_labels = parts
    dataset = Dataset(
        train_images,
        train_labels,
        test_images,
        test_labels,
        classes=CLASS_FOLDERS,
        source=str(scanned.root),
    )
    return dataset, warnings


def _run_bounded(
    paths: list[Path],
    decode: Decode,
    take: Callable[[int, Future], None],
    workers: int,
    max_in_flight: int,
    report: ProgressCallback,
    cancel: CancelCheck | None,
) -> None:
    """Decode ``paths`` on ``workers`` threads, never more than ``max_in_flight`` at once.

    Bounding the queue is what keeps memory flat: ``executor.map`` would submit
    every file at once and hold every result until it is consumed in order.
    """
    total = len(paths)
    pool = ThreadPoolExecutor(workers, thread_name_prefix="catneuron-decode")
    pending: dict[Future, int] = {}
    next_index = done = 0
    try:
        while next_index < total or pending:
            raise_if_canceled(cancel, "loading")
            while next_index < total and len(pending) < max_in_flight:
                pending[pool.submit(decode, paths[next_index])] = next_index
                next_index += 1
            finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in finished:
                take(pending.pop(future), future)
            if finished:
                done += len(finished)
                report(done, total)
    finally:
        # A cancel or an error returns at once: decodes already running finish on
        # their own (each is bounded in time and memory), none waits for them.
        pool.shutdown(wait=not pending, cancel_futures=True)


def _class_files(folder: Path, notes: list[str]) -> list[list[ImageFile]]:
    """The files of ``folder/non-cat`` and ``folder/cat``, each sorted by name."""
    found = sorted(path.name for path in _subfolders(folder))
    extra = [repr(name) for name in found if name not in CLASS_FOLDERS]
    missing = [repr(name) for name in CLASS_FOLDERS if name not in found]
    if extra:
        raise DatasetError(
            "{path}: unexpected class folder {names}; an image folder has exactly two class "
            "folders, 'cat' and 'non-cat'",
            path=folder,
            names=", ".join(extra),
        )
    if missing:
        raise DatasetError(
            "{path}: no {names} folder; an image folder has exactly two class folders, "
            "'cat' and 'non-cat'",
            path=folder,
            names=" / ".join(missing),
        )
    notes += _ignored(folder, set(CLASS_FOLDERS))
    by_class = []
    for label, name in enumerate(CLASS_FOLDERS):
        class_folder = folder / name
        files, subfolders, others = [], 0, 0
        for entry in sorted(_entries(class_folder), key=lambda e: e.name):
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_file():  # follows links; a pipe, a device, a broken link are not
                    files.append(ImageFile(Path(entry.path), label))
                elif entry.is_dir():
                    subfolders += 1
                else:
                    others += 1
            except OSError:
                others += 1
        if subfolders:
            notes.append(f"{class_folder}: {_count(subfolders, 'subfolder')} ignored")
        if others:
            notes.append(
                f"{class_folder}: {_count(others, 'entry', 'entries')} that are not files ignored"
            )
        if not files:
            raise DatasetError(
                "{path}: no pictures (each class needs at least one)", path=class_folder
            )
        by_class.append(files)
    return by_class


def _entries(folder: Path) -> list[os.DirEntry]:
    """The entries of ``folder``; a folder that cannot be listed is one DatasetError line."""
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError as error:
        raise DatasetError(
            "{path}: cannot list ({reason})",
            path=folder,
            reason=(error.strerror or type(error).__name__).lower(),
        ) from error


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _subfolders(folder: Path) -> list[Path]:
    return [
        Path(entry.path)
        for entry in _entries(folder)
        if not entry.name.startswith(".") and _is_dir(entry)
    ]


def _ignored(folder: Path, expected: set[str]) -> list[str]:
    """A note for the visible entries of ``folder`` other than ``expected``, if any."""
    others = [
        entry
        for entry in _entries(folder)
        if not entry.name.startswith(".") and entry.name not in expected
    ]
    if not others:
        return []
    return [f"{folder}: {_count(len(others), 'other entry', 'other entries')} ignored"]


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _flat(groups: list[list[ImageFile]]) -> tuple[ImageFile, ...]:
    return tuple(file for group in groups for file in group)


def _warning(path: Path, root: Path, error: BaseException) -> str:
    """``cat/x.jpg: skipped, <reason>``: the path from the folder, the reason without the name."""
    try:
        shown = path.relative_to(root).as_posix()
    except ValueError:
        shown = str(path)
    reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
    if isinstance(error, OSError) and error.strerror:
        reason = error.strerror
    reason = reason.removeprefix(f"{path.name}: ")
    return f"{shown}: skipped, {reason}"


def _ignore(done: int, total: int) -> None:
    pass
