"""Notices above the curves: what a run's records say, in the learner's words, with the remedy.

The training task finds the notices as the records arrive (a
:class:`~core.notices.NoticeDetector`, off the GUI thread) and the state passes
them on (``noticesRaised``). Each kind of notice gets one line (the latest of
its kind), and a button where the notice has a one-click remedy: halve α and
train again, or go to the epoch the notice names. Core finds the notices and
words none of them; the wording is here, translatable. A run that stops
because its loss blew up is said on the divergence line too, not in a dialog.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import CatNeuronError
from core.notices import (
    OSCILLATION_EPOCHS,
    PLATEAU_CHANGE,
    PLATEAU_EPOCHS,
    Divergence,
    Notice,
    NoticeKind,
    Oscillation,
    Overfitting,
    Plateau,
    Remedy,
)
from gui.app_state import AppState, RunInfo, RunStatus
from gui.language import Retranslatable, error_text
from gui.widgets import named

if TYPE_CHECKING:
    from core.epoch_record import EpochRecord

TINTS = {
    NoticeKind.DIVERGENCE: "rgba(214, 39, 40, 45)",
    NoticeKind.OSCILLATION: "rgba(31, 119, 180, 35)",
    NoticeKind.OVERFITTING: "rgba(255, 127, 14, 45)",
    NoticeKind.PLATEAU: "rgba(127, 127, 127, 40)",
}
"""Each kind's background: see-through, so it reads on light and dark palettes alike."""
MIN_TEXT_CHARS = 40
"""Fewer characters a line beside its button, and a notice's button goes under its words."""


class NoticeLine(QFrame):
    """One notice: its words, its remedy's button (if any) and a button that puts it away."""

    def __init__(self, kind: NoticeKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind.value}Notice")
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {TINTS[kind]}; border-radius: 4px; }}"
        )
        self.text = named(QLabel(), "noticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.action = named(QPushButton(), "noticeAction")
        self.dismiss = named(QToolButton(), "noticeDismiss")
        self.dismiss.setText("×")
        self.dismiss.setAutoRaise(True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 4, 4, 4)
        self.grid.addWidget(self.text, 0, 0)
        self.grid.addWidget(self.dismiss, 0, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(0, 1)
        self.action_below = False
        """Whether the button is under the words (a narrow line) rather than beside them."""
        self.grid.addWidget(self.action, 0, 1, Qt.AlignmentFlag.AlignVCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width: the button beside the words, or under them if they would be squeezed."""
        super().resizeEvent(event)
        self._place_action()

    def _place_action(self) -> None:
        """Beside the words while they keep :data:`MIN_TEXT_CHARS` characters a line, else under.

        At 800×600 the words beside the button had 90 px: one or two words a line.
        """
        room = self.width() - self.action.sizeHint().width() - self.dismiss.sizeHint().width()
        least = MIN_TEXT_CHARS * self.text.fontMetrics().averageCharWidth()
        below = room < least
        if below == self.action_below:
            return
        self.action_below = below
        self.grid.removeWidget(self.action)
        if below:
            self.grid.addWidget(self.action, 1, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        else:
            self.grid.addWidget(self.action, 0, 1, Qt.AlignmentFlag.AlignVCenter)


class NoticeBar(Retranslatable, QWidget):
    """The current run's notices, one line per kind, hidden while there are none (``noticeBar``).

    Signals
    -------
    halveLearningRateRequested
        The user asked for α / 2 and a new run (divergence, oscillation).
    overfittingNoticed(int)
        The test loss turned: the epoch of its lowest, for the plot to mark.
    """

    halveLearningRateRequested = Signal()
    overfittingNoticed = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.state = state
        self._notices: dict[NoticeKind, Notice] = {}
        self._failure: CatNeuronError | None = None
        self._put_away: set[NoticeKind] = set()
        self._held = 0
        """The height kept for this run's notices while it runs (see :meth:`_hold_room`)."""
        self._held_until = 0
        """The epoch until which it is kept: the last run's latest notice."""
        self._latest: list[EpochRecord] = []
        """The run's last two records: where an overfitting line says the test loss has got to."""
        self._lines: dict[NoticeKind, NoticeLine] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for kind in NoticeKind:
            line = NoticeLine(kind, self)
            line.action.clicked.connect(lambda _=False, k=kind: self._on_action(k))
            line.dismiss.clicked.connect(lambda _=False, k=kind: self._put_away_line(k))
            layout.addWidget(line)
            self._lines[kind] = line
        state.recordsAdded.connect(self._on_records_added)
        state.noticesRaised.connect(self._on_notices_raised)
        state.runStarted.connect(self._on_run_started)
        state.runStatusChanged.connect(self._on_run_status_changed)
        state.runsCleared.connect(self._forget)
        self._retranslate()

    # -- what the run says ------------------------------------------------------------------

    def _on_run_started(self, _run: RunInfo) -> None:
        self._hold_room()
        self._forget()

    def _hold_room(self) -> None:
        """Keep the room the last run's notices took until this run has passed their epochs.

        A new run usually says the same things at the same epochs (the article's
        run overshoots by epoch 20 every time): giving the room back at the start
        and taking it again a moment later would make the curves jump twice a run.
        A run that has gone past those epochs without saying them gives it back.
        """
        shown = [n for kind, n in self._notices.items() if not self._lines[kind].isHidden()]
        self._held = self.sizeHint().height() if self._saying() else 0
        self._held_until = max((notice.epoch for notice in shown), default=0)
        self.setMinimumHeight(self._held)

    def _on_run_status_changed(self) -> None:
        """Paused or over, the lines say where the run has got to; over, unused room goes back."""
        if self.state.run_status is RunStatus.RUNNING:
            return
        if not self.state.running:
            self._held = 0
            self.setMinimumHeight(0)
        self._bring_overfitting_up_to_date()
        self._refresh()

    def _bring_overfitting_up_to_date(self) -> None:
        """The overfitting line measured again at the run's last epoch, if it still holds there.

        Said with the figures of the epoch it fired at, it read stale 400 epochs on. Only
        when the run pauses or ends: new words 30 times a second would lay the notices out
        again. Where it no longer holds (the test loss came back down), the line keeps the
        last figures that did.
        """
        notice = self._notices.get(NoticeKind.OVERFITTING)
        if isinstance(notice, Overfitting) and len(self._latest) == 2:
            later = notice.later(*self._latest)
            if later is not None:
                self._notices[NoticeKind.OVERFITTING] = later

    def _give_room_back(self) -> None:
        if self._held:
            self._held = 0
            self.setMinimumHeight(0)
            self._refresh()

    def _forget(self) -> None:
        self._latest = []
        self._notices.clear()
        self._put_away.clear()
        self._failure = None
        self._refresh()

    def _on_notices_raised(self, notices: list[Notice]) -> None:
        for notice in notices:
            self._notices[notice.kind] = notice
            self._put_away.discard(notice.kind)
            if isinstance(notice, Overfitting):
                self.overfittingNoticed.emit(notice.best_epoch)
        self._refresh()

    def _on_records_added(self, records: list[EpochRecord]) -> None:
        self._latest = [*self._latest, *records[-2:]][-2:]
        if self._held and records and records[-1].epoch >= self._held_until:
            self._give_room_back()  # past where the last run spoke: what was not said goes

    def show_failure(self, error: CatNeuronError) -> None:
        """Say on the divergence line that the run stopped because its loss blew up."""
        self._failure = error  # said in the language of the moment
        self._put_away.discard(NoticeKind.DIVERGENCE)
        self._refresh()

    def shown(self) -> dict[NoticeKind, str]:
        """The lines shown, as plain text, by kind."""
        return {kind: line.text.text() for kind, line in self._lines.items() if not line.isHidden()}

    def line(self, kind: NoticeKind) -> NoticeLine:
        """The line of ``kind`` (hidden when there is no such notice)."""
        return self._lines[kind]

    # -- the lines --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        for line in self._lines.values():
            line.dismiss.setToolTip(self.tr("Put this notice away"))
        self._refresh()

    def _refresh(self) -> None:
        diverged = NoticeKind.DIVERGENCE in self._notices or self._failure is not None
        for kind, line in self._lines.items():
            words = self._words(kind)
            folded = kind is NoticeKind.OSCILLATION and diverged  # divergence says it already
            line.setVisible(words is not None and kind not in self._put_away and not folded)
            if words is None:
                continue
            title, body, action = words
            line.text.setText(f"<b>{escape(title)}</b> {escape(body)}")
            line.action.setVisible(action is not None)
            line.action.setText(action or "")
        self.setVisible(self._saying() or self._held > 0)

    def _saying(self) -> bool:
        return any(not line.isHidden() for line in self._lines.values())

    def _words(self, kind: NoticeKind) -> tuple[str, str, str | None] | None:
        """The title, the explanation and the button's text (None: no button) of a kind's line."""
        notice = self._notices.get(kind)
        if kind is NoticeKind.DIVERGENCE and self._failure is not None:
            body = self.tr("Training stopped: {0}. Each step overshot further than the one before.")
            reason = error_text(self._failure)
            return self.tr("α is too large."), body.format(reason), self._halve_text()
        if isinstance(notice, Divergence):
            return self._divergence(notice)
        if isinstance(notice, Oscillation):
            return self._oscillation(notice)
        if isinstance(notice, Overfitting):
            return self._overfitting(notice)
        if isinstance(notice, Plateau):
            return self._plateau(notice)
        return None

    def _halve_text(self) -> str:
        return self.tr("Halve α and train again")

    def _divergence(self, notice: Divergence) -> tuple[str, str, str]:
        locale = QLocale()
        body = self.tr(
            "By epoch {0} the training loss grew to {1}, {2} times its lowest ({3} at epoch {4}): "
            "each step overshoots further than the last."
        ).format(
            locale.toString(notice.epoch),
            _number(notice.loss),
            locale.toString(round(notice.factor)),
            _number(notice.lowest_loss),
            locale.toString(notice.lowest_epoch),
        )
        return self.tr("α is too large."), body, self._halve_text()

    def _oscillation(self, notice: Oscillation) -> tuple[str, str, str]:
        if notice.net_change < 0:
            template = self.tr(
                "Between epochs {0} and {1} the training loss went up %n time(s) in {3} epochs, "
                "by up to {2}, though it still falls overall: each step jumps across the "
                "valley's floor. A smaller α would zigzag less.",
                "",
                notice.rises,
            )
        else:
            template = self.tr(
                "Between epochs {0} and {1} the training loss went up %n time(s) in {3} epochs, "
                "by up to {2}, and it no longer falls: each step jumps across the valley's "
                "floor. A smaller α would let it settle.",
                "",
                notice.rises,
            )
        locale = QLocale()
        body = template.format(
            locale.toString(notice.first_epoch),
            locale.toString(notice.epoch),
            _number(notice.largest_rise),
            locale.toString(OSCILLATION_EPOCHS),
        )
        return self.tr("The step overshoots."), body, self._halve_text()

    def _overfitting(self, notice: Overfitting) -> tuple[str, str, str]:
        locale = QLocale()
        body = self.tr(
            "The test loss was lowest at epoch {0} ({1}) and has risen since, to {2} at epoch {3}, "
            "while the training loss kept falling: the neuron is learning its training "
            "pictures, not cats. The epoch is marked on the plot."
        ).format(
            locale.toString(notice.best_epoch),
            _number(notice.best_test_loss),
            _number(notice.test_loss),
            locale.toString(notice.epoch),
        )
        action = self.tr("Go to epoch {0}").format(locale.toString(notice.best_epoch))
        return self.tr("Overfitting."), body, action

    def _plateau(self, notice: Plateau) -> tuple[str, str, None]:
        locale = QLocale()
        body = self.tr(
            "The training loss has moved less than {0}% in {1} epochs (since epoch {2}), with "
            "{3}% of the training pictures right: a larger α would move faster, or the neuron "
            "has learned what it can."
        ).format(
            locale.toString(100 * PLATEAU_CHANGE, "g", 2),
            locale.toString(PLATEAU_EPOCHS),
            locale.toString(notice.first_epoch),
            locale.toString(100 * notice.train_acc, "f", 1),
        )
        return self.tr("Plateau."), body, None

    # -- remedies ---------------------------------------------------------------------------

    def _on_action(self, kind: NoticeKind) -> None:
        notice = self._notices.get(kind)
        remedy = notice.remedy if notice is not None else Remedy.HALVE_LEARNING_RATE  # a failure
        if remedy is Remedy.HALVE_LEARNING_RATE:
            self.halveLearningRateRequested.emit()
        elif isinstance(notice, Overfitting):
            self.state.choose_epoch(notice.best_epoch)

    def _put_away_line(self, kind: NoticeKind) -> None:
        self._put_away.add(kind)
        self._held = 0  # the user asked for the room: the curves get it now, not at the run's end
        self.setMinimumHeight(0)
        self._refresh()


def _number(value: float) -> str:
    """A loss as the user reads it: four significant digits, in their locale."""
    return QLocale().toString(value, "g", 4)
