import xml.etree.ElementTree as ET
from importlib.metadata import distribution

import pytest

from gui.resources import icon_files, resource_path, translations_dir
from tests.desktop_entry import exec_argv, read_entry, validator_problems

ENTRY = resource_path("catneuron.desktop")


def test_the_entry_has_what_a_menu_needs_to_show_and_start_the_app():
    entry = read_entry(ENTRY)

    assert entry["Type"] == "Application"
    assert entry["Name"] == "Cat Neuron"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].split(";")
    assert {"Education", "Science"} <= set(categories) and categories[-1] == ""


def test_the_entry_runs_the_gui_launcher_pyproject_declares():
    entry = read_entry(ENTRY)
    gui_scripts = {
        ep.name: ep.value
        for ep in distribution("catneuron").entry_points
        if ep.group == "gui_scripts"
    }

    assert exec_argv(entry) == ["catneuron"]
    assert gui_scripts["catneuron"] == "main:main"


def test_the_entry_names_the_icon_the_install_puts_in_the_theme():
    entry = read_entry(ENTRY)

    assert entry["Icon"] == resource_path("catneuron.svg").stem
    assert icon_files(), "no PNG renders of the icon in resources/icons"


def test_the_menu_names_the_app_in_chinese_as_the_window_does():
    entry = read_entry(ENTRY)
    catalogue = ET.parse(translations_dir() / "catneuron_zh_CN.ts").getroot()
    window_name = next(
        m.findtext("translation")
        for m in catalogue.iter("message")
        if m.findtext("source") == "Cat Neuron"
    )

    assert entry["Name[zh_CN]"] == window_name == "猫神经元"
    assert entry["GenericName[zh_CN]"] == "神经网络演示"
    assert entry["Comment[zh_CN]"] == "实时观看单个神经元学会分辨猫和非猫"
    assert "神经网络" in entry["Keywords[zh_CN]"].split(";")


def test_desktop_file_validate_finds_no_error_or_warning():
    problems = validator_problems(ENTRY)
    if problems is None:
        pytest.fail("desktop-file-validate is not installed: make test installs desktop-file-utils")
    assert problems == []
