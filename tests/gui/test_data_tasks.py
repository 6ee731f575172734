"""Dataset loads and downloads as worker tasks, against the loopback server and real folders."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.dataset import TEST_FILE, TRAIN_FILE, Dataset
from core.download import DOWNLOAD_SIZE
from core.errors import DatasetError, DownloadError
from core.image_folder import INPUT_SHAPE
from gui.data_control import download_task, load_task, whole_percents
from gui.worker import Control, Worker
from tests.image_folders import write_picture

WAIT_MS = 20_000


def ended(qtbot, worker):
    """Start ``worker``; return (signal name, args) of how it ended."""
    outcome = {}
    for name in ("returned", "errored", "aborted"):
        getattr(worker, name).connect(lambda *args, name=name: outcome.setdefault(name, args))
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start()
    assert len(outcome) == 1, outcome
    return next(iter(outcome.items()))


def picture_folder(root, cats=3, non_cats=3):
    for i in range(cats):
        write_picture(root / "cat" / f"{i:02}.jpg", 120 + i, 90, seed=i)
    for i in range(non_cats):
        write_picture(root / "non-cat" / f"{i:02}.png", 70, 100 + i, seed=50 + i)
    return root


def test_download_reports_progress_and_returns_the_folder(qtbot, dataset_server, tmp_path):
    worker = Worker(download_task, tmp_path / "d", dataset_server.base_url)
    seen = []
    worker.progressed.connect(lambda done, total: seen.append((done, total)))
    assert ended(qtbot, worker) == ("returned", (str(tmp_path / "d"),))
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == sorted([TEST_FILE, TRAIN_FILE])
    assert seen[0] == (0, DOWNLOAD_SIZE) and seen[-1] == (DOWNLOAD_SIZE, DOWNLOAD_SIZE)
    assert len(seen) <= 101


def test_a_failed_download_says_why_and_leaves_nothing(qtbot, dataset_server, tmp_path):
    dataset_server.faults[TEST_FILE] = "corrupt"
    name, (error,) = ended(qtbot, Worker(download_task, tmp_path, dataset_server.base_url))
    assert name == "errored" and isinstance(error, DownloadError)
    assert str(error).startswith(f"cannot download {TEST_FILE}: the file is corrupted")
    assert list(tmp_path.iterdir()) == []


def test_cancel_during_the_download_leaves_nothing(qtbot, dataset_server, tmp_path):
    worker = Worker(download_task, tmp_path, dataset_server.base_url)
    worker.progressed.connect(
        lambda done, total: done > 0 and worker.quit(), Qt.ConnectionType.DirectConnection
    )
    assert ended(qtbot, worker) == ("aborted", ())
    assert list(tmp_path.iterdir()) == []


def test_loading_a_picture_folder_returns_the_dataset_and_its_warnings(qtbot, tmp_path):
    folder = picture_folder(tmp_path / "pics")
    (folder / "non-cat" / "broken.jpg").write_bytes(b"\xff\xd8\xff not really")
    worker = Worker(load_task, folder, INPUT_SHAPE)
    seen = []
    worker.progressed.connect(lambda done, total: seen.append((done, total)))
    name, ((data, warnings),) = ended(qtbot, worker)
    assert name == "returned" and isinstance(data, Dataset)
    assert data.image_shape == (64, 64, 3)
    assert len(data.train_labels) + len(data.test_labels) == 6
    assert [line.split(":")[0] for line in warnings] == ["non-cat/broken.jpg"]
    assert seen[-1] == (7, 7)


def test_loading_the_hdf5_pair_has_no_warnings(real_data_dir, real_data):
    data, warnings = load_task(real_data_dir, INPUT_SHAPE, control=Control())
    assert warnings == []
    np.testing.assert_array_equal(data.train_images, real_data.train_images)


@pytest.mark.parametrize(
    ("extra", "message"),
    [("dog", "unexpected class folder 'dog'"), (None, "no dataset here")],
)
def test_a_wrong_folder_fails_with_one_line(qtbot, tmp_path, extra, message):
    folder = picture_folder(tmp_path / "pics") if extra else tmp_path
    if extra:
        write_picture(folder / extra / "x.png", 8, 8)
    name, (error,) = ended(qtbot, Worker(load_task, folder, INPUT_SHAPE))
    assert name == "errored" and isinstance(error, DatasetError)
    assert message in str(error) and "\n" not in str(error)


def test_cancel_while_loading_pictures(qtbot, tmp_path):
    folder = picture_folder(tmp_path / "pics", cats=20, non_cats=20)
    worker = Worker(load_task, folder, INPUT_SHAPE)
    worker.progressed.connect(
        lambda done, total: done > 0 and worker.quit(), Qt.ConnectionType.DirectConnection
    )
    assert ended(qtbot, worker) == ("aborted", ())


def test_a_bug_in_the_task_arrives_as_the_exception_itself(qtbot, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("gui.datasets.load_data", broken)
    name, (error,) = ended(qtbot, Worker(load_task, tmp_path, INPUT_SHAPE))
    assert name == "errored" and isinstance(error, RuntimeError) and str(error) == "boom"


def test_progress_is_reported_once_per_whole_percent():
    seen = []
    report = whole_percents(lambda done, total: seen.append(done))
    for done in range(0, 10_001):
        report(done, 10_000)
    assert len(seen) == 101 and seen[-1] == 10_000
