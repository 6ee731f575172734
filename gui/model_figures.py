"""Whether the model's figures (its train and test accuracy) are about the dataset in use.

A model's figures were measured on the dataset it was trained on. Once another
dataset replaces that one they would mislead ("98.6 % train" of pictures no
longer shown), so they count as stale until a run starts or another model is
loaded or made; a run cut off by the change (stopped) does not count.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.epoch_record import EpochRecord
from gui.app_state import AppState, ModelOrigin


class ModelFigures(QObject):
    """Follows the state and says whether ``state.model.metrics`` may be shown.

    Signals
    -------
    validityChanged
        The figures became stale (a new dataset) or valid again (a new run or model).
    """

    validityChanged = Signal()

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.valid = True
        self._dataset = state.dataset
        self._model_then = state.latest_model
        state.datasetChanged.connect(self._on_dataset_changed)
        state.modelChanged.connect(self._on_model_changed)
        state.runStarted.connect(self._on_run_started)

    @property
    def metrics(self) -> EpochRecord | None:
        """The model's figures when they are about the dataset in use, else None."""
        model = self.state.model
        return model.metrics if model is not None and self.valid else None

    def _set_valid(self, valid: bool) -> None:
        if valid != self.valid:
            self.valid = valid
            self.validityChanged.emit()

    def _on_dataset_changed(self) -> None:
        replaced = self._dataset is not None and self.state.dataset is not self._dataset
        self._dataset = self.state.dataset
        if replaced:
            self._model_then = self.state.latest_model
            self._set_valid(False)

    def _on_model_changed(self) -> None:
        state = self.state
        if state.latest_model is not self._model_then and state.model_origin is not (
            ModelOrigin.STOPPED
        ):
            self._set_valid(True)

    def _on_run_started(self, run: object = None) -> None:
        self._set_valid(True)
