"""Which of the two exact ways to hold the weights a run takes: primal or dual.

:class:`core.gradient_descent.Primal` is the article's loop, the readable
reference: it keeps ``w`` and reads all of ``X`` twice an epoch, ``O(m·n)``.
:class:`core.dual.Dual` runs the same iterates as ``w = w₀ + Xᵀc``: after a
one-off ``m × m`` product, ``O(m²)`` an epoch. Both advance by ``run``, a block
of epochs at a time, returning a :class:`core.gradient_descent.Block` the run
scores. :func:`choose` picks the cheaper from the sizes and the number of epochs.
"""

from __future__ import annotations

from typing import Literal

Formulation = Literal["primal", "dual"]

GRAM_MEMORY_SHARE = 0.25
"""The dual's matrices may take at most this share of the memory of the float inputs."""

BLOCKED_SPEEDUP = 4
"""How many times faster a multiply-add runs in a matrix-matrix product than in a
matrix-vector product: the first reuses each number it loads many times, the second
once. On the development machine 18-37 G/s against 3-13 G/s, by threads and by whether
the matrix fits in cache; ``tests/benchmarks/bench_scale.py`` measures where the dual
really overtakes (4 is on the cautious side for large sets)."""


def choose(m: int, n: int, m_test: int, epochs: int) -> Formulation:
    """The formulation that needs less time for the whole run, within the memory rule.

    Time is counted in multiply-adds, those of matrix products divided by
    :data:`BLOCKED_SPEEDUP`:

    - primal: ``(2m + m_test)·n`` an epoch (``X w``, ``X_test w`` and ``Xᵀ r``);
    - dual: once the products ``X Xᵀ`` (symmetric: ``m(m+1)/2·n``) and ``X_test Xᵀ``
      (``m_test·m·n``), and ``X w₀``, ``X_test w₀``; then ``(m + m_test)·m`` an epoch.

    With the article's sizes the dual pays off from about 20 epochs. Its matrices take
    ``(m + m_test)·m`` floats next to the ``(m + m_test)·n`` of the inputs; it is ruled
    out when that would be more than :data:`GRAM_MEMORY_SHARE` of them (``m > n/4``),
    so a large dataset never needs much more than its one float copy.
    """
    if m > GRAM_MEMORY_SHARE * n:
        return "primal"
    primal = epochs * (2 * m + m_test) * n
    products = (m * (m + 1) // 2 + m_test * m) * n / BLOCKED_SPEEDUP
    dual = products + (m + m_test) * n + epochs * (m + m_test) * m
    return "dual" if dual < primal else "primal"
