import pytest

from core.dataset import Dataset
from core.image_folder import CLASS_FOLDERS
from core.model_file import Model
from core.neuron import Neuron
from core.task import CLASS_NAMES, INPUT_SHAPE, THRESHOLD, verdict


@pytest.mark.parametrize(
    ("p_cat", "text", "is_cat"),
    [(0.9, "cat 90.0%", True), (0.1, "non-cat 90.0%", False), (0.5, "non-cat 50.0%", False)],
)
def test_the_verdict_names_the_winning_class_and_its_probability(p_cat, text, is_cat):
    answer = verdict(p_cat)
    assert answer.text == text
    assert answer.is_cat is is_cat
    assert answer.class_name == CLASS_NAMES[answer.label]


def test_the_threshold_is_strict_as_in_the_article():
    assert not verdict(THRESHOLD).is_cat
    assert verdict(THRESHOLD + 1e-12).is_cat


def test_a_model_with_its_own_class_names_answers_in_them():
    assert verdict(0.2, ("dog", "wolf")).text == "dog 80.0%"


@pytest.mark.parametrize(
    ("p_cat", "unsure"), [(0.45, True), (0.59, True), (0.6, False), (0.3, False)]
)
def test_answers_near_the_threshold_are_marked_unsure(p_cat, unsure):
    assert verdict(p_cat).unsure is unsure


def test_the_readers_and_the_model_file_take_the_one_definition():
    import numpy as np

    model = Model(Neuron(np.zeros(int(np.prod(INPUT_SHAPE)))))
    empty = np.zeros((0, *INPUT_SHAPE), np.uint8)
    labels = np.zeros(0, np.int64)
    assert model.input_shape == INPUT_SHAPE and model.classes == CLASS_NAMES
    assert Dataset(empty, labels, empty, labels).classes == CLASS_NAMES
    assert CLASS_FOLDERS == CLASS_NAMES
