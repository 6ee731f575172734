"""Opening datasets through gui.datasets: HDF5 pairs, picture folders, the real round trip."""

import numpy as np
import pytest

from core.dataset import TEST_FILE, TRAIN_FILE, flatten, load_dataset
from core.errors import DatasetError
from core.training import TrainingRun
from gui.datasets import load_data
from tests.conftest import make_dataset_dir
from tests.image_folders import in_folder_order, write_picture, write_png_folder


def final_record(data):
    run = TrainingRun(
        flatten(data.train_images),
        data.train_labels,
        flatten(data.test_images),
        data.test_labels,
    )
    *_, last = run
    return last


@pytest.fixture(scope="module")
def article_as_pngs(real_data, tmp_path_factory):
    return write_png_folder(real_data, tmp_path_factory.mktemp("article") / "pngs")


def test_the_articles_pictures_as_pngs_load_back_identical(real_data, article_as_pngs):
    data, warnings = load_data(article_as_pngs)
    assert warnings == []
    for images, labels, loaded_images, loaded_labels in (
        (real_data.train_images, real_data.train_labels, data.train_images, data.train_labels),
        (real_data.test_images, real_data.test_labels, data.test_images, data.test_labels),
    ):
        want_images, want_labels = in_folder_order(images, labels)
        np.testing.assert_array_equal(loaded_images, want_images)
        np.testing.assert_array_equal(loaded_labels, want_labels)
    assert data.classes == real_data.classes
    assert data.source == str(article_as_pngs)


def test_training_on_the_png_folder_gives_the_hdf5_result(real_data, article_as_pngs):
    from_hdf5 = final_record(real_data)
    from_folder = final_record(load_data(article_as_pngs)[0])
    assert from_hdf5.epoch == from_folder.epoch == 1000
    for key in ("train_loss", "train_acc", "test_loss", "test_acc"):
        assert round(getattr(from_folder, key), 4) == round(getattr(from_hdf5, key), 4), key
    assert from_hdf5.train_acc != pytest.approx(0.5, abs=0.2)  # the run did learn


def test_photos_of_any_size_are_resized_and_broken_files_skipped(tmp_path):
    root = tmp_path / "mine"
    write_picture(root / "cat" / "wide.jpg", 640, 240, seed=1)
    write_picture(root / "cat" / "tall.png", 90, 700, seed=2)
    write_picture(root / "cat" / "small.jpg", 20, 30, seed=3)
    write_picture(root / "non-cat" / "a.png", 300, 300, seed=4)
    write_picture(root / "non-cat" / "b.jpg", 1200, 800, seed=5)
    jpeg = write_picture(root / "non-cat" / "c.jpg", 500, 400, seed=6).read_bytes()
    (root / "non-cat" / "truncated.jpg").write_bytes(jpeg[:200])
    (root / "cat" / "notes.txt").write_text("not a picture")
    (root / "cat" / "empty.png").write_bytes(b"")

    data, warnings = load_data(root)
    assert data.image_shape == (64, 64, 3)
    assert len(data.train_labels) + len(data.test_labels) == 6
    assert sorted(w.split(":")[0] for w in warnings) == [
        "cat/empty.png",
        "cat/notes.txt",
        "non-cat/truncated.jpg",
    ]
    assert all(": skipped, " in w and "\n" not in w for w in warnings)
    assert "not a picture this app can read" in " ".join(warnings)


def test_a_third_class_or_an_empty_class_is_a_clear_error(tmp_path):
    write_picture(tmp_path / "a" / "cat" / "1.png", 8, 8)
    write_picture(tmp_path / "a" / "non-cat" / "1.png", 8, 8)
    write_picture(tmp_path / "a" / "dog" / "1.png", 8, 8)
    with pytest.raises(DatasetError, match="unexpected class folder 'dog'"):
        load_data(tmp_path / "a")
    write_picture(tmp_path / "b" / "cat" / "1.png", 8, 8)
    (tmp_path / "b" / "non-cat").mkdir()
    with pytest.raises(DatasetError, match=r"non-cat: no pictures"):
        load_data(tmp_path / "b")


def test_the_hdf5_pair_is_still_found_and_preferred(tiny_data_dir, monkeypatch):
    data, warnings = load_data(tiny_data_dir)
    assert (warnings, data.train_images.shape) == ([], (12, 4, 4, 3))
    write_picture(tiny_data_dir / "cat" / "x.png", 8, 8)  # subfolders do not hide the pair
    assert load_data(tiny_data_dir)[0].source == str(tiny_data_dir)
    monkeypatch.setenv("CATNEURON_DATA", str(tiny_data_dir))
    assert load_data()[0].source == str(tiny_data_dir)


def test_a_folder_with_neither_kind_says_what_it_needs(tmp_path):
    with pytest.raises(DatasetError) as caught:
        load_data(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path}: no dataset here; a dataset folder holds")
    make_dataset_dir(tmp_path / "half")
    (tmp_path / "half" / TEST_FILE).unlink()
    with pytest.raises(DatasetError, match=f"missing {TEST_FILE}"):
        load_data(tmp_path / "half")
    assert (tmp_path / "half" / TRAIN_FILE).exists()


def test_a_written_dataset_reads_back_with_the_articles_format(real_data, tmp_path):
    from core.dataset import save_dataset

    written = save_dataset(tmp_path, real_data)
    assert sorted(p.name for p in written) == sorted([TRAIN_FILE, TEST_FILE])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([TRAIN_FILE, TEST_FILE])
    again = load_dataset(tmp_path)
    np.testing.assert_array_equal(again.train_images, real_data.train_images)
    np.testing.assert_array_equal(again.test_labels, real_data.test_labels)
