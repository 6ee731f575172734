import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from core.dataset import TEST_FILE, TRAIN_FILE, find_dataset_dir, flatten, load_dataset
from core.errors import DatasetError, DatasetNotFoundError
from tests.conftest import make_dataset_dir, write_split


def test_loads_a_valid_folder(tiny_data_dir):
    data = load_dataset(tiny_data_dir)
    assert data.train_images.shape == (12, 4, 4, 3)
    assert data.test_images.dtype == np.uint8
    assert data.classes == ("non-cat", "cat")
    assert data.n_features == 48
    assert "12 train / 6 test images" in data.summary()


def test_flatten_is_row_major_and_scaled():
    images = np.arange(2 * 2 * 2 * 3, dtype=np.uint8).reshape(2, 2, 2, 3)
    X = flatten(images)
    assert X.shape == (2, 12)
    np.testing.assert_array_equal(X[1], images[1].reshape(-1) / 255.0)


def test_flatten_float32_keeps_the_dtype():
    assert flatten(np.zeros((1, 2, 2, 3), np.uint8), np.float32).dtype == np.float32


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_flatten_makes_one_float_copy_and_no_temporary(dtype):
    images = np.random.default_rng(0).integers(0, 256, (40, 32, 32, 3), dtype=np.uint8)
    tracemalloc.start()
    try:
        X = flatten(images, dtype)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1.1 * X.nbytes
    np.testing.assert_array_equal(X, images.reshape(40, -1).astype(dtype) / dtype(255))


def broken(folder: Path, file: str, **kwargs) -> Path:
    make_dataset_dir(folder)
    split = "train" if file == TRAIN_FILE else "test"
    m = 12 if split == "train" else 6
    images = kwargs.pop("images", np.zeros((m, 4, 4, 3), np.uint8))
    labels = kwargs.pop("labels", np.arange(m) % 2)
    write_split(folder / file, split, images, labels, **kwargs)
    return folder


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda d: (make_dataset_dir(d), (d / TEST_FILE).unlink()),
            "test_catvnoncat.h5: file not found",
        ),
        (
            lambda d: (make_dataset_dir(d), (d / TRAIN_FILE).write_text("hello")),
            "train_catvnoncat.h5: not an HDF5 file",
        ),
        (
            lambda d: broken(d, TRAIN_FILE, drop="train_set_y"),
            "train_catvnoncat.h5: missing key 'train_set_y' "
            "(keys found: list_classes, train_set_x)",
        ),
        (
            lambda d: broken(d, TEST_FILE, drop="list_classes"),
            "test_catvnoncat.h5: missing key 'list_classes'",
        ),
        (
            lambda d: broken(d, TRAIN_FILE, images=np.zeros((12, 4, 4, 3), np.float32)),
            "'train_set_x' should be uint8 images of shape (m, H, W, 3), "
            "found float32 (12, 4, 4, 3)",
        ),
        (
            lambda d: broken(d, TRAIN_FILE, images=np.zeros((12, 4, 4), np.uint8)),
            "found uint8 (12, 4, 4)",
        ),
        (
            lambda d: broken(d, TEST_FILE, images=np.zeros((6, 8, 8, 3), np.uint8)),
            "'test_set_x' images are 8×8 but the train images are 4×4",
        ),
        (
            lambda d: broken(d, TRAIN_FILE, labels=np.zeros(11, np.int64)),
            "'train_set_y' should hold 12 labels (one per image), found shape (11,)",
        ),
        (
            lambda d: broken(d, TRAIN_FILE, labels=np.full(12, 2)),
            "'train_set_y' labels must be 0 or 1, found [2]",
        ),
        (
            lambda d: broken(d, TRAIN_FILE, labels=np.full(12, 0.5)),
            "'train_set_y' should be integer labels 0/1, found float64",
        ),
        (
            lambda d: broken(d, TEST_FILE, classes=(b"dog", b"cat")),
            "test_catvnoncat.h5: 'list_classes' is ['dog', 'cat'] but train_catvnoncat.h5 has",
        ),
        (
            lambda d: broken(d, TRAIN_FILE, classes=(b"a", b"b", b"c")),
            "'list_classes' should name 2 classes, found shape (3,)",
        ),
    ],
)
def test_each_violation_is_one_specific_line(tmp_path, make, message):
    folder = tmp_path / "data"
    make(folder)
    with pytest.raises(DatasetError) as caught:
        load_dataset(folder)
    text = str(caught.value)
    assert message in text
    assert "\n" not in text


def test_a_truncated_file_is_a_dataset_error(tmp_path):
    folder = make_dataset_dir(tmp_path / "data")
    blob = (folder / TRAIN_FILE).read_bytes()
    (folder / TRAIN_FILE).write_bytes(blob[: len(blob) // 2])
    with pytest.raises(DatasetError, match=r"train_catvnoncat\.h5"):
        load_dataset(folder)


def test_search_order_is_flag_then_environment_then_user_folder(tmp_path, monkeypatch):
    flag = make_dataset_dir(tmp_path / "flag")
    env = make_dataset_dir(tmp_path / "env")
    user = make_dataset_dir(tmp_path / "xdg" / "catneuron" / "datasets")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("CATNEURON_DATA", str(env))
    assert find_dataset_dir(flag) == flag
    assert find_dataset_dir() == env
    monkeypatch.delenv("CATNEURON_DATA")
    assert find_dataset_dir() == user


def test_not_found_says_where_it_looked_and_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("CATNEURON_DATA", str(tmp_path / "nowhere"))
    with pytest.raises(DatasetError) as caught:
        find_dataset_dir()
    text = str(caught.value)
    assert str(tmp_path / "nowhere") in text
    assert str(tmp_path / "xdg" / "catneuron" / "datasets") in text
    assert isinstance(caught.value, DatasetNotFoundError)  # the CLI names its commands
    assert "--data" not in text  # the window shows it too: no command-line words


def test_an_explicit_folder_never_falls_back(tmp_path, monkeypatch, tiny_data_dir):
    monkeypatch.setenv("CATNEURON_DATA", str(tiny_data_dir))
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetError, match=r"missing train_catvnoncat\.h5, test_catvnoncat\.h5"):
        find_dataset_dir(tmp_path / "empty")


def test_the_real_dataset_loads(real_data):
    assert real_data.train_images.shape == (209, 64, 64, 3)
    assert real_data.test_images.shape == (50, 64, 64, 3)
    assert int(real_data.train_labels.sum()) == 72
    assert int(real_data.test_labels.sum()) == 33
    assert real_data.classes == ("non-cat", "cat")
