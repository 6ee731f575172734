"""The one build step pyproject.toml cannot declare: compile the translation catalogues.

The ``.ts`` sources are in git (``resources/translations``); the ``.qm`` files Qt
loads are generated, never committed. ``pyside6-lrelease`` compiles them into
the wheel, so a plain ``pip install .`` ships them (that is why PySide6 is a
build requirement), and into the source folder for an editable install, where
``make`` keeps them up to date. Everything else is in ``pyproject.toml``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CATALOGUES = Path(__file__).resolve().parent / "resources" / "translations"
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class BuildPyWithCatalogues(build_py):
    """``build_py``, then every ``resources/translations/*.ts`` compiled to its ``.qm``."""

    def run(self) -> None:
        """Copy the packages and data as usual, then compile the catalogues next to them."""
        super().run()
        if self.editable_mode:
            target = CATALOGUES
        else:
            target = Path(self.build_lib) / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(CATALOGUES.glob("*.ts")):
            compiled = target / source.with_suffix(".qm").name
            command = [sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(compiled)]
            subprocess.run(command, check=True)


setup(cmdclass={"build_py": BuildPyWithCatalogues})
