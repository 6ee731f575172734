import threading

import numpy as np
import pytest

from core.dataset import flatten
from core.hyperparameters import Hyperparameters
from core.neuron import Neuron
from core.training import TrainingRun
from tests.core.problems import random_problem, train

FORMULATIONS = ["primal", "dual"]


def stopped_at(problem, formulation, epoch, **hyper):
    """A run that handed out the records of epochs 0 … epoch and stopped there."""
    run = train(problem, formulation, **hyper)
    for _ in range(epoch + 1):
        next(run)
    return run


@pytest.mark.parametrize("formulation", FORMULATIONS)
def test_every_epoch_comes_back_as_a_run_stopped_there_had_it(formulation):
    problem = X, _, X_test, _ = random_problem()
    run = train(problem, formulation, epochs=150)
    records = list(run)
    history = run.history
    assert len(history) == 151
    for epoch in (0, 1, 63, 64, 65, 100, 150):
        there = stopped_at(problem, formulation, epoch, epochs=150)
        ours = history.neuron(epoch)
        np.testing.assert_allclose(ours.coef_, there.scored_neuron().coef_, rtol=0, atol=1e-12)
        assert ours.intercept_ == pytest.approx(there.scored_neuron().intercept_, abs=1e-12)
        assert history.record(epoch) == records[epoch]
        train_z, test_z = history.logits(epoch)
        np.testing.assert_allclose(train_z, ours.decision_function(X), rtol=0, atol=1e-12)
        np.testing.assert_allclose(test_z, ours.decision_function(X_test), rtol=0, atol=1e-12)


def test_the_primal_and_the_dual_keep_the_same_history():
    problem = random_problem()
    primal, dual = train(problem, "primal", epochs=120), train(problem, "dual", epochs=120)
    list(primal), list(dual)
    for epoch in (0, 5, 119, 120):
        np.testing.assert_allclose(
            dual.history.neuron(epoch).coef_, primal.history.neuron(epoch).coef_, atol=1e-12
        )
    np.testing.assert_allclose(
        dual.history.column("test_loss"), primal.history.column("test_loss"), rtol=1e-9
    )


@pytest.mark.parametrize("formulation", FORMULATIONS)
def test_a_stepped_run_hands_out_one_epoch_at_a_time_and_its_history_ends_there(formulation):
    problem = random_problem()
    whole = list(train(problem, formulation, epochs=100))
    run = train(problem, formulation, epochs=100)
    assert len(run.history) == 0
    for steps in range(1, 4):  # Step from fresh, then twice more
        record = next(run)
        assert record == whole[steps - 1]
        assert len(run.history) == run.epoch == steps
        assert run.history.record(steps - 1) == record
    with pytest.raises(IndexError):
        run.history.neuron(3)  # computed ahead by the dual, but not reached


def test_the_neuron_before_any_record_is_the_initial_one():
    X, y, X_test, y_test = random_problem()
    run = TrainingRun(X, y, X_test, y_test, Hyperparameters(seed=3), formulation="dual")
    start = Neuron.initial(X.shape[1], 3)
    np.testing.assert_array_equal(run.scored_neuron().coef_, start.coef_)
    np.testing.assert_array_equal(run.neuron().coef_, start.coef_)


@pytest.mark.parametrize("formulation", FORMULATIONS)
def test_a_pictures_trajectory_is_its_p_cat_at_every_epoch(formulation):
    problem = _, _, X_test, _ = random_problem()
    run = train(problem, formulation, epochs=90)
    for _ in range(71):
        next(run)
    trajectory = run.history.p_cat(X_test[3])
    np.testing.assert_array_equal(trajectory.epochs, np.arange(71))
    for epoch in (0, 33, 70):
        p = run.history.neuron(epoch).predict_proba(X_test[3:4])[0, 1]
        assert trajectory.p_cat[epoch] == pytest.approx(p, abs=1e-12)
    assert trajectory.p_cat[-1] == pytest.approx(
        run.scored_neuron().predict_proba(X_test[3:4])[0, 1], abs=1e-12
    )
    assert np.ptp(trajectory.p_cat) > 0.01  # it did move


@pytest.mark.parametrize("stride_budget", [None, 40 * ((2 * 40 + 15) * 8 + 8)])
def test_a_trajectory_extended_as_the_run_grows_is_the_trajectory_computed_at_the_end(
    stride_budget,
):
    X, y, X_test, y_test = random_problem()
    hyper = Hyperparameters(learning_rate=0.01, seed=3, epochs=200)
    budget = {"history_budget": stride_budget} if stride_budget else {}
    run = TrainingRun(X, y, X_test, y_test, hyper, **budget)
    grown = None
    for steps in (1, 2, 30, 31, 200):
        while run.epoch < steps:
            next(run)
        grown = run.history.p_cat(X_test[2], earlier=grown)
    assert grown is not None
    whole = run.history.p_cat(X_test[2])
    assert len(grown.epochs) == len(whole.epochs) == -(-len(run.history) // run.history.stride)
    np.testing.assert_array_equal(grown.epochs, whole.epochs)
    np.testing.assert_allclose(grown.p_cat, whole.p_cat, rtol=0, atol=1e-12)


@pytest.mark.parametrize("formulation", FORMULATIONS)
def test_a_history_over_its_budget_keeps_every_kth_epoch_and_replays_the_rest(formulation):
    problem = X, y, X_test, y_test = random_problem()
    full = train(problem, formulation, epochs=200)
    list(full)
    row_bytes = (2 * 40 + 15) * 8 + 8  # c, bias and the logits of 40 + 15 pictures
    hyper = Hyperparameters(learning_rate=0.01, seed=3, epochs=200)
    run = TrainingRun(X, y, X_test, y_test, hyper, formulation, history_budget=40 * row_bytes)
    records = list(run)
    small = run.history
    assert small.stride == 6  # 201 epochs in room for 40
    assert small.nbytes <= 40 * row_bytes + 201 * 4 * 8
    assert [small.record(e) for e in range(201)] == records
    for epoch in (0, 5, 6, 7, 199, 200):
        np.testing.assert_allclose(
            small.neuron(epoch).coef_, full.history.neuron(epoch).coef_, rtol=0, atol=1e-12
        )
        for ours, theirs in zip(small.logits(epoch), full.history.logits(epoch), strict=True):
            np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-12)
    trajectory = small.p_cat(X[0])
    np.testing.assert_array_equal(trajectory.epochs, np.arange(0, 201, 6))
    np.testing.assert_allclose(
        trajectory.p_cat, full.history.p_cat(X[0]).p_cat[::6], rtol=0, atol=1e-12
    )


def test_the_gui_thread_reads_whole_epochs_while_the_run_appends():
    problem = random_problem()
    reference = list(train(problem, "dual", epochs=3000))
    run = train(problem, "dual", epochs=3000)
    worker = threading.Thread(target=lambda: list(run))
    seen = []
    worker.start()
    while worker.is_alive() or len(seen) < 5:
        count = len(run.history)
        if count:
            seen.append(count)
            assert run.history.record(count - 1) == reference[count - 1]
            train_z, _ = run.history.logits(count - 1)
            assert np.all(np.isfinite(train_z))
    worker.join()
    assert seen == sorted(seen)
    assert len(run.history) == 3001


def test_the_article_run_keeps_every_epoch_in_a_few_megabytes(real_data):
    X, X_test = flatten(real_data.train_images), flatten(real_data.test_images)
    y, y_test = real_data.train_labels, real_data.test_labels
    run = TrainingRun(X, y, X_test, y_test)
    records = list(run)
    history = run.history
    assert run.formulation == "dual" and history.stride == 1
    assert history.nbytes < 4 * 2**20  # 1001 × (209 + 259 + 1 + 4) floats
    primal = TrainingRun(X, y, X_test, y_test, Hyperparameters(epochs=400), formulation="primal")
    for _ in range(401):
        next(primal)
    np.testing.assert_allclose(
        history.neuron(400).coef_, primal.scored_neuron().coef_, rtol=0, atol=1e-12
    )
    assert history.record(400).test_loss == pytest.approx(records[400].test_loss, abs=0)
    train_z, test_z = history.logits(1000)
    assert np.sum((train_z > 0) == (y == 1)) == 202
    assert np.sum((test_z > 0) == (y_test == 1)) == 38


def test_a_run_kept_without_budget_still_brings_epochs_back_by_replaying():
    problem = X, y, X_test, y_test = random_problem()
    full = train(problem, "dual", epochs=30)
    list(full)
    hyper = Hyperparameters(learning_rate=0.01, seed=3, epochs=30)
    run = TrainingRun(X, y, X_test, y_test, hyper, history_budget=0)
    list(run)
    assert run.history.nbytes < 2000  # epoch 0's row and 31 records
    np.testing.assert_allclose(
        run.history.neuron(30).coef_, full.history.neuron(30).coef_, rtol=0, atol=1e-12
    )
