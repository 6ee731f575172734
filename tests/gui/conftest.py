"""Windows for the GUI tests: real data, offscreen, and no dialog that could block."""

from __future__ import annotations

import pytest
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def in_english(qapp):
    """The window speaks English, as the app starts it on an English system (``gui.app.run``).

    The catalogue gives the plural forms ("1 file skipped") and the English
    locale the numbers ("1,000"), whatever locale the machine running the tests has.
    """
    from gui.language import ENGLISH, apply_language

    apply_language(ENGLISH)


@pytest.fixture(autouse=True, scope="session")
def collected_by_the_event_loop(qapp):
    """Garbage is collected as the app collects it (``gui.app.run``): from the event loop."""
    from gui.garbage import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """Windows closed by a test (or at teardown) drop a trained model without asking.

    The question itself is a blocking dialog; tests of it answer it with their own stand-in.
    """
    from gui import dialogs

    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent: dialogs.SaveChoice.DISCARD)
    monkeypatch.setattr(
        dialogs, "confirm_replace", lambda parent, message: pytest.fail(f"asked: {message}")
    )


@pytest.fixture(autouse=True)
def private_settings(monkeypatch, tmp_path):
    """Each GUI test reads and writes its own settings file, never the user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def dialogs(monkeypatch) -> list[tuple[str, str]]:
    """Every message box the window tries to open, as (title, text), instead of opening it."""
    shown: list[tuple[str, str]] = []

    def record(parent, title, text, *args, **kwargs):
        if Qt.mightBeRichText(text):  # what the user reads, not the markup
            document = QTextDocument()
            document.setHtml(text)
            text = document.toPlainText()
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: pytest.fail("file dialog"))
    )
    return shown


@pytest.fixture
def open_window(qtbot):
    """Opens windows and keeps them alive until they are closed at teardown.

    qtbot only holds a weak reference: a window whose last reference dies while
    its dataset thread runs would take the running QThread down with it.
    """
    opened: list[MainWindow] = []

    def open_one() -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        return window

    yield open_one
    for window in opened:
        window.close()


@pytest.fixture
def window(qtbot, real_data_dir, monkeypatch, dialogs, tmp_path) -> MainWindow:
    monkeypatch.setenv("CATNEURON_DATA", str(real_data_dir))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.state.dataset is not None and window.state.model is not None)
    return window
