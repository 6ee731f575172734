"""History: bringing an epoch back, a picture's trajectory, the memory kept, the run's cost.

- **Scrub**: everything the window needs to show another epoch, from the run's
  :class:`~core.history.History`: the neuron (``w₀ + Xᵀc``, one product), the
  logits of every train and test picture, both confusion matrices, the weights
  as an image and as three channel maps. Against re-scoring every picture with
  a neuron (two products), what the window did on each update before. At the
  article's 209 + 50 pictures (goal well under 33 ms) and at 3,000 + 750
  synthetic ones (goal 100 ms).
- **Trajectory**: one picture's p(cat) at every epoch (``X·x`` once, then
  ``C·(X·x)``; goal 50 ms), against the same re-scoring.
- **Memory** of the history of 1000 epochs, at both sizes, against the float64
  training inputs.
- **Reference run** (1000 epochs, headless): the run as it is against the same
  run with the history's writes left out, alternated, medians.

The 3,000-picture history is filled with random coefficients rather than trained
(training it takes the dual's 3,000 × 3,000 Gram matrix, a minute on two busy
cores): reading costs the same whatever numbers are in it.
"""

from __future__ import annotations

import time

import numpy as np
from figures import dataset_dir, emit, median

EPOCHS = 1000
REPEATS = 15
SHAPE = (64, 64, 3)


def timed(action, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return median(times)


def show_epoch(history, epoch, y, y_test) -> None:
    """What the window computes to show ``epoch``: the weights and every picture's answer."""
    from core.confusion import confusion_matrix
    from core.explain import channel_weights, weights_image

    neuron = history.neuron(epoch)
    train_z, test_z = history.logits(epoch)
    confusion_matrix(train_z, y), confusion_matrix(test_z, y_test)
    weights_image(neuron, SHAPE), channel_weights(neuron, SHAPE)


def rescore(neuron, X, X_test) -> None:
    neuron.decision_function(X), neuron.decision_function(X_test)


def article_history():
    from core.dataset import flatten, load_dataset
    from core.training import TrainingRun

    data = load_dataset(dataset_dir())
    X, X_test = flatten(data.train_images), flatten(data.test_images)
    run = TrainingRun(X, data.train_labels, X_test, data.test_labels)
    list(run)
    return run, X, X_test, data.train_labels, data.test_labels


def synthetic_history(m: int, m_test: int):
    from core.gradient_descent import Block
    from core.history import History
    from core.neuron import Neuron

    rng = np.random.default_rng(0)
    n = int(np.prod(SHAPE))
    X = rng.integers(0, 256, (m, n), dtype=np.uint8) / 255.0
    X_test = rng.integers(0, 256, (m_test, n), dtype=np.uint8) / 255.0
    y, y_test = np.arange(m) % 2, np.arange(m_test) % 2
    history = History(X, y.astype(float), X_test, Neuron.initial(n, 999), 0.005, EPOCHS)
    for first in range(0, EPOCHS + 1, 64):
        count = min(64, EPOCHS + 1 - first)
        block = Block(
            rng.normal(size=(count, m + m_test)),
            rng.normal(scale=1e-3, size=(count, m)),
            rng.normal(size=count),
        )
        history.stage(first, block, rng.random((count, 4)))
    history.publish(EPOCHS + 1)
    return history, X, X_test, y, y_test


def measure(label: str, history, X, X_test, y, y_test) -> None:
    epochs = iter(np.random.default_rng(1).integers(0, EPOCHS + 1, 1000).tolist())
    neuron = history.neuron(EPOCHS)
    scrub = timed(lambda: show_epoch(history, next(epochs), y, y_test))
    baseline = timed(lambda: rescore(neuron, X, X_test))
    emit(
        f"show another epoch from the history, {label} (re-scoring as baseline)",
        1000 * scrub,
        "ms",
        1000 * baseline,
    )
    x = X_test[0]
    trajectory = timed(lambda: history.p_cat(x))
    emit(
        f"a picture's p(cat) at all {EPOCHS + 1} epochs, {label} (re-scoring as baseline)",
        1000 * trajectory,
        "ms",
        1000 * baseline,
    )
    emit(
        f"history memory, {EPOCHS} epochs, {label} (float64 training inputs as baseline)",
        history.nbytes / 2**20,
        "MB",
        X.nbytes / 2**20,
    )


def reference_run_cost() -> None:
    import core.history
    from core.dataset import flatten, load_dataset
    from core.training import TrainingRun

    data = load_dataset(dataset_dir())
    X, X_test = flatten(data.train_images), flatten(data.test_images)

    def run() -> None:
        list(TrainingRun(X, data.train_labels, X_test, data.test_labels))

    stage = core.history.History.stage
    kept, left_out = [], []
    for _ in range(REPEATS):
        core.history.History.stage = stage
        kept.append(timed(run, 1))
        core.history.History.stage = lambda *args: None
        left_out.append(timed(run, 1))
    core.history.History.stage = stage
    emit(
        "reference run headless, history kept (history left out as baseline)",
        1000 * median(kept),
        "ms",
        1000 * median(left_out),
    )


def main() -> None:
    run, X, X_test, y, y_test = article_history()
    measure("209 + 50 pictures", run.history, X, X_test, y, y_test)
    measure("3,000 + 750 pictures", *synthetic_history(3000, 750))
    reference_run_cost()


if __name__ == "__main__":
    main()
