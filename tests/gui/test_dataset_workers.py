"""The window's dataset workers on their QThreads, against the loopback server and real folders."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.dataset import TEST_FILE, TRAIN_FILE, Dataset
from core.download import DOWNLOAD_SIZE
from gui.dataset_workers import DatasetLoadWorker, DownloadWorker, start_in_thread
from tests.image_folders import write_picture

WAIT_MS = 20_000


def ended(qtbot, worker):
    """Start ``worker`` on its thread; return (signal name, args) of how it ended."""
    outcome = {}
    for name in ("finished", "failed", "canceled"):
        getattr(worker, name).connect(lambda *args, name=name: outcome.setdefault(name, args))
    thread = start_in_thread(worker)
    qtbot.waitUntil(lambda: bool(outcome) and thread.isFinished(), timeout=WAIT_MS)
    assert len(outcome) == 1, outcome
    return next(iter(outcome.items()))


def picture_folder(root, cats=3, non_cats=3):
    for i in range(cats):
        write_picture(root / "cat" / f"{i:02}.jpg", 120 + i, 90, seed=i)
    for i in range(non_cats):
        write_picture(root / "non-cat" / f"{i:02}.png", 70, 100 + i, seed=50 + i)
    return root


def test_download_reports_progress_and_finishes_with_the_folder(qtbot, dataset_server, tmp_path):
    worker = DownloadWorker(tmp_path / "d", dataset_server.base_url)
    seen = []
    worker.progressed.connect(lambda done, total: seen.append((done, total)))
    name, args = ended(qtbot, worker)
    assert (name, args) == ("finished", (str(tmp_path / "d"),))
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == sorted([TEST_FILE, TRAIN_FILE])
    assert seen[0] == (0, DOWNLOAD_SIZE) and seen[-1] == (DOWNLOAD_SIZE, DOWNLOAD_SIZE)
    assert len(seen) <= 101


def test_a_failed_download_says_why_and_leaves_nothing(qtbot, dataset_server, tmp_path):
    dataset_server.faults[TEST_FILE] = "corrupt"
    name, args = ended(qtbot, DownloadWorker(tmp_path, dataset_server.base_url))
    assert name == "failed"
    assert args[0].startswith(f"cannot download {TEST_FILE}: the file is corrupted")
    assert list(tmp_path.iterdir()) == []


def test_cancel_during_the_download_leaves_nothing(qtbot, dataset_server, tmp_path):
    worker = DownloadWorker(tmp_path, dataset_server.base_url)
    worker.progressed.connect(
        lambda done, total: done > 0 and worker.cancel(), Qt.ConnectionType.DirectConnection
    )
    assert ended(qtbot, worker) == ("canceled", ())
    assert list(tmp_path.iterdir()) == []


def test_loading_a_picture_folder_warns_then_finishes_with_the_dataset(qtbot, tmp_path):
    folder = picture_folder(tmp_path / "pics")
    (folder / "non-cat" / "broken.jpg").write_bytes(b"\xff\xd8\xff not really")
    worker = DatasetLoadWorker(folder)
    order, seen = [], []
    worker.warned.connect(lambda lines: order.append(("warned", lines)))
    worker.finished.connect(lambda data: order.append(("finished", data)))
    worker.progressed.connect(lambda done, total: seen.append((done, total)))
    name, (data,) = ended(qtbot, worker)
    assert name == "finished" and isinstance(data, Dataset)
    assert data.image_shape == (64, 64, 3)
    assert len(data.train_labels) + len(data.test_labels) == 6
    assert [step for step, _ in order] == ["warned", "finished"]
    assert [line.split(":")[0] for line in order[0][1]] == ["non-cat/broken.jpg"]
    assert seen[-1] == (7, 7)


def test_loading_the_hdf5_pair_finishes_without_warnings(qtbot, real_data_dir, real_data):
    worker = DatasetLoadWorker(real_data_dir)
    warned = []
    worker.warned.connect(warned.append)
    name, (data,) = ended(qtbot, worker)
    assert name == "finished" and warned == []
    np.testing.assert_array_equal(data.train_images, real_data.train_images)


@pytest.mark.parametrize(
    ("extra", "message"),
    [("dog", "unexpected class folder 'dog'"), (None, "no dataset here")],
)
def test_a_wrong_folder_fails_with_one_line(qtbot, tmp_path, extra, message):
    folder = picture_folder(tmp_path / "pics") if extra else tmp_path
    if extra:
        write_picture(folder / extra / "x.png", 8, 8)
    name, (text,) = ended(qtbot, DatasetLoadWorker(folder))
    assert name == "failed" and message in text and "\n" not in text


def test_cancel_while_loading_pictures(qtbot, tmp_path):
    folder = picture_folder(tmp_path / "pics", cats=20, non_cats=20)
    worker = DatasetLoadWorker(folder)
    worker.progressed.connect(
        lambda done, total: done > 0 and worker.cancel(), Qt.ConnectionType.DirectConnection
    )
    assert ended(qtbot, worker) == ("canceled", ())


def test_a_bug_in_the_work_fails_in_one_line_instead_of_vanishing(
    qtbot, tmp_path, monkeypatch, capsys
):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("gui.dataset_workers.load_data", broken)
    name, (text,) = ended(qtbot, DatasetLoadWorker(tmp_path))
    assert (name, text) == ("failed", "loading the dataset failed unexpectedly: RuntimeError: boom")
    assert "Traceback" in capsys.readouterr().err


def test_run_on_the_calling_thread_emits_the_same_signals(qtbot, tmp_path):
    worker = DatasetLoadWorker(picture_folder(tmp_path / "pics", cats=2, non_cats=2))
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS) as blocker:
        worker.run()
    assert len(blocker.args[0].train_labels) == 2


def test_progress_is_emitted_once_per_whole_percent(qtbot):
    worker = DownloadWorker()
    seen = []
    worker.progressed.connect(lambda done, total: seen.append(done))
    for done in range(0, 10_001):
        worker._report(done, 10_000)
    assert len(seen) == 101 and seen[-1] == 10_000
