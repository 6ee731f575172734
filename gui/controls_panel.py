"""The left column: hyperparameters, the run buttons, progress and the current numbers.

Spin boxes stay within the limits of :class:`core.hyperparameters.Hyperparameters`
(the seed stops at 2³¹−1, a spin box's largest integer), so a value the core
would refuse cannot be typed in the first place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.hyperparameters import (
    DEFAULT_EPOCHS,
    DEFAULT_LEARNING_RATE,
    DEFAULT_SEED,
    LEARNING_RATE_DECIMALS,
    MAX_EPOCHS,
    MAX_LEARNING_RATE,
    MAX_SPIN_SEED,
    MIN_EPOCHS,
    MIN_LEARNING_RATE,
    MIN_SEED,
    Hyperparameters,
)
from gui.app_state import AppState, RunStatus
from gui.widgets import named

if TYPE_CHECKING:
    from core.training import EpochRecord

SPEEDS = (
    ("as fast as possible", 0),
    ("2000 epochs/s", 2000),
    ("500 epochs/s", 500),
    ("100 epochs/s", 100),
    ("20 epochs/s", 20),
)


class ControlsPanel(QWidget):
    """Hyperparameter inputs, Train / Pause / Stop / Reset, progress and live numbers."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.learning_rate = named(QDoubleSpinBox(), "learningRateInput")
        self.learning_rate.setDecimals(LEARNING_RATE_DECIMALS)
        self.learning_rate.setRange(MIN_LEARNING_RATE, MAX_LEARNING_RATE)
        self.learning_rate.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.learning_rate.setValue(DEFAULT_LEARNING_RATE)
        self.learning_rate.setToolTip(
            "Learning rate α: how far each gradient step moves the weights. "
            "Too small learns slowly; too large overshoots and the loss jumps."
        )
        self.epochs = named(QSpinBox(), "epochsInput")
        self.epochs.setRange(MIN_EPOCHS, MAX_EPOCHS)
        self.epochs.setSingleStep(100)
        self.epochs.setGroupSeparatorShown(True)
        self.epochs.setValue(DEFAULT_EPOCHS)
        self.epochs.setToolTip(
            "Epochs: how many times the neuron looks at all the training images "
            "and takes one gradient step."
        )
        self.seed = named(QSpinBox(), "seedInput")
        self.seed.setRange(MIN_SEED, MAX_SPIN_SEED)
        self.seed.setValue(DEFAULT_SEED)
        self.seed.setToolTip(
            "Seed of the random initial weights: the same seed gives exactly the same run "
            "(999 reproduces the article)."
        )
        self.speed = named(QComboBox(), "speedInput")
        for text, rate in SPEEDS:
            self.speed.addItem(text, rate)
        self.speed.setToolTip("Slow training down so a class can watch the curves form.")

        form = QFormLayout()
        form.addRow("Learning rate α", self.learning_rate)
        form.addRow("Epochs", self.epochs)
        form.addRow("Seed", self.seed)
        form.addRow("Speed", self.speed)
        hyper_box = QGroupBox("Hyperparameters")
        hyper_box.setLayout(form)

        self.train_button = named(QPushButton("Train"), "trainButton")
        self.train_button.setToolTip("Start a fresh run from the seed (Space)")
        self.pause_button = named(QPushButton("Pause"), "pauseButton")
        self.pause_button.setToolTip("Pause or resume the run (Space)")
        self.stop_button = named(QPushButton("Stop"), "stopButton")
        self.stop_button.setToolTip("End the run, keeping the weights learned so far (Esc)")
        self.reset_button = named(QPushButton("Reset"), "resetButton")
        self.reset_button.setToolTip("Back to the untrained neuron of this seed (Ctrl+R)")
        self.step_button = named(QPushButton("Step"), "stepButton")
        self.step_button.setToolTip(
            "Take exactly one epoch, then pause (N); from a fresh neuron it starts a run"
        )
        self.step10_button = named(QPushButton("Step ×10"), "step10Button")
        self.step10_button.setToolTip("Take ten epochs, then pause (Shift+N)")
        self.train_button.setDefault(True)
        buttons = QGridLayout()
        buttons.addWidget(self.train_button, 0, 0)
        buttons.addWidget(self.pause_button, 0, 1)
        buttons.addWidget(self.step_button, 1, 0)
        buttons.addWidget(self.step10_button, 1, 1)
        buttons.addWidget(self.stop_button, 2, 0)
        buttons.addWidget(self.reset_button, 2, 1)

        self.progress = named(QProgressBar(), "progressBar")
        self.progress.setRange(0, DEFAULT_EPOCHS)
        self.progress.setValue(0)
        self.progress.setFormat("epoch %v / %m")
        self.time_left = named(QLabel(" "), "timeLeftLabel")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.numbers = {
            key: QLabel("–") for key in ("train_loss", "train_acc", "test_loss", "test_acc")
        }
        numbers = QGridLayout()
        numbers.addWidget(QLabel("<b>train</b>"), 0, 1, Qt.AlignmentFlag.AlignRight)
        numbers.addWidget(QLabel("<b>test</b>"), 0, 2, Qt.AlignmentFlag.AlignRight)
        for row, (name, split) in enumerate((("loss", "loss"), ("accuracy", "acc")), start=1):
            numbers.addWidget(QLabel(name), row, 0)
            for col, part in enumerate(("train", "test"), start=1):
                label = self.numbers[f"{part}_{split}"]
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                numbers.addWidget(label, row, col)
        self.epoch_label = named(QLabel("no run yet"), "epochLabel")
        numbers_box = QGroupBox("This epoch")
        numbers_layout = QVBoxLayout(numbers_box)
        numbers_layout.addWidget(self.epoch_label)
        numbers_layout.addLayout(numbers)

        layout = QVBoxLayout(self)
        layout.addWidget(hyper_box)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.time_left)
        layout.addWidget(numbers_box)
        layout.addStretch(1)
        state.runStatusChanged.connect(self._on_state_changed)
        state.datasetChanged.connect(self._on_state_changed)
        state.datasetChanged.connect(self.clear_numbers)
        state.runStarted.connect(self._on_run_started)
        state.recordsAdded.connect(self._on_records)
        state.modelChanged.connect(self._on_model_changed)
        state.runsCleared.connect(self.clear_numbers)
        self._on_state_changed()

    @Slot()
    def _on_state_changed(self) -> None:
        status = self.state.run_status
        self.set_state(
            has_data=self.state.dataset is not None,
            running=status is not RunStatus.IDLE,
            paused=status is RunStatus.PAUSED,
        )

    @Slot(object)
    def _on_run_started(self, run: object) -> None:
        self.clear_numbers()
        self.show_progress(0, self.state.run.epochs if self.state.run else 0, 0.0)

    @Slot(object)
    def _on_records(self, records: list[EpochRecord]) -> None:
        run = self.state.run
        epochs = run.epochs if run else records[-1].epoch
        self.show_progress(records[-1].epoch, epochs, self.state.run_elapsed)
        self._on_model_changed()

    @Slot()
    def _on_model_changed(self) -> None:
        """The numbers of the epoch shown: the newest, or the one chosen on the history slider."""
        state, model = self.state, self.state.model
        if state.history is None or model is None or model.metrics is None:
            return  # a model from elsewhere: the last run's numbers stay until the next
        self.show_record(model.metrics, state.run.epochs if state.run else model.metrics.epoch)

    def hyperparameters(self) -> Hyperparameters:
        """The values the inputs hold now, as the core takes them."""
        return Hyperparameters(self.learning_rate.value(), self.epochs.value(), self.seed.value())

    def max_rate(self) -> float:
        """The chosen speed limit in epochs per second; 0 means none."""
        return float(self.speed.currentData())

    def set_state(self, *, has_data: bool, running: bool, paused: bool) -> None:
        """Enable what makes sense now, and name the pause button after what it would do."""
        self.train_button.setEnabled(has_data and not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.reset_button.setEnabled(has_data)
        for step in (self.step_button, self.step10_button):
            step.setEnabled(has_data and (paused or not running))
        self.pause_button.setText("Resume" if paused else "Pause")
        for widget in (self.learning_rate, self.epochs, self.seed):
            widget.setEnabled(not running)

    def show_record(self, record: EpochRecord, epochs: int) -> None:
        """The numbers of one epoch: the one shown, newest or chosen."""
        self.epoch_label.setText(f"epoch {record.epoch:,} of {epochs:,}")
        self.numbers["train_loss"].setText(f"{record.train_loss:.4f}")
        self.numbers["test_loss"].setText(f"{record.test_loss:.4f}")
        self.numbers["train_acc"].setText(f"{record.train_acc:.1%}")
        self.numbers["test_acc"].setText(f"{record.test_acc:.1%}")

    def show_progress(self, done: int, total: int, elapsed: float) -> None:
        """Progress bar and an estimate of the time left."""
        self.progress.setRange(0, total)
        _set_value_unhurried(self.progress, min(done, total))
        if 0 < done < total and elapsed > 0:
            left = elapsed / done * (total - done)
            self.time_left.setText(f"{_duration(left)} left")
        elif done >= total:
            self.time_left.setText(f"done in {_duration(elapsed)}")

    def clear_numbers(self) -> None:
        """Back to the empty state of a fresh neuron."""
        for label in self.numbers.values():
            label.setText("–")
        self.epoch_label.setText("no run yet")
        _set_value_unhurried(self.progress, 0)
        self.time_left.setText(" ")


def _set_value_unhurried(bar: QProgressBar, value: int) -> None:
    """``bar.setValue(value)``, painted with the rest of the window instead of on the spot.

    QProgressBar repaints at once whenever its text changes (ours shows the epoch), and
    a repaint on the spot paints everything else waiting in the window with it: during
    a run, one more whole-window paint for every update, in the middle of the slot.
    """
    bar.setUpdatesEnabled(False)
    bar.setValue(value)
    bar.setUpdatesEnabled(True)  # schedules the paint


def _duration(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 120:
        return f"{seconds:.1f} s"
    return f"{seconds / 60:.0f} min"
