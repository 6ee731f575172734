import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from gui.resources import icon_files
from tests.desktop_entry import exec_argv, read_entry, validator_problems
from tools import install_desktop

REPO = Path(__file__).resolve().parents[1]
LAUNCHER = REPO / ".venv" / "bin" / "catneuron"


def make(target: str, data_home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(REPO), target],
        env={**os.environ, "XDG_DATA_HOME": str(data_home), **env},
        capture_output=True,
        text=True,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.fixture
def data_home(tmp_path: Path) -> Path:
    return tmp_path / "data home"


def test_install_puts_the_entry_and_every_icon_size_in_the_users_data_folder(data_home):
    result = make("install-desktop", data_home)

    assert result.returncode == 0, result.stderr
    hicolor = data_home / "icons" / "hicolor"
    for size in icon_files():
        assert png_size(hicolor / f"{size}x{size}" / "apps" / "catneuron.png") == (size, size)
    assert (hicolor / "scalable" / "apps" / "catneuron.svg").is_file()
    entry = read_entry(data_home / "applications" / "catneuron.desktop")
    assert exec_argv(entry) == [str(LAUNCHER)]
    assert entry["TryExec"] == str(LAUNCHER)
    assert os.access(LAUNCHER, os.X_OK)
    assert entry["Icon"] == "catneuron"


def test_the_installed_entry_still_passes_the_validator(data_home):
    make("install-desktop", data_home)

    problems = validator_problems(data_home / "applications" / "catneuron.desktop")
    if problems is None:
        pytest.fail("desktop-file-validate is not installed: make test installs desktop-file-utils")
    assert problems == []


def test_uninstall_removes_exactly_what_install_wrote(data_home):
    other_apps_icon = data_home / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    other_apps_entry = data_home / "applications" / "other.desktop"
    for path in (other_apps_icon, other_apps_entry):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"not ours")
    make("install-desktop", data_home)
    before = {p for p in data_home.rglob("*") if p.is_file()}

    result = make("uninstall-desktop", data_home)

    after = {p for p in data_home.rglob("*") if p.is_file()}
    assert result.returncode == 0, result.stderr
    assert after == {other_apps_icon, other_apps_entry}
    assert len(before - after) == len(icon_files()) + 2  # the PNGs, the SVG, the entry
    assert make("uninstall-desktop", data_home).returncode == 0  # twice is harmless


def fake_tools(folder: Path, log: Path) -> dict[str, str]:
    """update-desktop-database and gtk-update-icon-cache stand-ins that log their arguments."""
    folder.mkdir()
    for name in ("update-desktop-database", "gtk-update-icon-cache"):
        tool = folder / name
        tool.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\n')
        tool.chmod(0o755)
    return {"PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}


def test_caches_that_exist_are_rebuilt_on_install_and_uninstall(data_home, tmp_path):
    log = tmp_path / "tools.log"
    env = fake_tools(tmp_path / "bin", log)
    applications, hicolor = data_home / "applications", data_home / "icons" / "hicolor"
    for cache in (applications / "mimeinfo.cache", hicolor / "icon-theme.cache"):
        cache.parent.mkdir(parents=True)
        cache.write_text("stale")

    make("install-desktop", data_home, **env)
    make("uninstall-desktop", data_home, **env)

    runs = log.read_text().splitlines()
    assert runs == 2 * [
        f"update-desktop-database -q {applications}",
        f"gtk-update-icon-cache -q -f -t {hicolor}",
    ]


def test_no_cache_is_created_where_there_was_none(data_home, tmp_path):
    log = tmp_path / "tools.log"

    make("install-desktop", data_home, **fake_tools(tmp_path / "bin", log))

    assert not log.exists()
    assert not list(data_home.rglob("*.cache"))


def test_a_launcher_path_with_spaces_and_quotes_survives_the_exec_quoting(tmp_path):
    launcher = tmp_path / 'my "apps" $HOME 100%' / "catneuron"

    install_desktop.install(tmp_path / "home", launcher)

    installed = tmp_path / "home" / "applications" / "catneuron.desktop"
    assert exec_argv(read_entry(installed)) == [str(launcher)]
    problems = validator_problems(installed)
    assert problems is None or problems == []


def test_install_refuses_a_launcher_that_does_not_exist(data_home, tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "tools" / "install_desktop.py"),
            "install",
            "--launcher",
            str(tmp_path / "nowhere"),
        ],
        env={**os.environ, "XDG_DATA_HOME": str(data_home)},
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'nowhere'} is not an executable launcher"
    assert not data_home.exists()


def test_xdg_data_home_defaults_to_dot_local_share(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert install_desktop.data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")
    assert install_desktop.data_home() == tmp_path / ".local" / "share"
