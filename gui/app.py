"""Starting the window: the QApplication, its identity, a clear word when there is no display."""

from __future__ import annotations

import os
import signal
import socket
import sys
from typing import TYPE_CHECKING

from core import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

BLAS_THREAD_TIMEOUT = "4"
"""``OPENBLAS_THREAD_TIMEOUT``: OpenBLAS's helper threads wait 2⁴ cycles for work, then sleep."""


def quiet_blas_threads() -> None:
    """Let OpenBLAS's helper threads sleep as soon as a product is done; call before numpy loads.

    By default each one spins on a core for about 0.1 s after every matrix product
    (measured: 110 ms of CPU in the 0.3 s after one ``Xᵀc``). The training worker
    computes such a product with every update it sends, up to 30 a second, so a
    helper spun all through a run, on the core the window's thread needed: the
    window painted 2-4 times slower while training. Products still use every core.
    A value the user set wins.
    """
    os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", BLAS_THREAD_TIMEOUT)


def run(data: str | None = None, model: str | None = None) -> int:
    """Show the main window and run the event loop; returns the exit status."""
    quiet_blas_threads()
    if _no_display():
        print(
            "error: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run the headless "
            "commands (`python main.py --help`) or set QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("catneuron")  # the desktop entry's StartupWMClass
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("catneuron")  # links the window to the menu entry on Wayland
    start_in_remembered_language(app)

    from gui.app_icon import app_icon
    from gui.main_window import MainWindow

    app.setWindowIcon(app_icon())

    from PySide6.QtCore import QTimer

    from gui.garbage import SETTLE_AFTER_MS, GuiThreadCollector
    from gui.worker import tasks_left

    collector = GuiThreadCollector(app)
    window = MainWindow(data_path=data, model_path=model)
    window.show()
    QTimer.singleShot(SETTLE_AFTER_MS, collector.settle)
    notifier = close_on_sigterm(window)  # noqa: F841 (kept alive while the loop runs)
    status = app.exec()  # as it quits, the tasks still running are stopped (gui/worker.py)
    collector.stop()
    if tasks_left():  # one still inside a long library call (a huge picture's decode):
        # Python's own exit would delete the Qt objects that call reads from (a crash)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status


def close_on_sigterm(window: MainWindow) -> QSocketNotifier:
    """On SIGTERM (a logout, ``kill``) close the window at once, without asking, remembering.

    Python runs a signal handler only when it gets control, and the event loop is
    C++: the handler's wake-up byte on a socket is what brings the loop to it.
    """
    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    signal.signal(signal.SIGTERM, lambda *_: None)  # the byte on the socket is the message
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def on_signal() -> None:
        received = reader.recv(64)
        if signal.SIGTERM in received:
            window.close_without_asking()

    notifier.activated.connect(on_signal)
    notifier.setProperty("sockets", (reader, writer))  # kept open with the notifier
    return notifier


def start_in_remembered_language(app: QApplication) -> None:
    """Apply the language the user chose last (or the system's), and name the app in it.

    A checkout whose catalogues were never built (``make`` builds them) starts
    in English with a one-line warning rather than not at all.
    """
    from gui.glossary import term
    from gui.language import apply_language, remembered_choice, retranslate_on_language_change

    def name_app() -> None:
        app.setApplicationDisplayName(term("Cat Neuron"))  # ends every window title

    try:
        apply_language(remembered_choice())
    except FileNotFoundError as error:
        print(f"warning: {error}; the window stays in English", file=sys.stderr)
    name_app()
    retranslate_on_language_change(app, name_app)


def _no_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
