"""Writing files so that a crash leaves either the old files or the new ones, never half of one.

Every file Cat Neuron writes (models, the dataset pair, downloads, exports)
goes through :func:`atomic_paths`: each new file is written under a temporary
name in the destination's folder, flushed to disk, closed, checked by reading
it back, and only then renamed over the old one. A full disk, an interrupt or
``SIGTERM`` removes the temporary files and leaves the old ones as they were.
``SIGKILL`` cannot be caught: the temporary files carry the writer's process id,
and the next write into that folder sweeps those whose writer is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

TEMP_MARK = "catneuron"
_OUR_TEMPORARY = re.compile(rf"^\..+\.{TEMP_MARK}-(?P<pid>\d+)-[A-Za-z0-9_]+\.tmp$")
_LEGACY_TEMPORARY = re.compile(r"^\..+\.h5\.[A-Za-z0-9_]{8}\.(tmp|part)$")
"""What versions before 0.4 left behind: no process id, so only their age tells they are stale."""

STALE_AFTER = 3600.0
"""Seconds after which a temporary file whose writer cannot be checked counts as abandoned."""

CHUNK = 1024 * 1024

Verify = Callable[[Path, Path], None]
"""``verify(temporary, destination)`` reads a written file back; raises if it is not right."""


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()
"""Read once at import, before any worker thread: setting it again later is process-wide."""


class Terminated(BaseException):
    """``SIGTERM`` arrived; unwinds like Ctrl+C, so every half-written file is removed."""


def raise_on_sigterm() -> None:
    """Make ``SIGTERM`` raise :class:`Terminated` in the main thread (command-line use).

    Without it Python dies on the spot and leaves its temporary files behind.
    A no-op outside the main thread, where signal handlers cannot be set.
    """
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _raise_terminated)


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


def make_public(path: str | os.PathLike[str]) -> None:
    """Give a file made by ``mkstemp`` (always private, 0600) the mode a new file normally has."""
    os.chmod(path, 0o666 & ~_UMASK)


def write_bytes(path: str | os.PathLike[str], data: bytes | memoryview) -> None:
    """Write ``data`` to ``path`` (created or truncated) with plain ``os.write`` calls.

    A full disk is an ``OSError`` here, never a failure inside a library's own
    writer; that is why models and datasets are built in memory and written this way.
    """
    view = memoryview(data).cast("B")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        done = 0
        while done < len(view):
            done += os.write(fd, view[done : done + CHUNK])
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_paths(
    paths: Sequence[str | os.PathLike[str]], verify: Verify | None = None
) -> Iterator[list[Path]]:
    """Yield one temporary path next to each of ``paths``; all replace them at the end, or none.

    After the block the temporary files are flushed to disk, closed, passed to
    ``verify`` (which reads each back), given normal permissions and renamed
    over their destinations. If anything fails, the block included, the
    temporary files are removed and the exception goes on. Should the second
    of two renames fail, the first destination gets its old file back.

    Stale temporary files of our own naming in the destination folders (left
    by a killed process) are removed first.
    """
    targets = [Path(path) for path in paths]
    for folder in {target.parent for target in targets}:
        sweep_stale_temporaries(folder)
    temporary: list[Path] = []
    backups: list[tuple[Path, Path]] = []
    try:
        for target in targets:
            temporary.append(_new_temporary(target))
        yield list(temporary)
        for tmp in temporary:
            _sync(tmp)
        if verify is not None:
            for tmp, target in zip(temporary, targets, strict=True):
                verify(tmp, target)
        for tmp in temporary:
            make_public(tmp)
        for tmp, target in zip(temporary, targets, strict=True):
            if len(targets) > 1:
                backup = _backup(target)
                if backup is not None:
                    backups.append((backup, target))
            os.replace(tmp, target)
        for folder in {target.parent for target in targets}:
            _sync_folder(folder)
    except BaseException:
        for backup, target in backups:
            with contextlib.suppress(OSError):
                os.replace(backup, target)
        for tmp in temporary:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
    finally:
        for backup, _ in backups:
            with contextlib.suppress(OSError):
                os.unlink(backup)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], verify: Verify | None = None) -> Iterator[Path]:
    """:func:`atomic_paths` for a single file."""
    with atomic_paths([path], verify) as (tmp,):
        yield tmp


def temporary_name_of(path: str | os.PathLike[str]) -> str:
    """The prefix of our temporary files for ``path``: hidden, named after it and this process."""
    return f".{Path(path).name[:80]}.{TEMP_MARK}-{os.getpid()}-"


def is_our_temporary(name: str) -> bool:
    """Whether a file name is one of our temporary files (from this version or an older one)."""
    return bool(_OUR_TEMPORARY.match(name) or _LEGACY_TEMPORARY.match(name))


def sweep_stale_temporaries(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files of our naming in ``folder`` whose writer is gone.

    A file is stale when the process named in it no longer runs, or when it is
    older than :data:`STALE_AFTER` (an old version's file, another machine's).
    Files being written by a live process are left alone. Nothing else in the
    folder is touched; errors (a read-only folder) are ignored.

    Returns
    -------
    list of Path
        The files removed.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        ours = _OUR_TEMPORARY.match(entry.name)
        if not ours and not _LEGACY_TEMPORARY.match(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            pid = int(ours["pid"]) if ours else None
            if pid == os.getpid() and not old:
                continue
            if old or (pid is not None and not _process_alive(pid)):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _new_temporary(target: Path) -> Path:
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=temporary_name_of(target), suffix=".tmp")
    os.close(fd)
    return Path(name)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the renames themselves durable (POSIX only; a failure here loses nothing)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _backup(target: Path) -> Path | None:
    """A hard link to the file at ``target``, to put it back if a later rename fails."""
    if not target.is_file():
        return None
    backup = target.parent / f"{temporary_name_of(target)}{secrets.token_hex(4)}.tmp"
    try:
        os.link(target, backup)
    except OSError:
        return None
    return backup


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # no harmless probe there: only the age counts
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
