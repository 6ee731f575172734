"""How the window's process is set up before anything loads."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ONE_PRODUCT = textwrap.dedent(
    """
    import time
    from gui.app import one_blas_thread

    one_blas_thread()
    import numpy as np

    X = np.random.default_rng(0).random((1500, 1500))
    X @ X  # warm up: the pool, if there is one, starts
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(3):
        X @ X
    print((time.process_time() - cpu) / (time.perf_counter() - wall))
    """
)


def test_matrix_products_use_one_core_so_training_leaves_the_window_the_other():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENBLAS", "OMP"))}
    result = subprocess.run(
        [sys.executable, "-c", ONE_PRODUCT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    cores_busy = float(result.stdout)
    assert cores_busy < 1.3  # OpenBLAS's default: a thread per core, ~2.0 on two cores


def test_a_blas_setting_of_the_user_wins(monkeypatch):
    from gui.app import one_blas_thread

    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    one_blas_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "2"
