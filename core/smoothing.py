"""TensorBoard's smoothing of a curve: a debiased exponential moving average.

With weight ``β``, the moving average ``m_t = β m_{t−1} + (1 − β) x_t`` starts at
0 and so hugs 0 at first; dividing by ``1 − β^t`` takes that bias out, so the
smoothed curve starts on the first value instead of below it. Weight 0 gives
the raw values back; 0.99 averages over about the last hundred. Non-finite
values (a diverged run) are passed through and do not enter the average, as in
TensorBoard.

:func:`smooth` does a whole curve; a :class:`Smoother` carries the average
across batches of values as they arrive, so a live curve is never smoothed twice.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

_CHUNK = 256


@lru_cache(maxsize=8)
def _decays(weight: float) -> np.ndarray:
    """``Tᵀ`` of a whole chunk, ``T[i, k] = β^{i−k}`` (0 above the diagonal), read-only.

    A shorter chunk uses its top-left corner. Made once per weight: building it
    costs more than the products that use it (a live curve smooths 30 batches a second).
    """
    lags = np.subtract.outer(np.arange(_CHUNK), np.arange(_CHUNK))
    decays = np.where(lags >= 0, weight ** np.maximum(lags, 0), 0.0).T
    decays.flags.writeable = False
    return decays


def smooth(values: np.ndarray, weight: float) -> np.ndarray:
    """The debiased exponential moving average of ``values`` with ``weight`` in ``[0, 1)``."""
    return Smoother(weight).extend(values)


class Smoother:
    """A debiased exponential moving average fed values batch by batch.

    Parameters
    ----------
    weight
        β in ``[0, 1)``: 0 keeps the raw values, larger smooths more.
    """

    def __init__(self, weight: float) -> None:
        if not 0.0 <= weight < 1.0:
            raise ValueError(f"smoothing weight must be in [0, 1), got {weight}")
        self.weight = weight
        self._average = 0.0
        self._count = 0

    def extend(self, values: np.ndarray) -> np.ndarray:
        """The smoothed values of the next batch, continuing from the batches before."""
        x = np.asarray(values, dtype=np.float64)
        out = x.copy()
        if self.weight == 0.0:
            return out
        finite = np.isfinite(x)
        seen = x[finite]
        if not len(seen):
            return out
        biased = self._moving_average(seen)
        counts = self._count + np.arange(1, len(seen) + 1)
        out[finite] = biased / -np.expm1(counts * np.log(self.weight))
        self._average, self._count = float(biased[-1]), int(counts[-1])
        return out

    def _moving_average(self, x: np.ndarray) -> np.ndarray:
        """``m_t = β m_{t−1} + (1 − β) x_t`` from the carried ``m``, a chunk per matrix product.

        Within a chunk of ``C`` values ``m = (1 − β) T x + β^{i+1} m_start`` with the
        lower-triangular ``T[i, k] = β^{i−k}``: one product for all chunks, then a
        short loop carries each chunk's last value into the next.
        """
        beta = self.weight
        count = len(x)
        size = min(_CHUNK, count)
        chunks = -(-count // size)
        padded = np.zeros(chunks * size)
        padded[:count] = x
        local = (padded.reshape(chunks, size) @ _decays(beta)[:size, :size]) * (1.0 - beta)
        decay = beta ** np.arange(1, size + 1)
        starts = np.empty(chunks)
        carried = self._average
        for j in range(chunks):
            starts[j] = carried
            carried = local[j, -1] + decay[-1] * carried
        return (local + np.outer(starts, decay)).ravel()[:count]
