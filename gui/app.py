"""Starting the window: the QApplication, its identity, a clear word when there is no display."""

from __future__ import annotations

import os
import sys

from core import __version__


def run(data: str | None = None, model: str | None = None) -> int:
    """Show the main window and run the event loop; returns the exit status."""
    if _no_display():
        print(
            "error: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run the headless "
            "commands (`python main.py --help`) or set QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Cat Neuron")
    app.setOrganizationName("catneuron")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("catneuron")

    from gui.main_window import MainWindow

    window = MainWindow(data_path=data, model_path=model)
    window.show()
    return app.exec()


def _no_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
