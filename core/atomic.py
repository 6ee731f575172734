"""Writing files so that a crash leaves either the old files or the new ones, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()
"""Read once at import, before any worker thread: setting it again later is process-wide."""


def make_public(path: str | os.PathLike[str]) -> None:
    """Give a file made by ``mkstemp`` (always private, 0600) the mode a new file normally has."""
    os.chmod(path, 0o666 & ~_UMASK)


@contextlib.contextmanager
def atomic_paths(paths: Sequence[str | os.PathLike[str]]) -> Iterator[list[Path]]:
    """Yield one temporary path next to each of ``paths``; all replace them at the end, or none.

    The temporary files are flushed to disk before the renames and removed if the
    block raises (an interrupt included), so readers only ever see complete files,
    and a set of files (the dataset's pair) is never half replaced.
    """
    temporary: list[Path] = []
    try:
        for path in map(Path, paths):
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            os.close(fd)
            temporary.append(Path(name))
        yield list(temporary)
        for tmp in temporary:
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            make_public(tmp)
        for tmp, path in zip(temporary, paths, strict=True):
            os.replace(tmp, path)
    except BaseException:
        for tmp in temporary:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """:func:`atomic_paths` for a single file."""
    with atomic_paths([path]) as (tmp,):
        yield tmp
