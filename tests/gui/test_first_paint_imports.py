"""The window paints before the heavy libraries load: numpy, h5py and pyqtgraph come after.

Half of the start-up time is their import; a module-level import of one of them
anywhere under ``gui.main_window`` puts it back in front of the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "h5py", "pyqtgraph")


def test_building_the_window_imports_no_heavy_library(tmp_path):
    probe = (
        "import json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.main_window import MainWindow\n"
        "window = MainWindow()\n"  # built, not yet shown: no event has run
        f"print(json.dumps([name for name in {HEAVY!r} if name in sys.modules]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == []
