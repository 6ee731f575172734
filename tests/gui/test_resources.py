import sys
from pathlib import Path

import main
from gui.resources import resource_path, resources_dir

REPO = Path(__file__).resolve().parents[2]


def test_from_source_resources_are_the_checkouts_folder():
    assert resources_dir() == REPO / "resources"
    assert resource_path("catneuron.svg").is_file()
    assert resource_path("icons/catneuron-16.png").is_file()


def test_frozen_resources_are_inside_the_unpacked_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resource_path("catneuron.svg") == tmp_path / "resources" / "catneuron.svg"


def test_a_frozen_flag_without_a_bundle_folder_still_finds_the_checkout(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)

    assert resources_dir() == REPO / "resources"


def test_the_cli_default_model_is_a_resource():
    assert resource_path("default_model.h5") == main.DEFAULT_MODEL
