"""Redraw at once when the user asks, at most ten times a second when a live run asks.

A run sends up to 30 updates a second; a view that explains a picture or draws
four weight maps need not follow all of them to look live, and the time it would
spend is the window's (stutter) and the training thread's (it shares one GIL).
What the user does — a new picture, a moved history slider — is answered at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from gui.app_state import AppState, RunStatus

LIVE_UPDATES_PER_SECOND = 10


class LiveThrottle(QObject):
    """Call ``update`` now, unless a live run is driving the calls: then at most 10 a second.

    The last call of a burst is never lost: it runs when the interval ends.
    """

    def __init__(self, state: AppState, update: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.state, self._update = state, update
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000 // LIVE_UPDATES_PER_SECOND)
        self._timer.timeout.connect(self._on_timeout)
        state.runStatusChanged.connect(self._on_run_status_changed)

    def __call__(self) -> None:
        """Update now, or soon when a live run updates faster than the eye needs."""
        live = self.state.running and self.state.chosen_epoch is None
        if not live:
            self._timer.stop()
            self._pending = False
            self._update()
        elif self._timer.isActive():
            self._pending = True
        else:
            self._update()
            self._timer.start()

    @Slot()
    def _on_run_status_changed(self) -> None:
        """A run paused or ended: what it asked for last is drawn now, not a moment later."""
        if self._pending and self.state.run_status is not RunStatus.RUNNING:
            self._timer.stop()
            self._pending = False
            self._update()

    @Slot()
    def _on_timeout(self) -> None:
        if self._pending:
            self._pending = False
            self._update()
            self._timer.start()
