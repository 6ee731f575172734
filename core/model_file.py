"""Saving and loading a trained neuron as a small, self-describing HDF5 file.

The file holds everything needed to use the neuron on a new picture (weights,
bias, input shape, class names, preprocessing) and to know where it came from
(hyperparameters, final metrics, app version). No pickle: only arrays and
plain attributes, so a model file can never run code when opened.
"""

from __future__ import annotations

import io
import json
import math
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import h5py
import numpy as np

from core import __version__, untrusted
from core.atomic import atomic_path, write_bytes
from core.errors import ModelFileError, WouldReplaceError
from core.hyperparameters import Hyperparameters
from core.locations import user_path
from core.neuron import Neuron
from core.task import CLASS_NAMES, INPUT_SHAPE
from core.training import EpochRecord

FORMAT_NAME = "catneuron-model"
FORMAT_VERSION = 1
PREPROCESSING = "flatten row-major, divide by 255"

MAX_SIDE = 1024
"""The largest picture side a model may take: 1024×1024×3 weights are 25 MB."""

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A model file larger than this is not one of ours (ours are 100 KB at 64×64)."""

METRIC_KEYS = ("epoch", "train_loss", "train_acc", "test_loss", "test_acc")
HYPERPARAMETER_KEYS = ("learning_rate", "epochs", "seed")


@dataclass(eq=False)
class Model:
    """A neuron together with what it takes to use and to explain it."""

    neuron: Neuron
    input_shape: tuple[int, int, int] = INPUT_SHAPE
    classes: tuple[str, str] = CLASS_NAMES
    hyperparameters: Hyperparameters | None = None
    metrics: EpochRecord | None = None

    def __post_init__(self) -> None:
        if int(np.prod(self.input_shape)) != self.neuron.n_features_in_:
            raise ModelFileError(
                "this model's weights do not fit its picture size: a {size} picture needs "
                "{needed} weights, the model has {found}",
                size=_shape_text(self.input_shape),
                needed=int(np.prod(self.input_shape)),
                found=self.neuron.n_features_in_,
            )


def save_model(
    path: str | os.PathLike[str],
    model: Model,
    *,
    force: bool = False,
    dataset_paths: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """Write ``model`` to ``path``, all or nothing: any failure leaves an old file intact.

    The file is built in memory, written next to its destination under a
    temporary name, flushed to disk, read back and compared, then renamed over
    ``path`` in one step. The target is checked first (see :func:`check_save_target`).

    Returns
    -------
    Path
        Where the model was written (``path`` with ``~`` expanded).

    Raises
    ------
    WouldReplaceError
        ``path`` holds a file that is not a Cat Neuron model and ``force`` is false.
    ModelFileError
        One line: the target cannot be written, the disk is full, the read-back differs.
    """
    target = check_save_target(path, dataset_paths=dataset_paths, force=force)
    if not (np.all(np.isfinite(model.neuron.coef_)) and math.isfinite(model.neuron.intercept_)):
        raise ModelFileError("{path}: the weights hold inf or NaN; nothing was saved", path=target)
    data = model_bytes(model)

    def verify(tmp: Path, destination: Path) -> None:
        if tmp.read_bytes() != data:
            raise ModelFileError(
                "{path}: the file read back differs from what was written (failing disk?)",
                path=destination,
            )
        try:
            loaded = load_model(tmp)
        except ModelFileError:
            loaded = None
        if loaded is None or not (
            np.array_equal(loaded.neuron.coef_, model.neuron.coef_)
            and loaded.neuron.intercept_ == model.neuron.intercept_
        ):
            raise ModelFileError(
                "{path}: the model read back differs from the one saved", path=destination
            )

    try:
        with atomic_path(target, verify) as tmp:
            write_bytes(tmp, data)
    except OSError as error:
        raise ModelFileError(
            "{path}: cannot write ({reason}); the old file, if any, is unchanged",
            path=target,
            reason=untrusted.reason(error),
        ) from error
    return target


def check_save_target(
    path: str | os.PathLike[str],
    *,
    dataset_paths: Iterable[str | os.PathLike[str]] = (),
    force: bool = False,
) -> Path:
    """Whether a model may be written at ``path``; call it before training, and before saving.

    Allowed: a new file in an existing, writable folder, or a Cat Neuron model
    file to replace. Refused with :class:`WouldReplaceError` (the user may
    confirm and call again with ``force=True``): any other existing regular
    file, a dataset file among them. Refused always, with :class:`ModelFileError`:
    an empty path, a folder, a device, a pipe or anything not a regular file, a
    link loop, a missing folder, and any of ``dataset_paths`` (the dataset in use).

    Returns
    -------
    Path
        The target with ``~`` expanded.
    """
    target = user_path(path, ModelFileError)
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise ModelFileError(
            "{path}: cannot be used ({reason})", path=target, reason=untrusted.reason(error)
        ) from None
    except RuntimeError:  # a symlink loop, on some Python versions
        raise ModelFileError("{path}: cannot be used (a link loop)", path=target) from None
    if info is None:
        if target.is_symlink():
            raise ModelFileError(
                "{path}: is a link to nothing; give a plain file name", path=target
            )
        folder = target.parent
        if not folder.is_dir():
            raise ModelFileError(
                "{path}: folder {folder} does not exist", path=target, folder=folder
            )
        if not os.access(folder, os.W_OK | os.X_OK):
            raise ModelFileError(
                "{path}: cannot write in folder {folder} (permission denied)",
                path=target,
                folder=folder,
            )
        return target
    if stat.S_ISDIR(info.st_mode):
        raise ModelFileError("{path}: is a folder; give a file name", path=target)
    if not stat.S_ISREG(info.st_mode):
        raise ModelFileError(
            "{path}: is not a regular file; a model is never written there", path=target
        )
    for in_use in dataset_paths:
        try:
            if os.path.samefile(target, in_use):
                raise ModelFileError(
                    "{path}: is the dataset in use; a model is never written over it", path=target
                )
        except OSError:
            continue
    if not force and not is_model_file(target):
        raise WouldReplaceError(
            "{path}: already exists and is not a Cat Neuron model; replacing it would lose it",
            path=target,
        )
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise ModelFileError(
            "{path}: cannot write in folder {folder} (permission denied)",
            path=target,
            folder=target.parent,
        )
    return target


def is_model_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a Cat Neuron model file (only its format mark is checked)."""
    try:
        untrusted.check_file(Path(path), ModelFileError, MAX_FILE_BYTES)
        with untrusted.open_hdf5(Path(path), ModelFileError, "an HDF5 model file") as f:
            if untrusted.has_key(f, "train_set_x") or untrusted.has_key(f, "test_set_x"):
                return False
            return untrusted.text_attribute(f, "format", ModelFileError, "") == FORMAT_NAME
    except Exception:
        return False


def load_model(
    path: str | os.PathLike[str], expected_shape: tuple[int, ...] | None = None
) -> Model:
    """Read and validate a model file; *every* failure is one :class:`ModelFileError` line.

    The file is not trusted: sizes, types and shapes are checked from its
    metadata before the weights are read (see :mod:`core.untrusted`), and
    whatever the HDF5 library or the checks raise becomes a ModelFileError,
    so a caller can catch that one type and fall back to another model.

    Parameters
    ----------
    expected_shape
        The ``(H, W, 3)`` the caller's images have, if it matters (a model trained
        on 64×64 pictures cannot judge a 32×32 dataset).
    """
    try:
        path = user_path(path, ModelFileError)
        untrusted.check_file(path, ModelFileError, MAX_FILE_BYTES)
        with untrusted.open_hdf5(path, ModelFileError, "an HDF5 model file") as f:
            model = _read(f, path)
    except ModelFileError:
        raise
    except Exception as error:
        raise ModelFileError(
            "{path}: cannot be read as a model ({reason})",
            path=path,
            reason=untrusted.reason(error),
            detail=error,
        ) from error
    if expected_shape is not None and tuple(expected_shape) != model.input_shape:
        raise ModelFileError(
            "{path}: the model takes {size} images, the data has {data_size}",
            path=path,
            size=_shape_text(model.input_shape),
            data_size=_shape_text(tuple(expected_shape)),
        )
    return model


def model_bytes(model: Model) -> bytes:
    """The model file's bytes, built in memory (the disk sees only plain writes)."""
    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as f:
        f.attrs["format"] = FORMAT_NAME
        f.attrs["format_version"] = FORMAT_VERSION
        f.attrs["app_version"] = __version__
        f.attrs["input_shape"] = np.asarray(model.input_shape, dtype=np.int64)
        f.attrs["classes"] = json.dumps(list(model.classes))
        f.attrs["preprocessing"] = PREPROCESSING
        if model.hyperparameters is not None:
            f.attrs["hyperparameters"] = json.dumps(vars(model.hyperparameters))
        if model.metrics is not None:
            f.attrs["metrics"] = json.dumps(model.metrics.as_dict())
        f.create_dataset("w", data=np.asarray(model.neuron.coef_, dtype=np.float64))
        f.create_dataset("b", data=np.float64(model.neuron.intercept_))
    return buffer.getvalue()


def _read(f: h5py.File, path: Path) -> Model:
    name = str(path)
    if untrusted.has_key(f, "train_set_x") or untrusted.has_key(f, "test_set_x"):
        raise ModelFileError("{path}: this is a dataset file, not a model", path=path)
    if untrusted.text_attribute(f, "format", ModelFileError, name) != FORMAT_NAME:
        raise ModelFileError("{path}: not a Cat Neuron model file", path=path)
    version = _whole_number(untrusted.attribute(f, "format_version", ModelFileError, name))
    if version is None or version < 0:
        raise ModelFileError("{path}: the model format version is not a number", path=path)
    if version > FORMAT_VERSION:
        raise ModelFileError(
            "{path}: made by a newer Cat Neuron (model format {version}, this version reads "
            "{supported}); update the app",
            path=path,
            version=version,
            supported=FORMAT_VERSION,
        )
    shape = _input_shape(untrusted.attribute(f, "input_shape", ModelFileError, name), path)
    n = int(np.prod(shape))
    w_data = untrusted.dataset(f, "w", ModelFileError, name)
    b_data = untrusted.dataset(f, "b", ModelFileError, name)
    if w_data.dtype.kind != "f":
        raise ModelFileError("{path}: the weights 'w' should be numbers", path=path)
    if w_data.shape != (n,):
        raise ModelFileError(
            "{path}: {size} images need {needed} weights, found {found}",
            path=path,
            size=_shape_text(shape),
            needed=n,
            found=w_data.shape,
        )
    if b_data.dtype.kind != "f" or b_data.shape not in ((), (1,)):
        raise ModelFileError("{path}: the bias 'b' should be one number", path=path)
    w = untrusted.read_data(w_data, ModelFileError, name, 8 * n).astype(np.float64)
    b = float(np.asarray(untrusted.read_data(b_data, ModelFileError, name, 8)).ravel()[0])
    if not (np.all(np.isfinite(w)) and math.isfinite(b)):
        raise ModelFileError("{path}: the weights hold inf or NaN", path=path)
    classes = untrusted.class_names(
        untrusted.json_attribute(f, "classes", ModelFileError, name)
        if "classes" in f.attrs
        else list(CLASS_NAMES),
        ModelFileError,
        name,
    )
    hyper = untrusted.json_attribute(f, "hyperparameters", ModelFileError, name)
    metrics = untrusted.json_attribute(f, "metrics", ModelFileError, name)
    return Model(
        Neuron(w, b),
        shape,
        classes,
        None if hyper is None else _hyperparameters(hyper, path),
        None if metrics is None else _metrics(metrics, path),
    )


def _whole_number(value: object) -> int | None:
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, np.ndarray) and value.shape in ((), (1,)) and value.dtype.kind in "iu":
        return int(value.ravel()[0])
    return None


def _input_shape(value: object, path: Path) -> tuple[int, int, int]:
    array = np.asarray(value) if value is not None else np.zeros(0)
    if array.dtype.kind not in "iu" or array.shape != (3,):
        raise ModelFileError("{path}: the input shape should be (H, W, 3)", path=path)
    h, w, c = (int(v) for v in array)
    if c != 3 or not (1 <= h <= MAX_SIDE and 1 <= w <= MAX_SIDE):
        raise ModelFileError(
            "{path}: the input shape should be (H, W, 3) with sides of 1 to {limit}, "
            "found ({h}, {w}, {c})",
            path=path,
            limit=MAX_SIDE,
            h=h,
            w=w,
            c=c,
        )
    return (h, w, c)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _hyperparameters(value: object, path: Path) -> Hyperparameters:
    problem = ModelFileError("{path}: the training settings stored in it are damaged", path=path)
    if not isinstance(value, dict) or sorted(value) != sorted(HYPERPARAMETER_KEYS):
        raise problem
    if not (
        _is_number(value["learning_rate"])
        and all(type(value[k]) is int for k in ("epochs", "seed"))
    ):
        raise problem
    try:
        return Hyperparameters(float(value["learning_rate"]), value["epochs"], value["seed"])
    except ValueError:
        raise problem from None


def _metrics(value: object, path: Path) -> EpochRecord:
    problem = ModelFileError("{path}: the results stored in it are damaged", path=path)
    if not isinstance(value, dict) or sorted(value) != sorted(METRIC_KEYS):
        raise problem
    if type(value["epoch"]) is not int or value["epoch"] < 0:
        raise problem
    numbers = [value[k] for k in METRIC_KEYS[1:]]
    if not all(_is_number(v) and v >= 0 for v in numbers):
        raise problem
    if not (value["train_acc"] <= 1 and value["test_acc"] <= 1):
        raise problem
    return EpochRecord(value["epoch"], *(float(v) for v in numbers))


def _shape_text(shape: tuple[int, ...]) -> str:
    return f"{shape[1]}×{shape[0]}" if len(shape) >= 2 else str(shape)
