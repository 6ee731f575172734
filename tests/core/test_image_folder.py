"""Image folders in core, with a stand-in decoder: a "picture" is a file holding one byte."""

import threading
from pathlib import Path

import numpy as np
import pytest

from core import image_folder
from core.dataset import TRAIN_FILE
from core.errors import CanceledError, CatNeuronError, DatasetError
from core.image_folder import is_image_folder, load_image_folder, scan_image_folder

SHAPE = (2, 3, 3)


def fake_decode(path: Path) -> np.ndarray:
    data = path.read_bytes()
    if len(data) != 1:
        raise CatNeuronError(f"{path.name}: not a picture")
    return np.full(SHAPE, data[0], np.uint8)


def make_folder(root: Path, files: dict[str, int | bytes]) -> Path:
    for name, value in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bytes([value]) if isinstance(value, int) else value)
    return root


def split_folder(root: Path) -> Path:
    return make_folder(
        root,
        {
            "train/cat/b.png": 11,
            "train/cat/a.png": 10,
            "train/non-cat/z.jpg": 1,
            "train/non-cat/c.jpg": 2,
            "train/non-cat/m.jpg": 3,
            "test/cat/t.png": 20,
            "test/non-cat/u.png": 21,
        },
    )


def one_level_folder(root: Path, cats: int = 10, non_cats: int = 15) -> Path:
    files = {f"cat/{i:03}.png": 100 + i for i in range(cats)}
    files |= {f"non-cat/{i:03}.png": i for i in range(non_cats)}
    return make_folder(root, files)


def test_a_split_folder_loads_in_class_then_name_order(tmp_path):
    data, warnings = load_image_folder(split_folder(tmp_path / "pics"), fake_decode, SHAPE)
    assert warnings == []
    assert data.train_images[:, 0, 0, 0].tolist() == [2, 3, 1, 10, 11]  # c, m, z, a, b
    assert data.train_labels.tolist() == [0, 0, 0, 1, 1]
    assert data.test_images[:, 0, 0, 0].tolist() == [21, 20]
    assert data.test_labels.tolist() == [0, 1]
    assert data.train_images.dtype == np.uint8 and data.train_images.shape == (5, *SHAPE)
    assert data.classes == ("non-cat", "cat")
    assert data.source == str(tmp_path / "pics")


def test_one_level_is_split_80_20_in_each_class(tmp_path):
    data, _ = load_image_folder(one_level_folder(tmp_path), fake_decode, SHAPE)
    assert (len(data.train_labels), len(data.test_labels)) == (20, 5)
    assert np.sum(data.test_labels == 1) == 2 and np.sum(data.test_labels == 0) == 3
    values = np.concatenate([data.train_images, data.test_images])[:, 0, 0, 0]
    assert sorted(values.tolist()) == list(range(15)) + list(range(100, 110))


def test_the_split_is_the_same_each_time_and_follows_the_seed(tmp_path):
    folder = one_level_folder(tmp_path)

    def test_names(seed):
        return [f.path.name for f in scan_image_folder(folder, seed=seed).test]

    assert test_names(0) == test_names(0)
    assert test_names(0) != test_names(1)
    scanned = scan_image_folder(folder)
    assert not scanned.split_given
    assert {f.path for f in scanned.train}.isdisjoint({f.path for f in scanned.test})


def test_broken_files_are_skipped_with_a_warning_naming_them(tmp_path):
    folder = split_folder(tmp_path)
    make_folder(folder, {"train/cat/notes.txt": b"hello", "test/non-cat/empty.png": b""})
    data, warnings = load_image_folder(folder, fake_decode, SHAPE)
    assert sorted(warnings) == [
        "test/non-cat/empty.png: skipped, not a picture",
        "train/cat/notes.txt: skipped, not a picture",
    ]
    assert len(data.train_labels) == 5 and len(data.test_labels) == 2
    assert data.train_images[:, 0, 0, 0].tolist() == [2, 3, 1, 10, 11]


def test_an_os_error_while_decoding_is_a_warning_too(tmp_path):
    folder = split_folder(tmp_path)

    def decode(path):
        if path.name == "z.jpg":
            raise PermissionError(13, "Permission denied", str(path))
        return fake_decode(path)

    data, warnings = load_image_folder(folder, decode, SHAPE)
    assert warnings == ["train/non-cat/z.jpg: skipped, Permission denied"]
    assert len(data.train_labels) == 4


def test_stray_entries_are_ignored_and_noted_hidden_ones_silently(tmp_path):
    folder = split_folder(tmp_path)
    make_folder(folder, {"README.txt": b"x", "train/cat/old/x.png": 5, "train/cat/.DS_Store": b""})
    data, warnings = load_image_folder(folder, fake_decode, SHAPE)
    assert warnings == [
        f"{folder}: 1 other entry ignored",
        f"{folder / 'train' / 'cat'}: 1 subfolder ignored",
    ]
    assert len(data.train_labels) == 5


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            {"train/dog/a.png": 1},
            "train: unexpected class folder 'dog'; an image folder has exactly two class "
            "folders, 'cat' and 'non-cat'",
        ),
        ({"cat/a.png": 1, "cats/b.png": 1}, "unexpected class folder 'cats'"),
        ({"cat/a.png": 1, "cat/b.png": 2, "misc/x": 3}, "unexpected class folder 'misc'"),
        ({"cat/a.png": 1, "cat/b.png": 2}, "no 'non-cat' folder; an image folder has exactly"),
        ({"test/cat/a.png": 1, "test/non-cat/b.png": 2}, "has a 'test' folder but no 'train'"),
        ({"train/cat/a.png": 1, "train/non-cat/b.png": 2}, "has a 'train' folder but no 'test'"),
        ({"cat/a.png": 1, "cat/b.png": 2, "non-cat/.hidden": 3}, "non-cat: no pictures"),
        ({"cat/a.png": 1, "non-cat/b.png": 2, "non-cat/c.png": 3}, "cat: only 1 picture"),
    ],
)
def test_a_wrong_layout_is_one_clear_line(tmp_path, files, message):
    folder = make_folder(tmp_path / "pics", files)
    if "train/dog/a.png" in files:
        make_folder(folder, {"train/cat/a.png": 1, "train/non-cat/a.png": 1, "test/cat/a": 1})
    with pytest.raises(DatasetError) as caught:
        load_image_folder(folder, fake_decode, SHAPE)
    text = str(caught.value)
    assert message in text
    assert text.startswith(str(folder))
    assert "\n" not in text


def test_an_empty_class_folder_in_a_split_is_refused(tmp_path):
    folder = split_folder(tmp_path)
    (folder / "test" / "cat" / "t.png").unlink()
    with pytest.raises(DatasetError, match=r"test/cat: no pictures \(each class needs at least"):
        scan_image_folder(folder)


def test_a_class_with_nothing_decodable_is_refused(tmp_path):
    folder = split_folder(tmp_path)
    (folder / "test" / "cat" / "t.png").write_bytes(b"broken")
    with pytest.raises(DatasetError, match="no picture in test/cat could be decoded"):
        load_image_folder(folder, fake_decode, SHAPE)


def test_a_missing_folder_is_one_line(tmp_path):
    with pytest.raises(DatasetError, match="no such folder"):
        scan_image_folder(tmp_path / "nowhere")


def test_what_counts_as_an_image_folder(tmp_path):
    assert is_image_folder(split_folder(tmp_path / "a"))
    assert not is_image_folder(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    assert not is_image_folder(tmp_path / "empty")
    make_folder(tmp_path / "h5", {TRAIN_FILE: b"x", "cat/a.png": 1})
    assert not is_image_folder(tmp_path / "h5")


def test_progress_moves_to_the_total_and_work_in_flight_stays_bounded(tmp_path, monkeypatch):
    folder = one_level_folder(tmp_path, cats=60, non_cats=60)
    submitted, reported, in_flight = [0], [0], []

    class CountingExecutor(image_folder.ThreadPoolExecutor):
        def submit(self, *args, **kwargs):
            submitted[0] += 1
            return super().submit(*args, **kwargs)

    def decode(path):
        in_flight.append(submitted[0] - reported[0])
        return fake_decode(path)

    seen = []

    def progress(done, total):
        seen.append((done, total))
        reported[0] = done

    monkeypatch.setattr(image_folder, "ThreadPoolExecutor", CountingExecutor)
    load_image_folder(folder, decode, SHAPE, progress=progress, workers=2)
    assert seen[0] == (0, 120) and seen[-1] == (120, 120)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(in_flight) == 120
    assert max(in_flight) <= 4  # 2 workers: at most 4 pictures submitted and not yet taken


def test_cancel_stops_loading_early(tmp_path):
    folder = one_level_folder(tmp_path, cats=100, non_cats=100)
    stop = threading.Event()
    calls = []

    def decode(path):
        calls.append(path)
        return fake_decode(path)

    def progress(done, total):
        if done >= 10:
            stop.set()

    with pytest.raises(CanceledError, match="loading canceled"):
        load_image_folder(folder, decode, SHAPE, progress=progress, cancel=stop, workers=2)
    assert len(calls) < 30


def test_a_decoder_giving_the_wrong_shape_is_a_bug_not_a_warning(tmp_path):
    with pytest.raises(ValueError, match="the decoder gave uint8"):
        load_image_folder(split_folder(tmp_path), fake_decode, (4, 4, 3))
