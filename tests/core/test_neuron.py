import numpy as np
import pytest

from core.neuron import Neuron, accuracy, initial_weights, log_loss, sigmoid


def naive_loss(z, y):
    a = 1 / (1 + np.exp(-z))
    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))


def test_sigmoid_is_finite_and_exact_at_the_extremes():
    z = np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])
    a = sigmoid(z)  # filterwarnings=error turns any overflow warning into a failure
    assert a[0] == 0.0 and a[-1] == 1.0 and a[2] == 0.5
    assert np.all((a >= 0) & (a <= 1))


def test_sigmoid_matches_the_textbook_formula_where_that_is_safe():
    z = np.linspace(-30, 30, 601)
    np.testing.assert_allclose(sigmoid(z), 1 / (1 + np.exp(-z)), rtol=1e-14, atol=0)


@pytest.mark.parametrize(
    ("z", "y", "expected"),
    [
        (1000.0, 0, 1000.0),  # confidently wrong: loss is the logit itself, not inf
        (-1000.0, 1, 1000.0),
        (1000.0, 1, 0.0),  # confidently right: no log(0) either
        (-1000.0, 0, 0.0),
    ],
)
def test_log_loss_is_stable_at_huge_logits(z, y, expected):
    assert log_loss(np.array([z]), np.array([y])) == pytest.approx(expected, abs=1e-12)


def test_log_loss_equals_the_article_formula_in_the_normal_range():
    rng = np.random.default_rng(1)
    z, y = rng.normal(0, 3, 500), rng.integers(0, 2, 500)
    assert log_loss(z, y) == pytest.approx(naive_loss(z, y), rel=1e-12)


def test_initial_weights_follow_the_articles_global_seed_recipe():
    np.random.seed(999)
    article = np.random.randn(12288, 1) * 0.01
    np.testing.assert_array_equal(initial_weights(12288, 999), article.ravel())


def test_predict_uses_the_strict_half_threshold():
    neuron = Neuron(np.array([1.0]), 0.0)
    X = np.array([[-1.0], [0.0], [1.0]])
    np.testing.assert_array_equal(neuron.predict(X), [0, 0, 1])
    proba = neuron.predict_proba(X)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert proba[1, 1] == 0.5
    assert accuracy(proba[:, 1], np.array([0, 0, 1])) == 1.0


def test_copy_is_independent():
    neuron = Neuron(np.zeros(3), 1.0)
    snapshot = neuron.copy()
    neuron.coef_ += 1
    assert snapshot.coef_.tolist() == [0.0, 0.0, 0.0]
