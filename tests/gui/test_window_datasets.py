"""Getting a dataset from inside the window: download it, open a folder, drop a folder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.dataset import FILE_NAMES, Dataset
from gui.main_window import MainWindow
from tests.gui import images
from tests.gui.drops import drag_enter, file_mime, send_drop
from tests.image_folders import write_png_folder


@pytest.fixture
def empty_window(qtbot, tmp_path, monkeypatch, dialogs) -> MainWindow:
    """A window on a machine without the dataset: the user data folder is empty."""
    monkeypatch.delenv("CATNEURON_DATA", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.center.currentWidget() is window.no_data_page)
    return window


def first_pictures(data: Dataset, m: int, m_test: int) -> Dataset:
    return Dataset(
        data.train_images[:m],
        data.train_labels[:m],
        data.test_images[:m_test],
        data.test_labels[:m_test],
    )


def user_folder(tmp_path: Path) -> Path:
    return tmp_path / "data-home" / "catneuron" / "datasets"


def test_download_button_fetches_verifies_and_opens(empty_window, qtbot, dataset_server, tmp_path):
    window = empty_window
    assert window.no_data_page.download_button.text() == "Download dataset (3.2 MB)"
    window.data.download_url = dataset_server.base_url
    with qtbot.waitSignal(window.state.datasetChanged, timeout=30_000):
        qtbot.mouseClick(window.no_data_page.download_button, Qt.MouseButton.LeftButton)
    assert window.state.dataset.summary().startswith("209 train / 50 test images")
    assert sorted(p.name for p in user_folder(tmp_path).iterdir()) == sorted(FILE_NAMES)
    assert window.center.currentWidget() is window.tabs
    assert window.controls.train_button.isEnabled()
    assert not window.status.data_progress.isVisible()


def test_a_failed_download_says_why_and_keeps_the_other_choices(
    empty_window, qtbot, dataset_server, tmp_path, dialogs
):
    window = empty_window
    dataset_server.faults["test_catvnoncat.h5"] = "404"
    window.data.download_url = dataset_server.base_url
    with qtbot.waitSignal(window.data.failed, timeout=30_000):
        qtbot.mouseClick(window.no_data_page.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.no_data_page.reason.text() != "")
    assert "404" in window.no_data_page.reason.text()
    assert (
        window.no_data_page.open_button.isEnabled()
        and window.no_data_page.download_button.isEnabled()
    )
    folder = user_folder(tmp_path)
    assert not folder.exists() or list(folder.iterdir()) == []
    assert dialogs == []  # said in place


def test_a_download_can_be_canceled(empty_window, qtbot, dataset_server, tmp_path):
    window = empty_window
    dataset_server.faults["train_catvnoncat.h5"] = "stall"
    window.data.download_url = dataset_server.base_url
    qtbot.mouseClick(window.no_data_page.download_button, Qt.MouseButton.LeftButton)
    assert window.status.data_cancel_button.isVisible()
    with qtbot.waitSignal(window.data.canceled, timeout=30_000):
        qtbot.mouseClick(window.status.data_cancel_button, Qt.MouseButton.LeftButton)
    folder = user_folder(tmp_path)
    assert not folder.exists() or list(folder.iterdir()) == []
    assert window.no_data_page.download_button.isEnabled()


def test_open_a_picture_folder_as_the_dataset(window, qtbot, real_data, tmp_path):
    small = first_pictures(real_data, 30, 10)
    folder = write_png_folder(small, tmp_path / "pictures")
    images.write(folder / "train" / "cat" / "broken.png", b"not a picture")
    with qtbot.waitSignal(window.state.datasetChanged, timeout=30_000):
        window.data.load(str(folder))
    data = window.state.dataset
    assert len(data.train_labels) == 30 and len(data.test_labels) == 10
    assert data.source == str(folder)
    assert "1 file skipped" in window.statusBar().currentMessage()
    assert "broken.png" in window.status.status_data.toolTip()


def test_a_bad_folder_from_the_menu_keeps_the_dataset(window, qtbot, tmp_path, dialogs):
    before = window.state.dataset
    (tmp_path / "pictures" / "cat").mkdir(parents=True)
    (tmp_path / "pictures" / "dog").mkdir()
    with qtbot.waitSignal(window.data.failed, timeout=30_000):
        window.data.load(str(tmp_path / "pictures"))
    assert window.state.dataset is before
    assert dialogs and dialogs[-1][0] == "Cannot open dataset"


def test_dropping_a_folder_on_the_dataset_view_opens_it(window, qtbot, real_data, tmp_path):
    small = first_pictures(real_data, 12, 6)
    folder = write_png_folder(small, tmp_path / "dropped")
    view = window.dataset_view
    assert drag_enter(view, file_mime(folder))
    with qtbot.waitSignal(window.state.datasetChanged, timeout=30_000):
        assert send_drop(view, file_mime(folder))
    labels = window.state.dataset.train_labels
    assert len(labels) == 12
    np.testing.assert_array_equal(np.sort(labels), np.sort(small.train_labels))
    assert not drag_enter(view, file_mime(folder / "train" / "cat" / "000.png"))  # not a dataset
