import numpy as np
import pytest

from core.dataset import flatten
from core.step import compute_step
from core.training import TrainingRun
from tests.core.problems import random_problem, train


@pytest.mark.parametrize("formulation", ["primal", "dual"])
def test_the_step_shown_is_the_step_the_run_took(formulation):
    problem = X, y, _, _ = random_problem()
    run = train(problem, formulation, epochs=80)
    records = list(run)
    for epoch in (0, 1, 40, 79):
        step = compute_step(run.history.neuron(epoch), X, y, 0.01)
        after = run.history.neuron(epoch + 1)
        np.testing.assert_allclose(step.new_coef, after.coef_, rtol=0, atol=1e-12)
        assert step.new_intercept == pytest.approx(after.intercept_, abs=1e-12)
        np.testing.assert_allclose(step.coef - 0.01 * step.dw, after.coef_, rtol=0, atol=1e-12)
        assert step.loss == pytest.approx(records[epoch].train_loss, rel=1e-12)
        assert step.loss_after == pytest.approx(records[epoch + 1].train_loss, rel=1e-12)
        np.testing.assert_allclose(step.z, run.history.logits(epoch)[0], rtol=0, atol=1e-12)


def test_the_intermediates_are_the_articles_formulas():
    X, y, _, _ = random_problem(m=30, n=50)
    neuron = train((X, y, X[:5], y[:5]), "primal", epochs=3).neuron()
    step = compute_step(neuron, X, y, 0.5)
    np.testing.assert_allclose(step.a, 1 / (1 + np.exp(-(X @ neuron.coef_ + neuron.intercept_))))
    np.testing.assert_allclose(step.dz, step.a - y)
    np.testing.assert_allclose(step.dw, X.T @ (step.a - y) / 30)
    assert step.db == pytest.approx(np.mean(step.a - y))
    assert step.update_norm == pytest.approx(0.5 * np.sqrt(np.sum(step.dw**2)))
    assert step.coef_norm == pytest.approx(np.sqrt(np.sum(neuron.coef_**2)))
    assert step.dw.shape == neuron.coef_.shape


def test_on_the_article_run_a_step_is_small_next_to_the_weights(real_data):
    X, y = flatten(real_data.train_images), real_data.train_labels
    run = TrainingRun(X, y, flatten(real_data.test_images), real_data.test_labels)
    records = list(run)
    step = compute_step(run.history.neuron(500), X, y, 0.005)
    np.testing.assert_allclose(step.new_coef, run.history.neuron(501).coef_, rtol=0, atol=1e-12)
    assert step.loss_after < step.loss == pytest.approx(records[500].train_loss, rel=1e-12)
    assert step.update_norm < 0.01 * step.coef_norm
