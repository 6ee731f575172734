import numpy as np
import pytest

from core.dataset import flatten
from core.explain import channel_weights, diverging_colors, explain
from core.neuron import Neuron
from core.training import TrainingRun


def test_red_and_blue_and_the_bias_add_up_to_z(real_data):
    run = TrainingRun(
        flatten(real_data.train_images),
        real_data.train_labels,
        flatten(real_data.test_images),
        real_data.test_labels,
    )
    list(run)
    neuron = run.neuron()
    for x in flatten(real_data.test_images[:10]):
        why = explain(neuron, x, (64, 64, 3))
        assert why.red_sum + why.blue_sum + why.bias == why.logit
        assert why.red_sum > 0 > why.blue_sum
        assert why.logit == pytest.approx(neuron.decision_function(x), abs=1e-12)
        assert why.p_cat == pytest.approx(neuron.predict_proba(x[None])[0, 1], abs=1e-12)
        assert why.scale == pytest.approx(np.max(np.abs(why.contributions)))


def test_the_sums_split_the_products_by_sign():
    neuron = Neuron(np.array([1.0, -2.0, 3.0, -4.0]), 0.5)
    why = explain(neuron, np.array([1.0, 1.0, 0.5, 0.25]), (2, 2, 1))
    assert (why.red_sum, why.blue_sum, why.logit) == (2.5, -3.0, 0.0)


def test_the_channel_maps_share_one_symmetric_scale():
    w = np.arange(12, dtype=float) - 8  # -8 … 3: the blue end sets the scale
    maps = channel_weights(Neuron(w), (2, 2, 3))
    assert maps.maps.shape == (3, 2, 2) and maps.scale == 8.0
    np.testing.assert_array_equal(maps.maps[0].ravel(), w[0::3])
    np.testing.assert_array_equal(maps.maps[2].ravel(), w[2::3])


def test_a_given_scale_sets_the_colours_of_every_map_alike():
    values = np.array([[1.0, -1.0]])
    alone, shared = diverging_colors(values), diverging_colors(values, scale=4.0)
    assert tuple(alone[0, 0]) == (200, 30, 40)  # full red at its own maximum
    assert tuple(shared[0, 0]) != (200, 30, 40) and shared[0, 0, 0] > shared[0, 0, 2]


def test_an_all_zero_map_has_scale_one_not_zero():
    why = explain(Neuron(np.zeros(4)), np.ones(4), (2, 2, 1))
    assert why.scale == 1.0 and why.red_sum == why.blue_sum == 0.0
