from importlib.metadata import distribution

import pytest

from gui.resources import icon_files, resource_path
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


def test_desktop_file_validate_finds_no_error_or_warning():
    problems = validator_problems(ENTRY)
    if problems is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    assert problems == []
