"""How a task shares the interpreter with the window and the other tasks: its :class:`Priority`.

A :class:`gui.worker.Worker` is started with one. Foreground tasks (a picture the
user waits on) enter :data:`foreground_tasks` as they start and leave once the window
has taken their results; background tasks (training) wait at their checkpoints while
any is under way, never longer than ``FOREGROUND_HOLD_S`` after the latest began.
"""

from __future__ import annotations

import threading
import time
from enum import Enum

FOREGROUND_HOLD_S = 0.25
"""The longest a background task gives way to a foreground one (see :class:`Priority`)."""
WAKE_S = 0.01
"""How soon a task that gives way notices it was asked to stop (Stop, a cancel, quitting)."""


class Priority(Enum):
    """How a task shares the interpreter with the window and the other tasks.

    Python runs one thread at a time. A run training at full speed took turns
    with the thread decoding a dropped photo and with the GUI thread answering
    it, and the answer came about twice as late as in an idle window.
    """

    NORMAL = "normal"
    """Loading and downloading: nothing to wait for, nothing to give way to."""
    FOREGROUND = "foreground"
    """The user waits on it (a dropped picture): background tasks hold at their
    checkpoints until the window has taken its results, at most ``FOREGROUND_HOLD_S``."""
    BACKGROUND = "background"
    """Paced to the window (training): each value it yields is taken
    (:meth:`gui.worker.Control.taken`) once the window has drawn what it changed, and
    it gives way to foreground tasks."""


class ForegroundTasks:
    """The foreground tasks under way: background tasks wait on them (thread-safe).

    It holds each foreground worker until it leaves, so the worker lives to hear its
    own ``finished`` (a cut-off worker has no other owner); each leaves once.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._workers: set[object] = set()
        self._until = 0.0
        self._clear = threading.Event()
        self._clear.set()

    def enter(self, worker: object) -> None:
        """``worker`` (a foreground task) starts: background tasks hold from now on."""
        with self._lock:
            self._workers.add(worker)
            self._until = time.monotonic() + FOREGROUND_HOLD_S
            self._clear.clear()

    def leave(self, worker: object) -> None:
        """``worker``'s results are taken, or will never be: it holds nothing more."""
        with self._lock:
            self._workers.discard(worker)
            if not self._workers:
                self._clear.set()

    def give_way(self, interrupted: threading.Event) -> None:
        """Wait while a foreground task is under way, at most until its hold runs out.

        A task asked to stop (``interrupted``) stops waiting within ``WAKE_S``.
        """
        while not self._clear.is_set() and not interrupted.is_set():
            remaining = self._until - time.monotonic()
            if remaining <= 0:
                return
            self._clear.wait(min(remaining, WAKE_S))


foreground_tasks = ForegroundTasks()
"""The one record of foreground tasks, shared by every worker."""
