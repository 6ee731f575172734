"""Scale: memory and time of training on 200, 2,000 and 20,000 synthetic 64×64 images.

Each run is a fresh process (so its peak RSS is its own): it makes random uint8
images, flattens them once to float64 or float32 and trains. Figures:

- peak memory of a primal run against the bare process + the uint8 images + one
  float copy of them (and the same for the dual at 2,000 images, which adds its
  ``(m + 50) × m`` kernel);
- time per epoch of the primal, whose cost grows with the data: against the
  200-image epoch scaled linearly (float64), or against the float64 epoch of the
  same size (float32);
- where the dual pays off: for 200 and 2,000 images, the number of epochs at
  which the measured dual (Gram matrix once, then cheap epochs) overtakes the
  measured primal, against the number :func:`core.formulations.choose` predicts.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

from figures import ROOT, emit

SIZES = (200, 2_000, 20_000)
TEST_IMAGES = 50
EPOCHS = 20
SHAPE = (64, 64, 3)


def child(m: int, dtype_name: str, formulation: str, epochs: int) -> dict:
    """In the measured process: build the data, train, report time and peak memory."""
    import numpy as np

    from core.dataset import flatten
    from core.hyperparameters import Hyperparameters
    from core.training import TrainingRun

    report: dict = {}
    if m:
        rng = np.random.default_rng(m)
        images = rng.integers(0, 256, (m, *SHAPE), dtype=np.uint8)
        test_images = rng.integers(0, 256, (TEST_IMAGES, *SHAPE), dtype=np.uint8)
        labels, test_labels = np.arange(m) % 2, np.arange(TEST_IMAGES) % 2
        dtype = np.dtype(dtype_name).type
        started = time.perf_counter()
        X, X_test = flatten(images, dtype), flatten(test_images, dtype)
        run = TrainingRun(
            X, labels, X_test, test_labels, Hyperparameters(epochs=epochs), formulation=formulation
        )
        prepared = time.perf_counter()
        for _ in run:
            pass
        finished = time.perf_counter()
        report = {
            "seconds": finished - started,
            "setup_seconds": prepared - started,
            "epoch_seconds": (finished - prepared) / (epochs + 1),
            "formulation": run.formulation,
            "uint8_bytes": images.nbytes + test_images.nbytes,
            "float_bytes": X.nbytes + X_test.nbytes,
        }
    report["peak_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return report


def measure(
    m: int, dtype: str = "float64", formulation: str = "auto", epochs: int = EPOCHS
) -> dict:
    command = [sys.executable, __file__, "--child", str(m), dtype, formulation, str(epochs)]
    out = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def crossover(m: int, n: int) -> tuple[float, int]:
    """Epochs from which the dual is faster: measured, and as :func:`choose` predicts."""
    from core.formulations import choose

    primal = measure(m, formulation="primal", epochs=10)
    dual = measure(m, formulation="dual", epochs=200)
    saved_per_epoch = primal["epoch_seconds"] - dual["epoch_seconds"]
    measured = (dual["setup_seconds"] - primal["setup_seconds"]) / saved_per_epoch
    predicted = next(e for e in range(1, 1_000_000) if choose(m, n, TEST_IMAGES, e) == "dual")
    return measured, predicted


def main() -> None:
    bare = measure(0)["peak_bytes"]
    mb = 1 / 1e6

    def emit_memory(m: int, dtype: str, r: dict) -> None:
        expected = bare + r["uint8_bytes"] + r["float_bytes"]
        emit(
            f"scale {m} images {dtype} {r['formulation']}: peak memory vs bare process "
            f"+ uint8 images + one {dtype} copy",
            r["peak_bytes"] * mb,
            "MB",
            expected * mb,
        )

    epoch_seconds: dict[tuple[int, str], float] = {}
    for m in SIZES:
        for dtype in ("float64", "float32"):
            r = measure(m, dtype, "primal")
            emit_memory(m, dtype, r)
            epoch_seconds[m, dtype] = r["epoch_seconds"]
            if dtype == "float32":
                baseline, against = epoch_seconds[m, "float64"], "the float64 epoch"
            else:
                baseline = epoch_seconds[SIZES[0], dtype] * m / SIZES[0]
                against = f"the {SIZES[0]}-image epoch × {m // SIZES[0]}"
            emit(
                f"scale {m} images {dtype} primal: time per epoch vs {against}",
                r["epoch_seconds"] * 1e3,
                "ms",
                baseline * 1e3,
            )
    emit_memory(SIZES[1], "float64", measure(SIZES[1], "float64", "dual"))
    n = SHAPE[0] * SHAPE[1] * SHAPE[2]
    for m in SIZES[:2]:
        measured, predicted = crossover(m, n)
        emit(
            f"dual pays off from this many epochs, {m} images (measured vs cost model)",
            measured,
            "epochs",
            predicted,
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        m, dtype, formulation, epochs = sys.argv[2:6]
        print(json.dumps(child(int(m), dtype, formulation, int(epochs))))
    else:
        main()
