"""The left column: hyperparameters, the run buttons, progress and the current numbers.

Spin boxes stay within the limits of :class:`core.hyperparameters.Hyperparameters`
(the seed stops at 2³¹−1, a spin box's largest integer), so a value the core
would refuse cannot be typed in the first place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
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
from gui.bounded_inputs import BoundedDoubleSpinBox, BoundedSpinBox
from gui.epoch_numbers import EpochNumbersBox
from gui.language import Retranslatable
from gui.numbers import decimal, percent, whole
from gui.steady_box import SteadyBox
from gui.time_note import TimeNote, TimeNoteLabel
from gui.widgets import named, set_value_unhurried

if TYPE_CHECKING:
    from core.training import EpochRecord

SPEEDS = (0, 2000, 500, 100, 20)
"""The speed limits offered, in epochs per second; 0 is none."""


class ControlsPanel(Retranslatable, QWidget):
    """Hyperparameter inputs, Train / Pause / Stop / Reset, progress and live numbers.

    Signals
    -------
    spaceInField
        Space or Enter in a hyperparameter field (its value committed first): what Space
        does anywhere else — train, or pause and resume.
    inputClipped(str)
        A typed value was outside its field's range and was changed: the sentence to show.
    """

    spaceInField = Signal()
    inputClipped = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._record: tuple[EpochRecord, int] | None = None
        self.learning_rate = named(BoundedDoubleSpinBox(), "learningRateInput")
        self.learning_rate.setDecimals(LEARNING_RATE_DECIMALS)
        self.learning_rate.setRange(MIN_LEARNING_RATE, MAX_LEARNING_RATE)
        self.learning_rate.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.learning_rate.setValue(DEFAULT_LEARNING_RATE)
        self.epochs = named(BoundedSpinBox(), "epochsInput")
        self.epochs.setRange(MIN_EPOCHS, MAX_EPOCHS)
        self.epochs.setSingleStep(100)
        self.epochs.setGroupSeparatorShown(True)
        self.epochs.setValue(DEFAULT_EPOCHS)
        self.seed = named(BoundedSpinBox(), "seedInput")
        self.seed.setRange(MIN_SEED, MAX_SPIN_SEED)
        self.seed.setValue(DEFAULT_SEED)
        self.speed = named(QComboBox(), "speedInput")
        for rate in SPEEDS:
            self.speed.addItem("", rate)

        for number in (self.learning_rate, self.epochs, self.seed):
            number.installEventFilter(self)  # Space and Enter train from here too
        self.learning_rate.clipped.connect(lambda typed, kept: self._clipped(0, typed, kept))
        self.epochs.clipped.connect(lambda typed, kept: self._clipped(1, typed, kept))
        self.seed.clipped.connect(lambda typed, kept: self._clipped(2, typed, kept))

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        self.form_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.form_labels, (self.learning_rate, self.epochs, self.seed, self.speed), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.hyper_box = QGroupBox()
        self.hyper_box.setLayout(self.form)

        self.train_button = named(QPushButton(), "trainButton")
        self.pause_button = named(QPushButton(), "pauseButton")
        self.stop_button = named(QPushButton(), "stopButton")
        self.reset_button = named(QPushButton(), "resetButton")
        self.step_button = named(QPushButton(), "stepButton")
        self.step10_button = named(QPushButton(), "step10Button")
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
        self.time_left = TimeNoteLabel()
        self.numbers_box = EpochNumbersBox()
        self.epoch_label, self.numbers = self.numbers_box.epoch_label, self.numbers_box.numbers
        """What :meth:`show_record` fills in: the epoch's name and its four numbers."""

        layout = QVBoxLayout(self)
        layout.addWidget(self.hyper_box)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(SteadyBox(self.time_left))
        layout.addWidget(self.numbers_box)
        layout.addStretch(1)
        state.runStatusChanged.connect(self._on_state_changed)
        state.datasetChanged.connect(self._on_state_changed)
        state.datasetChanged.connect(self.clear_numbers)
        state.runStarted.connect(self._on_run_started)
        state.recordsAdded.connect(self._on_records)
        state.modelChanged.connect(self._on_model_changed)
        state.runsCleared.connect(self.clear_numbers)
        self._retranslate()
        self._on_state_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space and Enter in a number field train (after the value typed is taken)."""
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in keys
            and isinstance(watched, QAbstractSpinBox)
        ):
            watched.interpretText()
            self.spaceInField.emit()
            return True
        return super().eventFilter(watched, event)

    def _clipped(self, field: int, typed: str, kept: str) -> None:
        name = self.form_labels[field].text().replace("&", "")
        self.inputClipped.emit(
            self.tr("{field}: {typed} is out of range, set to {kept}").format(
                field=name, typed=typed, kept=kept
            )
        )

    def _retranslate(self) -> None:
        names = (
            self.tr("Learning rate α"),
            self.tr("Epochs"),
            self.tr("Seed"),
            self.tr("Speed"),
        )
        for label, name in zip(self.form_labels, names, strict=True):
            label.setText(name)
        self.hyper_box.setTitle(self.tr("Hyperparameters"))
        self.learning_rate.setToolTip(
            self.tr(
                "Learning rate α: how far each gradient step moves the weights. "
                "Too small learns slowly; too large overshoots and the loss jumps."
            )
        )
        self.epochs.setToolTip(
            self.tr(
                "Epochs: how many times the neuron looks at all the training images "
                "and takes one gradient step."
            )
        )
        self.seed.setToolTip(
            self.tr(
                "Seed of the random initial weights: the same seed gives exactly the same run "
                "({seed} reproduces the article)."
            ).format(seed=DEFAULT_SEED)
        )
        self.speed.setToolTip(self.tr("Slow training down so a class can watch the curves form."))
        for index, rate in enumerate(SPEEDS):
            self.speed.setItemText(index, self._speed_name(rate))
        for button, text in (
            (self.train_button, self.tr("Train")),
            (self.stop_button, self.tr("Stop")),
            (self.reset_button, self.tr("Reset")),
            (self.step_button, self.tr("Step")),
            (self.step10_button, self.tr("Step ×10")),
        ):
            button.setText(text)
        tips = (
            self.tr("Start a fresh run from the seed (Space)"),
            self.tr("Pause or resume the run (Space)"),
            self.tr("End the run, keeping the weights learned so far (Esc)"),
            self.tr("Back to the untrained neuron of this seed (Ctrl+R)"),
            self.tr("Take exactly one epoch, then pause (N); from a fresh neuron it starts a run"),
            self.tr("Take ten epochs, then pause (Shift+N)"),
        )
        for button, tip in zip(self._buttons(), tips, strict=True):
            button.setToolTip(tip)
        self._name_pause_button()
        self._progress_words = self.tr("epoch %v / %m")
        self._set_progress(self.progress.value())
        self._show_record()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.train_button,
            self.pause_button,
            self.stop_button,
            self.reset_button,
            self.step_button,
            self.step10_button,
        )

    def _speed_name(self, rate: int) -> str:
        if rate == 0:
            return self.tr("full speed")
        return self.tr("{0} epochs/s").format(whole(rate))

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
        self._name_pause_button()
        for widget in (self.learning_rate, self.epochs, self.seed):
            widget.setEnabled(not running)

    def _name_pause_button(self) -> None:
        paused = self.state.run_status is RunStatus.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def show_record(self, record: EpochRecord, epochs: int) -> None:
        """The numbers of one epoch: the one shown, newest or chosen."""
        self._record = record, epochs
        self._show_record()

    def _show_record(self) -> None:
        if self._record is None:
            self.epoch_label.setText(self.tr("no run yet"))
            for label in self.numbers.values():
                label.setText("–")
            return
        record, epochs = self._record
        self.epoch_label.setText(
            self.tr("epoch {epoch} of {epochs}").format(
                epoch=whole(record.epoch), epochs=whole(epochs)
            )
        )
        self.numbers["train_loss"].setText(decimal(record.train_loss, 4))
        self.numbers["test_loss"].setText(decimal(record.test_loss, 4))
        self.numbers["train_acc"].setText(percent(record.train_acc))
        self.numbers["test_acc"].setText(percent(record.test_acc))

    def show_progress(self, done: int, total: int, elapsed: float) -> None:
        """Progress bar and an estimate of the time left."""
        self.progress.setRange(0, total)
        self._set_progress(min(done, total))
        if 0 < done < total and elapsed > 0:
            self.show_time_note(TimeNote.LEFT, elapsed / done * (total - done))
        elif done >= total:
            self.show_time_note(TimeNote.DONE, elapsed)

    def show_time_note(self, note: TimeNote, seconds: float = 0.0) -> None:
        """Say under the progress bar how long is left, or how the run ended and after how long."""
        self.time_left.show_note(note, seconds)

    def clear_numbers(self) -> None:
        """Back to the empty state of a fresh neuron."""
        self._record = None
        self._show_record()
        self._set_progress(0)
        self.show_time_note(TimeNote.NOTHING)

    def _set_progress(self, done: int) -> None:
        """The bar at ``done`` epochs, its numbers written as the locale writes them.

        (Qt's own ``%v`` and ``%m`` have no group separators: "epoch 1000 / 20000" beside
        "epoch 1,000 of 20,000".)
        """
        total = whole(self.progress.maximum())
        words = self._progress_words.replace("%v", whole(done)).replace("%m", total)
        set_value_unhurried(self.progress, done, words)
