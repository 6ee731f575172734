import math

import numpy as np
import pytest

from core.dataset import flatten
from core.smoothing import Smoother, smooth
from core.training import TrainingRun


def tensorboard(values, weight):
    """TensorBoard's resampleData smoothing, line by line from its JavaScript."""
    last, count, out = 0.0, 0, []
    for value in values:
        if not math.isfinite(value):
            out.append(value)
            continue
        last = last * weight + (1 - weight) * value
        count += 1
        out.append(last / (1 - weight**count) if weight != 1 else last)
    return np.array(out)


def total_variation(values):
    return float(np.sum(np.abs(np.diff(values))))


def test_weight_zero_gives_the_raw_values():
    values = np.random.default_rng(0).random(300)
    np.testing.assert_array_equal(smooth(values, 0.0), values)


@pytest.mark.parametrize("weight", [0.3, 0.6, 0.9, 0.99])
@pytest.mark.parametrize("length", [1, 5, 256, 257, 3000])
def test_it_is_tensorboards_debiased_average(weight, length):
    values = np.random.default_rng(length).normal(2.0, 0.5, length)
    np.testing.assert_allclose(smooth(values, weight), tensorboard(values, weight), rtol=1e-12)


def test_the_first_smoothed_value_is_the_first_value():
    assert smooth(np.array([0.7, 0.1, 0.9]), 0.9)[0] == pytest.approx(0.7, rel=1e-15)


def test_batches_as_they_arrive_give_the_whole_curve():
    values = np.random.default_rng(1).random(1000)
    smoother = Smoother(0.95)
    pieces = [smoother.extend(values[a:b]) for a, b in ((0, 1), (1, 64), (64, 700), (700, 1000))]
    np.testing.assert_allclose(np.concatenate(pieces), smooth(values, 0.95), rtol=1e-12)


def test_non_finite_values_pass_through_and_stay_out_of_the_average():
    values = np.array([1.0, np.inf, 3.0, np.nan, 5.0])
    smoothed = smooth(values, 0.5)
    assert smoothed[1] == np.inf and np.isnan(smoothed[3])
    np.testing.assert_allclose(smoothed[[0, 2, 4]], smooth(np.array([1.0, 3.0, 5.0]), 0.5))


def test_a_weight_outside_zero_to_one_is_refused():
    with pytest.raises(ValueError, match="smoothing weight"):
        Smoother(1.0)


def test_at_point_nine_the_articles_test_curve_calms_down_five_times(real_data):
    run = TrainingRun(
        flatten(real_data.train_images),
        real_data.train_labels,
        flatten(real_data.test_images),
        real_data.test_labels,
    )
    test_loss = np.array([r.test_loss for r in run])
    raw, smoothed = total_variation(test_loss), total_variation(smooth(test_loss, 0.9))
    assert smoothed * 5 <= raw
    assert abs(smooth(test_loss, 0.9)[-1] - test_loss[-1]) < 0.01  # it still ends where it ends
