"""What every benchmark script shares: the JSON line of a figure, medians, the dataset folder."""

from __future__ import annotations

import json
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def emit(name: str, value: float, unit: str, baseline: float) -> None:
    """Print one figure; ``ratio`` is ``value / baseline``, the baseline measured in this run."""
    ratio = value / baseline if baseline else float("nan")
    line = {
        "name": name,
        "value": _round(value),
        "unit": unit,
        "baseline": _round(baseline),
        "ratio": _round(ratio),
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)


def median(values: list[float]) -> float:
    """The median, the figure least moved by another process waking up during one run."""
    return statistics.median(values)


def dataset_dir() -> Path:
    """The article's dataset from $CATNEURON_DATA (``make bench`` sets it), or exit saying so."""
    folder = os.environ.get("CATNEURON_DATA")
    if not folder or not (Path(folder) / "train_catvnoncat.h5").is_file():
        sys.exit(f"benchmark needs the dataset: set CATNEURON_DATA (got {folder!r})")
    return Path(folder)


def _round(x: float) -> float:
    return float(f"{x:.4g}")
