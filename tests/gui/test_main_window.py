"""The training window as a user drives it: train, pause, stop, reset, close."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QProgressBar, QPushButton, QSpinBox

from core.dataset import flatten
from core.hyperparameters import Hyperparameters
from core.neuron import Neuron
from core.training import TrainingRun
from gui.main_window import MainWindow
from gui.plot_export import export_plot
from gui.status_bar import model_name

ROOT = Path(__file__).resolve().parents[2]
RUN_TIMEOUT_MS = 60_000


def reference_records(data, epochs=1000):
    run = TrainingRun(
        flatten(data.train_images),
        data.train_labels,
        flatten(data.test_images),
        data.test_labels,
        Hyperparameters(epochs=epochs),
    )
    return list(run), run.neuron()


def curve_points(window: MainWindow, key: str = "train_loss") -> np.ndarray:
    curve = window.plot.curve(key)
    return np.array([]) if curve is None or curve.yData is None else curve.yData


def slow_down(window: MainWindow, epochs_per_second: int = 100) -> None:
    index = window.controls.speed.findData(epochs_per_second)
    assert index >= 0
    window.controls.speed.setCurrentIndex(index)


def test_widgets_carry_their_names(window):
    for name, kind in [
        ("trainButton", QPushButton),
        ("pauseButton", QPushButton),
        ("stopButton", QPushButton),
        ("resetButton", QPushButton),
        ("learningRateInput", QDoubleSpinBox),
        ("epochsInput", QSpinBox),
        ("seedInput", QSpinBox),
        ("progressBar", QProgressBar),
    ]:
        assert isinstance(window.findChild(kind, name), kind), name
    assert window.findChild(object, "lossPlot") is window.plot.loss_plot


def test_a_run_draws_every_epoch_of_the_reference_run(window, qtbot, real_data):
    batches = []
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS) as finished:
        window.state.recordsAdded.connect(lambda records: batches.append(len(records)))
        qtbot.mouseClick(window.controls.train_button, Qt.MouseButton.LeftButton)
    records, neuron = reference_records(real_data)
    losses = curve_points(window)
    assert len(losses) == 1001  # every epoch, none lost to batching
    assert losses[0] == records[0].train_loss
    np.testing.assert_allclose(losses, [r.train_loss for r in records], rtol=1e-9)
    np.testing.assert_allclose(curve_points(window, "test_acc"), [r.test_acc for r in records])
    assert finished.args[0].completed
    bar = window.controls.progress
    assert bar.value() == bar.maximum() == 1000
    np.testing.assert_allclose(window.state.model.neuron.coef_, neuron.coef_, atol=1e-9)
    assert window.isWindowModified()
    assert window.controls.numbers["test_acc"].text() == f"{records[-1].test_acc:.1%}"
    assert max(batches) > 1  # epochs arrive in batches: the GUI is not called per epoch


def test_pause_holds_the_run_and_resume_moves_it(window, qtbot):
    slow_down(window, 100)
    qtbot.mouseClick(window.controls.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(curve_points(window)) > 5, timeout=10_000)
    with qtbot.waitSignal(window.state.runStatusChanged):
        qtbot.mouseClick(window.controls.pause_button, Qt.MouseButton.LeftButton)
    assert window.controls.pause_button.text() == "Resume"
    held = len(curve_points(window))
    qtbot.wait(300)  # a pause can only be seen as nothing happening for a while
    assert len(curve_points(window)) == held
    with qtbot.waitSignal(window.state.runStatusChanged):
        qtbot.mouseClick(window.controls.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(curve_points(window)) > held + 3, timeout=10_000)
    assert window.controls.pause_button.text() == "Pause"
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.training.stop()


def test_stop_keeps_the_weights_learned_so_far(window, qtbot, real_data):
    slow_down(window, 500)
    window.run_commands.train()
    qtbot.waitUntil(lambda: len(curve_points(window)) > 20, timeout=10_000)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.controls.stop_button, Qt.MouseButton.LeftButton)
    outcome = finished.args[0]
    assert not outcome.completed
    stopped_at = outcome.last.epoch
    assert 20 <= stopped_at < 1000
    assert window.controls.progress.value() == stopped_at
    start = Neuron.initial(real_data.n_features, 999)
    assert not np.allclose(window.state.model.neuron.coef_, start.coef_)
    assert f"stopped at epoch {stopped_at}" in window.windowTitle()
    assert window.controls.train_button.isEnabled()


@pytest.fixture
def long_setup(monkeypatch):
    """The dual's one-off products made endless: they end only when the run is asked to stop.

    (A few thousand images take seconds there; the article's 209, milliseconds.)
    Yields the list of what each wait saw: True when the stop was heard.
    """
    import core.dual

    started, heard = threading.Event(), []
    check = core.dual.raise_if_canceled

    def endless(cancel, action):
        started.set()
        heard.append(cancel.wait(timeout=30))
        check(cancel, action)

    monkeypatch.setattr(core.dual, "raise_if_canceled", endless)
    monkeypatch.setattr(core.dual, "GRAM_BLOCK_ROWS", 64)
    return started, heard


def test_stop_during_the_setup_leaves_the_model_and_the_plot_as_they_were(
    window, qtbot, long_setup
):
    started, heard = long_setup
    window.controls.epochs.setValue(5)  # a run so short that it takes the primal: no setup
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()
    before, drawn = window.state.model, window.plot.curve("train_loss")
    name = model_name(window.state)
    window.controls.epochs.setValue(1000)  # long enough for the dual, and its setup
    window.run_commands.train()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.controls.stop_button, Qt.MouseButton.LeftButton)
    assert heard == [True]
    assert finished.args[0].last is None
    assert window.state.model is before and model_name(window.state) == name
    assert window.plot.curve("train_loss") is drawn and window.plot.history_labels == []
    assert window.controls.time_left.text() == "stopped before its first epoch"
    assert window.controls.train_button.isEnabled()


def test_closing_during_the_setup_does_not_wait_for_it(window, qtbot, long_setup):
    started, heard = long_setup
    window.run_commands.train()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    window.close()
    assert not window.state.running
    qtbot.waitUntil(lambda: heard == [True], timeout=1000)  # heard in the setup, not after 30 s


def test_reset_goes_back_to_the_seeds_untrained_neuron(window, qtbot, real_data):
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()
    window.controls.seed.setValue(7)
    qtbot.mouseClick(window.controls.reset_button, Qt.MouseButton.LeftButton)
    expected = Neuron.initial(real_data.n_features, 7)
    np.testing.assert_array_equal(window.state.model.neuron.coef_, expected.coef_)
    assert window.state.model.neuron.intercept_ == 0.0
    assert window.plot.curve("train_loss") is None
    assert window.controls.progress.value() == 0


def test_train_after_a_run_keeps_the_old_curve_faded_with_its_rate(window, qtbot):
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()
    window.controls.learning_rate.setValue(0.002)
    window.controls.epochs.setValue(50)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()
    assert window.plot.history_labels == ["α=0.005"]
    top = window.plot.loss_plot.getPlotItem().vb.viewRange()[1][1]
    earlier = window.plot._history[0]  # drawn smoothed (the default): its curves are in view
    assert top >= max(earlier.drawn(key).points()[1].max() for key in ("train_loss", "test_loss"))
    assert len(curve_points(window)) == 51
    qtbot.mouseClick(window.curves.clear_history_button, Qt.MouseButton.LeftButton)
    assert window.plot.history_labels == []


def test_keyboard_space_trains_and_pauses_escape_stops(window, qtbot):
    slow_down(window, 100)
    assert window.focusWidget() is window.controls.train_button  # not a spin box eating Space
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.state.running and len(curve_points(window)) > 2, timeout=10_000)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.controls.pause_button.text() == "Resume")
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)


def test_hover_readout_and_log_scale(window, qtbot):
    window.controls.epochs.setValue(100)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()
    plot = window.plot.loss_plot
    scene_point = plot.getPlotItem().vb.mapViewToScene(QPointF(50, 0.5))
    window.plot._on_mouse_moved(scene_point)
    assert window.plot.readout().startswith("epoch 50\n")
    window.curves.log_scale.setChecked(True)
    assert plot.getPlotItem().ctrl.logYCheck.isChecked()


def test_a_bug_inside_the_run_is_shown_and_raised_on_the_gui_thread(
    window, qtbot, dialogs, monkeypatch
):
    import core.training

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(core.training, "TrainingRun", explode)
    with (
        qtbot.capture_exceptions() as raised,
        qtbot.waitSignal(window.training.failed, timeout=RUN_TIMEOUT_MS) as failed,
    ):
        window.run_commands.train()
    assert str(failed.args[0]) == "disk on fire"
    assert [str(error) for _, error, _ in raised] == ["disk on fire"]
    assert dialogs and "disk on fire" in dialogs[-1][1]
    assert not window.state.running and window.controls.train_button.isEnabled()


def test_a_diverging_run_says_what_to_do(window, qtbot, dialogs, monkeypatch):
    import core.training

    # the reference run's test loss swings above 1.0 in its first epochs: call that diverging
    monkeypatch.setattr(core.training, "DIVERGED_LOSS", 1.0)
    with qtbot.waitSignal(window.training.failed, timeout=RUN_TIMEOUT_MS) as failed:
        window.run_commands.train()
    message = str(failed.args[0])
    assert message.startswith("the loss became ")
    assert message.endswith(": the learning rate is too large, lower it")
    epoch = int(message.split(" at epoch ")[1].split(":")[0])
    assert len(curve_points(window)) == epoch  # every epoch before the blow-up is drawn
    assert dialogs == []  # said inline, by the divergence notice (tests/gui/test_notice_bar.py)
    assert "nan" not in message.lower()


def test_the_kept_model_is_scored_with_its_own_weights(window, qtbot, real_data):
    slow_down(window, 500)
    window.run_commands.train()
    qtbot.waitUntil(lambda: len(curve_points(window)) > 15, timeout=10_000)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.training.stop()
    model = window.state.model
    p = model.neuron.predict_proba(flatten(real_data.train_images))[:, 1]
    y = real_data.train_labels
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert model.metrics.train_loss == pytest.approx(loss, rel=1e-9)
    assert model.metrics.train_acc == np.mean((p > 0.5) == y)
    assert window.controls.time_left.text().startswith("stopped after ")


def test_no_dataset_still_opens_and_explains(qtbot, tmp_path, monkeypatch, dialogs):
    monkeypatch.setenv("CATNEURON_DATA", str(tmp_path / "nowhere"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.center.currentWidget() is window.no_data_page)
    assert "no dataset found" in window.no_data_page.reason.text()
    assert not window.controls.train_button.isEnabled()
    assert window.no_data_page.open_button.isVisible()
    assert window.state.model is not None  # the bundled model still judges drops


def test_closing_mid_run_exits_cleanly(real_data_dir, tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from gui import dialogs
        from gui.main_window import MainWindow
        dialogs.ask_save_changes = lambda parent: dialogs.SaveChoice.DISCARD
        window = MainWindow(data_path={str(real_data_dir)!r})
        window.show()
        def start():
            window.controls.epochs.setValue(1_000_000)
            window.run_commands.train()
            print("running" if window.state.running else "not running", flush=True)
            QTimer.singleShot(300, window.close)
        window.state.datasetChanged.connect(start)
        sys.exit(app.exec())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "running"  # closed mid-run, not before it started
    assert "QThread" not in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "value", "clamped"),
    [("learning_rate", 0.0, 0.00001), ("epochs", 0, 1), ("seed", -5, 0)],
)
def test_inputs_cannot_hold_invalid_values(window, name, value, clamped):
    spin = getattr(window.controls, name)
    spin.setValue(value)
    assert spin.value() == pytest.approx(clamped)
    assert isinstance(window.controls.hyperparameters(), Hyperparameters)  # the core accepts it


def test_export_plot_as_csv_and_png(window, qtbot, tmp_path):
    window.controls.epochs.setValue(30)
    with qtbot.waitSignal(window.training.finished, timeout=RUN_TIMEOUT_MS):
        window.run_commands.train()
    csv = tmp_path / "curves.csv"
    export_plot(window.plot, csv, as_csv=True)
    rows = csv.read_text().splitlines()
    assert rows[0] == "epoch,train_loss,train_acc,test_loss,test_acc"
    assert len(rows) == 32 and rows[-1].startswith("30,")
    assert float(rows[1].split(",")[1]) == curve_points(window)[0]
    png = tmp_path / "curves.png"
    export_plot(window.plot, png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["curves.csv", "curves.png"]


def test_help_menu_opens_about_and_shortcuts(window, dialogs, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    def record(box):
        dialogs.append((box.windowTitle(), box.text()))
        assert not box.iconPixmap().isNull()

    monkeypatch.setattr(QMessageBox, "exec", record)
    window.commands.about.trigger()
    window.commands.shortcuts.trigger()
    assert dialogs[0][0] == "About Cat Neuron" and "Akarsh Saxena" in dialogs[0][1]
    assert dialogs[1][0] == "Keyboard shortcuts" and "Space" in dialogs[1][1]
