"""The Language menu: System, English, 简体中文; a choice switches the window at once."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from gui.language import LANGUAGES, SYSTEM, Retranslatable, remembered_choice, switch_language


class LanguageMenu(Retranslatable, QMenu):
    """One checkable entry per choice; the languages are named in their own language.

    Choosing one applies it without a restart and remembers it in the settings.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions_by_choice: dict[str, QAction] = {}
        for choice, name in ((SYSTEM, ""), *LANGUAGES.items()):
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{choice}")
            action.setData(choice)
            self._group.addAction(action)
            self.addAction(action)
            self.actions_by_choice[choice] = action
        self.actions_by_choice[remembered_choice()].setChecked(True)
        self._group.triggered.connect(self._on_triggered)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.actions_by_choice[SYSTEM].setText(self.tr("System language"))

    def _on_triggered(self, action: QAction) -> None:
        switch_language(action.data())
