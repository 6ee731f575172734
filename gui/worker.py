"""One worker pattern for every background task: training, loading, downloading, decoding.

A task is a plain function that takes a :class:`Control` and either returns
its result or is a generator: each ``yield`` is a checkpoint where the worker
honours pause, step and abort (cancellation is cooperative, as in superqt's
generator workers, whose signal names these are), and a yielded value other
than ``None`` leaves as ``yielded``. The function never sees Qt, so a test can
run it on its own thread — the test's — with ``Control()``::

    worker = Worker(load_folder, path)
    worker.progressed.connect(bar.setValue)   # from control.report(done, total)
    worker.returned.connect(self._on_loaded)
    worker.errored.connect(self._on_error)    # the exception itself
    worker.start()

Threads are Python threads, so coverage measures the tasks, and daemons, so a
task stuck in a long library call (a huge picture, a stalled network read)
never keeps the process alive: :func:`await_workers` asks every worker to
quit on shutdown and waits a bounded time. A worker's
:class:`~gui.task_priority.Priority` says how it shares the interpreter;
:class:`gui.task_slot.TaskSlot` keeps one task of a kind at a time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QApplication, QWidget

from core.errors import CanceledError
from gui.task_priority import Priority, foreground_tasks

_DRAWN = QEvent.Type(QEvent.registerEventType())
"""Posted to a worker after what its last value changed: the GUI thread got to it."""
SHUTDOWN_WAIT_S = 0.8
"""How long quitting waits for the tasks to reach a checkpoint: under a second, always."""


class _Quitting:
    """Whether the application is quitting: then no task's thread sends anything more.

    A signal sent while Qt was torn down (the window closed mid-run, the run's
    thread finishing its epoch) crashed the process on its way out.
    """

    def __init__(self) -> None:
        self.event = threading.Event()
        self._hooked: QCoreApplication | None = None

    def hook(self) -> None:
        """Listen for the application's quit (once per application; called as a worker starts)."""
        app = QCoreApplication.instance()
        if app is not None and app is not self._hooked:
            app.aboutToQuit.connect(self._on_about_to_quit)
            self._hooked = app

    def _on_about_to_quit(self) -> None:
        self.event.set()  # first: what the tasks say from now on would find Qt gone
        await_workers()  # tasks still inside a library call end with the process


_quitting = _Quitting()


class Control:
    """What a task may ask of the worker running it; a bare ``Control()`` runs a task inline.

    Thread-safe: the GUI thread sets the flags, the task reads them.
    """

    def __init__(self) -> None:
        self._abort = threading.Event()
        self._finish = threading.Event()
        self._running = threading.Event()  # cleared while paused
        self._running.set()
        self.interrupt = threading.Event()
        """Set by cancel and by finish: a long setup checks it, a slowed-down run sleeps on it."""
        self._budget: int | None = None  # checkpoints left before pausing (Step)
        self._lock = threading.Lock()
        self._on_report: Callable[[int, int], None] | None = None
        self._taken = threading.Event()  # cleared while a yielded value waits for the GUI thread
        self._taken.set()
        self._sent = 0  # values yielded so far (written by the task's thread only)

    def canceled(self) -> bool:
        """Whether the task should stop now (pass as ``cancel=`` to core's long actions)."""
        return self._abort.is_set()

    def finishing(self) -> bool:
        """Whether the task is asked to end early, keeping its result (Stop, not Cancel)."""
        return self._finish.is_set()

    def interrupted(self) -> bool:
        """Canceled or finishing: what a task's long setup checks to give up early."""
        return self.interrupt.is_set()

    def interrupting(self) -> bool:
        """Whether the next checkpoint stops or pauses: a batching task sends what it has."""
        with self._lock:
            held = not self._running.is_set() or self._budget == 1
            return held or self.interrupted()

    def taken(self) -> bool:
        """Whether the GUI thread has taken the last value yielded and drawn what it changed.

        Inline, with no window on screen, or for a task not :attr:`Priority.BACKGROUND`,
        always.

        A task that gathers what it yields (training batches epochs) sends the next
        batch only then, so a window busy with a drop or a large repaint gets fewer,
        larger updates instead of a queue of old ones in front of what the user asked.
        """
        return self._taken.is_set()

    def wait_taken(self, timeout: float) -> bool:
        """Wait until the last value yielded is :meth:`taken`, at most ``timeout`` s.

        Returns at once when it has, inline, or when the task is asked to stop.
        """
        return self._taken.wait(timeout)

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds``, or less when the task is asked to stop (a slowed-down run)."""
        if seconds > 0:
            self.interrupt.wait(seconds)

    def report(self, done: int, total: int) -> None:
        """Progress of a function task (pass as ``progress=`` to core's long actions)."""
        if self._on_report is not None:
            self._on_report(done, total)

    def raise_if_canceled(self) -> None:
        """End a task at a point of its own choosing when it was asked to stop."""
        if self.canceled():
            raise CanceledError("canceled")


class TaskSignals(QObject):
    """What a task says, in superqt's words; a worker emits them, a slot passes them on.

    Signals
    -------
    started, yielded(value), progressed(done, total), paused, resumed,
    returned(result), errored(exception), aborted, finished (always last).
    """

    started = Signal()
    yielded = Signal(object)
    progressed = Signal(int, int)
    paused = Signal()
    resumed = Signal()
    returned = Signal(object)
    errored = Signal(object)
    aborted = Signal()
    finished = Signal()


class Worker(TaskSignals):
    """Runs one task on a daemon thread and tells the GUI thread how it goes.

    The signals (see :class:`TaskSignals`) are emitted from the task's thread and
    received queued on the GUI thread.
    """

    _live: ClassVar[set[Worker]] = set()  # workers whose thread has not ended: await_workers

    def __init__(
        self,
        task: Callable[..., Any],
        *args: object,
        name: str = "",
        priority: Priority = Priority.NORMAL,
        **kwargs: object,
    ) -> None:
        super().__init__()
        self.priority = priority
        self.control = Control()
        self.control._on_report = lambda done, total: self._say(self.progressed, done, total)
        self._task, self._args, self._kwargs = task, args, kwargs
        self._received = 0  # values the GUI thread has taken
        self._watched: list[QWidget] = []  # the windows whose next paint :meth:`_on_taken` awaits
        self._thread = threading.Thread(
            target=self._run, name=name or getattr(task, "__name__", "task"), daemon=True
        )

    # -- asked from the GUI thread ---------------------------------------------------------

    def start(self, *, paused_after: int | None = None) -> None:
        """Run the task; with ``paused_after=k`` it pauses at its k-th checkpoint."""
        if self._thread.ident is not None:
            raise RuntimeError("a worker runs its task once")
        self.control._budget = paused_after
        # connected last: queued calls run in order, so these run after every receiver's
        if self.priority is Priority.BACKGROUND:
            self.yielded.connect(self._on_taken)
            self._on_taken(None)  # what the window does to show the task starting comes first
        elif self.priority is Priority.FOREGROUND and not self.control.canceled():
            foreground_tasks.enter(self)
            self.finished.connect(self._on_foreground_done)
        _quitting.hook()
        Worker._live.add(self)
        try:
            self._thread.start()
        except RuntimeError:  # no thread to be had: the task never runs, and holds nothing
            Worker._live.discard(self)
            foreground_tasks.leave(self)
            raise

    def quit(self) -> None:
        """Cancel: the task stops at its next checkpoint and its result is dropped."""
        self.control._abort.set()
        self.control.interrupt.set()
        self.control._running.set()
        self.control._taken.set()  # nobody will take anything more: no waiting for it
        foreground_tasks.leave(self)  # nor for its results

    def finish(self) -> None:
        """Stop early, keeping the result: a task that honours it returns what it has."""
        self.control._finish.set()
        self.control.interrupt.set()
        self.control._running.set()
        self.control._taken.set()

    def pause(self) -> None:
        """Hold the task at its next checkpoint (``paused`` says when it is held)."""
        self.control._running.clear()

    def resume(self) -> None:
        """Carry on from the checkpoint where the task is held."""
        with self.control._lock:
            self.control._budget = None
            self.control._running.set()

    def step(self, checkpoints: int = 1) -> None:
        """Let a held task run ``checkpoints`` more checkpoints, then hold it again."""
        with self.control._lock:
            self.control._budget = checkpoints
            self.control._running.set()

    @property
    def is_paused(self) -> bool:
        """Whether a pause was asked for and not lifted (the task may still be reaching it)."""
        return not self.control._running.is_set()

    @property
    def is_running(self) -> bool:
        """Whether the task's thread has started and not yet ended."""
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; True if it did within ``timeout`` seconds."""
        if self._thread.ident is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @Slot(object)
    def _on_taken(self, value: object) -> None:
        """The GUI thread took a value: once it has drawn what that changed, it is taken.

        Receivers ask for repaints, which a window paints together at its next
        update request (a timer of the platform's); the event posted once that
        request begins is delivered after the painting is done. With no window on
        screen there is nothing to wait for.
        """
        if value is not None:
            self._received += 1
        self._stop_watching()
        # main windows only: a tooltip or a menu deletes itself once hidden
        self._watched = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ]
        if not self._watched:
            self.control._taken.set()
            return
        self.control._taken.clear()
        for window in self._watched:
            window.installEventFilter(self)

    @Slot()
    def _on_foreground_done(self) -> None:
        """Its results are taken (this runs after their receivers): background tasks go on."""
        foreground_tasks.leave(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A window is about to paint: what the last value changed is drawn next."""
        if event.type() == QEvent.Type.UpdateRequest and self._watched:
            QCoreApplication.postEvent(self, QEvent(_DRAWN))
            self._stop_watching()
        return False

    def _stop_watching(self) -> None:
        for window in self._watched:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._watched = []

    def event(self, event: QEvent) -> bool:
        """What a value changed is drawn: the task may go on."""
        if event.type() == _DRAWN:
            if self._received == self.control._sent:  # not a paint from before the last value
                self.control._taken.set()
            return True
        return super().event(event)

    # -- on the task's thread --------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._run_task()
        except RuntimeError:  # a signal's source was deleted: the GUI is gone, so is the audience
            self.control._abort.set()
            foreground_tasks.leave(self)
        finally:
            Worker._live.discard(self)

    def _run_task(self) -> None:
        self._say(self.started)
        try:
            result = self._task(*self._args, control=self.control, **self._kwargs)
            if isinstance(result, Generator):
                result = self._drive(result)
        except CanceledError:
            self._say(self.aborted)
        except Exception as error:
            self._say(self.errored, error)
        else:
            if self.control.canceled():
                self._say(self.aborted)
            else:
                self._say(self.returned, result)
        Worker._live.discard(self)
        self._say(self.finished)

    def _drive(self, generator: Generator[Any, None, Any]) -> Any:
        control = self.control
        try:
            while True:
                value = next(generator)
                if control.canceled():  # what it yields now goes nowhere
                    generator.close()
                    return None
                if value is not None:
                    if self.priority is Priority.BACKGROUND:
                        control._taken.clear()
                        control._sent += 1
                    self._say(self.yielded, value)
                self._checkpoint()
                if self.priority is Priority.BACKGROUND:
                    foreground_tasks.give_way(control.interrupt)
        except StopIteration as stop:
            return stop.value

    def _checkpoint(self) -> None:
        control = self.control
        with control._lock:
            if control._budget is not None:
                control._budget -= 1
                if control._budget <= 0:
                    control._budget = None
                    control._running.clear()
        if control._running.is_set():
            return
        self._say(self.paused)
        control._running.wait()
        if not control.canceled():
            self._say(self.resumed)

    @staticmethod
    def _say(signal: SignalInstance, *args: object) -> None:
        """Emit ``signal``, unless the application is quitting (see :class:`_Quitting`)."""
        if not _quitting.event.is_set():
            signal.emit(*args)


def tasks_left() -> bool:
    """Whether a task's thread still runs (after :func:`await_workers`: one stuck in a call)."""
    return any(worker.is_running for worker in list(Worker._live))


def await_workers(timeout: float = SHUTDOWN_WAIT_S) -> bool:
    """Ask every live worker to quit and wait at most ``timeout`` seconds in all (on shutdown).

    Returns False if some task is still inside a long library call; its thread is
    a daemon and ends with the process.
    """
    deadline = time.monotonic() + timeout
    workers = list(Worker._live)
    for worker in workers:
        worker.quit()
    return all(worker.wait(max(0.0, deadline - time.monotonic())) for worker in workers)


def reraise(error: BaseException) -> None:
    """Raise ``error`` on the calling (GUI) thread: a bug in a task must not pass silently."""
    raise error
