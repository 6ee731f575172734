"""What the window says when a run ends, pauses or fails: in the status bar, beside the controls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QStatusBar, QWidget

from core.errors import TrainingError
from gui.app_state import AppState, RunStatus
from gui.controls_panel import ControlsPanel
from gui.language import error_text
from gui.notice_bar import NoticeBar
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
        status: QStatusBar,
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
            self.controls.time_left.setText(_tr("stopped before its first epoch"))
            self.status.showMessage(
                _tr("Run stopped before its first epoch: no change"), MESSAGE_MS
            )
        elif outcome.completed:
            self.status.showMessage(_tr("Run finished in {0:.2f} s").format(elapsed), MESSAGE_MS)
        else:
            self.controls.time_left.setText(_tr("stopped after {0:.1f} s").format(elapsed))
            self.status.showMessage(_tr("Run stopped in {0:.2f} s").format(elapsed), MESSAGE_MS)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        from gui import dialogs

        message = error_text(error)
        self.status.showMessage(_tr("Training failed: {0}").format(message))
        self.controls.time_left.setText(_tr("training failed"))
        if isinstance(error, TrainingError):  # a loss that blew up: said inline, with its remedy
            self.notices.show_failure(error)
        else:
            dialogs.warn(self.controls.window(), _tr("Training failed"), message)

    @Slot()
    def _on_status_changed(self) -> None:
        if self.state.run_status is RunStatus.PAUSED:
            self.status.showMessage(_tr("Paused — press Space or Resume to carry on"), 3000)
