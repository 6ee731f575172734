"""Downloading the article's two HDF5 files, verified against pinned SHA-256 sums.

A fetch either completes or changes nothing: each file streams into a
temporary file next to its destination while its hash is computed, and only
when *every* needed file has arrived whole and matches its pinned size and
SHA-256 are they renamed into place. A 404, a timeout, a cut connection, a
corrupted byte or a cancel removes the temporary files and raises one
:class:`~core.errors.DownloadError` line (or :class:`~core.errors.CanceledError`),
so the app never finds half a dataset. Only the standard library is used.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import socket
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from core import __version__
from core.atomic import make_public
from core.dataset import TEST_FILE, TRAIN_FILE
from core.errors import DownloadError, first_line
from core.locations import default_dataset_dir
from core.progress import CancelCheck, ProgressCallback, raise_if_canceled

BASE_URL = (
    "https://raw.githubusercontent.com/akarsh-saxena/Neural-Network-From-Scratch/master/"
    "Artificial%20Neural%20Network/Simple%20Neural%20Network/datasets/"
)
"""The raw-file folder of the repository the article links to; a file's URL is this + its name."""

DEFAULT_TIMEOUT = 15.0
"""Seconds to wait for the server to connect or to send the next bytes."""

CHUNK_SIZE = 64 * 1024
SCHEMES = ("http", "https", "file")


@dataclass(frozen=True)
class PinnedFile:
    """A file of the dataset as it must arrive: its name, size in bytes and SHA-256."""

    name: str
    size: int
    sha256: str


PINNED_FILES = (
    PinnedFile(
        TRAIN_FILE, 2_572_022, "fbe56ab67c3ae28d564e3a644189117976d6b31af0a3ce9bb17dbf22908af242"
    ),
    PinnedFile(
        TEST_FILE, 616_958, "6a9d39ce52fa85953c5834695b8534a30ed8cfd54971fb2f080b5a24d002b951"
    ),
)
DOWNLOAD_SIZE = sum(pinned.size for pinned in PINNED_FILES)
"""Bytes of a full download (3.2 MB), for a button's label."""


def check_base_url(base_url: str) -> str:
    """``base_url`` ending in ``/``; a :class:`DownloadError` if it is no http(s) or file URL."""
    parts = urllib.parse.urlsplit(base_url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES or not (parts.netloc if scheme != "file" else parts.path):
        raise DownloadError(f"'{base_url}' is not an http://, https:// or file:// URL")
    return base_url if base_url.endswith("/") else base_url + "/"


def is_verified(path: Path, pinned: PinnedFile) -> bool:
    """Whether ``path`` is a file with exactly the pinned size and SHA-256."""
    try:
        if path.stat().st_size != pinned.size:
            return False
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            while chunk := f.read(1024 * 1024):
                digest.update(chunk)
    except OSError:
        return False
    return digest.hexdigest() == pinned.sha256


def files_to_fetch(dest: str | os.PathLike[str]) -> list[PinnedFile]:
    """The pinned files that ``dest`` lacks or holds with the wrong content."""
    folder = Path(dest)
    return [pinned for pinned in PINNED_FILES if not is_verified(folder / pinned.name, pinned)]


def fetch_dataset(
    dest: str | os.PathLike[str] | None = None,
    base_url: str = BASE_URL,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Path]:
    """Download into ``dest`` (default: the user data folder) whatever is missing or wrong there.

    Parameters
    ----------
    dest
        The folder to fill; created if needed. A file already there with the
        pinned checksum is kept and not downloaded again.
    base_url
        Each file is fetched from ``base_url + name``.
    progress
        Called as ``progress(bytes_done, bytes_total)`` over all files to fetch.
    cancel
        Checked between chunks; when it asks to stop, :class:`~core.errors.CanceledError` is raised.
    timeout
        Seconds to wait for a connection or for the next bytes.

    Returns
    -------
    list of Path
        The files written, empty when everything was already present and verified.

    Raises
    ------
    DownloadError
        One line saying which file failed and why; ``dest`` then holds no
        partial or temporary file and none of this call's downloads.
    """
    folder = Path(dest) if dest is not None else default_dataset_dir()
    base_url = check_base_url(base_url)
    todo = files_to_fetch(folder)
    if not todo:
        return []
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DownloadError(f"{folder}: cannot create the folder ({_reason(error)})") from error
    total = sum(pinned.size for pinned in todo)
    report = progress or _ignore
    report(0, total)
    arrived: list[tuple[Path, PinnedFile]] = []
    try:
        for pinned in todo:
            done = sum(p.size for _, p in arrived)
            part = _download(
                base_url + pinned.name,
                pinned,
                folder,
                lambda got, done=done: report(done + got, total),
                cancel,
                timeout,
            )
            arrived.append((part, pinned))
        written = []
        for part, pinned in arrived:
            make_public(part)
            os.replace(part, folder / pinned.name)
            written.append(folder / pinned.name)
    except BaseException as error:
        for part, _ in arrived:
            with contextlib.suppress(OSError):
                os.unlink(part)
        if isinstance(error, OSError):
            raise DownloadError(f"{folder}: cannot write ({_reason(error)})") from error
        raise
    return written


def _download(
    url: str,
    pinned: PinnedFile,
    folder: Path,
    report: Callable[[int], None],
    cancel: CancelCheck | None,
    timeout: float,
) -> Path:
    """Stream ``url`` into a temporary file in ``folder``; return it once its checksum matches."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{pinned.name}.", suffix=".part")
    except OSError as error:
        raise DownloadError(f"{folder}: cannot write ({_reason(error)})") from error
    part = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            digest, got = _stream(url, pinned, out, report, cancel, timeout)
            out.flush()
            os.fsync(out.fileno())
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(part)
        if isinstance(error, OSError):
            raise DownloadError(f"{folder}: cannot write ({_reason(error)})") from error
        raise
    if got != pinned.size or digest != pinned.sha256:
        part.unlink()
        raise DownloadError(
            f"cannot download {pinned.name}: the file is corrupted "
            f"(SHA-256 {digest[:12]}…, expected {pinned.sha256[:12]}…)"
        )
    return part


def _stream(
    url: str,
    pinned: PinnedFile,
    out: BinaryIO,
    report: Callable[[int], None],
    cancel: CancelCheck | None,
    timeout: float,
) -> tuple[str, int]:
    """Copy the response to ``out``, hashing it; network failures become DownloadError."""
    what = f"cannot download {pinned.name}"
    request = urllib.request.Request(url, headers={"User-Agent": f"catneuron/{__version__}"})
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        error.close()
        raise DownloadError(
            f"{what}: the server answered {error.code} {error.reason} ({url})"
        ) from error
    except urllib.error.URLError as error:
        raise DownloadError(f"{what}: {_network_reason(error.reason, timeout)} ({url})") from error
    except (http.client.HTTPException, OSError) as error:
        raise DownloadError(f"{what}: {_network_reason(error, timeout)} ({url})") from error
    digest = hashlib.sha256()
    got = 0
    with response:
        while True:
            raise_if_canceled(cancel, "download")
            try:
                chunk = response.read(min(CHUNK_SIZE, pinned.size + 1 - got))
            except (http.client.HTTPException, OSError) as error:
                raise DownloadError(
                    f"{what}: {_network_reason(error, timeout)} after {got:,} of "
                    f"{pinned.size:,} bytes ({url})"
                ) from error
            if not chunk:
                break
            got += len(chunk)
            if got > pinned.size:
                raise DownloadError(
                    f"{what}: the server sent more than the expected {pinned.size:,} bytes ({url})"
                )
            digest.update(chunk)
            out.write(chunk)
            report(got)
    if got < pinned.size:
        raise DownloadError(
            f"{what}: the connection closed after {got:,} of {pinned.size:,} bytes ({url})"
        )
    return digest.hexdigest(), got


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s (timed out)"
    if isinstance(reason, socket.gaierror):
        return "cannot find the server (no network?)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, (ConnectionError, http.client.IncompleteRead)):
        return "the connection was cut"
    if isinstance(reason, BaseException):
        return _reason(reason)
    return str(reason)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return first_line(error)


def _ignore(done: int, total: int) -> None:
    pass
