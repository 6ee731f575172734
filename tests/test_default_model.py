"""The bundled model is what `python main.py train --save` makes with the article's settings."""

import numpy as np

import main
from core.hyperparameters import Hyperparameters
from core.model_file import load_model


def test_the_shipped_model_is_the_reference_run_retrained(real_data_dir, tmp_path):
    fresh = tmp_path / "fresh.h5"
    argv = ["train", "--data", str(real_data_dir), "--log-every", "0", "--save", str(fresh)]
    assert main.main(argv) == 0
    shipped, retrained = load_model(main.DEFAULT_MODEL), load_model(fresh)
    np.testing.assert_allclose(shipped.neuron.coef_, retrained.neuron.coef_, rtol=0, atol=1e-9)
    assert abs(shipped.neuron.intercept_ - retrained.neuron.intercept_) < 1e-9
    assert shipped.hyperparameters == retrained.hyperparameters == Hyperparameters()
    assert shipped.metrics.epoch == 1000
    assert abs(shipped.metrics.test_acc - retrained.metrics.test_acc) < 1e-12
    assert shipped.input_shape == (64, 64, 3) and shipped.classes == ("non-cat", "cat")
