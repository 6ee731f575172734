"""Opening and saving models for the window, and never losing a trained one by surprise.

Saving saves the model shown: with the history slider moved back, that epoch's
weights (the file's metrics name the epoch). Opening another model, or quitting,
asks first when training made a model that was not saved (Save / Discard / Cancel).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from core.errors import CatNeuronError, ModelFileError, WouldReplaceError
from gui import dialogs
from gui.app_state import AppState, ModelOrigin
from gui.language import error_text
from gui.resources import DEFAULT_MODEL
from gui.training_control import TrainingControl


def _tr(text: str) -> str:
    return QCoreApplication.translate("ModelFiles", text)


class ModelFiles(QObject):
    """File › Open model and Save model, and the question before a trained model is lost."""

    def __init__(self, window: QWidget, state: AppState, training: TrainingControl) -> None:
        super().__init__(window)
        self.window, self.state, self.training = window, state, training

    def load(self, path: Path) -> None:
        """Make the model in ``path`` the current one (its input size must fit the dataset)."""
        from core.model_file import load_model

        dataset = self.state.dataset
        model = load_model(path, expected_shape=dataset.image_shape if dataset else None)
        self.training.cut_off()
        origin = ModelOrigin.BUNDLED if Path(path) == DEFAULT_MODEL else ModelOrigin.FILE
        self.state.set_model(model, origin, Path(path))

    def save(self, path: Path, *, force: bool = False) -> None:
        """Write the model shown to ``path`` (all or nothing) and call it by that name.

        Raises
        ------
        WouldReplaceError
            ``path`` holds a file that is not a model (ask, then pass ``force``); the
            dataset in use and anything but a regular file are refused even then.
        """
        model = self.state.model
        if model is None:
            raise ModelFileError("there is no model to save yet: train one first")
        from core.model_file import save_model

        save_model(path, model, force=force, dataset_paths=self._dataset_paths())
        self.state.mark_saved(Path(path))

    def _dataset_paths(self) -> list[Path]:
        """The dataset in use, which no save may replace."""
        from core.dataset import FILE_NAMES

        folder = self.state.dataset_path
        return [] if folder is None else [folder, *(folder / name for name in FILE_NAMES)]

    def open_dialog(self) -> None:
        """File › Open model: asks before a trained model is lost; says what is wrong."""
        if not self.may_discard():
            return
        path = dialogs.ask_model_to_open(self.window)
        if path is not None:
            try:
                self.load(path)
            except CatNeuronError as error:
                dialogs.warn(self.window, _tr("Cannot open model"), error_text(error))

    def save_dialog(self) -> bool:
        """File › Save model; whether the model was saved."""
        if self.state.model is None:
            dialogs.warn(self.window, _tr("Nothing to save"), _tr("Train a model first."))
            return False
        own = self.state.model_path if self.state.model_origin is ModelOrigin.FILE else None
        path = dialogs.ask_model_to_save(self.window, own)
        if path is None:
            return False
        try:
            try:
                self.save(path)
            except WouldReplaceError as error:
                if not dialogs.confirm_replace(self.window, error_text(error)):
                    return False
                self.save(path, force=True)
        except CatNeuronError as error:
            dialogs.warn(self.window, _tr("Cannot save model"), error_text(error))
            return False
        return True

    def may_discard(self) -> bool:
        """Whether the model may be replaced: nothing unsaved, or the user said so (or saved)."""
        if not self.state.trained_unsaved:
            return True
        choice = dialogs.ask_save_changes(self.window)
        if choice is dialogs.SaveChoice.SAVE:
            return self.save_dialog()
        return choice is dialogs.SaveChoice.DISCARD
