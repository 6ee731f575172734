"""The line under the progress bar: how long a run has left, or how it ended and after how long."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gui.language import Retranslatable
from gui.numbers import decimal, whole


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimeNoteLabel", text)


class TimeNote(Enum):
    """What the line under the progress bar says about time."""

    NOTHING = "nothing"
    LEFT = "left"
    DONE = "done"
    STOPPED = "stopped"
    STOPPED_AT_ONCE = "stopped at once"
    FAILED = "failed"


def duration_text(seconds: float) -> str:
    """A short duration in the unit that reads best: ``177 ms``, ``3.4 s``, ``12 min``."""
    if seconds < 1:
        return _tr("{0} ms").format(whole(round(seconds * 1000)))
    if seconds < 120:
        return _tr("{0} s").format(decimal(seconds, 1))
    return _tr("{0} min").format(whole(round(seconds / 60)))


class TimeNoteLabel(Retranslatable, QLabel):
    """Says a :class:`TimeNote` and its duration, and says it again after a language switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(" ", parent)
        self.setObjectName("timeLeftLabel")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._note, self._seconds = TimeNote.NOTHING, 0.0
        self._retranslate()

    def show_note(self, note: TimeNote, seconds: float = 0.0) -> None:
        """Say ``note``; ``seconds`` is the time left, or how long the run took."""
        self._note, self._seconds = note, seconds
        self._retranslate()

    def _retranslate(self) -> None:
        duration = duration_text(self._seconds)
        texts = {
            TimeNote.NOTHING: " ",
            TimeNote.LEFT: self.tr("{0} left").format(duration),
            TimeNote.DONE: self.tr("done in {0}").format(duration),
            TimeNote.STOPPED: self.tr("stopped after {0}").format(duration),
            TimeNote.STOPPED_AT_ONCE: self.tr("stopped before its first epoch"),
            TimeNote.FAILED: self.tr("training failed"),
        }
        self.setText(texts[self._note])
