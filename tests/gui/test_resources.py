"""The app's files are package data: found in a checkout, and in an installed wheel outside it."""

import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

import gui.resources
from gui.resources import DEFAULT_MODEL, icon_files, resource_path, translations_dir

REPO = Path(__file__).resolve().parents[2]

FROM_THE_WHEEL = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])  # the unpacked wheel, before the checkout's editable install
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtGui import QGuiApplication, QIcon
    from core.model_file import load_model
    from gui.app_icon import app_icon
    from gui.resources import DEFAULT_MODEL, resource_path, translations_dir

    app = QGuiApplication([])
    translator = QTranslator()
    assert translator.load("catneuron_zh_CN", str(translations_dir())), "no Chinese catalogue"
    QCoreApplication.installTranslator(translator)
    print(resource_path("catneuron.desktop").read_text().splitlines()[0])
    print(load_model(DEFAULT_MODEL).neuron.coef_.shape)
    print(len(app_icon().availableSizes()))
    print(QCoreApplication.translate("Glossary", "epoch"))
    print(DEFAULT_MODEL.is_relative_to(sys.argv[1]))
    """
)


def test_every_file_the_app_opens_is_in_the_resources_package():
    assert resource_path("catneuron.svg").is_file()
    assert resource_path("catneuron.desktop").is_file()
    assert DEFAULT_MODEL.is_file()
    assert sorted(icon_files()) == [16, 32, 48, 64, 128, 256, 512]
    catalogues = {path.stem for path in translations_dir().glob("*.ts")}
    assert {"catneuron_en", "catneuron_zh_CN"} <= catalogues
    # built by make (or the editable install), not committed
    assert {path.stem for path in translations_dir().glob("*.qm")} == catalogues


def test_resources_that_are_not_files_on_disk_are_refused(monkeypatch, tmp_path):
    with zipfile.ZipFile(tmp_path / "app.zip", "w") as archive:
        archive.writestr("resources/__init__.py", "")
    zipped = zipfile.Path(tmp_path / "app.zip", "resources/")
    monkeypatch.setattr(gui.resources, "files", lambda package: zipped)

    with pytest.raises(RuntimeError, match="not a folder on disk"):
        gui.resources.resources_dir()


def test_a_wheel_carries_every_resource_and_finds_it_outside_the_checkout(tmp_path):
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("catneuron-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    checkout = {
        path.relative_to(REPO).as_posix()
        for path in (REPO / "resources").rglob("*")
        if path.is_file() and path.suffix not in (".ts", ".pyc")
    }
    assert checkout <= names
    assert not any(name.endswith(".ts") for name in names)  # sources stay in the sdist

    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    run = subprocess.run(
        [sys.executable, "-I", "-c", FROM_THE_WHEEL, str(unpacked)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )

    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["[Desktop Entry]", "(12288,)", "7", "轮", "True"]
