import numpy as np
import pytest

import core.dual
from core.dual import DUAL_BLOCK
from core.errors import CanceledError, TrainingError
from core.formulations import choose
from core.hyperparameters import Hyperparameters
from core.neuron import accuracy, log_loss
from core.training import TrainingRun
from tests.core.problems import random_problem, train

FORMULATIONS = ["primal", "dual"]


def columns(records):
    return {
        name: np.array([getattr(r, name) for r in records])
        for name in ("epoch", "train_loss", "train_acc", "test_loss", "test_acc")
    }


@pytest.mark.parametrize("epochs", [1, DUAL_BLOCK - 1, DUAL_BLOCK, DUAL_BLOCK + 1, 300])
def test_primal_and_dual_give_the_same_run(epochs):
    problem = random_problem()
    primal, dual = train(problem, "primal", epochs=epochs), train(problem, "dual", epochs=epochs)
    ours, theirs = columns(list(dual)), columns(list(primal))
    np.testing.assert_array_equal(ours["epoch"], np.arange(epochs + 1))
    for name in ("train_loss", "test_loss"):
        np.testing.assert_allclose(ours[name], theirs[name], rtol=1e-9, atol=0)
    for name in ("train_acc", "test_acc"):
        np.testing.assert_array_equal(ours[name], theirs[name])
    np.testing.assert_allclose(dual.neuron().coef_, primal.neuron().coef_, rtol=0, atol=1e-12)
    assert dual.neuron().intercept_ == pytest.approx(primal.neuron().intercept_, abs=1e-12)
    if epochs == 300:
        assert theirs["train_loss"][-1] < 0.6 * theirs["train_loss"][0]  # it did learn


def test_the_duals_products_in_blocks_of_rows_are_the_products(monkeypatch):
    monkeypatch.setattr(core.dual, "GRAM_BLOCK_ROWS", 16)
    X, _, X_test, _ = random_problem(m=40, m_test=37)
    products = core.dual._products(X, X_test, cancel=None)
    np.testing.assert_allclose(products[:40], X @ X.T, rtol=1e-13)
    np.testing.assert_allclose(products[40:], X_test @ X.T, rtol=1e-13)
    upper = np.triu_indices(40, 1)
    np.testing.assert_array_equal(products[:40][upper], products[:40].T[upper])


def test_a_dual_set_up_in_blocks_gives_the_primals_run(monkeypatch):
    monkeypatch.setattr(core.dual, "GRAM_BLOCK_ROWS", 16)
    problem = random_problem(m=40)
    primal, dual = train(problem, "primal", epochs=100), train(problem, "dual", epochs=100)
    ours, theirs = columns(list(dual)), columns(list(primal))
    np.testing.assert_allclose(ours["train_loss"], theirs["train_loss"], rtol=1e-9, atol=0)
    np.testing.assert_array_equal(ours["test_acc"], theirs["test_acc"])


def test_a_stop_during_the_duals_setup_is_heard_between_blocks(monkeypatch):
    monkeypatch.setattr(core.dual, "GRAM_BLOCK_ROWS", 16)
    X, y, X_test, y_test = random_problem(m=40)
    checks = []

    def stop_at_the_third_check() -> bool:
        checks.append(True)
        return len(checks) == 3

    with pytest.raises(CanceledError, match="training canceled"):
        TrainingRun(X, y, X_test, y_test, formulation="dual", cancel=stop_at_the_third_check)
    assert len(checks) == 3  # two of the three blocks of X Xᵀ done, then stopped


def test_the_neuron_seen_between_epochs_is_the_same_in_both_formulations():
    problem = random_problem()
    primal, dual = train(problem, "primal", epochs=150), train(problem, "dual", epochs=150)
    for _ in range(151):
        next(primal), next(dual)  # the dual computes a block ahead: the snapshot must not
        ours, theirs = dual.neuron(), primal.neuron()
        np.testing.assert_allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-12)
        assert ours.intercept_ == pytest.approx(theirs.intercept_, abs=1e-12)


@pytest.mark.parametrize("formulation", FORMULATIONS)
def test_stopping_and_resuming_gives_the_same_run_in_each_formulation(formulation):
    problem = random_problem()
    whole = list(train(problem, formulation, epochs=100))
    run = train(problem, formulation, epochs=100)
    first = [next(run) for _ in range(37)]
    halfway = run.neuron()
    rest = list(run)
    assert first + rest == whole
    assert run.finished and list(run) == []
    assert not np.array_equal(halfway.coef_, run.neuron().coef_)


@pytest.mark.parametrize("formulation", FORMULATIONS)
def test_each_record_scores_the_neuron_seen_before_it(formulation):
    X, y, X_test, y_test = problem = random_problem()
    run = train(problem, formulation, epochs=80)
    while not run.finished:
        neuron = run.neuron()
        record = next(run)
        assert record.train_loss == pytest.approx(
            log_loss(neuron.decision_function(X), y), rel=1e-12
        )
        assert record.test_loss == pytest.approx(
            log_loss(neuron.decision_function(X_test), y_test), rel=1e-12
        )
        assert record.train_acc == accuracy(neuron.predict_proba(X)[:, 1], y)
        assert record.test_acc == accuracy(neuron.predict_proba(X_test)[:, 1], y_test)


@pytest.mark.parametrize("formulation", FORMULATIONS)
def test_divergence_stops_both_at_the_same_epoch(formulation):
    problem = random_problem()
    reference = train(problem, "primal", epochs=60, learning_rate=1e6)
    with pytest.raises(TrainingError) as expected:
        list(reference)
    run = train(problem, formulation, epochs=60, learning_rate=1e6)
    with pytest.raises(TrainingError) as error:
        list(run)
    assert str(error.value) == str(expected.value)
    assert run.epoch == reference.epoch
    # what is left is the neuron that went into the diverging epoch, not one past it
    replay = train(problem, formulation, epochs=60, learning_rate=1e6)
    for _ in range(run.epoch):
        next(replay)
    np.testing.assert_array_equal(run.neuron().coef_, replay.neuron().coef_)
    np.testing.assert_allclose(run.neuron().coef_, reference.neuron().coef_, rtol=1e-9)
    with pytest.raises(TrainingError):  # a dead run stays dead
        next(run)


@pytest.mark.parametrize("formulation", FORMULATIONS)
def test_float32_runs_in_float32_close_to_float64(formulation):
    exact = list(train(random_problem(), formulation, epochs=200))
    run = train(random_problem(dtype=np.float32), formulation, epochs=200)
    single = list(run)
    assert run.neuron().coef_.dtype == np.float32
    assert all(type(r.train_loss) is float for r in single)
    np.testing.assert_allclose(
        columns(single)["train_loss"], columns(exact)["train_loss"], rtol=1e-4
    )


def test_inputs_must_be_floats_of_one_kind():
    X, y, X_test, y_test = random_problem()
    with pytest.raises(ValueError, match="float32 or float64"):
        TrainingRun(X.astype(np.uint8), y, X_test.astype(np.uint8), y_test)
    with pytest.raises(ValueError, match="float32 or float64"):
        TrainingRun(X, y, X_test.astype(np.float32), y_test)


def test_the_dual_is_chosen_for_the_articles_run_and_the_primal_for_a_few_epochs():
    assert choose(209, 12288, 50, 1000) == "dual"
    assert choose(209, 12288, 50, 5) == "primal"


def test_the_primal_is_chosen_when_the_gram_matrix_would_be_large():
    assert choose(20_000, 12288, 50, 1_000_000) == "primal"
    assert choose(3072, 12288, 50, 1_000_000) == "dual"


def test_once_the_dual_pays_off_it_pays_off_for_longer_runs_too():
    choices = [choose(2000, 12288, 500, epochs) for epochs in range(1, 5000, 7)]
    switch = choices.index("dual")
    assert switch > 0 and set(choices[switch:]) == {"dual"}


def test_the_auto_choice_is_what_choose_says():
    X, y, X_test, y_test = random_problem(m=40, n=300)
    for epochs in (1, 500):
        run = TrainingRun(X, y, X_test, y_test, Hyperparameters(epochs=epochs))
        assert run.formulation == choose(40, 300, 15, epochs)
    assert {
        TrainingRun(X, y, X_test, y_test, Hyperparameters(epochs=e)).formulation for e in (1, 500)
    } == {"primal", "dual"}
