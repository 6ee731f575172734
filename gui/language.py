"""The window's language: chosen from the system locale or by the user, switched while it runs.

English is the source language: every string in the code is English and
``resources/translations/catneuron_<language>.ts`` holds the other languages
(``make translations`` updates it from the code). How a view takes part::

    class WeightsView(Retranslatable, QWidget):       # the mixin first
        def __init__(self, parent=None):
            super().__init__(parent)
            self.title = QLabel()
            self._retranslate()                       # once, at the end of __init__

        def _retranslate(self):                       # then again after every switch
            self.title.setText(self.tr("Learned weights"))

A ``QObject`` that is not a widget (it gets no ``changeEvent``) asks for the
same call with :func:`retranslate_on_language_change`. Errors from core are
shown with :func:`error_text`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication

from core.errors import CatNeuronError
from gui import settings
from gui.resources import translations_dir

ENGLISH = "en"
CHINESE = "zh_CN"
SYSTEM = "system"
"""The choice that follows the system's locale (the default)."""

LANGUAGES = {ENGLISH: "English", CHINESE: "简体中文"}
"""Every language the window speaks, each named in its own language (so anyone finds theirs)."""

ERROR_CONTEXT = "CatNeuronError"
"""The catalogue context of the error templates core raises (see ``tools/error_templates.py``)."""

_TRANSLATOR_NAME = "catneuronTranslator"
_LANGUAGE_PROPERTY = "catneuronLanguage"
_APPLIED_NAME = "catneuronLanguageApplied"


def language_of(locale: QLocale) -> str:
    """The window's language for a locale: Chinese for zh_CN, zh_SG, zh_Hans…; else English.

    Qt fills in the script a locale implies (zh_CN and zh_SG are written in
    Simplified Han, zh_TW, zh_HK and zh_MO in Traditional), so the rule is "Chinese
    in Simplified characters": Traditional-Chinese readers get English, not a
    script they do not use.
    """
    if (
        locale.language() == QLocale.Language.Chinese
        and locale.script() == QLocale.Script.SimplifiedChineseScript
    ):
        return CHINESE
    return ENGLISH


def language_for_name(name: str) -> str:
    """:func:`language_of` a locale name, such as ``zh_CN.UTF-8``, ``zh-Hans-HK`` or ``C``."""
    name = name.strip()
    if not name:  # QLocale("") would be the current default, not "no locale"
        return ENGLISH
    return language_of(QLocale(name))


def system_language() -> str:
    """The language the system asks for: its first UI language (``$LANGUAGE``, then ``$LANG``)."""
    system = QLocale.system()
    preferred = system.uiLanguages()
    return language_for_name(preferred[0]) if preferred else language_of(system)


def resolve(choice: str) -> str:
    """The language a menu choice means: :data:`SYSTEM` becomes :func:`system_language`."""
    return choice if choice in LANGUAGES else system_language()


def remembered_choice() -> str:
    """The user's choice from the settings: a language code or :data:`SYSTEM` (also if unknown)."""
    value = settings.open_settings().value("view/language", SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def remember_choice(choice: str) -> None:
    """Write the user's choice to the settings at once (the window may never close cleanly)."""
    s = settings.open_settings()
    if choice in LANGUAGES:
        s.setValue("view/language", choice)
    else:
        s.remove("view/language")
    s.sync()


def apply_language(choice: str) -> str:
    """Install the translators for ``choice`` and make its locale the default; returns the language.

    The app's catalogue translates its strings; for English, the source
    language, it holds only the plural forms (``"%n mistake(s)"`` → "1 mistake",
    "2 mistakes"). Qt's own catalogue (``qtbase_<language>.qm``, shipped with
    PySide6) translates the file dialogs and message boxes. Qt then posts one
    ``QEvent.LanguageChange`` to every window, which reaches each widget's
    ``changeEvent`` when the event loop next runs (so a test waits for the new
    texts), and every window gets the chosen locale, so numbers follow the
    language too.

    Raises
    ------
    FileNotFoundError
        If the app's catalogue for the language was not built (``make translations``).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a QApplication")
    language = resolve(choice)
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    try:
        return _install(app, language)
    finally:  # the old catalogues are gone either way: what is not a widget follows too
        _language_applied(app).applied.emit()


def _install(app: QCoreApplication, language: str) -> str:
    """Install the catalogues of ``language`` and make its locale everyone's."""
    app_catalogue = _translator(app, f"catneuron_{language}", translations_dir())
    if app_catalogue is None:
        raise FileNotFoundError(
            f"{translations_dir() / f'catneuron_{language}.qm'}: translation not built "
            "(run make translations)"
        )
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_catalogue = _translator(app, f"qtbase_{language}", qt_folder)  # None: Qt stays English
    for translator in (qt_catalogue, app_catalogue):  # the last installed is searched first
        if translator is not None:
            QCoreApplication.installTranslator(translator)
    app.setProperty(_LANGUAGE_PROPERTY, language)
    locale = _locale_for(language)
    QLocale.setDefault(locale)
    if isinstance(app, QApplication):
        for window in QApplication.topLevelWidgets():
            window.setLocale(locale)  # a widget keeps the default it was created with
    return language


def switch_language(choice: str) -> str:
    """What the language menu does: apply ``choice`` now and remember it; returns the language."""
    language = apply_language(choice)
    remember_choice(choice)
    return language


def current_language() -> str:
    """The language last applied by :func:`apply_language` (English before any)."""
    app = QCoreApplication.instance()
    language = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return language if language in LANGUAGES else ENGLISH


def error_text(error: BaseException) -> str:
    """The one line the window shows for ``error``, in the window's language.

    Core raises errors with an English template and named fields
    (``DatasetError("{path}: file not found", path=path)``); the template is
    translated in the :data:`ERROR_CONTEXT` context, then filled in. A template
    the catalogue does not know, or a translation whose fields do not match,
    shows the English message rather than nothing.
    """
    if not isinstance(error, CatNeuronError):  # a bug: named in one line, raised elsewhere
        name = QCoreApplication.translate("CatNeuronError", "unexpected error")  # lupdate: literal
        return f"{name}: {type(error).__name__}: {error}"
    if not error.template:
        return str(error)
    translated = QCoreApplication.translate(ERROR_CONTEXT, error.template)
    try:
        return translated.format(**error.fields) if error.fields else translated
    except (KeyError, IndexError, ValueError):
        return str(error)


class Retranslatable:
    """Mixin for a ``QWidget`` subclass: its ``_retranslate()`` runs on every language change.

    List it before the Qt class (``class View(Retranslatable, QWidget)``) and call
    ``self._retranslate()`` once at the end of ``__init__``. ``_retranslate`` sets
    every text of the view (labels, buttons, tooltips, its actions' texts, axis
    labels…) from ``self.tr(...)``; it is the only place those texts are set.
    """

    def _retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must set its texts in _retranslate")

    def changeEvent(self, event: QEvent) -> None:
        """Qt's hook: a language change reaches every widget here."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class _LanguageApplied(QObject):
    """The application's one notice that :func:`apply_language` installed a language."""

    applied = Signal()


def _language_applied(app: QCoreApplication) -> _LanguageApplied:
    notice = app.findChild(_LanguageApplied, _APPLIED_NAME)
    if notice is None:
        notice = _LanguageApplied(app)
        notice.setObjectName(_APPLIED_NAME)
    return notice


class _Retranslator(QObject):
    def __init__(self, owner: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(owner)  # lives and dies with its owner, and so does the connection
        self._retranslate = retranslate

    @Slot()
    def on_applied(self) -> None:
        self._retranslate()


def retranslate_on_language_change(owner: QObject, retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` after every language switch for as long as ``owner`` lives.

    For objects that are not widgets and so get no ``changeEvent``: a controller
    holding the menus' actions, the application's display name. Unlike a
    widget's ``changeEvent`` it runs at once, as :func:`apply_language` ends, so
    it should only set texts. (Not an event filter on the application: a filter
    there runs Python for every event of every object, every paint included.)
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("retranslate_on_language_change needs a QApplication")
    retranslator = _Retranslator(owner, retranslate)
    _language_applied(app).applied.connect(retranslator.on_applied)


def _translator(app: QCoreApplication, name: str, folder: object) -> QTranslator | None:
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(name, str(folder)):
        return translator
    translator.deleteLater()
    return None


def _locale_for(language: str) -> QLocale:
    """The system's locale if it speaks ``language`` (en_GB stays en_GB), else the language's."""
    system = QLocale.system()
    speaks = system.language() == QLocale.Language.English or language_of(system) == CHINESE
    if speaks and language_of(system) == language:
        return system
    if language == CHINESE:
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
