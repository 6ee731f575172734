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
from gui.glossary import term
from gui.language import retranslate_on_language_change
from gui.language_menu import LanguageMenu
from gui.widgets import named


class WindowActions(QObject):
    """Every action of the menu bar, and the shortcuts that have no menu entry.

    The window connects ``triggered`` to what each does; this object only makes
    them, puts them in menus, names them in the window's language and enables them.
    """

    def __init__(self, window: QMainWindow, state: AppState) -> None:
        super().__init__(window)
        self.state = state
        bar = window.menuBar()

        def action(
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ) -> QAction:
            made = QAction(window)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            return made

        self.open_data = action()
        self.open_model = action("Ctrl+Shift+O")
        self.save_model = action(QKeySequence.StandardKey.Save)
        self.open_image = action(QKeySequence.StandardKey.Open)  # what a user opens most
        self.export_plot = action()
        self.quit = action(QKeySequence.StandardKey.Quit)
        self.file_menu = named(bar.addMenu(""), "fileMenu")
        self.file_menu.addAction(self.open_data)
        self.file_menu.addSeparator()
        for item in (self.open_model, self.save_model, self.open_image):
            self.file_menu.addAction(item)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_plot)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.train = action()
        self.pause = action()
        self.step = action("N")
        self.step10 = action("Shift+N")
        self.stop = action()
        self.reset = action("Ctrl+R")
        self.train_menu = named(bar.addMenu(""), "trainMenu")
        for item in (self.train, self.pause, self.step, self.step10, self.stop, self.reset):
            self.train_menu.addAction(item)

        self.language_menu = LanguageMenu(window)
        bar.addMenu(self.language_menu)

        self.shortcuts = action()
        self.about = action()
        self.help_menu = named(bar.addMenu(""), "helpMenu")
        self.help_menu.addAction(self.shortcuts)
        self.help_menu.addAction(self.about)

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
        self._retranslate()
        retranslate_on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """Every menu title and action text, in the window's language."""
        for menu, title in (
            (self.file_menu, self.tr("&File")),
            (self.train_menu, self.tr("&Train")),
            (self.help_menu, self.tr("&Help")),
        ):
            menu.setTitle(title)
        for item, text in (
            (self.open_data, self.tr("Open &dataset…")),
            (self.open_model, self.tr("&Open model…")),
            (self.save_model, self.tr("&Save model…")),
            (self.open_image, self.tr("Open &image…")),
            (self.export_plot, self.tr("&Export plot…")),
            (self.quit, self.tr("&Quit")),
            (self.train, self.tr("&Train")),
            (self.pause, self.tr("&Pause / resume")),
            (self.step, self.tr("Step one &epoch")),
            (self.step10, self.tr("Step ten epochs")),
            (self.stop, self.tr("&Stop")),
            (self.reset, self.tr("&Reset")),
            (self.shortcuts, self.tr("&Keyboard shortcuts")),
            (self.about, self.tr("&About {app}").format(app=term("Cat Neuron"))),
        ):
            item.setText(text)
        # Space and Esc are window shortcuts (Space trains or pauses, as the state says); the
        # menu names them after a tab, where a menu shows an action's keys.
        space, esc = (
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            for key in ("Space", "Esc")
        )
        for item, key in ((self.train, space), (self.pause, space), (self.stop, esc)):
            item.setText(f"{item.text()}\t{key}")

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
