"""Train, Pause, Step, Stop, Reset: one run at a time, its outcome written into the state.

The product's rules: **Train** starts a fresh run from the seed; **Pause**
toggles; **Step** takes exactly one epoch (from a fresh neuron it starts a run
that pauses after epoch 1); **Stop** ends the run keeping its weights;
**Reset** goes back to the untrained neuron of the seed. The run itself is
:func:`gui.training_task.train` on a :class:`gui.worker.Worker`; what it
reports lands in :class:`gui.app_state.AppState`, which the views follow.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from core.errors import CatNeuronError
from core.hyperparameters import Hyperparameters
from gui.app_state import AppState, ModelOrigin, RunInfo, RunStatus
from gui.task_priority import Priority
from gui.task_slot import TaskSlot
from gui.training_task import Outcome, Pacing, Progress, train
from gui.worker import Worker, reraise

RECORDS_BEFORE_FIRST_STEP = 2
"""A Step from a fresh neuron shows epoch 0 (before any update) and epoch 1, then pauses."""


class TrainingControl(QObject):
    """Starts and steers runs; tells the state what they did.

    Signals
    -------
    finished(Outcome)
        A run ended by itself or by Stop (not when cut off by a new dataset or Reset).
    failed(CatNeuronError)
        A run could not go on (it diverged, say); the message is for the user.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.hyperparameters: Hyperparameters | None = None
        self.pacing = Pacing()
        self._slot = TaskSlot(self)
        self._slot.yielded.connect(self._on_progress)
        self._slot.paused.connect(self._on_paused)
        self._slot.resumed.connect(self._on_resumed)
        self._slot.returned.connect(self._on_returned)
        self._slot.errored.connect(self._on_errored)

    @property
    def worker(self) -> Worker | None:
        """The current run's worker (None when idle)."""
        return self._slot.worker

    def start(self, hyperparameters: Hyperparameters, *, paused_after: int | None = None) -> bool:
        """A fresh run from the seed; False when there is no dataset."""
        dataset = self.state.dataset
        if dataset is None:
            return False
        self.cut_off()
        self.hyperparameters = hyperparameters
        worker = Worker(
            train,
            dataset,
            hyperparameters,
            pacing=self.pacing,
            name="training",
            priority=Priority.BACKGROUND,
        )
        label = f"α={hyperparameters.learning_rate:g}"
        self.state.start_run(RunInfo(label, hyperparameters.epochs, dataset.source))
        self._slot.start(worker, paused_after=paused_after)
        return True

    def toggle_pause(self) -> None:
        """Pause a running run, resume a paused one."""
        worker = self.worker
        if worker is None:
            return
        if worker.is_paused:
            worker.resume()
        else:
            worker.pause()

    def step(self, hyperparameters: Hyperparameters, epochs: int = 1) -> None:
        """Exactly ``epochs`` more epochs, then pause (from a fresh neuron: a paused new run)."""
        worker = self.worker
        if worker is None:
            self.start(hyperparameters, paused_after=RECORDS_BEFORE_FIRST_STEP + epochs - 1)
        elif worker.is_paused:
            worker.step(epochs)

    def stop(self) -> None:
        """End the run after the epoch in progress, keeping what it learned."""
        if self.worker is not None:
            self.worker.finish()

    def cut_off(self) -> None:
        """End the run now without waiting for it (a new dataset or model replaces it)."""
        if self.worker is None:
            return
        self._slot.cancel()
        if self.state.model_origin is ModelOrigin.TRAINING:
            self.state.set_model(self.state.latest_model, ModelOrigin.STOPPED)
        self.state.end_run()

    def reset(self, seed: int) -> None:
        """Cut off any run and make the untrained neuron of ``seed`` the model."""
        self.cut_off()
        dataset = self.state.dataset
        if dataset is None:
            return
        from core.model_file import Model
        from core.neuron import Neuron

        neuron = Neuron.initial(dataset.n_features, seed)
        model = Model(neuron, dataset.image_shape, dataset.classes, self.hyperparameters)
        self.state.clear_runs()
        self.state.set_model(model, ModelOrigin.UNTRAINED)

    def set_max_rate(self, epochs_per_second: float) -> None:
        """Slow the run down so a class can watch the curves form; 0 means no limit."""
        self.pacing.epochs_per_second = epochs_per_second

    # -- what the run reports ---------------------------------------------------------------

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        state = self.state
        state.run_elapsed = progress.elapsed
        state.set_model(progress.model, ModelOrigin.TRAINING)
        state.set_history(progress.history)
        state.add_records(progress.records, progress.notices)
        state.history_grew()

    @Slot()
    def _on_paused(self) -> None:
        self.state.set_run_status(RunStatus.PAUSED)

    @Slot()
    def _on_resumed(self) -> None:
        self.state.set_run_status(RunStatus.RUNNING)

    @Slot(object)
    def _on_returned(self, outcome: Outcome) -> None:
        self.state.run_elapsed = outcome.elapsed
        if outcome.model is not None:
            origin = ModelOrigin.TRAINED if outcome.completed else ModelOrigin.STOPPED
            self.state.set_model(outcome.model, origin)
        self.state.end_run()
        self.finished.emit(outcome)

    @Slot(object)
    def _on_errored(self, error: BaseException) -> None:
        """Say why the run ended; a bug (not a CatNeuronError) is also raised here, loudly."""
        if self.state.model_origin is ModelOrigin.TRAINING:
            self.state.set_model(self.state.latest_model, ModelOrigin.STOPPED)
        self.state.end_run()
        self.failed.emit(error)
        if not isinstance(error, CatNeuronError):
            reraise(error)
