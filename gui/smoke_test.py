"""``catneuron --smoke-test``: does this install, or this bundle, work? Headless, in seconds.

It does what a user does (open the window, train on a dataset, ask about a
picture) on data it generates, so it needs no download and no display. On the
way it touches everything a PyInstaller bundle can lose: Qt's platform and
JPEG plugins, pyqtgraph, numpy, h5py reading and writing, the resources
folder. Each step prints one line; the first failure prints one line on
stderr and the exit status is 1.

The steps are chained slots inside an event loop, as in the app, so that a
window which trains in a worker thread can hand its result back with a signal.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import h5py
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from core.dataset import CAT_LABEL, TEST_FILE, TRAIN_FILE, Dataset, flatten, load_dataset
from core.errors import first_line
from core.hyperparameters import Hyperparameters
from core.model_file import Model, load_model, save_model
from core.neuron import Neuron
from core.training import EpochRecord, TrainingRun
from gui.app_icon import app_icon
from gui.image_decoder import decode_for_model, to_qimage, to_rgb_array

EPOCHS = 20
TIMEOUT_MS = 60_000
IMAGE_SHAPE = (64, 64, 3)
EXIT_PASSED, EXIT_FAILED = 0, 1


class SmokeTestError(Exception):
    """A step saw something wrong; the message says what, in one line."""


def run_smoke_test(make_window: Callable[[], QWidget] | None = None) -> int:
    """Run every step once in a temporary folder; returns the exit status.

    Parameters
    ----------
    make_window
        Builds the window to open; the stand-in window by default.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive until we return
    with tempfile.TemporaryDirectory(prefix="catneuron-smoke-") as folder:
        return SmokeTest(Path(folder), make_window or StandInWindow).run()


class StandInWindow(QWidget):
    """What the smoke test opens until the main window is wired in: a loss plot and a label."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("smokeTestWindow")
        self.setWindowTitle("Cat Neuron smoke test")
        self.plot = pg.PlotWidget(labels={"bottom": "epoch", "left": "train loss"})
        self.curve = self.plot.plot(pen=pg.mkPen(width=2))
        self.answer = QLabel("…")
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot)
        layout.addWidget(self.answer)
        self.resize(640, 480)

    def show_run(self, records: list[EpochRecord]) -> None:
        """Draw the run's loss curve."""
        self.curve.setData([r.epoch for r in records], [r.train_loss for r in records])


class SmokeTest(QObject):
    """The steps, each a method that reports one line and starts the next."""

    def __init__(self, folder: Path, make_window: Callable[[], QWidget]) -> None:
        super().__init__()
        self.folder = folder
        self.make_window = make_window
        self.window: QWidget | None = None
        self.status = EXIT_FAILED
        self._step = "start"
        self._started = time.monotonic()
        self._loop = QEventLoop()

    def run(self) -> int:
        """Start the first step and wait for the last one, or for the timeout."""
        QTimer.singleShot(0, self, self.guarded(self._open_window))
        watchdog = QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        watchdog.timeout.connect(lambda: self._fail(f"no result after {TIMEOUT_MS / 1000:g} s"))
        watchdog.start()
        self._loop.exec()
        watchdog.stop()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        return self.status

    def guarded(self, step: Callable[..., None]) -> Callable[..., None]:
        """``step`` with any exception turned into a one-line failure (for timers and signals)."""

        def run_step(*args: object) -> None:
            try:
                step(*args)
            except Exception as error:  # a broken bundle fails in any way: report, don't crash
                reason = str(error) if isinstance(error, SmokeTestError) else (
                    f"{type(error).__name__}: {first_line(error)}")
                self._fail(reason)

        return run_step

    def _open_window(self) -> None:
        self._step = "window"
        self.window = self.make_window()
        self.window.setWindowIcon(app_icon())
        self.window.show()
        _check(self.window.isVisible(), "the window did not show")
        _check(not self.window.windowIcon().isNull(), "the window has no icon")
        platform = QApplication.platformName()
        self._report(f"window shown on the {platform} platform with its icon")
        data = self._load_dataset()
        self._step = "training"
        self._train(data)

    def _load_dataset(self) -> Dataset:
        self._step = "dataset"
        data = load_dataset(write_tiny_dataset(self.folder / "dataset"))
        self._report(f"generated dataset loaded: {data.summary()}")
        return data

    def _train(self, data: Dataset) -> None:
        # The swap point for the main window: it trains in its worker thread and
        # connects its finished signal to self.guarded(self._on_trained).
        hyper = Hyperparameters(epochs=EPOCHS)
        run = TrainingRun(
            flatten(data.train_images), data.train_labels,
            flatten(data.test_images), data.test_labels, hyper,
        )
        records = list(run)
        if isinstance(self.window, StandInWindow):
            self.window.show_run(records)
        self._on_trained(data, hyper, records, run.neuron())

    def _on_trained(
        self, data: Dataset, hyper: Hyperparameters, records: list[EpochRecord], neuron: Neuron
    ) -> None:
        first, last = records[0], records[-1]
        _check(last.epoch == EPOCHS, f"training stopped at epoch {last.epoch} of {EPOCHS}")
        _check(last.train_loss < first.train_loss,
               f"the loss did not fall ({first.train_loss:.4f} → {last.train_loss:.4f})")
        self._report(f"trained {EPOCHS} epochs: train loss {first.train_loss:.3f} → "
                     f"{last.train_loss:.3f}, test accuracy {last.test_acc:.0%}")
        self._check_window_draws()
        model = self._save_and_reload(Model(neuron, data.image_shape, data.classes, hyper, last))
        self._predict(model)
        self._pass()

    def _check_window_draws(self) -> None:
        self._step = "drawing"
        assert self.window is not None
        pixmap = self.window.grab()
        _check(pixmap.deviceIndependentSize().toSize() == self.window.size(),
               "the window cannot be drawn")
        image = pixmap.toImage()
        _check(len(np.unique(to_rgb_array(image).reshape(-1, 3), axis=0)) > 1,
               "the window draws as one flat colour")

    def _save_and_reload(self, model: Model) -> Model:
        self._step = "model file"
        path = self.folder / "smoke-model.h5"
        save_model(path, model)
        loaded = load_model(path, model.input_shape)
        _check(np.array_equal(loaded.neuron.coef_, model.neuron.coef_),
               "the reloaded model has other weights")
        self._report(f"model saved and reloaded ({path.stat().st_size:,} bytes)")
        return loaded

    def _predict(self, model: Model) -> None:
        self._step = "prediction"
        path = write_cat_picture(self.folder / "new-cat.jpg")
        pixels = decode_for_model(path, model.input_shape).pixels
        p_cat = float(model.neuron.predict_proba(flatten(pixels[None]))[0, 1])
        label = model.classes[CAT_LABEL] if p_cat > 0.5 else model.classes[1 - CAT_LABEL]
        if isinstance(self.window, StandInWindow):
            self.window.answer.setText(f"{path.name}: {label} (p(cat) = {p_cat:.3f})")
        _check(label == model.classes[CAT_LABEL],
               f"{path.name} is drawn like the cats but was called {label} (p(cat) {p_cat:.3f})")
        self._report(f"{path.name} decoded and called {label}, p(cat) = {p_cat:.3f}")

    def _report(self, line: str) -> None:
        print(f"smoke test: {line}", flush=True)

    def _pass(self) -> None:
        self._report(f"passed in {time.monotonic() - self._started:.1f} s")
        self._finish(EXIT_PASSED)

    def _fail(self, reason: str) -> None:
        print(f"smoke test failed at {self._step}: {reason}", file=sys.stderr, flush=True)
        self._finish(EXIT_FAILED)

    def _finish(self, status: int) -> None:
        if self._loop.isRunning():
            self.status = status
            self._loop.exit(status)


def write_tiny_dataset(folder: Path, m_train: int = 20, m_test: int = 10, seed: int = 0) -> Path:
    """A dataset in the article's format that a neuron learns in a few epochs.

    Its cats are noise pictures brighter on the left than on the right, its
    non-cats the mirror image; as bright on average, so the neuron must learn
    the pattern, not the brightness.
    """
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for name, split, m in ((TRAIN_FILE, "train", m_train), (TEST_FILE, "test", m_test)):
        labels = np.arange(m) % 2
        images = np.stack([_left_bright_noise(rng) for _ in range(m)])
        images[labels != CAT_LABEL] = images[labels != CAT_LABEL, :, ::-1]
        with h5py.File(folder / name, "w") as f:
            f.create_dataset(f"{split}_set_x", data=images)
            f.create_dataset(f"{split}_set_y", data=labels.astype(np.int64))
            f.create_dataset("list_classes", data=np.array([b"non-cat", b"cat"]))
    return folder


def write_cat_picture(path: Path, seed: int = 1) -> Path:
    """A new "cat" as a JPEG, saved through Qt's JPEG plugin as a user's photo would be."""
    pixels = _left_bright_noise(np.random.default_rng(seed))
    if not to_qimage(pixels).save(str(path), "JPEG", 90):
        raise SmokeTestError(f"cannot write {path.name}: is Qt's JPEG image plugin missing?")
    return path


def _left_bright_noise(rng: np.random.Generator) -> np.ndarray:
    pixels = rng.integers(0, 156, size=IMAGE_SHAPE, dtype=np.uint8)
    pixels[:, : IMAGE_SHAPE[1] // 2] += 100
    return pixels


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestError(message)
