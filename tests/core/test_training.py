import numpy as np
import pytest

from core.dataset import flatten, load_dataset
from core.errors import TrainingError
from core.hyperparameters import Hyperparameters
from core.neuron import Neuron
from core.training import TrainingRun


def run_for(data, **hyper):
    return TrainingRun(
        flatten(data.train_images),
        data.train_labels,
        flatten(data.test_images),
        data.test_labels,
        Hyperparameters(**hyper),
    )


def article_loss_trace(data, epochs):
    """The article's own loop, written as it was: column-major X, global seed, 1/m products."""
    X = flatten(data.train_images).T
    Y = data.train_labels.reshape(1, -1)
    m = X.shape[1]
    np.random.seed(999)
    w, b = np.random.randn(X.shape[0], 1) * 0.01, 0
    costs = []
    for _ in range(epochs):
        A = 1 / (1 + np.exp(-(np.dot(w.T, X) + b)))
        costs.append(-1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
        dw = 1 / m * np.dot(X, (A - Y).T)
        db = 1 / m * np.sum(A - Y)
        w, b = w - 0.005 * dw, b - 0.005 * db
    return np.array(costs), w.ravel(), b


def test_a_run_yields_one_record_per_epoch_and_a_final_one(tiny_data_dir):
    records = list(run_for(load_dataset(tiny_data_dir), epochs=7))
    assert [r.epoch for r in records] == list(range(8))


def test_epoch_zero_is_scored_with_the_initial_weights(tiny_data_dir):
    data = load_dataset(tiny_data_dir)
    run = run_for(data, epochs=3, seed=5)
    start = Neuron.initial(data.n_features, 5)
    first = next(run)
    p = start.predict_proba(flatten(data.train_images))[:, 1]
    y = data.train_labels
    assert first.train_loss == pytest.approx(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    assert first.train_acc == np.mean((p > 0.5) == y)


def test_loss_decreases_on_separable_data(tiny_data_dir):
    records = list(run_for(load_dataset(tiny_data_dir), epochs=200, learning_rate=0.05))
    assert records[-1].train_loss < records[0].train_loss
    assert records[-1].train_acc == 1.0


def test_stopping_and_resuming_gives_the_same_run(tiny_data_dir):
    data = load_dataset(tiny_data_dir)
    whole = list(run_for(data, epochs=20))
    run = run_for(data, epochs=20)
    first = [next(run) for _ in range(8)]
    halfway = run.neuron()
    rest = list(run)
    assert first + rest == whole
    assert run.finished and list(run) == []
    assert not np.array_equal(halfway.coef_, run.neuron().coef_)


def test_a_diverging_learning_rate_is_reported_not_printed_as_nan(tiny_data_dir):
    with pytest.raises(TrainingError, match=r"at epoch \d+: the learning rate is too large"):
        list(run_for(load_dataset(tiny_data_dir), epochs=50, learning_rate=1e300))


@pytest.mark.parametrize(
    "bad",
    [
        {"learning_rate": 0},
        {"learning_rate": -1},
        {"learning_rate": float("nan")},
        {"learning_rate": float("inf")},
        {"epochs": 0},
        {"seed": -1},
        {"seed": 2**32},
    ],
)
def test_hyperparameters_refuse_unusable_values(bad):
    with pytest.raises(ValueError, match="must be"):
        Hyperparameters(**bad)


def test_the_article_run_is_reproduced(real_data):
    run = run_for(real_data)
    records = list(run)
    article_costs, article_w, article_b = article_loss_trace(real_data, 1000)
    ours = np.array([r.train_loss for r in records[:-1]])
    np.testing.assert_allclose(ours, article_costs, rtol=1e-12, atol=0)
    final = records[-1]
    assert final.epoch == 1000
    assert round(final.train_acc * 209) == 202
    assert round(final.test_acc * 50) == 38
    np.testing.assert_allclose(run.neuron().coef_, article_w, rtol=0, atol=1e-12)
    assert run.neuron().intercept_ == pytest.approx(article_b, abs=1e-12)


def test_the_article_run_takes_the_dual_and_the_primal_agrees(real_data):
    auto = run_for(real_data)
    assert auto.formulation == "dual"
    primal = TrainingRun(
        flatten(real_data.train_images),
        real_data.train_labels,
        flatten(real_data.test_images),
        real_data.test_labels,
        Hyperparameters(),
        formulation="primal",
    )
    article_costs, article_w, _ = article_loss_trace(real_data, 1000)
    for run in (auto, primal):
        records = list(run)
        ours = np.array([r.train_loss for r in records[:-1]])
        np.testing.assert_allclose(ours, article_costs, rtol=1e-12, atol=0)
        np.testing.assert_allclose(run.neuron().coef_, article_w, rtol=0, atol=1e-12)
