"""What the window benchmarks share: a private settings file, waiting in the event loop, the probe.

The probe is a 5 ms precise QTimer on the GUI thread: each tick notes the
time, so the gaps between ticks are how long the event loop could not answer
(a gap of 5 ms is a free loop; a gap of 80 ms is 75 ms during which a click or
a repaint would have waited).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

PROBE_MS = 5


def private_config() -> tempfile.TemporaryDirectory:
    """Point $XDG_CONFIG_HOME at a temporary folder: the window remembers nothing of the user's.

    Keep the returned object alive as long as the window: the folder goes with it.
    """
    folder = tempfile.TemporaryDirectory(prefix="catneuron-bench-")
    os.environ["XDG_CONFIG_HOME"] = str(Path(folder.name) / "config")
    return folder


def application() -> QApplication:
    """The QApplication, made as gui/app.py makes it."""
    return QApplication.instance() or QApplication(sys.argv[:1])


def wait_for(
    condition: Callable[[], bool], *signals: SignalInstance, timeout: float, what: str
) -> None:
    """Run the event loop until ``condition()`` holds, checked whenever one of ``signals`` fires.

    No polling timer: the benchmarks that call this also measure the event loop.
    Exits the benchmark with one line if ``timeout`` seconds pass first.
    """
    if condition():
        return
    loop = QEventLoop()

    def check(*_: object) -> None:
        if condition():
            loop.quit()

    for signal in signals:
        signal.connect(check)
    deadline = QTimer(singleShot=True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(timeout * 1000))
    loop.exec()
    deadline.stop()
    for signal in signals:
        signal.disconnect(check)
    if not condition():
        sys.exit(f"benchmark: no {what} after {timeout:g} s")


def spin(seconds: float) -> None:
    """Run the event loop for ``seconds`` doing nothing else (the idle baseline)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


_collectors: list = []


def open_window():
    """The main window as a user gets it: shown, then waited for until dataset and model are in.

    Garbage is collected as ``gui.app.run`` has it collected: from the event loop,
    the window's own objects set aside once it is complete.
    """
    from gui.garbage import GuiThreadCollector
    from gui.main_window import MainWindow

    if not _collectors:
        _collectors.append(GuiThreadCollector(application()))
    window = MainWindow()
    window.show()
    wait_for(
        lambda: window.state.dataset is not None and window.state.model is not None,
        window.state.datasetChanged,
        window.state.modelChanged,
        timeout=60,
        what="dataset and model in the window",
    )
    _collectors[0].settle()
    return window


class GapProbe:
    """Ticks every 5 ms on the GUI thread; :meth:`stop` returns the gaps between ticks in ms."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._ticks: list[float] = []

    def start(self) -> None:
        self._ticks = [time.perf_counter()]
        self._timer.start()

    def stop(self) -> np.ndarray:
        """The gaps since :meth:`start`, the last one ending now (a block at the end counts)."""
        self._timer.stop()
        self._ticks.append(time.perf_counter())
        return np.diff(self._ticks) * 1e3

    @property
    def ticks(self) -> np.ndarray:
        """The times of the last probing's ticks (``time.perf_counter`` seconds)."""
        return np.array(self._ticks)

    def _tick(self) -> None:
        self._ticks.append(time.perf_counter())
