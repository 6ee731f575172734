import json
from pathlib import Path

import h5py
import numpy as np
import pytest

from core import model_file
from core.errors import ModelFileError
from core.hyperparameters import Hyperparameters
from core.model_file import Model, load_model, save_model
from core.neuron import Neuron
from core.training import EpochRecord
from tests.conftest import make_dataset_dir


def small_model(value: float = 0.5) -> Model:
    return Model(
        Neuron(np.full(12, value), -0.25),
        (2, 2, 3),
        ("non-cat", "cat"),
        Hyperparameters(0.01, 10, 3),
        EpochRecord(10, 0.3, 0.9, 0.4, 0.8),
    )


def test_round_trip_keeps_everything(tmp_path):
    path = tmp_path / "m.h5"
    save_model(path, small_model())
    loaded = load_model(path)
    np.testing.assert_array_equal(loaded.neuron.coef_, np.full(12, 0.5))
    assert loaded.neuron.intercept_ == -0.25
    assert loaded.input_shape == (2, 2, 3)
    assert loaded.classes == ("non-cat", "cat")
    assert loaded.hyperparameters == Hyperparameters(0.01, 10, 3)
    assert loaded.metrics == EpochRecord(10, 0.3, 0.9, 0.4, 0.8)
    with h5py.File(path) as f:
        assert f.attrs["preprocessing"] == "flatten row-major, divide by 255"
        assert f.attrs["format_version"] == 1


def test_a_crash_mid_save_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "m.h5"
    save_model(path, small_model(0.5))
    before = path.read_bytes()

    def crash(tmp, data):
        Path(tmp).write_bytes(b"half a file")
        raise KeyboardInterrupt  # the user pulled the plug mid-write

    monkeypatch.setattr(model_file, "write_bytes", crash)
    with pytest.raises(KeyboardInterrupt):
        save_model(path, small_model(0.9))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.h5"]


def test_saving_into_a_missing_folder_is_one_line(tmp_path):
    with pytest.raises(ModelFileError, match="does not exist"):
        save_model(tmp_path / "no" / "m.h5", small_model())


def test_model_shape_must_match_its_weights():
    with pytest.raises(ModelFileError, match="needs 12 weights, the model has 3"):
        Model(Neuron(np.zeros(3)), (2, 2, 3))


def rewrite_attr(path, key, value):
    with h5py.File(path, "a") as f:
        f.attrs[key] = value


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda p: p.write_text("not a model"), "not an HDF5 model file"),
        (lambda p: p.unlink(), "file not found"),
        (
            lambda p: rewrite_attr(p, "format_version", 7),
            "made by a newer Cat Neuron (model format 7",
        ),
        (lambda p: rewrite_attr(p, "format", "something else"), "not a Cat Neuron model file"),
        (lambda p: rewrite_attr(p, "input_shape", np.array([3, 3, 3])), "images need 27 weights"),
        (lambda p: rewrite_attr(p, "hyperparameters", "{oops"), "not valid JSON"),
        (
            lambda p: rewrite_attr(p, "hyperparameters", json.dumps({"epochs": 0})),
            "training settings stored in it are damaged",
        ),
    ],
)
def test_bad_model_files_give_one_line(tmp_path, spoil, message):
    path = tmp_path / "m.h5"
    save_model(path, small_model())
    spoil(path)
    with pytest.raises(ModelFileError, match=r"m\.h5") as caught:
        load_model(path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_dataset_file_is_not_a_model(tmp_path):
    folder = make_dataset_dir(tmp_path / "data")
    with pytest.raises(ModelFileError, match="this is a dataset file, not a model"):
        load_model(folder / "train_catvnoncat.h5")


def test_a_model_for_another_input_shape_is_refused(tmp_path):
    path = tmp_path / "m.h5"
    save_model(path, small_model())
    with pytest.raises(ModelFileError, match="takes 2×2 images, the data has 64×64"):
        load_model(path, expected_shape=(64, 64, 3))


def test_nan_weights_are_refused_on_load_and_never_saved(tmp_path):
    path = tmp_path / "m.h5"
    save_model(path, small_model())
    with h5py.File(path, "a") as f:
        f["w"][3] = np.nan
    with pytest.raises(ModelFileError, match="inf or NaN"):
        load_model(path)
    with pytest.raises(ModelFileError, match="inf or NaN"):
        save_model(tmp_path / "n.h5", small_model(float("nan")))
    assert not (tmp_path / "n.h5").exists()


def test_no_pickle_anywhere_in_the_project():
    root = Path(__file__).resolve().parents[2]
    sources = [p for d in ("core", "gui") for p in (root / d).rglob("*.py")] + [root / "main.py"]
    for source in sources:
        text = source.read_text()
        assert "import pickle" not in text and "allow_pickle=True" not in text, source
