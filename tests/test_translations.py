"""The translation catalogues: complete, finished, and holding every error template core raises."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import translations
from tools.translations import (
    CATALOGUES,
    ERROR_CONTEXT,
    error_calls,
    error_templates,
    helper_calls,
    helper_strings,
)

CATALOGUE_FILES = sorted(CATALOGUES.glob("catneuron_*.ts"))
PLACEHOLDER = re.compile(r"(?<!\{)\{\w*(?:[:!][^{}]*)?\}(?!\})|%n")
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def messages(catalogue: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, disambiguation) → the translations (one, or one per plural form)."""
    found = {}
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None, key
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found[key] = forms or [translation.text or ""]
            if translation.get("type") == "unfinished":
                found[key] = [""]
    return found


def test_there_is_a_catalogue_for_each_language_of_the_window():
    from gui.language import LANGUAGES

    assert [path.stem for path in CATALOGUE_FILES] == [f"catneuron_{code}" for code in LANGUAGES]
    for path in CATALOGUE_FILES:
        root = ET.parse(path).getroot()
        assert root.get("sourcelanguage") == "en"
        assert root.get("language") == path.stem.split("_", 1)[1]


@pytest.mark.parametrize("catalogue", CATALOGUE_FILES, ids=lambda path: path.stem)
def test_every_entry_is_translated_and_finished(catalogue):
    unfinished = [key for key, forms in messages(catalogue).items() if not all(forms)]

    assert "unfinished" not in catalogue.read_text(encoding="utf-8")
    assert unfinished == []


def placeholders(text: str) -> list[str]:
    """The ``{name}`` and ``{0:.2f}`` fields and ``%n`` counts of a text (``%Ln`` is ``%n``)."""
    return sorted(PLACEHOLDER.findall(text.replace("%Ln", "%n")))


@pytest.mark.parametrize("catalogue", CATALOGUE_FILES, ids=lambda path: path.stem)
def test_every_finished_translation_keeps_exactly_the_placeholders_of_its_source(catalogue):
    """A lost field shows the English message instead; a doubled or renamed one, the same."""
    changed = [
        (context, source, form)
        for (context, source, _), forms in messages(catalogue).items()
        for form in forms
        if form and placeholders(form) != placeholders(source)
    ]

    assert changed == []


def test_the_placeholders_of_a_text_are_its_fields_and_counts():
    assert placeholders("{path}: {size} images need {needed}, found {found}") == [
        "{found}",
        "{needed}",
        "{path}",
        "{size}",
    ]
    assert placeholders("Run finished in {0:.2f} s") == ["{0:.2f}"]
    assert placeholders("%n mistake(s) in {name} and {name}") == ["%n", "{name}", "{name}"]
    assert placeholders("%Ln 个错误") == placeholders("%n mistake(s)")
    assert placeholders("{{literal}} braces, 100%") == []


@pytest.mark.parametrize("catalogue", CATALOGUE_FILES, ids=lambda path: path.stem)
def test_lrelease_compiles_the_catalogue_without_a_warning(catalogue, tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", LRELEASE, "-silent", str(catalogue), "-qm", str(tmp_path / "x.qm")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    assert (tmp_path / "x.qm").stat().st_size > 0


@pytest.mark.parametrize("catalogue", CATALOGUE_FILES, ids=lambda path: path.stem)
def test_lupdate_finds_nothing_new_in_the_code(catalogue, tmp_path):
    copy = tmp_path / catalogue.name
    shutil.copy(catalogue, copy)

    translations.update_catalogue(copy)

    assert messages(copy) == messages(catalogue), "run make translations, then translate"


def test_every_error_template_raised_is_in_the_chinese_catalogue():
    chinese = {
        source
        for (context, source, _) in messages(CATALOGUES / "catneuron_zh_CN.ts")
        if context == ERROR_CONTEXT
    }

    assert set(error_templates()) <= chinese
    # for now one: core still raises f-strings (tools/translations.py --list-untranslatable)
    assert "there is no model to save yet: train one first" in chinese


def test_the_extractor_follows_error_subclasses_across_files(tmp_path):
    (tmp_path / "errors.py").write_text(
        "class CatNeuronError(Exception): ...\n"
        "class DatasetError(CatNeuronError): ...\n"
        "class Unrelated(Exception): ...\n"
    )
    (tmp_path / "reader.py").write_text(
        "from errors import DatasetError\n"
        "import errors\n"
        "class ImageError(DatasetError): ...\n"
        "def read(path, reason):\n"
        "    if reason:\n"
        "        raise ImageError('{path}: {reason}', path=path, reason=reason)\n"
        "    if not path:\n"
        "        raise errors.DatasetError('no file given')\n"
        "    raise DatasetError(f'{path}: bad')\n"
        "    raise errors.Unrelated('not a template')\n"
        "    raise ValueError('nor this')\n"
    )

    calls = [(call.template, call.path.name, call.line) for call in error_calls([tmp_path])]

    assert calls == [
        ("{path}: {reason}", "reader.py", 6),
        ("no file given", "reader.py", 8),
        (None, "reader.py", 9),  # an f-string: shown in English until it becomes a template
    ]
    assert list(error_templates([tmp_path])) == ["{path}: {reason}", "no file given"]


def test_the_stub_lists_each_template_once_with_where_it_is_raised(tmp_path):
    stub = translations.template_stub({"{path}: gone": [tmp_path / "a.py", tmp_path / "b.py"]})

    assert stub.count("QT_TRANSLATE_NOOP('CatNeuronError', '{path}: gone')") == 1
    assert f"#: An error message ({tmp_path}/a.py, {tmp_path}/b.py)." in stub


def test_the_extractor_finds_the_strings_of_a_module_translate_helper(tmp_path):
    (tmp_path / "dialogs.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    '''The dialogs' context.'''\n"
        "    return QCoreApplication.translate('dialogs', text)\n"
        "def _other(text):\n"
        "    return text.upper()\n"
        "def ask(name):\n"
        "    _tr('Open model')\n"
        "    _other('not for translation')\n"
        "    _tr(name)\n"
        "    _tr('Open model')\n"
    )

    calls = [(call.context, call.text, call.line) for call in helper_calls([tmp_path])]

    assert calls == [
        ("dialogs", "Open model", 8),
        ("dialogs", None, 10),  # not a literal: --list-untranslatable names it
        ("dialogs", "Open model", 11),
    ]
    stub = translations.helper_stub(helper_strings([tmp_path]))
    assert stub.count("QT_TRANSLATE_NOOP('dialogs', 'Open model')") == 1
    assert f"#: Shown by {tmp_path}/dialogs.py." in stub


def test_the_strings_of_the_window_helpers_are_in_the_chinese_catalogue():
    chinese = {
        (context, source) for (context, source, _) in messages(CATALOGUES / "catneuron_zh_CN.ts")
    }

    assert set(helper_strings()) <= chinese
    assert ("ModelFiles", "Cannot save model") in chinese
