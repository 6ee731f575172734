"""Epoch records as numpy columns for drawing: a growing buffer, and peak-preserving bins.

Plain numpy, no Qt: :mod:`gui.loss_plot` draws from these, and tests check them
without a window. A run's curve items are fed views of these buffers, so an
update costs the new points, however long the run: new records are appended,
smoothed (:class:`SmoothedBuffer`) and binned (:class:`BinnedBuffer`) as they
arrive, never all over again.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.smoothing import Smoother
from core.training import EpochRecord

COLUMNS = ("epoch", "train_loss", "train_acc", "test_loss", "test_acc")


class RecordBuffer:
    """Epoch records as columns of a float array that grows by doubling."""

    def __init__(self, capacity: int = 1024) -> None:
        self._data = np.empty((capacity, len(COLUMNS)))
        self.size = 0

    def extend(self, records: Sequence[EpochRecord]) -> np.ndarray:
        """Append records; amortized O(len(records)). Returns them as ``(k, 5)`` rows."""
        rows = [(r.epoch, r.train_loss, r.train_acc, r.test_loss, r.test_acc) for r in records]
        array = np.asarray(rows, dtype=float).reshape(-1, len(COLUMNS))
        self.extend_rows(array)
        return array

    def extend_rows(self, rows: np.ndarray) -> None:
        """Append ``(k, 5)`` rows, growing the buffer by doubling."""
        needed = self.size + len(rows)
        if needed > len(self._data):
            grown = np.empty((max(needed, 2 * len(self._data)), len(COLUMNS)))
            grown[: self.size] = self._data[: self.size]
            self._data = grown
        self._data[self.size : needed] = rows
        self.size = needed

    def rows(self, start: int, stop: int) -> np.ndarray:
        """A view of rows ``start`` to ``stop`` (all columns)."""
        return self._data[start : min(stop, self.size)]

    def column(self, name: str) -> np.ndarray:
        """A view (no copy) of one column's filled part."""
        return self._data[: self.size, COLUMNS.index(name)]

    def row_near(self, epoch: float) -> dict[str, float] | None:
        """The record closest to ``epoch``, as a dict, or None when empty."""
        if not self.size:
            return None
        epochs = self.column("epoch")
        i = int(np.clip(np.searchsorted(epochs, epoch), 0, self.size - 1))
        if i > 0 and abs(epochs[i - 1] - epoch) < abs(epochs[i] - epoch):
            i -= 1
        return dict(zip(COLUMNS, self._data[i].tolist(), strict=True))


class BinnedBuffer:
    """Two rows per full bin of ``size`` records, for drawing long runs.

    Each bin gives its first epoch with every column's minimum and its last epoch
    with every maximum, so an oscillating curve keeps its envelope.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.rows = RecordBuffer()
        self.done = 0  # records already binned

    def catch_up(self, source: RecordBuffer) -> None:
        """Bin the records of ``source`` that complete new bins (O(new records))."""
        full = (source.size - self.done) // self.size * self.size
        if not full:
            return
        chunk = source.rows(self.done, self.done + full).reshape(-1, self.size, len(COLUMNS))
        low, high = chunk.min(axis=1), chunk.max(axis=1)
        low[:, 0], high[:, 0] = chunk[:, 0, 0], chunk[:, -1, 0]
        self.rows.extend_rows(np.stack([low, high], axis=1).reshape(-1, len(COLUMNS)))
        self.done += full

    def column(self, name: str, source: RecordBuffer) -> np.ndarray:
        """The binned column followed by the records not yet in a full bin."""
        return np.concatenate([self.rows.column(name), source.column(name)[self.done :]])


class SmoothedBuffer:
    """The records of a :class:`RecordBuffer` smoothed column by column, kept up as they arrive.

    One :class:`~core.smoothing.Smoother` per column carries TensorBoard's moving
    average from one batch to the next, so catching up costs the new records
    only. A new weight means a new buffer (one pass over the run, once).
    """

    def __init__(self, weight: float, capacity: int = 1024) -> None:
        self.weight = weight
        self.rows = RecordBuffer(capacity)
        self._smoothers = [Smoother(weight) for _ in COLUMNS[1:]]

    def catch_up(self, source: RecordBuffer) -> None:
        """Smooth the records of ``source`` not smoothed yet (O(new records))."""
        new = source.rows(self.rows.size, source.size)
        if not len(new):
            return
        smoothed = new.copy()
        for index, smoother in enumerate(self._smoothers, start=1):
            smoothed[:, index] = smoother.extend(new[:, index])
        self.rows.extend_rows(smoothed)

    def column(self, name: str) -> np.ndarray:
        """A view of one smoothed column (``epoch`` as it was)."""
        return self.rows.column(name)
