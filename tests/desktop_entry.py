"""Reading freedesktop entries back, as a desktop would, for the tests."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def read_entry(path: Path) -> dict[str, str]:
    """The ``[Desktop Entry]`` group's keys, case kept, values unescaped."""
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    group = parser["Desktop Entry"]
    return {key: re.sub(r"\\(.)", lambda m: ESCAPES.get(m[1], m[0]), group[key]) for key in group}


def exec_argv(entry: dict[str, str]) -> list[str]:
    """The command line a launcher runs for ``Exec``: arguments split on spaces, except in quotes.

    Inside double quotes a backslash escapes the next character (the spec allows
    it before a quote, backquote, dollar or backslash).
    """
    argv = []
    for quoted, plain in re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', entry["Exec"]):
        arg = re.sub(r"\\(.)", r"\1", quoted) if quoted else plain
        argv.append(arg.replace("%%", "%"))
    return argv


def validator_problems(path: Path) -> list[str] | None:
    """desktop-file-validate's errors and warnings (hints are advice), or None without it."""
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        return None
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
    lines = (result.stdout + result.stderr).splitlines()
    problems = [line for line in lines if ": hint: " not in line]
    if result.returncode != 0 and not problems:
        problems = [f"exit status {result.returncode}"]
    return problems
