"""Saving and loading a trained neuron as a small, self-describing HDF5 file.

The file holds everything needed to use the neuron on a new picture (weights,
bias, input shape, class names, preprocessing) and to know where it came from
(hyperparameters, final metrics, app version). No pickle: only arrays and
plain attributes, so a model file can never run code when opened.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from pathlib import Path

import h5py
import numpy as np

from core import __version__
from core.atomic import atomic_path
from core.errors import ModelFileError, first_line
from core.hyperparameters import Hyperparameters
from core.neuron import Neuron
from core.task import CLASS_NAMES, INPUT_SHAPE
from core.training import EpochRecord

FORMAT_NAME = "catneuron-model"
FORMAT_VERSION = 1
PREPROCESSING = "flatten row-major, divide by 255"


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
                f"a {_shape_text(self.input_shape)} input needs "
                f"{int(np.prod(self.input_shape))} weights, the neuron has "
                f"{self.neuron.n_features_in_}"
            )


def save_model(path: str | os.PathLike[str], model: Model) -> None:
    """Write ``model`` to ``path`` atomically: a crash mid-save leaves any old file intact.

    The file is written next to its destination under a temporary name, flushed
    to disk, then renamed over ``path`` in one step.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise ModelFileError(f"{path}: folder {path.parent} does not exist")
    try:
        with atomic_path(path) as tmp:
            _write(tmp, model)
    except OSError as error:
        raise ModelFileError(f"{path}: cannot write ({first_line(error)})") from error


def load_model(
    path: str | os.PathLike[str], expected_shape: tuple[int, ...] | None = None
) -> Model:
    """Read and validate a model file; every problem is one :class:`ModelFileError` line.

    Parameters
    ----------
    expected_shape
        The ``(H, W, 3)`` the caller's images have, if it matters (a model trained
        on 64×64 pictures cannot judge a 32×32 dataset).
    """
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"{path}: file not found")
    if not h5py.is_hdf5(path):
        raise ModelFileError(f"{path}: not an HDF5 model file")
    try:
        with h5py.File(path, "r") as f:
            model = _read(f, path)
    except ModelFileError:
        raise
    except (OSError, ValueError, TypeError, KeyError) as error:
        raise ModelFileError(f"{path}: cannot read ({first_line(error)})") from error
    if expected_shape is not None and tuple(expected_shape) != model.input_shape:
        raise ModelFileError(
            f"{path}: the model takes {_shape_text(model.input_shape)} images, "
            f"the data has {_shape_text(tuple(expected_shape))}"
        )
    return model


def _write(path: Path, model: Model) -> None:
    with h5py.File(path, "w") as f:
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


def _read(f: h5py.File, path: Path) -> Model:
    if "train_set_x" in f or "test_set_x" in f:
        raise ModelFileError(f"{path}: this is a dataset file, not a model")
    if f.attrs.get("format") != FORMAT_NAME:
        raise ModelFileError(f"{path}: not a Cat Neuron model file")
    version = int(f.attrs.get("format_version", 0))
    if version > FORMAT_VERSION:
        raise ModelFileError(
            f"{path}: made by a newer Cat Neuron (model format {version}, "
            f"this version reads {FORMAT_VERSION}); update the app"
        )
    if not isinstance(f.get("w"), h5py.Dataset) or not isinstance(f.get("b"), h5py.Dataset):
        raise ModelFileError(f"{path}: missing the weights 'w' or the bias 'b'")
    w = np.asarray(f["w"][()], dtype=np.float64)
    b = float(np.asarray(f["b"][()]))
    shape = tuple(int(v) for v in np.asarray(f.attrs.get("input_shape", ())).ravel())
    if len(shape) != 3 or shape[2] != 3 or min(shape) < 1:
        raise ModelFileError(f"{path}: input shape should be (H, W, 3), found {shape}")
    if w.shape != (int(np.prod(shape)),):
        raise ModelFileError(
            f"{path}: {_shape_text(shape)} images need {int(np.prod(shape))} weights, "
            f"found {w.shape}"
        )
    if not (np.all(np.isfinite(w)) and math.isfinite(b)):
        raise ModelFileError(f"{path}: the weights hold inf or NaN")
    classes = tuple(json.loads(f.attrs.get("classes", json.dumps(list(CLASS_NAMES)))))
    if len(classes) != 2:
        raise ModelFileError(f"{path}: a model needs 2 class names, found {len(classes)}")
    hyper = f.attrs.get("hyperparameters")
    metrics = f.attrs.get("metrics")
    return Model(
        Neuron(w, b),
        shape,  # type: ignore[arg-type]
        classes,  # type: ignore[arg-type]
        Hyperparameters(**json.loads(hyper)) if hyper else None,
        EpochRecord(**json.loads(metrics)) if metrics else None,
    )


def _shape_text(shape: tuple[int, ...]) -> str:
    return f"{shape[1]}×{shape[0]}" if len(shape) >= 2 else str(shape)
