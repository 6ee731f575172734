"""The window's menus, actions and keyboard shortcuts, enabled as the state allows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from gui.app_state import AppState, RunStatus
from gui.language_menu import LanguageMenu


class WindowActions(QObject):
    """Every action of the menu bar, and the shortcuts that have no menu entry.

    The window connects ``triggered`` to what each does; this object only makes
    them, puts them in menus and enables them.
    """

    def __init__(self, window: QMainWindow, state: AppState) -> None:
        super().__init__(window)
        self.state = state
        bar = window.menuBar()

        def action(
            text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
        ) -> QAction:
            made = QAction(text, window)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            return made

        self.open_data = action("Open &dataset…")
        self.open_model = action("&Open model…", QKeySequence.StandardKey.Open)
        self.save_model = action("&Save model…", QKeySequence.StandardKey.Save)
        self.open_image = action("Open &image…")
        self.export_plot = action("&Export plot…")
        self.quit = action("&Quit", QKeySequence.StandardKey.Quit)
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_data)
        file_menu.addSeparator()
        for item in (self.open_model, self.save_model, self.open_image):
            file_menu.addAction(item)
        file_menu.addSeparator()
        file_menu.addAction(self.export_plot)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        self.train = action("&Train")
        self.pause = action("&Pause / resume")
        self.step = action("Step one &epoch", "N")
        self.step10 = action("Step ten epochs", "Shift+N")
        self.stop = action("&Stop")
        self.reset = action("&Reset", "Ctrl+R")
        train_menu = bar.addMenu("&Train")
        for item in (self.train, self.pause, self.step, self.step10, self.stop, self.reset):
            train_menu.addAction(item)

        self.language_menu = LanguageMenu(window)
        bar.addMenu(self.language_menu)

        self.shortcuts = action("&Keyboard shortcuts")
        self.about = action("&About Cat Neuron")
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts)
        help_menu.addAction(self.about)

        self.space = QShortcut(QKeySequence("Space"), window)
        self.escape = QShortcut(QKeySequence("Esc"), window)
        self.paste = QShortcut(QKeySequence.StandardKey.Paste, window)

        def epoch_key(key: Qt.Key) -> QShortcut:
            return QShortcut(QKeySequence(key), window, autoRepeat=True)

        self.earlier = epoch_key(Qt.Key.Key_Left)
        self.later = epoch_key(Qt.Key.Key_Right)
        self.earlier10 = epoch_key(Qt.Key.Key_PageDown)
        self.later10 = epoch_key(Qt.Key.Key_PageUp)
        self.first = epoch_key(Qt.Key.Key_Home)
        self.newest = epoch_key(Qt.Key.Key_End)
        self.epoch_keys = (
            self.earlier,
            self.later,
            self.earlier10,
            self.later10,
            self.first,
            self.newest,
        )
        """The history slider's keys, for the whole window."""
        self._focus: QWidget | None = None

        for signal in (
            state.runStatusChanged,
            state.datasetChanged,
            state.dataBusyChanged,
            state.runStarted,
            state.runsCleared,
        ):
            signal.connect(self._update)
        state.historyChanged.connect(self._update_epoch_keys)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._update()
        self._update_epoch_keys()

    @Slot()
    def _update(self) -> None:
        has_data = self.state.dataset is not None
        running = self.state.running
        paused = self.state.run_status is RunStatus.PAUSED
        self.train.setEnabled(has_data and not running)
        self.pause.setEnabled(running)
        self.stop.setEnabled(running)
        self.reset.setEnabled(has_data)
        for step in (self.step, self.step10):
            step.setEnabled(has_data and (paused or not running))
        self.open_data.setEnabled(not self.state.data_busy)
        self.export_plot.setEnabled(self.state.run is not None)  # nothing drawn, nothing to export

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._focus = new
        self._update_epoch_keys()

    @Slot()
    def _update_epoch_keys(self) -> None:
        """The epoch keys work wherever the focus is, except in a widget that uses them itself.

        A spin box moves its cursor with ← and →, a list its selection: there the
        keys stay theirs.
        """
        free = not isinstance(self._focus, KEY_USERS)
        for shortcut in self.epoch_keys:
            shortcut.setEnabled(free and self.state.last_epoch is not None)


KEY_USERS = (
    QAbstractSpinBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractItemView,
)
"""Widgets that use the arrows, PgUp/PgDn and Home/End themselves."""
