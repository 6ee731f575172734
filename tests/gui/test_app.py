"""How the window's process is set up before anything loads."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

AFTER_A_PRODUCT = textwrap.dedent(
    """
    import time
    from gui.app import quiet_blas_threads

    quiet_blas_threads()
    import numpy as np

    X = np.random.default_rng(0).random((209, 12288))
    X.T @ np.ones(209)  # the product the worker computes with every update
    started = time.process_time()
    time.sleep(0.3)  # what is measured: the CPU the process burns while it has nothing to do
    print(time.process_time() - started)
    """
)


def test_blas_helper_threads_do_not_spin_after_a_product():
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENBLAS")}
    result = subprocess.run(
        [sys.executable, "-c", AFTER_A_PRODUCT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    idle_cpu = float(result.stdout)
    assert idle_cpu < 0.03  # OpenBLAS's default: a helper spins ~0.1 s on another core


def test_a_blas_setting_of_the_user_wins(monkeypatch):
    from gui.app import quiet_blas_threads

    monkeypatch.setenv("OPENBLAS_THREAD_TIMEOUT", "20")
    quiet_blas_threads()
    assert os.environ["OPENBLAS_THREAD_TIMEOUT"] == "20"
