"""The plot's record buffers: plain numpy, checked without a window."""

from __future__ import annotations

import numpy as np

from core.training import EpochRecord
from gui.record_buffer import COLUMNS, BinnedBuffer, RecordBuffer, SmoothedBuffer


def records(first: int, count: int, seed: int = 0) -> list[EpochRecord]:
    rng = np.random.default_rng(seed + first)
    return [EpochRecord(first + i, *rng.uniform(0, 1, size=4).tolist()) for i in range(count)]


def test_the_buffer_grows_past_its_capacity_and_keeps_every_record_in_order():
    buffer = RecordBuffer(capacity=4)
    given = records(0, 10)
    buffer.extend(given[:3])
    buffer.extend(given[3:])
    assert buffer.size == 10
    assert buffer.column("epoch").tolist() == list(range(10))
    assert buffer.column("test_acc").tolist() == [r.test_acc for r in given]
    assert buffer.row_near(6.4) == given[6].as_dict()


def test_bins_keep_each_columns_envelope_and_the_tail_as_it_is():
    source = RecordBuffer()
    source.extend(records(0, 2_537))
    binned = BinnedBuffer(100)
    binned.catch_up(source)
    full = source.rows(0, 2_500).reshape(25, 100, len(COLUMNS))
    for name in COLUMNS[1:]:
        column = binned.column(name, source)
        index = COLUMNS.index(name)
        assert np.array_equal(column[:50:2], full[:, :, index].min(axis=1))
        assert np.array_equal(column[1:50:2], full[:, :, index].max(axis=1))
        assert np.array_equal(column[50:], source.column(name)[2_500:])
    epochs = binned.column("epoch", source)
    assert np.array_equal(epochs[:50:2], np.arange(0, 2_500, 100))
    assert np.array_equal(epochs[1:50:2], np.arange(99, 2_500, 100))
    assert len(epochs) == 50 + 37


def test_smoothed_rows_kept_up_batch_by_batch_are_the_whole_run_smoothed():
    from core.smoothing import smooth

    source, smoothed = RecordBuffer(capacity=8), SmoothedBuffer(0.9, capacity=8)
    given = records(0, 300)
    for first in range(0, 300, 41):
        source.extend(given[first : first + 41])
        smoothed.catch_up(source)
    smoothed.catch_up(source)  # nothing new: nothing added
    assert smoothed.rows.size == 300
    assert np.array_equal(smoothed.column("epoch"), source.column("epoch"))
    for name in COLUMNS[1:]:
        np.testing.assert_allclose(
            smoothed.column(name), smooth(source.column(name), 0.9), rtol=1e-12
        )
