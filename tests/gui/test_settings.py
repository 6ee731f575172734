"""What the window remembers between two starts, and what it does with a broken settings file."""

from __future__ import annotations

import numpy as np
import pytest

from core.dataset import load_dataset
from gui import settings
from gui.main_window import MainWindow
from gui.status_bar import model_name
from tests.gui import images


@pytest.fixture
def restart(qtbot, open_window):
    """Start the app (a new window) and wait until it has loaded its model and dataset."""

    def start() -> MainWindow:
        window = open_window()
        qtbot.waitUntil(lambda: window.state.model is not None and not window.data.busy)
        return window

    return start


def test_settings_survive_a_restart(qtbot, restart, real_data_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("CATNEURON_DATA", str(tmp_path / "not used"))
    first = restart()
    first.controls.learning_rate.setValue(0.0123)
    first.controls.epochs.setValue(321)
    first.controls.seed.setValue(42)
    first.controls.speed.setCurrentIndex(3)
    first.curves.log_scale.setChecked(True)
    first.resize(1000, 654)  # the offscreen screen is 800×800: only the height fits
    first.state.set_dataset(load_dataset(real_data_dir), real_data_dir)
    model_file = tmp_path / "kept.h5"
    first.models.save(model_file)
    first.close()
    assert settings.load().splitter == first.splitter.saveState()
    assert settings.settings_file().is_file()

    second = restart()
    qtbot.waitUntil(lambda: second.state.dataset is not None)
    assert second.controls.learning_rate.value() == 0.0123
    assert second.controls.epochs.value() == 321
    assert second.controls.seed.value() == 42
    assert second.controls.speed.currentIndex() == 3
    assert second.curves.log_scale.isChecked()
    assert second.size().height() == 654
    assert second.state.dataset.source == str(real_data_dir)
    assert second.state.model_path == model_file and model_name(second.state) == "kept.h5"
    np.testing.assert_array_equal(second.state.model.neuron.coef_, first.state.model.neuron.coef_)
    second.close()


def test_a_corrupt_settings_file_gives_the_defaults(restart):
    path = settings.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"[training]\nlearning_rate=banana\nepochs=-5\nseed=1e999\n\x00\xff\xfe[[[\n")
    window = restart()
    assert window.controls.learning_rate.value() == 0.005
    assert window.controls.epochs.value() == 1000
    assert window.controls.seed.value() == 999
    assert model_name(window.state) == "default model"


def test_a_remembered_model_that_is_gone_falls_back_to_the_bundled_one(restart, tmp_path):
    bad = images.write(tmp_path / "broken.h5", b"not a model")
    settings.save(settings.Remembered(model_path=str(bad)))
    window = restart()
    assert model_name(window.state) == "default model"
    assert "using the bundled model" in window.statusBar().currentMessage()
