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
from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from core.dataset import CAT_LABEL, TEST_FILE, TRAIN_FILE
from core.errors import first_line
from core.model_file import load_model
from gui.app_icon import app_icon
from gui.image_decoder import to_qimage, to_rgb_array
from gui.main_window import MainWindow

EPOCHS = 20
TIMEOUT_MS = 60_000
IMAGE_SHAPE = (64, 64, 3)
EXIT_PASSED, EXIT_FAILED = 0, 1


class SmokeTestError(Exception):
    """A step saw something wrong; the message says what, in one line."""


def run_smoke_test(make_window: Callable[..., MainWindow] = MainWindow) -> int:
    """Run every step once in a temporary folder; returns the exit status.

    Parameters
    ----------
    make_window
        Builds the window to drive from the dataset folder (``data_path=``).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive until we return
    with tempfile.TemporaryDirectory(prefix="catneuron-smoke-") as folder:
        # the window remembers its settings on close: keep this run's out of the user's
        config_before = os.environ.get("XDG_CONFIG_HOME")
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        try:
            return SmokeTest(Path(folder), make_window).run()
        finally:
            if config_before is None:
                os.environ.pop("XDG_CONFIG_HOME", None)
            else:
                os.environ["XDG_CONFIG_HOME"] = config_before


class SmokeTest(QObject):
    """The steps, each a method that reports one line and starts the next."""

    def __init__(self, folder: Path, make_window: Callable[..., MainWindow]) -> None:
        super().__init__()
        self.folder = folder
        self.make_window = make_window
        self.window: MainWindow | None = None
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
            self.window.close_without_asking()  # a failed run may leave a trained model
            self.window.deleteLater()
        return self.status

    def guarded(self, step: Callable[..., None]) -> Callable[..., None]:
        """``step`` with any exception turned into a one-line failure (for timers and signals)."""

        def run_step(*args: object) -> None:
            try:
                step(*args)
            except Exception as error:  # a broken bundle fails in any way: report, don't crash
                reason = (
                    str(error)
                    if isinstance(error, SmokeTestError)
                    else f"{type(error).__name__}: {first_line(error)}"
                )
                self._fail(reason)

        return run_step

    def _open_window(self) -> None:
        self._step = "window"
        data_folder = write_tiny_dataset(self.folder / "dataset")
        self.window = self.make_window(data_path=data_folder)
        self.window.setWindowIcon(app_icon())
        self.window.state.datasetChanged.connect(self.guarded(self._train))
        self.window.show()
        _check(self.window.isVisible(), "the window did not show")
        _check(not self.window.windowIcon().isNull(), "the window has no icon")
        self._report(f"window shown on the {QApplication.platformName()} platform with its icon")

    def _train(self) -> None:
        self._step = "training"
        window = self.window
        assert window is not None and window.state.dataset is not None
        self._report(f"generated dataset loaded: {window.state.dataset.summary()}")
        window.controls.epochs.setValue(EPOCHS)
        window.training.finished.connect(self.guarded(self._on_trained))
        window.training.failed.connect(self.guarded(self._on_failed))
        window.run_commands.train()

    def _on_failed(self, error: Exception) -> None:
        raise SmokeTestError(str(error))

    def _on_trained(self, outcome: object) -> None:
        window = self.window
        assert window is not None
        curve = window.plot.curve("train_loss")
        _check(curve is not None, "the window drew no loss curve")
        assert curve is not None
        losses = curve.yData
        last = outcome.last  # type: ignore[attr-defined]
        _check(last is not None and last.epoch == EPOCHS, f"training stopped before {EPOCHS}")
        _check(
            losses[-1] < losses[0],
            f"the loss did not fall ({losses[0]:.4f} → {losses[-1]:.4f})",
        )
        self._report(
            f"trained {EPOCHS} epochs: train loss {losses[0]:.3f} → {losses[-1]:.3f}, "
            f"test accuracy {last.test_acc:.0%}"
        )
        self._check_window_draws()
        self._save_and_reload()
        self._predict()

    def _check_window_draws(self) -> None:
        self._step = "drawing"
        assert self.window is not None
        pixmap = self.window.grab()
        _check(
            pixmap.deviceIndependentSize().toSize() == self.window.size(),
            "the window cannot be drawn",
        )
        image = pixmap.toImage()
        _check(
            len(np.unique(to_rgb_array(image).reshape(-1, 3), axis=0)) > 1,
            "the window draws as one flat colour",
        )

    def _save_and_reload(self) -> None:
        self._step = "model file"
        window = self.window
        assert window is not None and window.state.model is not None
        path = self.folder / "smoke-model.h5"
        trained = window.state.model.neuron.coef_.copy()
        window.models.save(path)
        window.models.load(path)
        _check(
            np.array_equal(load_model(path).neuron.coef_, trained)
            and np.array_equal(window.state.model.neuron.coef_, trained),
            "the reloaded model has other weights",
        )
        self._report(f"model saved and reloaded ({path.stat().st_size:,} bytes)")

    def _predict(self) -> None:
        self._step = "prediction"
        window = self.window
        assert window is not None
        path = write_cat_picture(self.folder / "new-cat.jpg")
        window.drop_panel.predicted.connect(self.guarded(self._on_predicted))
        window.drop_panel.predict_paths([path])

    def _on_predicted(self) -> None:
        window = self.window
        assert window is not None
        if not window.drop_panel._results:
            return  # the list was drawn; the answer comes with the decoded picture
        label = window.findChild(QLabel, "predictionLabel")
        _check(label is not None, "the window has no answer label")
        assert label is not None
        answer = label.text()
        _check(answer.startswith("cat "), f"new-cat.jpg is drawn like the cats but got {answer!r}")
        self._report(f"new-cat.jpg dropped and answered {answer!r}")
        self._pass()

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
    if not to_qimage(pixels).save(str(path), "JPEG", 90):  # type: ignore[call-overload]
        raise SmokeTestError(f"cannot write {path.name}: is Qt's JPEG image plugin missing?")
    return path


def _left_bright_noise(rng: np.random.Generator) -> np.ndarray:
    pixels = rng.integers(0, 156, size=IMAGE_SHAPE, dtype=np.uint8)
    pixels[:, : IMAGE_SHAPE[1] // 2] += 100
    return pixels


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestError(message)
