import os
import subprocess
import sys
import sysconfig
from importlib.metadata import distribution
from pathlib import Path

import pytest

from core import __version__

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = Path(sysconfig.get_path("scripts"))


def installed_scripts(group: str) -> dict[str, str]:
    return {ep.name: ep.value for ep in distribution("catneuron").entry_points if ep.group == group}


def test_the_gui_launcher_is_installed_in_the_venv():
    launcher = SCRIPTS / "catneuron"

    assert installed_scripts("gui_scripts") == {"catneuron": "main:main"}
    assert launcher.is_file() and os.access(launcher, os.X_OK)


@pytest.mark.parametrize(
    "command",
    [
        [str(SCRIPTS / "catneuron"), "--version"],
        [str(SCRIPTS / "catneuron-cli"), "--version"],
        [sys.executable, str(REPO / "main.py"), "--version"],
    ],
    ids=["catneuron", "catneuron-cli", "main.py"],
)
def test_version_prints_the_cores_version(command):
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO)

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Cat Neuron {__version__}\n"
