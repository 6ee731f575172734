"""The window's state: what it holds, what it says when that changes, and the chosen epoch."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from core.dataset import flatten, load_dataset
from core.hyperparameters import Hyperparameters
from core.model_file import Model
from core.training import TrainingRun
from gui.app_state import AppState, ModelOrigin, RunInfo, RunStatus


def trained(data_dir: Path, epochs: int = 30) -> tuple[TrainingRun, Model]:
    data = load_dataset(data_dir)
    run = TrainingRun(
        flatten(data.train_images),
        data.train_labels,
        flatten(data.test_images),
        data.test_labels,
        Hyperparameters(0.01, epochs, 0),
    )
    records = list(run)
    model = Model(run.scored_neuron(), data.image_shape, data.classes, None, records[-1])
    return run, model


def test_a_model_from_a_file_is_saved_a_trained_one_is_not(qtbot, tiny_data_dir):
    state = AppState()
    _, model = trained(tiny_data_dir)
    with qtbot.waitSignal(state.modelChanged):
        state.set_model(model, ModelOrigin.FILE, Path("a.h5"))
    assert state.model_saved and not state.trained_unsaved
    state.set_model(model, ModelOrigin.TRAINED)
    assert not state.model_saved and state.trained_unsaved
    state.mark_saved(Path("b.h5"))
    assert state.model_saved and state.model_path == Path("b.h5")
    assert state.model_origin is ModelOrigin.FILE


def test_the_chosen_epoch_is_the_model_shown_and_the_end_follows_the_run(qtbot, tiny_data_dir):
    state = AppState()
    run, model = trained(tiny_data_dir)
    state.set_model(model, ModelOrigin.TRAINED)
    state.set_history(run.history)
    assert state.last_epoch == 30 and state.shown_epoch == 30 and state.model is model
    with qtbot.waitSignal(state.modelChanged):
        state.choose_epoch(7)
    assert state.shown_epoch == 7 and state.model.metrics.epoch == 7
    np.testing.assert_array_equal(state.model.neuron.coef_, run.history.neuron(7).coef_)
    assert state.latest_model is model
    state.choose_epoch(30)
    assert state.chosen_epoch is None and state.model is model


def test_scrubbed_back_a_live_update_changes_the_newest_model_not_the_one_shown(
    qtbot, tiny_data_dir
):
    state = AppState()
    run, model = trained(tiny_data_dir)
    state.set_model(model, ModelOrigin.TRAINING)
    state.set_history(run.history)
    state.choose_epoch(3)
    shown = state.model
    with qtbot.assertNotEmitted(state.modelChanged):
        state.set_model(model, ModelOrigin.TRAINING)
    assert state.model is shown


def test_a_model_without_a_history_takes_the_slider_away(qtbot, tiny_data_dir):
    state = AppState()
    run, model = trained(tiny_data_dir)
    state.set_model(model, ModelOrigin.TRAINED)
    state.set_history(run.history)
    state.choose_epoch(2)
    with qtbot.waitSignal(state.historyChanged):
        state.set_model(model, ModelOrigin.FILE, Path("x.h5"))
    assert state.history is None and state.chosen_epoch is None and state.model is model


def test_runs_start_and_end_with_their_status(qtbot):
    state = AppState()
    with qtbot.waitSignals([state.runStatusChanged, state.runStarted]):
        state.start_run(RunInfo("α=0.005", 10, "data"))
    assert state.running and state.run_status is RunStatus.RUNNING
    state.set_run_status(RunStatus.PAUSED)
    assert state.running
    with qtbot.waitSignal(state.runEnded):
        state.end_run()
    assert not state.running
