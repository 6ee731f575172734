"""SIGTERM (a logout, ``kill``) closes the window at once, asking nothing, keeping the settings."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIGTERM_BIT = 1 << (signal.SIGTERM - 1)


def catches_sigterm(pid: int) -> bool:
    """Whether the process has installed its own SIGTERM handler (``SigCgt`` in /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) & SIGTERM_BIT)
    return False


def test_sigterm_closes_the_window_and_remembers(real_data_dir, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "CATNEURON_DATA": str(real_data_dir),
    }
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py")], env=env, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 30
    while not catches_sigterm(app.pid):
        assert app.poll() is None, app.stderr.read() if app.stderr else ""
        assert time.monotonic() < deadline, "the window never installed its SIGTERM handler"
        time.sleep(0.01)  # polling another process: nothing to wait on in this one
    app.send_signal(signal.SIGTERM)
    _, errors = app.communicate(timeout=10)
    assert app.returncode == 0, errors
    assert "Traceback" not in errors
    assert (tmp_path / "config" / "catneuron" / "catneuron.ini").is_file()
