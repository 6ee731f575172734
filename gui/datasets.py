"""Opening a dataset from whatever folder the user names: the article's HDF5 pair or pictures.

The command line's ``--data``, ``build-dataset`` and the window's workers all
come through :func:`load_data`, so a folder means the same thing everywhere.
The work is core's (:mod:`core.dataset`, :mod:`core.image_folder`); this file
only supplies the app's one image decoder, which lives on the Qt side.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import numpy as np

from core.dataset import FILE_NAMES, Dataset, find_dataset_dir, load_dataset
from core.errors import DatasetError
from core.image_folder import is_image_folder, load_image_folder
from core.progress import CancelCheck, ProgressCallback
from core.task import INPUT_SHAPE


def load_data(
    path: str | os.PathLike[str] | None = None,
    *,
    input_shape: tuple[int, int, int] = INPUT_SHAPE,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[Dataset, list[str]]:
    """The dataset at ``path``, or the first one found (``$CATNEURON_DATA``, the user folder).

    A folder holding the HDF5 pair is read as such; a folder with subfolders
    (``cat/``, ``non-cat/``, or ``train/`` and ``test/`` of them) as pictures,
    decoded to ``input_shape`` with ``progress`` and ``cancel`` as in
    :func:`core.image_folder.load_image_folder`.

    Returns
    -------
    tuple of (Dataset, list of str)
        The dataset and the warnings about skipped files (none for HDF5).

    Raises
    ------
    DatasetError
        One line: nothing found, a wrong layout, a damaged file.
    """
    if path is not None:
        folder = Path(path).expanduser()
        if is_image_folder(folder):
            return load_images(folder, input_shape=input_shape, progress=progress, cancel=cancel)
        if folder.is_dir() and not any((folder / name).exists() for name in FILE_NAMES):
            raise DatasetError(
                "{path}: no dataset here; a dataset folder holds {files}, or pictures in "
                "'cat' and 'non-cat' folders",
                path=folder,
                files=" + ".join(FILE_NAMES),
            )
    return load_dataset(find_dataset_dir(path)), []


def load_images(
    folder: str | os.PathLike[str],
    *,
    input_shape: tuple[int, int, int] = INPUT_SHAPE,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    workers: int | None = None,
) -> tuple[Dataset, list[str]]:
    """An image folder decoded with the app's decoder (see :mod:`core.image_folder`)."""
    decode = partial(decode_pixels, input_shape=input_shape)
    return load_image_folder(
        folder, decode, input_shape, progress=progress, cancel=cancel, workers=workers
    )


def decode_pixels(path: Path, input_shape: tuple[int, int, int] = INPUT_SHAPE) -> np.ndarray:
    """The ``input_shape`` uint8 pixels the neuron sees for the picture at ``path``."""
    from gui.image_decoder import decode_for_model  # Qt: only when there are pictures to read

    return decode_for_model(path, input_shape).pixels
