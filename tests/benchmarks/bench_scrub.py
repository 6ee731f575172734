"""Scrubbing the history in the window: slider moved → every view repainted; a picture's story.

One process, one window (offscreen, 1280 × 800: on a smaller window the picture's
explanation scrolls the learned weights out of view, and what is off screen is not
painted), a picture in the drop panel. The clock starts
just before the ``historySlider`` is given a new value (what a drag does) and
stops when every view that shows the epoch has been painted again: the slider,
the epoch box (``epochLabel``), the learned weights, the answer
(``predictionLabel``) and the picture's story; on the Dataset tab the grid too,
on the One step tab the step inspector. Paints are seen by an event filter on
each widget, so the figure holds the slots, the repaint and nothing else.

- **209 pictures**: the article's run, trained in the window (1000 epochs).
- **3,000 + 750 synthetic pictures**: a history of 1000 epochs filled with random
  coefficients and handed to the state, as a run would (training it takes the
  dual's 3,000 × 3,000 Gram matrix, a minute on two busy cores; reading costs the
  same whatever numbers are in it).

Baselines from the same run: the same widgets asked to repaint with nothing
changed (an idle repaint), and, for the story, the same picture shown with no run
to tell (the answer alone). Also the history's memory at both sizes, against the
float64 training inputs. Medians of ``MOVES`` moves to random epochs.
"""

from __future__ import annotations

import sys
import time

import app_environment  # noqa: F401  (before numpy: the app's BLAS threads)
import numpy as np
from figures import emit, median
from machine_load import OtherLoad
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget
from window_driver import application, open_window, private_config, spin, wait_for

MOVES = 25
EPOCHS = 1000
TIMEOUT_MS = 10_000
SCRUB_GOAL_MS = {209: 33, 3000: 100}
STORY_GOAL_MS = 50
WINDOW_SIZE = (1280, 800)


class Painted(QObject):
    """Watches widgets; :meth:`wait` runs the event loop until each has been painted once."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: set[QWidget] = set()
        self._last = 0.0
        self._loop = QEventLoop()

    def arm(self, widgets: list[QWidget]) -> None:
        self._pending = set(widgets)
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and obj in self._pending:
            self._pending.discard(obj)
            self._last = time.perf_counter()
            if not self._pending:
                self._loop.quit()
        return False

    def wait(self) -> float:
        """The time of the last of the paints (``time.perf_counter``)."""
        if self._pending:
            QTimer.singleShot(TIMEOUT_MS, self._loop.quit)
            self._loop.exec()
        if self._pending:
            names = ", ".join(w.objectName() or type(w).__name__ for w in self._pending)
            sys.exit(f"benchmark: not repainted within {TIMEOUT_MS} ms: {names}")
        return self._last


def watched(window, tab: str) -> list[QWidget]:
    """The widgets that show the epoch, with the tab's own view."""
    panel = window.drop_panel
    widgets = [
        window.history_slider.slider,
        window.controls.epoch_label,
        window.weights_view.image,
        panel.explanation.heat,  # its answer may read the same at two epochs; the heat map not
        panel.trajectory.plot.viewport(),
    ]
    if tab == "dataset":
        widgets.append(window.dataset_view.grid.viewport())
    elif tab == "step":
        widgets.append(window.step_inspector.title)
    return widgets


def scrub(window, tab: str) -> tuple[float, float]:
    """Median ms from a slider move to every view repainted, and of an idle repaint."""
    window.tabs.setCurrentIndex({"curves": 0, "dataset": 1, "step": 2}[tab])
    spin(0.3)
    widgets = watched(window, tab)
    rng = np.random.default_rng(1)
    slider = window.history_slider.slider
    moves, idle = [], []
    for epoch in rng.integers(0, slider.maximum(), MOVES + 2).tolist():
        watch = Painted()
        watch.arm(widgets)
        started = time.perf_counter()
        slider.setValue(epoch if epoch != slider.value() else epoch + 1)
        moves.append(watch.wait() - started)
        spin(max(0.05, 3 * moves[-1]))  # the views' merging timers run out: a fresh drag
        watch = Painted()
        watch.arm(widgets)
        started = time.perf_counter()
        for widget in widgets:
            widget.update()
        idle.append(watch.wait() - started)
        spin(0.02)
    return 1e3 * median(moves[2:]), 1e3 * median(idle[2:])


def story(window, pixels: np.ndarray) -> tuple[float, float]:
    """Median ms from a picture shown to its story painted; the answer alone as baseline."""
    panel, state = window.drop_panel, window.state
    history = state.history
    times = {"story": [], "answer": []}
    for i in range(MOVES + 2):
        for kind in ("story", "answer"):
            if kind == "answer":
                state.history = None  # no run to tell: the panel shows the answer only
            watch = Painted()
            watch.arm(
                [panel.trajectory.plot.viewport() if kind == "story" else panel.explanation.preview]
            )
            started = time.perf_counter()
            panel.show_picture(pixels[i % len(pixels)], f"picture {i}")
            times[kind].append(watch.wait() - started)
            state.history = history
            spin(0.02)
    return 1e3 * median(times["story"][2:]), 1e3 * median(times["answer"][2:])


def synthetic_run(window, m: int, m_test: int) -> tuple[int, int]:
    """Hand the window a 3,000-picture dataset and a 1000-epoch history of it; its bytes."""
    from core.dataset import Dataset, flatten
    from core.gradient_descent import Block
    from core.history import History
    from core.hyperparameters import Hyperparameters
    from core.model_file import Model
    from core.neuron import Neuron
    from gui.app_state import ModelOrigin, RunInfo

    rng = np.random.default_rng(0)
    shape = (64, 64, 3)
    train = rng.integers(0, 256, (m, *shape), dtype=np.uint8)
    test = rng.integers(0, 256, (m_test, *shape), dtype=np.uint8)
    y, y_test = np.arange(m) % 2, np.arange(m_test) % 2
    dataset = Dataset(train, y, test, y_test, source="synthetic")
    X, X_test = flatten(train), flatten(test)
    n = X.shape[1]
    history = History(X, y.astype(float), X_test, Neuron.initial(n, 999), 0.005, EPOCHS)
    for first in range(0, EPOCHS + 1, 64):
        count = min(64, EPOCHS + 1 - first)
        block = Block(
            rng.normal(size=(count, m + m_test)),
            rng.normal(scale=1e-3, size=(count, m)),
            rng.normal(size=count),
        )
        history.stage(first, block, rng.random((count, 4)))
    history.publish(EPOCHS + 1)
    state = window.state
    state.set_dataset(dataset)
    wait_for(lambda: window.dataset_view.grid.count() > 0, timeout=60, what="grid filled")
    hyper = Hyperparameters(epochs=EPOCHS)
    state.start_run(RunInfo("synthetic", EPOCHS, "synthetic"))
    state.set_model(
        Model(history.neuron(EPOCHS), shape, dataset.classes, hyper, history.record(EPOCHS)),
        ModelOrigin.TRAINING,
    )
    state.set_history(history)
    state.end_run()
    state.set_model(state.latest_model, ModelOrigin.TRAINED)
    return history.nbytes, X.nbytes


def main() -> None:
    config = private_config()  # noqa: F841  (kept alive with the window)
    application()
    load = OtherLoad("bench_scrub")
    window = open_window()
    window.resize(*WINDOW_SIZE)
    window.run_commands.train()
    wait_for(
        lambda: not window.state.running and window.state.last_epoch == EPOCHS,
        window.state.runStatusChanged,
        timeout=120,
        what="reference run finished",
    )
    data = window.state.dataset
    window.drop_panel.show_picture(data.test_images[0], "test picture 0")
    spin(0.5)
    figures = {}
    for tab in ("curves", "dataset", "step"):
        figures[209, tab] = scrub(window, tab)
    story_209 = story(window, data.test_images[:4])
    memory_209 = window.state.history.nbytes, 8 * data.train_images.size

    memory_3000 = synthetic_run(window, 3000, 750)
    window.drop_panel.show_picture(window.state.dataset.test_images[0], "synthetic picture 0")
    spin(0.5)
    for tab in ("curves", "dataset", "step"):
        figures[3000, tab] = scrub(window, tab)
    story_3000 = story(window, window.state.dataset.test_images[:4])
    load.report()

    for size, label in ((209, "209 + 50 pictures"), (3000, "3,000 + 750 synthetic pictures")):
        for tab, where in (
            ("curves", "Learning curves tab"),
            ("dataset", "Dataset tab (grid too)"),
            ("step", "One step tab (inspector too)"),
        ):
            moved, idle = figures[size, tab]
            emit(
                f"slider moved → every view repainted, {label}, {where} "
                f"(goal {SCRUB_GOAL_MS[size]} ms; idle repaint of the same views as baseline)",
                moved,
                "ms",
                idle,
            )
    for label, (told, answered) in (
        ("209 + 50 pictures", story_209),
        ("3,000 + 750 synthetic pictures", story_3000),
    ):
        emit(
            f"a picture shown → its story (p(cat) over {EPOCHS + 1} epochs) painted, {label} "
            f"(goal {STORY_GOAL_MS} ms; the answer alone, no run, as baseline)",
            told,
            "ms",
            answered,
        )
    for label, (kept, inputs) in (
        ("209 + 50 pictures", memory_209),
        ("3,000 + 750 synthetic pictures", memory_3000),
    ):
        emit(
            f"history memory, {EPOCHS} epochs, {label} (float64 training inputs as baseline)",
            kept / 2**20,
            "MB",
            inputs / 2**20,
        )
    window.close_without_asking()


if __name__ == "__main__":
    main()
