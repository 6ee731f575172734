"""Drop to answer in the window: a 1600×1200 JPEG, against a 64×64 PNG.

One process, one window (offscreen, with the article's dataset and the bundled
model). Each drop is what a file manager sends: a QDragEnterEvent, then the
QDropEvent with the file's URL, delivered by ``QApplication.sendEvent`` to the
drop panel. The clock starts just before the drop event is sent and stops when
the window has repainted after the panel answered (:class:`AnswerPainted`), so the
figure holds the decode on the pool thread, the hand-back to the GUI thread, the
answer and the repaint.

The pictures are generated here, in a temporary folder: two different photo-like
JPEGs (smooth shapes plus sensor noise, quality 90) and two different 64×64 PNGs;
drops alternate between them so no answer is a repeat of the one before. Medians
of ``RUNS`` drops of each kind.

A third figure: the same JPEG drops while a run trains at full speed, against the
idle window's JPEG drops.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import app_environment  # noqa: F401  (before numpy: the app's BLAS threads)
import numpy as np
from figures import dataset_dir, emit, median
from machine_load import OtherLoad
from PySide6.QtCore import QEvent, QEventLoop, QMimeData, QObject, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from window_driver import application, open_window, private_config, spin, wait_for

RUNS = 15
BUSY_RUNS = 7
TIMEOUT_MS = 10_000
GOAL_MS = 100


def photo_like(width: int, height: int, seed: int) -> np.ndarray:
    """Smooth shapes plus sensor noise: compresses like a photo, not like a flat colour."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width] / max(width, height)
    a, b, c = rng.uniform(2, 12, 3)
    rgb = np.stack([np.sin(a * x + 3 * y), np.cos(b * x * y + 2 * x), np.sin(c * y)], axis=-1)
    rgb = 127 + 90 * rgb + rng.normal(0, 12, (height, width, 3))
    return np.clip(rgb, 0, 255).astype(np.uint8)


class AnswerPainted(QObject):
    """Watches the window: notes when it has painted the dropped picture's answer.

    That is the end of the window's first repaint after the panel said it
    predicted (its ``predicted`` signal) following the drop, with an answer in the
    prediction label: the window may keep the last answer on show until the next
    is ready, and two answers may read the same ("cat 100.0%"), which the label
    then need not paint again.
    """

    def __init__(self, panel: QWidget, label: QLabel, classes: tuple[str, str]) -> None:
        super().__init__()
        self.label = label
        self.classes = classes
        self.at: float | None = None
        self.predicted = False
        self.loop = QEventLoop()
        panel.window().installEventFilter(self)
        panel.predicted.connect(self._on_predicted)

    def expect_new(self) -> None:
        """Wait for the next prediction: what is on show now does not count."""
        self.at, self.predicted = None, False

    def _on_predicted(self) -> None:
        self.predicted = True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and self.at is None and self.answered():
            obj.event(event)  # the repaint, here, so that the clock stops after it
            self.at = time.perf_counter()
            self.loop.quit()
            return True
        return False

    def answered(self) -> bool:
        text = self.label.text()
        return self.predicted and text.endswith("%") and text.split(" ")[0] in self.classes


def drop(window, watch: AnswerPainted, path: Path) -> float:
    """Milliseconds from sending the drop of ``path`` to the answer painted."""
    panel = window.drop_panel
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        sys.exit(f"benchmark: the drop panel refused to take {path.name}")
    watch.expect_new()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    started = time.perf_counter()
    QApplication.sendEvent(panel, event)
    if watch.at is None:
        QTimer.singleShot(TIMEOUT_MS, watch.loop.quit)
        watch.loop.exec()
    if watch.at is None:
        sys.exit(f"benchmark: no answer painted for {path.name} within {TIMEOUT_MS} ms")
    return (watch.at - started) * 1e3


def main() -> None:
    dataset_dir()
    config = private_config()
    app = application()
    from gui.image_decoder import to_qimage

    load = OtherLoad("bench_drop")
    window = open_window()
    spin(1.0)
    watch = AnswerPainted(
        window.drop_panel, window.drop_panel.explanation.prediction, window.state.model.classes
    )
    with tempfile.TemporaryDirectory(prefix="catneuron-drop-") as folder:
        photos = [Path(folder) / f"photo{i}.jpg" for i in range(2)]
        icons = [Path(folder) / f"icon{i}.png" for i in range(2)]
        for seed, (photo, icon) in enumerate(zip(photos, icons, strict=True)):
            if not to_qimage(photo_like(1600, 1200, seed)).save(str(photo), "JPEG", 90):
                sys.exit("benchmark: cannot write a JPEG: Qt's jpeg plugin is missing")
            to_qimage(photo_like(64, 64, seed)).save(str(icon), "PNG")
        size_kb = photos[0].stat().st_size / 1e3

        for path in (*photos, *icons):  # warm up: plugins and caches load on first use
            drop(window, watch, path)
        photo_ms, icon_ms = [], []
        for i in range(RUNS):
            photo_ms.append(drop(window, watch, photos[i % 2]))
            spin(0.05)
            icon_ms.append(drop(window, watch, icons[i % 2]))
            spin(0.05)

        busy_ms = drop_while_training(window, watch, photos)
    load.report()
    print(
        f"# drops: JPEG {sorted(round(t) for t in photo_ms)} ms; PNG "
        f"{sorted(round(t) for t in icon_ms)} ms; JPEG while training "
        f"{sorted(round(t) for t in busy_ms)} ms",
        file=sys.stderr,
    )
    emit(
        f"drop to answer painted in the window: 1600×1200 JPEG ({size_kb:.0f} kB, q90), "
        f"median of {RUNS} (goal < {GOAL_MS}) vs a 64×64 PNG",
        median(photo_ms),
        "ms",
        median(icon_ms),
    )
    emit(
        f"drop to answer painted: 1600×1200 JPEG while a run trains at full speed, median of "
        f"{BUSY_RUNS} (goal < {GOAL_MS}) vs the same drops in the idle window",
        median(busy_ms),
        "ms",
        median(photo_ms),
    )
    window.close_without_asking()
    app.processEvents()
    del config


def drop_while_training(window, watch: AnswerPainted, photos: list[Path]) -> list[float]:
    """JPEG drops during a long full-speed run (stopped afterwards)."""
    from core.hyperparameters import MAX_EPOCHS

    window.controls.epochs.setValue(MAX_EPOCHS)
    window.controls.speed.setCurrentIndex(window.controls.speed.findData(0))
    window.curves.clear_history_button.click()
    window.run_commands.train()
    wait_for(
        lambda: window.plot.curve("train_loss").xData is not None,
        window.state.recordsAdded,
        timeout=30,
        what="first progress of the run",
    )
    spin(0.5)
    times = []
    for i in range(BUSY_RUNS):
        times.append(drop(window, watch, photos[i % 2]))
        spin(0.1)
    window.training.stop()
    wait_for(
        lambda: not window.state.running,
        window.state.runStatusChanged,
        timeout=30,
        what="end of the busy run",
    )
    return times


if __name__ == "__main__":
    main()
