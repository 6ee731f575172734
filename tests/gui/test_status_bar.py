"""State that cannot mislead: a new dataset clears the epoch's numbers and the model's figures."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.gui.test_window_datasets import first_pictures
from tests.image_folders import write_png_folder


def test_a_new_dataset_resets_the_epoch_box_and_the_model_figures(
    window, qtbot, real_data, tmp_path
):
    status = window.findChild(QLabel, "statusModel")
    window.controls.epochs.setValue(100)
    with qtbot.waitSignal(window.training.finished, timeout=60_000):
        window.run_commands.train()
    assert "%" in status.text()
    assert window.controls.epoch_label.text() != "no run yet"
    folder = write_png_folder(first_pictures(real_data, 12, 6), tmp_path / "pictures")
    with qtbot.waitSignal(window.state.datasetChanged, timeout=30_000):
        window.data.load(str(folder))
    assert "%" not in status.text()  # 96 % of pictures no longer there would mislead
    assert window.controls.epoch_label.text() == "no run yet"
    with qtbot.waitSignal(window.training.finished, timeout=60_000):
        window.run_commands.train()
    assert "%" in status.text()  # measured on these pictures
