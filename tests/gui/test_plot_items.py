"""The pyqtgraph pieces the curves are drawn with, against pyqtgraph's own behaviour."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from gui.plot_items import Curve


@pytest.mark.parametrize("log_y", [False, True])
def test_a_curves_bounds_are_pyqtgraphs_bounds_of_the_same_points_and_follow_new_ones(qtbot, log_y):
    rng = np.random.default_rng(3)
    curve, reference = Curve(), pg.PlotCurveItem()
    for size in (1, 40, 1000):
        epochs, losses = np.arange(size, dtype=float), rng.uniform(1e-4, 5.0, size)
        curve.setLogMode(False, log_y)
        curve.show_points(epochs, losses)
        reference.setData(epochs, np.log10(losses) if log_y else losses)
        for ax in (0, 1):
            assert curve.dataBounds(ax) == pytest.approx(reference.dataBounds(ax))
        assert curve.boundingRect() == reference.boundingRect()


def test_an_empty_curve_has_no_bounds_and_no_columns_to_export(qtbot):
    curve = Curve()
    curve.show_points(np.zeros(0), np.zeros(0))
    assert curve.dataBounds(0) == (None, None)
    assert curve.getOriginalDataset() == (None, None)
