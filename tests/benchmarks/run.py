"""Run every ``bench_*.py`` beside this file, each in its own process, and pass on what they print.

Each benchmark prints one JSON line per figure::

    {"name": ..., "value": ..., "unit": ..., "baseline": ..., "ratio": ...}

where ``baseline`` is measured in the same run, on this machine, and ``ratio`` is
``value / baseline`` (so for times, below 1 is faster than the baseline). Anything
else a benchmark writes goes to stderr. The exit status is 1 if any benchmark failed.

Usage: ``python tests/benchmarks/run.py [NAME ...]`` (``make bench``); names filter
the scripts, e.g. ``run.py decode`` runs ``bench_decode.py`` only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from machine_load import OtherLoad

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if any(name in s.stem for name in names)]
    blas = {k: v for k, v in os.environ.items() if k.startswith("OPENBLAS")}
    print(f"# {len(scripts)} benchmarks; BLAS environment: {blas or 'none set'}", file=sys.stderr)
    load = OtherLoad("all benchmarks")
    failed = []
    for script in scripts:
        started = time.perf_counter()
        print(f"# {script.name} …", file=sys.stderr, flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parents[1], check=False)
        print(
            f"# {script.name}: {time.perf_counter() - started:.0f} s"
            + ("" if result.returncode == 0 else f", FAILED (exit {result.returncode})"),
            file=sys.stderr,
            flush=True,
        )
        if result.returncode:
            failed.append(script.name)
    load.report()
    if failed:
        print(f"# failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
