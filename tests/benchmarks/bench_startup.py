"""Start-up, whole process: from ``python -c`` to the window's first paint, against a bare window.

The app's process starts the window exactly as ``main.py`` does, through
:func:`gui.app.run` (QApplication, ``MainWindow()``, ``show()``, ``exec()``); the
baseline's process shows a bare PySide6 QMainWindow of the same size holding one
QLabel. Both install an application event filter first that notes the moment the
first QEvent.Paint reaches the window or any widget in it. Times are measured from
just before the parent starts the process (``time.monotonic`` is one clock for all
processes on Linux). The two are run alternately, ``RUNS`` times each, after one
untimed run of each to warm the file cache; medians are compared.

The second figure is the time until the window is complete, its dataset and model
loaded (both ``datasetChanged`` and ``modelChanged`` seen), against the same
bare-window baseline.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from figures import ROOT, dataset_dir, emit, median
from machine_load import OtherLoad

RUNS = 7
TIMEOUT_S = 60

WATCH = """
import json, os, sys, time
started = time.monotonic()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

stamps = {"python": started}


def done():
    print(json.dumps(stamps), flush=True)
    os._exit(0)


class Watch(QObject):
    def __init__(self, wait_for_data):
        super().__init__()
        self.pending = {"datasetChanged", "modelChanged"} if wait_for_data else set()

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(obj, QMainWindow) and "show" not in stamps:
            stamps["show"] = time.monotonic()
            for name in list(self.pending):
                getattr(obj.state, name).connect(lambda name=name: self.seen(name))
        elif kind == QEvent.Type.Paint and "paint" not in stamps and isinstance(obj, QWidget):
            if isinstance(obj.window(), QMainWindow):
                stamps["paint"] = time.monotonic()
                if not self.pending:
                    done()
        return False

    def seen(self, name):
        self.pending.discard(name)
        if not self.pending and "complete" not in stamps:
            stamps["complete"] = time.monotonic()
            done()


app = QApplication(sys.argv[:1])
"""

APP = (
    WATCH
    + """
watch = Watch(wait_for_data=True)
app.installEventFilter(watch)
from gui.app import run
run()
"""
)

BARE = (
    WATCH
    + """
watch = Watch(wait_for_data=False)
app.installEventFilter(watch)
from PySide6.QtWidgets import QLabel
window = QMainWindow()
window.setCentralWidget(QLabel("Cat Neuron"))
window.resize(1360, 800)
window.show()
app.exec()
"""
)


def launch(code: str, env: dict[str, str]) -> dict[str, float]:
    """Start one process, return its stamps in seconds after the parent started it."""
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    ).stdout
    stamps = json.loads(out.strip().splitlines()[-1])
    return {key: value - started for key, value in stamps.items()}


def main() -> None:
    dataset_dir()
    load = OtherLoad("bench_startup")
    with tempfile.TemporaryDirectory(prefix="catneuron-bench-") as config:
        env = {**os.environ, "XDG_CONFIG_HOME": config, "QT_QPA_PLATFORM": "offscreen"}
        launch(APP, env), launch(BARE, env)  # warm the file cache
        app, bare = [], []
        for _ in range(RUNS):
            app.append(launch(APP, env))
            bare.append(launch(BARE, env))

    def med(runs: list[dict[str, float]], key: str) -> float:
        return median([run[key] for run in runs]) * 1e3

    for name, runs in (("app", app), ("bare", bare)):
        parts = [f"{step} {med(runs, step):.0f}" for step in ("python", "show", "paint")]
        if name == "app":
            parts.append(f"complete {med(runs, 'complete'):.0f}")
        print(f"# {name}: median ms after process start: {', '.join(parts)}", file=sys.stderr)
    load.report()
    bare_paint = med(bare, "paint")
    emit(
        "start-up, whole process: python -c to the main window's first paint "
        "vs a bare PySide6 QMainWindow with a QLabel",
        med(app, "paint"),
        "ms",
        bare_paint,
    )
    emit(
        "start-up, whole process: python -c to the window complete (dataset and model loaded) "
        "vs a bare window's first paint",
        med(app, "complete"),
        "ms",
        bare_paint,
    )


if __name__ == "__main__":
    main()
