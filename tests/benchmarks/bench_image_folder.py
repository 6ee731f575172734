"""Benchmark: loading a folder of photos as a dataset, pooled vs one thread.

Generates (once, cached under /tmp) a folder of JPEGs and PNGs of varied sizes
in the ``cat/`` + ``non-cat/`` layout, then times

* the baseline: every file decoded serially on one thread with the app's
  decoder, into a preallocated array (what a plain loop would do);
* the value: :func:`gui.datasets.load_images`, the bounded pool the app uses.

Each is run twice, interleaved, and the faster run counts (the machine may be
shared). Prints one JSON line ``{"name", "value", "unit", "baseline", "ratio"}``
on stdout (images per second; ratio = value / baseline) and the details on stderr.

Run: ``python tests/benchmarks/bench_image_folder.py [--count 5000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np

from core.image_folder import INPUT_SHAPE, scan_image_folder
from gui.datasets import decode_pixels, load_images
from gui.image_decoder import to_qimage

CACHE = Path("/tmp/catneuron-bench")


def make_folder(count: int, root: Path) -> Path:
    """``count`` photo-like pictures, 70% JPEG, 30% PNG, 150–1024 px wide; reused when present."""
    folder = root / f"photos-{count}-v1"
    done = folder / ".complete"
    if done.exists():
        return folder
    rng = np.random.default_rng(count)
    sizes = np.stack([rng.integers(150, 1025, count), rng.integers(150, 769, count)], axis=1)

    def write(index: int) -> None:
        width, height = (int(v) for v in sizes[index])
        local = np.random.default_rng(index)
        y, x = np.mgrid[0:height, 0:width].astype(np.float32)
        phase = local.uniform(0, 6.3, 3)
        scale = local.uniform(20, 120)
        channels = [127 + 100 * np.sin(x / scale + phase[c]) * np.cos(y / scale) for c in range(3)]
        pixels = np.stack(channels, axis=-1) + local.normal(0, 12, (height, width, 3))
        image = to_qimage(np.clip(pixels, 0, 255).astype(np.uint8))
        name = "cat" if index % 2 else "non-cat"
        suffix = "png" if index % 10 < 3 else "jpg"
        path = folder / name / f"{index:06}.{suffix}"
        if not image.save(str(path), quality=85 if suffix == "jpg" else -1):
            raise OSError(f"cannot write {path}")

    for name in ("cat", "non-cat"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        list(pool.map(write, range(count)))
    done.touch()
    return folder


def serial(folder: Path) -> float:
    """Seconds to decode every file on this thread into one preallocated array."""
    files = scan_image_folder(folder).files
    start = time.perf_counter()
    images = np.empty((len(files), *INPUT_SHAPE), np.uint8)
    for index, file in enumerate(files):
        images[index] = decode_pixels(file.path)
    return time.perf_counter() - start


def pooled(folder: Path, workers: int | None) -> float:
    """Seconds for the app's loader, from scanning the folder to the finished dataset."""
    start = time.perf_counter()
    load_images(folder, workers=workers)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000, help="pictures (default: 5000)")
    parser.add_argument("--workers", type=int, default=None, help="decoding threads")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, best counts")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the pictures go")
    args = parser.parse_args()

    started = time.perf_counter()
    folder = make_folder(args.count, args.cache)
    made = time.perf_counter() - started
    size_mb = sum(p.stat().st_size for p in folder.rglob("*.*")) / 1e6
    print(f"{folder}: {args.count} pictures, {size_mb:.0f} MB ({made:.0f} s)", file=sys.stderr)

    base_times, pool_times = [], []
    for _ in range(args.repeat):
        base_times.append(serial(folder))
        pool_times.append(pooled(folder, args.workers))
    baseline = args.count / min(base_times)
    value = args.count / min(pool_times)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"serial {[round(t, 1) for t in base_times]} s, pooled {[round(t, 1) for t in pool_times]}"
        f" s on {os.cpu_count()} CPUs; peak RSS {peak_mb:.0f} MB",
        file=sys.stderr,
    )
    result = {
        "name": f"image_folder_load_{args.count}",
        "value": round(value, 1),
        "unit": "images/s",
        "baseline": round(baseline, 1),
        "ratio": round(value / baseline, 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
