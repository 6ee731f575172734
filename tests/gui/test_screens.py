"""The window on real screen sizes: a 1366×768 laptop, 2560×1600 at 200 %, an 800×600 screen.

Each runs in a process of its own, because the screen is chosen when Qt starts
(the offscreen platform reads it from a file).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def open_on(tmp_path: Path, data: Path, width: int, height: int, scale: int, *size: int) -> dict:
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=scale)
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "CATNEURON_DATA": str(data),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, str(HERE / "screen_check.py"), *map(str, size)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, 1), (1280, 800, 2), (800, 600, 1)],
    ids=["laptop 1366x768", "2560x1600 at 200%", "800x600"],
)
def test_the_window_fits_the_screen_and_everything_is_reachable(
    tmp_path, real_data_dir, width, height, scale
):
    seen = open_on(tmp_path, real_data_dir, width, height, scale)
    x, y, w, h = seen["frame"]
    assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, seen
    assert seen["outside"] == [] and seen["overlaps"] == []


def test_at_800_by_600_nothing_overlaps_and_nothing_is_cut_off(tmp_path, real_data_dir):
    seen = open_on(tmp_path, real_data_dir, 1366, 768, 1, 800, 600)
    assert seen["size"] == [800, 600]
    assert seen["outside"] == [] and seen["overlaps"] == []
