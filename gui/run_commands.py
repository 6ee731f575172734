"""Train, Pause, Step, Stop and Reset as the user asks for them, with the values the inputs hold.

The left column's buttons, the Train menu, Space, Esc and a notice's remedy all
land here; the runs themselves are :class:`~gui.training_control.TrainingControl`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from gui.app_state import AppState
from gui.controls_panel import ControlsPanel
from gui.notice_bar import NoticeBar
from gui.training_control import TrainingControl
from gui.window_actions import WindowActions


class RunCommands(QObject):
    """What each run button, menu entry and key does, from the hyperparameters typed in."""

    def __init__(
        self,
        state: AppState,
        training: TrainingControl,
        controls: ControlsPanel,
        actions: WindowActions,
        notices: NoticeBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.training, self.controls = state, training, controls
        for trigger in (controls.train_button.clicked, actions.train.triggered):
            trigger.connect(self.train)
        for trigger in (controls.pause_button.clicked, actions.pause.triggered):
            trigger.connect(training.toggle_pause)
        for trigger in (controls.step_button.clicked, actions.step.triggered):
            trigger.connect(lambda: self.step(1))
        for trigger in (controls.step10_button.clicked, actions.step10.triggered):
            trigger.connect(lambda: self.step(10))
        for trigger in (
            controls.stop_button.clicked,
            actions.stop.triggered,
            actions.escape.activated,
        ):
            trigger.connect(training.stop)
        for trigger in (controls.reset_button.clicked, actions.reset.triggered):
            trigger.connect(self.reset)
        controls.speed.currentIndexChanged.connect(
            lambda: self.training.set_max_rate(controls.max_rate())
        )
        actions.space.activated.connect(self._on_space)
        controls.spaceInField.connect(self._on_space)
        notices.halveLearningRateRequested.connect(self.halve_learning_rate)

    @Slot()
    def train(self) -> None:
        """Start a fresh run from the seed; it replaces the current model as it learns."""
        if not self.state.running:
            self.training.set_max_rate(self.controls.max_rate())
            self.training.start(self.controls.hyperparameters())

    def step(self, epochs: int = 1) -> None:
        """Take ``epochs`` epochs, then pause (from a fresh neuron: a new run), and show them."""
        self.state.choose_epoch(None)
        self.training.set_max_rate(self.controls.max_rate())
        self.training.step(self.controls.hyperparameters(), epochs)

    @Slot()
    def halve_learning_rate(self) -> None:
        """A notice's remedy: α / 2 of the run that overshot, and a fresh run with it."""
        run = self.training.hyperparameters
        rate = run.learning_rate if run is not None else self.controls.learning_rate.value()
        self.controls.learning_rate.setValue(rate / 2)
        self.training.set_max_rate(self.controls.max_rate())
        self.training.start(self.controls.hyperparameters())  # ends the current run, if any

    @Slot()
    def reset(self) -> None:
        """Cut off any run and go back to the untrained neuron of the chosen seed."""
        self.training.reset(self.controls.seed.value())

    def _on_space(self) -> None:
        if self.state.running:
            self.training.toggle_pause()
        else:
            self.train()
