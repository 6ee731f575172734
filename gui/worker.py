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
quit on shutdown and waits a bounded time. :class:`TaskSlot` keeps one task of
a kind at a time (Orange's rule): starting a new one aborts the old one and
disconnects it, so a stale result cannot arrive.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from enum import Enum
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QApplication, QWidget

from core.errors import CanceledError

_DRAWN = QEvent.Type(QEvent.registerEventType())
"""Posted to a worker after what its last value changed: the GUI thread got to it."""
SHUTDOWN_WAIT_S = 0.8
"""How long quitting waits for the tasks to reach a checkpoint: under a second, always."""
FOREGROUND_HOLD_S = 0.25
"""The longest a background task gives way to a foreground one (see :class:`Priority`)."""


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
    """Paced to the window (training): each value it yields is :meth:`Control.taken`
    once the window has drawn what it changed, and it gives way to foreground tasks."""


class _Foreground:
    """The foreground tasks under way: background tasks wait on them (thread-safe).

    It holds each foreground worker until it leaves, so the worker lives to hear its
    own ``finished`` (a cut-off worker has no other owner); each leaves once.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._workers: set[Worker] = set()
        self._until = 0.0
        self._clear = threading.Event()
        self._clear.set()

    def enter(self, worker: Worker) -> None:
        with self._lock:
            self._workers.add(worker)
            self._until = time.monotonic() + FOREGROUND_HOLD_S
            self._clear.clear()

    def leave(self, worker: Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
            if not self._workers:
                self._clear.set()

    def give_way(self) -> None:
        """Wait while a foreground task is under way, at most until its hold runs out."""
        if self._clear.is_set():
            return
        remaining = self._until - time.monotonic()
        if remaining > 0:
            self._clear.wait(remaining)


_foreground = _Foreground()


class _Quitting:
    """Whether the application is quitting: then no task's thread sends anything more.

    A signal sent while Qt was torn down (the window closed mid-run, the run's
    thread finishing its epoch) crashed the process on its way out.
    """

    def __init__(self) -> None:
        self.event = threading.Event()
        self._hooked = False

    def hook(self) -> None:
        """Listen for the application's quit (once; called as a worker starts)."""
        app = QCoreApplication.instance()
        if app is not None and not self._hooked:
            app.aboutToQuit.connect(self._on_about_to_quit)
            self._hooked = True

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
        self.control._budget = paused_after
        # connected last: queued calls run in order, so these run after every receiver's
        if self.priority is Priority.BACKGROUND:
            self.yielded.connect(self._on_taken)
            self._on_taken(None)  # what the window does to show the task starting comes first
        elif self.priority is Priority.FOREGROUND:
            _foreground.enter(self)
            self.finished.connect(self._on_foreground_done)
        _quitting.hook()
        Worker._live.add(self)
        self._thread.start()

    def quit(self) -> None:
        """Cancel: the task stops at its next checkpoint and its result is dropped."""
        self.control._abort.set()
        self.control.interrupt.set()
        self.control._running.set()
        self.control._taken.set()  # nobody will take anything more: no waiting for it
        _foreground.leave(self)  # nor for its results

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
        _foreground.leave(self)

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
            _foreground.leave(self)
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
                if self.priority is Priority.BACKGROUND and not control.interrupted():
                    _foreground.give_way()
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


class TaskSlot(TaskSignals):
    """One task of a kind at a time: a new start aborts the running task and cuts it off.

    The slot forwards its current worker's signals under the same names, so the
    owner connects once. Signals a cut-off worker had already sent are still on
    their way (Qt delivers queued signals after a disconnect), so each is let
    through only if its sender is still the current worker: no run ids needed.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: Worker | None = None

    @property
    def busy(self) -> bool:
        """Whether a task of this slot is running (a paused one counts)."""
        return self.worker is not None

    def start(self, worker: Worker, *, paused_after: int | None = None) -> Worker:
        """Cancel the running task (its results are dropped) and start ``worker``."""
        self.cancel()
        self.worker = worker
        worker.started.connect(self._on_started)
        worker.yielded.connect(self._on_yielded)
        worker.progressed.connect(self._on_progressed)
        worker.paused.connect(self._on_paused)
        worker.resumed.connect(self._on_resumed)
        worker.returned.connect(self._on_returned)
        worker.errored.connect(self._on_errored)
        worker.aborted.connect(self._on_aborted)
        worker.finished.connect(self._on_finished)
        worker.start(paused_after=paused_after)
        return worker

    def cancel(self) -> None:
        """Abort the running task: nothing more is heard from it."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.quit()

    def _current(self) -> bool:
        return self.worker is not None and self.sender() is self.worker

    @Slot()
    def _on_started(self) -> None:
        if self._current():
            self.started.emit()

    @Slot(object)
    def _on_yielded(self, value: object) -> None:
        if self._current():
            self.yielded.emit(value)

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if self._current():
            self.progressed.emit(done, total)

    @Slot()
    def _on_paused(self) -> None:
        if self._current():
            self.paused.emit()

    @Slot()
    def _on_resumed(self) -> None:
        if self._current():
            self.resumed.emit()

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        if self._current():
            self.returned.emit(result)

    @Slot(object)
    def _on_errored(self, error: object) -> None:
        if self._current():
            self.errored.emit(error)

    @Slot()
    def _on_aborted(self) -> None:
        if self._current():
            self.aborted.emit()

    @Slot()
    def _on_finished(self) -> None:
        if self._current():
            self.worker = None  # not busy any more when ``finished`` is heard
            self.finished.emit()


def reraise(error: BaseException) -> None:
    """Raise ``error`` on the calling (GUI) thread: a bug in a task must not pass silently."""
    raise error
