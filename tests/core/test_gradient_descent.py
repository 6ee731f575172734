import numpy as np
import pytest

from core.dual import Dual
from core.gradient_descent import Primal, gradient_step
from core.neuron import Neuron, log_loss
from tests.core.problems import random_problem


def test_the_step_goes_down_the_gradient_of_the_loss():
    X, y, _, _ = random_problem(m=12, n=8)
    w, b = np.random.default_rng(1).normal(size=8), 0.3
    step = gradient_step(w, b, X, y.astype(float), learning_rate=0.1)
    h = 1e-6
    for i in range(8):
        e = np.zeros(8)
        e[i] = h
        slope = (log_loss(X @ (w + e) + b, y) - log_loss(X @ (w - e) + b, y)) / (2 * h)
        assert step.dw[i] == pytest.approx(slope, rel=1e-6, abs=1e-9)
    slope = (log_loss(X @ w + b + h, y) - log_loss(X @ w + b - h, y)) / (2 * h)
    assert step.db == pytest.approx(slope, rel=1e-6)
    np.testing.assert_allclose(step.coef, w - 0.1 * step.dw, rtol=0, atol=0)
    assert step.intercept == b - 0.1 * step.db
    assert log_loss(X @ step.coef + step.intercept, y) < log_loss(X @ w + b, y)


def test_the_dual_is_the_readable_step_repeated():
    X, y, X_test, _ = random_problem()
    labels = y.astype(float)
    start = Neuron.initial(X.shape[1], seed=3)
    dual = Dual(X, labels, X_test, start)
    block = dual.run(epochs=50, steps=50, rate=0.01)
    w, b = start.coef_, start.intercept_
    for epoch in range(50):
        step = gradient_step(w, b, X, labels, 0.01)
        np.testing.assert_allclose(block.logits[epoch, :40], step.z, rtol=0, atol=1e-12)
        np.testing.assert_allclose(block.logits[epoch, 40:], X_test @ w + b, rtol=0, atol=1e-12)
        w, b = step.coef, step.intercept
    np.testing.assert_allclose(dual.neuron().coef_, w, rtol=0, atol=1e-12)
    assert dual.neuron().intercept_ == pytest.approx(b, abs=1e-12)


@pytest.mark.parametrize("formulation", [Primal, Dual])
def test_each_formulation_gives_the_coefficients_of_its_weights(formulation):
    X, y, X_test, _ = random_problem()
    start = Neuron.initial(X.shape[1], seed=3)
    weights = formulation(X, y.astype(float), X_test, start)
    block = weights.run(epochs=30, steps=29, rate=0.05)
    for epoch in (0, 1, 17, 29):
        w = start.coef_ + X.T @ block.coefficients[epoch]
        b = block.intercepts[epoch]
        np.testing.assert_allclose(X @ w + b, block.logits[epoch, :40], rtol=0, atol=1e-12)
    np.testing.assert_allclose(
        weights.neuron().coef_, start.coef_ + X.T @ block.coefficients[-1], rtol=0, atol=1e-12
    )
