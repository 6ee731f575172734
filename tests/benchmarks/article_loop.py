"""The baseline: the article's training loop as it was written, plain float64 numpy.

Column-major ``X`` (features × images), the global seed, ``1/m`` products, the
textbook sigmoid and cost: what `main.py train` is measured against and must
agree with. It prints the same JSON records as ``main.py train --json``
(the final one, or every epoch with ``--trace``) so the two outputs compare
line by line.

Usage: ``python article_loop.py DATA_DIR EPOCHS [--trace]``
"""

import json
import sys

import h5py
import numpy as np


def load(folder, split):
    with h5py.File(f"{folder}/{split}_catvnoncat.h5", "r") as f:
        images = np.asarray(f[f"{split}_set_x"][()])
        labels = np.asarray(f[f"{split}_set_y"][()]).reshape(1, -1)
    return images.reshape(images.shape[0], -1).T / 255, labels


def metrics(w, b, X, Y):
    A = 1 / (1 + np.exp(-(np.dot(w.T, X) + b)))
    cost = -1 / X.shape[1] * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    return float(cost), float(np.mean((A > 0.5) == Y))


def record(epoch, w, b, X, Y, X_test, Y_test):
    train_loss, train_acc = metrics(w, b, X, Y)
    test_loss, test_acc = metrics(w, b, X_test, Y_test)
    return json.dumps(
        {
            "epoch": epoch,
            "train_loss": train_loss,
            "train_acc": train_acc,
            "test_loss": test_loss,
            "test_acc": test_acc,
        }
    )


def main(folder, epochs, trace):
    X, Y = load(folder, "train")
    X_test, Y_test = load(folder, "test")
    m = X.shape[1]
    np.random.seed(999)
    w, b = np.random.randn(X.shape[0], 1) * 0.01, 0
    for i in range(epochs):
        if trace:
            print(record(i, w, b, X, Y, X_test, Y_test))
        A = 1 / (1 + np.exp(-(np.dot(w.T, X) + b)))
        cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))  # noqa: F841 (as the article)
        dw = 1 / m * np.dot(X, (A - Y).T)
        db = 1 / m * np.sum(A - Y)
        w = w - 0.005 * dw
        b = b - 0.005 * db
    print(record(epochs, w, b, X, Y, X_test, Y_test))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), "--trace" in sys.argv[3:])
