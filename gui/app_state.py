"""What the window is about: the dataset, the model and where it came from, the run, the epoch.

One object holds it and says when it changes; every view takes it in
``__init__`` and listens (napari's pattern), so nothing pushes state into a
view by hand and a new view is one constructor call. It holds plain values
only — the work that changes them (training, loading) happens elsewhere and
ends in one of the setters here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from core.dataset import Dataset
    from core.history import History
    from core.model_file import Model
    from core.notices import Notice
    from core.training import EpochRecord


class ModelOrigin(Enum):
    """Where the current model came from; the window words it for the user."""

    NONE = "none"
    BUNDLED = "bundled"
    FILE = "file"
    UNTRAINED = "untrained"
    TRAINING = "training"
    TRAINED = "trained"
    STOPPED = "stopped"


class RunStatus(Enum):
    """Whether a run is going on."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


@dataclass(frozen=True)
class RunInfo:
    """A run as the views need to know it: its label, length and the dataset it learns."""

    label: str
    epochs: int
    dataset_name: str


class AppState(QObject):
    """The window's state; views connect to the signals and read the attributes.

    Signals
    -------
    datasetChanged
        A new dataset (or none) is in use.
    modelChanged
        The model shown changed: another model, its origin or saved state, or the
        epoch chosen on the history slider. ``state.model`` is always the one shown.
    historyChanged
        The run's history grew by some epochs, or another one (or none) replaced it.
    runStarted(RunInfo)
        A run began: curves start, numbers clear.
    recordsAdded(list)
        New epoch records of the current run (several per update).
    noticesRaised(list)
        What the records about to be added gave notice of (:mod:`core.notices`).
    runEnded
        The current run ended (completed, stopped, failed); ``run_status`` is idle.
    runsCleared
        Reset: no run to show, not even an earlier one.
    runStatusChanged
        Running, paused or idle.
    dataBusyChanged
        A dataset task started or ended.
    """

    datasetChanged = Signal()
    modelChanged = Signal()
    historyChanged = Signal()
    runStarted = Signal(object)
    recordsAdded = Signal(object)
    noticesRaised = Signal(object)
    runEnded = Signal()
    runsCleared = Signal()
    runStatusChanged = Signal()
    dataBusyChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.dataset_path: Path | None = None
        self.latest_model: Model | None = None
        """The newest model: a live run's latest epoch, whatever epoch is shown."""
        self.history: History | None = None
        """Every epoch of the current run, when the model came from one."""
        self.chosen_epoch: int | None = None
        """The epoch chosen on the history slider; None follows the newest one."""
        self._at_epoch: tuple[int, Model] | None = None
        self.model_origin = ModelOrigin.NONE
        self.model_path: Path | None = None
        self.model_saved = True
        self.run_status = RunStatus.IDLE
        self.run: RunInfo | None = None
        self.last_record: EpochRecord | None = None
        self.run_elapsed = 0.0
        self.data_busy = False

    # -- dataset ----------------------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None, path: Path | None = None) -> None:
        """Use ``dataset`` (read from ``path``; None when generated or absent).

        The run's history goes: its logits and replays are those of the old pictures.
        """
        self.dataset, self.dataset_path = dataset, path
        self.last_record = None
        self.set_history(None)
        self.datasetChanged.emit()

    def set_data_busy(self, busy: bool) -> None:
        """A dataset task started (True) or ended (False)."""
        if busy != self.data_busy:
            self.data_busy = busy
            self.dataBusyChanged.emit()

    # -- model ------------------------------------------------------------------------------

    @property
    def model(self) -> Model | None:
        """The model shown: the chosen epoch's, or the newest when none is chosen."""
        if self.chosen_epoch is None or self.history is None or self.latest_model is None:
            return self.latest_model
        if self._at_epoch is None or self._at_epoch[0] != self.chosen_epoch:
            from core.model_file import Model

            latest, epoch = self.latest_model, self.chosen_epoch
            model = Model(
                self.history.neuron(epoch),
                latest.input_shape,
                latest.classes,
                latest.hyperparameters,
                self.history.record(epoch),
            )
            self._at_epoch = (epoch, model)
        return self._at_epoch[1]

    def set_model(self, model: Model | None, origin: ModelOrigin, path: Path | None = None) -> None:
        """Make ``model`` the newest; a model from a file (or the bundle) counts as saved.

        A model that training did not make has no history: the slider goes.
        """
        self.latest_model, self.model_origin, self.model_path = model, origin, path
        self.model_saved = origin in (ModelOrigin.BUNDLED, ModelOrigin.FILE, ModelOrigin.NONE)
        if origin not in (ModelOrigin.TRAINING, ModelOrigin.TRAINED, ModelOrigin.STOPPED):
            self.set_history(None)
        if self.chosen_epoch is None or origin is not ModelOrigin.TRAINING:
            self.modelChanged.emit()  # scrubbed back while training: the shown model stays

    # -- history ----------------------------------------------------------------------------

    @property
    def last_epoch(self) -> int | None:
        """The newest epoch of the run the window has shown (None without a history).

        The training thread keeps epochs in the history a little before their
        records reach the window: the newest epoch is the latest model's, so that
        following the run and showing its newest epoch are the same thing.
        """
        if self.history is None or not len(self.history):
            return None
        kept = len(self.history) - 1
        metrics = self.latest_model.metrics if self.latest_model is not None else None
        return min(kept, metrics.epoch) if metrics is not None else kept

    @property
    def shown_epoch(self) -> int | None:
        """The epoch whose model is shown, chosen or newest (None without a history)."""
        return self.chosen_epoch if self.chosen_epoch is not None else self.last_epoch

    def set_history(self, history: History | None) -> None:
        """A run's history (None: the model has none); the slider follows its newest epoch."""
        if history is self.history:
            return
        self.history, self.chosen_epoch, self._at_epoch = history, None, None
        self.historyChanged.emit()

    def history_grew(self) -> None:
        """More epochs of the current run can be brought back."""
        self.historyChanged.emit()

    def choose_epoch(self, epoch: int | None) -> None:
        """Show ``epoch`` of the current run everywhere; the newest (or None) follows the run."""
        last = self.last_epoch
        if last is None:
            return
        chosen = None if epoch is None or epoch >= last else max(0, int(epoch))
        if chosen != self.chosen_epoch:
            self.chosen_epoch = chosen
            self.modelChanged.emit()

    def mark_saved(self, path: Path) -> None:
        """The model shown was written to ``path``: it is now that file's model."""
        model = self.model
        self.chosen_epoch = None
        self.set_model(model, ModelOrigin.FILE, path)

    @property
    def trained_unsaved(self) -> bool:
        """Whether closing now would lose a model that training made."""
        return not self.model_saved and self.model_origin in (
            ModelOrigin.TRAINED,
            ModelOrigin.STOPPED,
            ModelOrigin.TRAINING,
        )

    # -- runs -------------------------------------------------------------------------------

    def start_run(self, run: RunInfo) -> None:
        """A run began."""
        self.run, self.last_record, self.run_elapsed = run, None, 0.0
        # running before the history empties: a view that hears of no history knows a run
        # is coming, and keeps its place (the history bar hid and came back, which laid out
        # and repainted the whole middle column at every start)
        was, self.run_status = self.run_status, RunStatus.RUNNING
        self.set_history(None)
        if was is not RunStatus.RUNNING:
            self.runStatusChanged.emit()
        self.runStarted.emit(run)

    def add_records(self, records: list[EpochRecord], notices: Sequence[Notice] = ()) -> None:
        """New epochs of the current run arrived, with the notices they raised."""
        self.last_record = records[-1]
        if notices:  # first: the notices' room is settled before the records are drawn
            self.noticesRaised.emit(list(notices))
        self.recordsAdded.emit(records)

    def end_run(self) -> None:
        """The current run is over (its outcome is already in the model)."""
        self.set_run_status(RunStatus.IDLE)
        self.runEnded.emit()

    def clear_runs(self) -> None:
        """Forget the runs (Reset): the curves and the numbers go back to empty."""
        self.run, self.last_record, self.run_elapsed = None, None, 0.0
        self.set_history(None)
        self.runsCleared.emit()

    def set_run_status(self, status: RunStatus) -> None:
        """Running, paused or idle."""
        if status != self.run_status:
            self.run_status = status
            self.runStatusChanged.emit()

    @property
    def running(self) -> bool:
        """Whether a run is in progress (paused counts)."""
        return self.run_status is not RunStatus.IDLE
