"""Put Cat Neuron in the current user's application menu, or take it out again.

``make install-desktop`` and ``make uninstall-desktop`` run this. It follows
the freedesktop specifications: the entry goes to
``$XDG_DATA_HOME/applications`` and the icons to
``$XDG_DATA_HOME/icons/hicolor/<size>/apps`` (``XDG_DATA_HOME`` defaults to
``~/.local/share``). The installed entry's ``Exec`` is the absolute path of a
launcher (this checkout's ``.venv/bin/catneuron`` by default), so the menu
starts this very copy of the app. Standard library only: it runs without the venv.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
APP_ID = "catneuron"
DEFAULT_LAUNCHER = ROOT / ".venv" / "bin" / APP_ID
EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when unset or relative (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def installed_files(home: Path) -> dict[Path, Path]:
    """Every file this app installs under ``home``, mapped to the resource it comes from.

    The entry itself is rewritten on the way (see :func:`desktop_entry`); the
    icons are copied unchanged.
    """
    icons = home / "icons" / "hicolor"
    files = {home / "applications" / f"{APP_ID}.desktop": RESOURCES / f"{APP_ID}.desktop"}
    for png in sorted(RESOURCES.glob(f"icons/{APP_ID}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        files[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = png
    files[icons / "scalable" / "apps" / f"{APP_ID}.svg"] = RESOURCES / f"{APP_ID}.svg"
    return files


def exec_argument(path: str) -> str:
    """``path`` as one argument of an ``Exec`` line, quoted and escaped where the spec asks.

    Two layers: the Exec quoting (double quotes around an argument with a
    reserved character such as a space, a backslash before a quote, backquote,
    dollar or backslash inside them), then the string escaping of every value in
    the file (backslashes doubled); a literal ``%`` is written ``%%``.
    """
    if EXEC_RESERVED.intersection(path):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in path)
        path = f'"{escaped}"'
    return path.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(template: str, launcher: Path) -> str:
    """The entry from ``resources/`` with ``Exec`` and ``TryExec`` pointing at ``launcher``.

    ``TryExec`` makes the menu hide the entry, rather than show a dead one, if
    the checkout's venv is deleted.
    """
    lines = []
    for line in template.splitlines():
        key = line.split("=", 1)[0].strip()
        if key == "Exec":
            line = f"Exec={exec_argument(str(launcher))}"
        elif key == "TryExec":
            line = "TryExec=" + str(launcher).replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(home: Path, launcher: Path) -> list[Path]:
    """Write the entry and the icons under ``home``; returns the files written."""
    written = []
    for dest, source in installed_files(home).items():
        if source.suffix == ".desktop":
            data = desktop_entry(source.read_text(encoding="utf-8"), launcher).encode()
        else:
            data = source.read_bytes()
        _write_atomically(dest, data)
        written.append(dest)
    refresh_caches(home)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove exactly the files :func:`install` writes; returns those that were there."""
    removed = []
    for dest in installed_files(home):
        with contextlib.suppress(FileNotFoundError):
            dest.unlink()
            removed.append(dest)
    refresh_caches(home)
    return removed


def refresh_caches(home: Path) -> None:
    """Rebuild the menu's and the icon theme's caches under ``home``, where they exist.

    A missing cache means the desktop reads the folders directly, which is
    always current; creating one would leave a file behind that can go stale
    when other apps install without rebuilding it. So only existing caches are
    rebuilt, with the tools when they are installed.
    """
    applications = home / "applications"
    hicolor = home / "icons" / "hicolor"
    jobs = (
        (applications / "mimeinfo.cache", ["update-desktop-database", "-q", str(applications)]),
        (hicolor / "icon-theme.cache", ["gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)]),
    )
    for cache, command in jobs:
        if cache.exists() and shutil.which(command[0]):
            subprocess.run(command, check=False, stdin=subprocess.DEVNULL)


def _write_atomically(dest: Path, data: bytes) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    """``install`` or ``uninstall``; prints one line per file, errors as one line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument(
        "--launcher",
        type=Path,
        default=DEFAULT_LAUNCHER,
        help="what the menu entry runs (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    home = data_home()
    try:
        if args.action == "install":
            launcher = args.launcher.resolve()
            if not os.access(launcher, os.X_OK):
                print(f"error: {launcher} is not an executable launcher", file=sys.stderr)
                return 1
            for path in install(home, launcher):
                print(f"installed {path}")
            print(f"Cat Neuron is in the application menu (Exec={launcher})")
        else:
            removed = uninstall(home)
            for path in removed:
                print(f"removed {path}")
            if not removed:
                print(f"nothing to remove under {home}")
    except OSError as error:
        print(f"error: {error.filename or home}: {error.strerror}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
