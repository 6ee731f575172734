"""The window speaks Simplified Chinese or English, picks one from the locale, switches live."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QDialogButtonBox, QDoubleSpinBox, QLabel, QMainWindow, QMenu

from core.errors import CatNeuronError, DatasetError
from gui import language
from gui.glossary import term
from gui.language import (
    CHINESE,
    ENGLISH,
    SYSTEM,
    Retranslatable,
    apply_language,
    current_language,
    error_text,
    language_for_name,
    remembered_choice,
    retranslate_on_language_change,
    switch_language,
)
from gui.language_menu import LanguageMenu

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    """Each test starts and ends in English, whatever the machine's locale."""
    before = QLocale()
    apply_language(ENGLISH)
    yield
    apply_language(ENGLISH)
    QLocale.setDefault(before)


class EpochLabel(Retranslatable, QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.retranslations = 0
        self._retranslate()

    def _retranslate(self) -> None:
        self.retranslations += 1
        self.setText(self.tr("{count} {epochs}").format(count=5, epochs=term("epoch")))


@pytest.mark.parametrize(
    "name",
    [
        "zh_CN",
        "zh_CN.UTF-8",
        "zh_CN.GB18030",
        "zh-CN",
        "zh_SG",
        "zh_SG.UTF-8",
        "zh_Hans",
        "zh-Hans",
        "zh_Hans_CN",
        "zh-Hans-HK",
        "zh_Hans_SG",
        "zh",
        "zh_CN@pinyin",
    ],
)
def test_simplified_chinese_locales_give_chinese(name):
    assert language_for_name(name) == CHINESE


@pytest.mark.parametrize(
    "name",
    [
        "zh_TW",
        "zh_TW.UTF-8",
        "zh_HK",
        "zh_MO",
        "zh_Hant",
        "zh-Hant-TW",
        "zh_Hant_CN",
        "en_US",
        "en_US.UTF-8",
        "en_GB",
        "en",
        "fr_FR",
        "de_DE.UTF-8",
        "ja_JP",
        "ko_KR",
        "ru_RU",
        "C",
        "C.UTF-8",
        "POSIX",
        "",
        "  ",
        "xx_YY",
        "nonsense",
    ],
)
def test_every_other_locale_gives_english(name):
    assert language_for_name(name) == ENGLISH


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "zh_SG.UTF-8"}, CHINESE),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, CHINESE),  # the preferred UI language
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_GB:zh_CN"}, ENGLISH),
        ({"LANG": "zh_TW.UTF-8"}, ENGLISH),
        ({"LANG": "C"}, ENGLISH),
    ],
)
def test_the_system_language_comes_from_the_environment(environment, expected):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    script = "from gui.language import system_language; print(system_language())"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env | environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == expected


def test_switching_at_runtime_retranslates_a_widget_without_a_restart(qtbot):
    label = EpochLabel()
    qtbot.addWidget(label)
    assert label.text() == "5 epoch"

    apply_language(CHINESE)
    assert current_language() == CHINESE
    qtbot.waitUntil(lambda: label.text() == "5 轮")  # Qt posts the change to every window
    assert label.retranslations == 2  # once for all the translators installed

    apply_language(ENGLISH)
    qtbot.waitUntil(lambda: label.text() == "5 epoch")


def test_qts_own_buttons_are_translated_too(qtbot):
    apply_language(CHINESE)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)

    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_numbers_follow_the_language_even_in_widgets_made_before(qtbot, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    window = QMainWindow()
    spin = QDoubleSpinBox(window)
    spin.setValue(0.5)
    qtbot.addWidget(window)

    apply_language(CHINESE)
    assert spin.locale().name() == "zh_CN" and QLocale().name() == "zh_CN"
    assert spin.text() == "0.50"

    apply_language(SYSTEM)  # German is not a language of the window: English, and its numbers
    assert QLocale().name() == "en_US" and spin.text() == "0.50"


def test_a_system_locale_of_the_chosen_language_keeps_its_own_formats(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))

    apply_language(ENGLISH)

    assert QLocale().name() == "en_GB"


def test_a_plain_qobject_can_retranslate_too(qapp):
    calls = []
    owner = QObject()
    retranslate_on_language_change(owner, lambda: calls.append(term("cat")))

    apply_language(CHINESE)
    assert calls == ["猫"]  # once per switch, with the new catalogue in place

    del owner  # its retranslator goes with it
    count = len(calls)
    apply_language(ENGLISH)
    assert len(calls) == count


def test_the_language_menu_offers_each_language_in_its_own_name(qtbot):
    menu = LanguageMenu()
    qtbot.addWidget(menu)

    assert menu.objectName() == "languageMenu"
    assert [a.text() for a in menu.actions()] == ["System language", "English", "简体中文"]
    assert all(a.isCheckable() for a in menu.actions())
    assert [a.isChecked() for a in menu.actions()] == [True, False, False]

    apply_language(CHINESE)
    qtbot.waitUntil(lambda: menu.title() == "语言(&L)")
    assert [a.text() for a in menu.actions()] == ["跟随系统", "English", "简体中文"]


def test_choosing_a_language_switches_at_once_and_is_remembered(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(window)
    window.menuBar().addMenu(menu)
    window.menuBar().addMenu(QMenu("&Help", window))
    label = EpochLabel()
    qtbot.addWidget(label)

    menu.actions_by_choice[CHINESE].trigger()

    qtbot.waitUntil(lambda: label.text() == "5 轮")
    assert remembered_choice() == CHINESE
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "语言(&L)")
    assert [a.text() for a in window.menuBar().actions()] == ["语言(&L)", "&Help"]
    again = LanguageMenu()  # the next start
    qtbot.addWidget(again)
    assert again.actions_by_choice[CHINESE].isChecked()

    menu.actions_by_choice[SYSTEM].trigger()
    assert remembered_choice() == SYSTEM


def test_an_unknown_remembered_choice_follows_the_system():
    switch_language(CHINESE)
    language.settings.open_settings().setValue("view/language", "tlh")

    assert remembered_choice() == SYSTEM


def test_a_missing_catalogue_is_named_and_what_is_not_a_widget_follows_the_removal(
    monkeypatch, tmp_path
):
    apply_language(CHINESE)
    calls = []
    owner = QObject()
    retranslate_on_language_change(owner, lambda: calls.append(term("cat")))
    with monkeypatch.context() as patched:  # undone before the fixture goes back to English
        patched.setattr(language, "translations_dir", lambda: tmp_path)

        with pytest.raises(FileNotFoundError, match=r"catneuron_zh_CN\.qm: translation not built"):
            apply_language(CHINESE)
    assert calls == ["cat"]  # the old catalogue is gone: English, as the widgets are


@pytest.fixture
def error_catalogue(qapp, tmp_path):
    """A catalogue with two error templates, one whose translation lost its field."""
    source = tmp_path / "errors_zh_CN.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        '<TS version="2.1" language="zh_CN"><context><name>CatNeuronError</name>'
        "<message><source>{path}: file not found</source>"
        "<translation>{path}：找不到文件</translation></message>"
        "<message><source>{path}: not an HDF5 file</source>"
        "<translation>{文件}：不是 HDF5 文件</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    compiled = tmp_path / "errors_zh_CN.qm"
    lrelease = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    subprocess.run(
        [sys.executable, "-c", lrelease, "-silent", str(source), "-qm", str(compiled)], check=True
    )
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_an_error_from_core_shows_translated_with_its_fields(error_catalogue):
    error = DatasetError("{path}: file not found", path="/data/train.h5")

    assert error_text(error) == "/data/train.h5：找不到文件"
    assert str(error) == "/data/train.h5: file not found"  # the command line stays English


def test_an_error_the_catalogue_cannot_show_stays_english(error_catalogue):
    broken = DatasetError("{path}: not an HDF5 file", path="a.h5")
    unknown = DatasetError("{path}: gone", path="a.h5")
    plain = CatNeuronError("no template fields")

    assert error_text(broken) == "a.h5: not an HDF5 file"
    assert error_text(unknown) == "a.h5: gone"
    assert error_text(plain) == "no template fields"


def test_an_error_template_of_the_catalogue_shows_in_chinese():
    apply_language(CHINESE)

    error = CatNeuronError("there is no model to save yet: train one first")

    assert error_text(error) == "还没有可保存的模型：请先训练一个"
