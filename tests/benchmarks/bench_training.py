"""Training speed, whole process: ``main.py train`` against the article's loop, same numbers.

Both commands load the same HDF5 files and train 5000 epochs from the same seed;
they are run alternately, several times, and the medians of their wall times
compared. Their outputs are checked too: the final records of every timed run,
and once the whole trace (5001 records, ``--log-every 1`` against
``article_loop.py --trace``), must agree to 1e-9, or the benchmark fails.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from figures import ROOT, dataset_dir, emit, median

EPOCHS = 5000
RUNS = 7
TOLERANCE = 1e-9
FIELDS = ("train_loss", "train_acc", "test_loss", "test_acc")


def timed(command: list[str]) -> tuple[float, list[dict]]:
    started = time.perf_counter()
    out = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - started, [json.loads(line) for line in out.splitlines()]


def largest_difference(ours: list[dict], theirs: list[dict]) -> float:
    if [r["epoch"] for r in ours] != [r["epoch"] for r in theirs]:
        sys.exit("the two loops printed different epochs")
    worst = max(abs(a[f] - b[f]) for a, b in zip(ours, theirs, strict=True) for f in FIELDS)
    if not worst <= TOLERANCE:
        sys.exit(f"results differ by {worst:.3g} (> {TOLERANCE}): the speed is not comparable")
    return worst


def main() -> None:
    data = str(dataset_dir())
    ours = [
        sys.executable,
        "main.py",
        "train",
        "--data",
        data,
        "--epochs",
        str(EPOCHS),
        "--log-every",
        "0",
        "--json",
    ]
    article = [sys.executable, "tests/benchmarks/article_loop.py", data, str(EPOCHS)]

    every_epoch = [*ours[:-3], "--log-every", "1", "--json"]
    trace_difference = largest_difference(timed(every_epoch)[1], timed([*article, "--trace"])[1])
    ours_s, article_s, final_difference = [], [], 0.0
    for _ in range(RUNS):
        seconds, theirs = timed(article)
        article_s.append(seconds)
        seconds, mine = timed(ours)
        ours_s.append(seconds)
        final_difference = max(final_difference, largest_difference(mine, theirs))

    emit(
        f"train {EPOCHS} epochs, whole process (main.py train vs the article's loop)",
        median(ours_s),
        "s",
        median(article_s),
    )
    emit(
        f"train {EPOCHS} epochs: largest difference from the article's loop "
        f"(all {EPOCHS + 1} records; tolerance as baseline)",
        max(trace_difference, final_difference),
        "abs",
        TOLERANCE,
    )


if __name__ == "__main__":
    main()
