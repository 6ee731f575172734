"""What the window says when a run ends, pauses or fails: in the status bar, beside the controls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QWidget

from core.errors import TrainingError
from gui.app_state import AppState, RunStatus
from gui.controls_panel import ControlsPanel
from gui.language import error_text
from gui.notice_bar import NoticeBar
from gui.status_bar import StatusBar
from gui.time_note import TimeNote, duration_text
from gui.training_control import TrainingControl
from gui.training_task import Outcome

MESSAGE_MS = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunMessages", text)


class RunMessages(QObject):
    """Words for the end of a run: finished, stopped, stopped in its setup, failed, paused."""

    def __init__(
        self,
        window: QWidget,
        state: AppState,
        training: TrainingControl,
        status: StatusBar,
        controls: ControlsPanel,
        notices: NoticeBar,
    ) -> None:
        super().__init__(window)
        self.state, self.status, self.controls, self.notices = state, status, controls, notices
        training.finished.connect(self._on_finished)
        training.failed.connect(self._on_failed)
        state.runStatusChanged.connect(self._on_status_changed)

    @Slot(object)
    def _on_finished(self, outcome: Outcome) -> None:
        self.controls.train_button.setFocus()  # so that Space trains again
        elapsed = self.state.run_elapsed
        if outcome.last is None:
            self.controls.show_time_note(TimeNote.STOPPED_AT_ONCE)
            self.status.say(
                lambda: _tr("Run stopped before its first epoch: no change"), MESSAGE_MS
            )
        elif outcome.completed:
            self.status.say(
                lambda: _tr("Run finished in {0}").format(duration_text(elapsed)), MESSAGE_MS
            )
        else:
            self.controls.show_time_note(TimeNote.STOPPED, elapsed)
            self.status.say(
                lambda: _tr("Run stopped after {0}").format(duration_text(elapsed)), MESSAGE_MS
            )

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        from gui import dialogs

        self.status.say(lambda: _tr("Training failed: {0}").format(error_text(error)))
        self.controls.show_time_note(TimeNote.FAILED)
        if isinstance(error, TrainingError):  # a loss that blew up: said inline, with its remedy
            self.notices.show_failure(error)
        else:
            dialogs.warn(self.controls.window(), _tr("Training failed"), error_text(error))

    @Slot()
    def _on_status_changed(self) -> None:
        if self.state.run_status is RunStatus.PAUSED:
            self.status.say(lambda: _tr("Paused — press Space or Resume to carry on"), 3000)
