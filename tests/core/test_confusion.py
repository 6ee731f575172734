import numpy as np

from core.confusion import confusion_matrix
from core.dataset import flatten
from core.training import TrainingRun


def test_each_picture_lands_in_the_cell_of_its_label_and_its_answer():
    logits = np.array([2.0, -1.0, 0.5, -3.0, 0.0, 4.0])
    labels = np.array([1, 1, 0, 0, 1, 1])
    matrix = confusion_matrix(logits, labels)
    np.testing.assert_array_equal(matrix.counts, [[1, 1], [2, 2]])
    np.testing.assert_array_equal(matrix.indices(1, 0), [1, 4])  # z = 0 is not a cat: σ = ½
    np.testing.assert_array_equal(matrix.indices(0, 1), [2])
    np.testing.assert_allclose(matrix.rates, [[0.5, 0.5], [0.5, 0.5]])
    assert matrix.total == 6 and matrix.correct == 3


def test_a_split_without_cats_has_zero_rates_not_nan():
    matrix = confusion_matrix(np.array([1.0, -1.0]), np.array([0, 0]))
    np.testing.assert_array_equal(matrix.rates, [[0.5, 0.5], [0.0, 0.0]])


def test_at_every_epoch_of_the_article_run_it_agrees_with_the_records(real_data):
    run = TrainingRun(
        flatten(real_data.train_images),
        real_data.train_labels,
        flatten(real_data.test_images),
        real_data.test_labels,
    )
    records = list(run)
    for epoch in (0, 150, 1000):
        train_z, test_z = run.history.logits(epoch)
        for logits, labels, acc in (
            (train_z, real_data.train_labels, records[epoch].train_acc),
            (test_z, real_data.test_labels, records[epoch].test_acc),
        ):
            matrix = confusion_matrix(logits, labels)
            assert matrix.total == len(labels)
            assert matrix.correct == round(acc * len(labels))
            cells = [matrix.indices(t, s) for t in (0, 1) for s in (0, 1)]
            assert sorted(np.concatenate(cells).tolist()) == list(range(len(labels)))
    final = confusion_matrix(run.history.logits(1000)[1], real_data.test_labels)
    assert final.correct == 38
