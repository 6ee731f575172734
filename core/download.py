"""Downloading the article's two HDF5 files, verified against pinned SHA-256 sums.

A fetch either completes or changes nothing: each file streams into a
temporary file next to its destination while its hash is computed, and only
when *every* needed file has arrived whole, matches its pinned size and SHA-256
and reads back the same from disk are they renamed into place (see
:mod:`core.atomic`). A 404, a timeout, a cut connection, a corrupted byte, the
whole-download deadline or a cancel removes the temporary files and raises one
:class:`~core.errors.DownloadError` line (or :class:`~core.errors.CanceledError`),
so the app never finds half a dataset.

The network is read on a helper thread: the caller notices a cancel or the
deadline within 50 ms even while a connection hangs, and leaves at once.
Only the standard library is used.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import queue
import socket
import stat
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from core import __version__, untrusted
from core.atomic import atomic_paths
from core.dataset import TEST_FILE, TRAIN_FILE
from core.errors import CanceledError, DownloadError, WouldReplaceError
from core.locations import default_dataset_dir
from core.progress import CancelCheck, ProgressCallback, is_canceled

ARTICLE_URL = (
    "https://raw.githubusercontent.com/akarsh-saxena/Neural-Network-From-Scratch/master/"
    "Artificial%20Neural%20Network/Simple%20Neural%20Network/datasets/"
)
"""The raw-file folder of the repository the article links to; a file's URL is this + its name."""

URL_ENV_VAR = "CATNEURON_DATA_URL"
"""Set it to a mirror's base URL (or a loopback server's) to download from there instead."""


def default_base_url() -> str:
    """``$CATNEURON_DATA_URL`` when set and not empty, else the article's repository."""
    return os.environ.get(URL_ENV_VAR) or ARTICLE_URL


BASE_URL = default_base_url()
"""The base URL when this module was imported; :func:`fetch_dataset` reads the variable per call."""

DEFAULT_TIMEOUT = 15.0
"""Seconds to wait for the server to connect or to send the next bytes."""

DEFAULT_DEADLINE = 300.0
"""Seconds the whole download may take (3.2 MB: about 85 kbit/s at the least)."""

CHUNK_SIZE = 64 * 1024
SCHEMES = ("http", "https", "file")
POLL = 0.05
"""Seconds between two looks at the cancel check and the deadline while waiting for bytes."""


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
    """``base_url`` ending in ``/``, non-ASCII path characters quoted; else one DownloadError line.

    Refused: an empty URL, another scheme than http(s) or file, no host, a
    host name or port that cannot be valid, spaces or control characters.
    """
    shown = untrusted.plain(base_url)
    if not base_url.strip():
        raise DownloadError("an empty URL is not a download address")
    if any(ch.isspace() or not ch.isprintable() for ch in base_url):
        raise DownloadError(
            "'{url}' is not a valid URL (it holds spaces or control characters)", url=shown
        )
    try:
        parts = urllib.parse.urlsplit(base_url)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError:
        raise DownloadError("'{url}' is not a valid URL", url=shown) from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES or not (parts.netloc if scheme != "file" else parts.path):
        raise DownloadError("'{url}' is not an http://, https:// or file:// URL", url=shown)
    if scheme != "file":
        host = parts.hostname or ""
        try:
            valid = bool(host) and len(host) <= 253 and bool(host.encode("idna"))
        except UnicodeError:
            valid = False
        if not valid:
            raise DownloadError("'{url}' does not name a valid server", url=shown)
    path = urllib.parse.quote(parts.path, safe="/%:@!$&'()*+,;=~")
    url = urllib.parse.urlunsplit(parts._replace(path=path))
    return url if url.endswith("/") else url + "/"


def is_verified(path: Path, pinned: PinnedFile) -> bool:
    """Whether ``path`` is a file with exactly the pinned size and SHA-256."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size != pinned.size:
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
    base_url: str | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    deadline: float = DEFAULT_DEADLINE,
    force: bool = False,
) -> list[Path]:
    """Download into ``dest`` (default: the user data folder) whatever is missing or wrong there.

    Parameters
    ----------
    dest
        The folder to fill; created if needed. A file already there with the
        pinned checksum is kept and not downloaded again; a damaged one is replaced.
    base_url
        Each file is fetched from ``base_url + name``; default :func:`default_base_url`.
    progress
        Called as ``progress(bytes_done, bytes_total)`` over all files to fetch.
    cancel
        Looked at every 50 ms; when it asks to stop, :class:`~core.errors.CanceledError`
        is raised at once, even while the server is silent.
    timeout
        Seconds to wait for a connection or for the next bytes.
    deadline
        Seconds the whole call may take.
    force
        Replace a file of the pair that holds a readable dataset other than the
        article's (one the user built); without it that is a :class:`WouldReplaceError`.

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
    base_url = check_base_url(default_base_url() if base_url is None else base_url)
    if folder.exists() and not folder.is_dir():
        raise DownloadError("{path}: cannot create the folder (a file has that name)", path=folder)
    todo = files_to_fetch(folder)
    if not todo:
        return []
    _check_replaceable(folder, todo, force)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DownloadError(
            "{path}: cannot create the folder ({reason})",
            path=folder,
            reason=untrusted.reason(error),
        ) from error
    total = sum(pinned.size for pinned in todo)
    report = progress or _ignore
    report(0, total)
    ends_at = time.monotonic() + deadline
    pinned_of = {folder / pinned.name: pinned for pinned in todo}

    def verify(tmp: Path, destination: Path) -> None:
        if not is_verified(tmp, pinned_of[destination]):
            raise DownloadError(
                "cannot download {name}: the file read back from disk differs (failing disk?)",
                name=destination.name,
            )

    try:
        with atomic_paths(list(pinned_of), verify) as temporary:
            done = 0
            for tmp, pinned in zip(temporary, todo, strict=True):
                with open(tmp, "wb") as out:
                    _stream(
                        base_url + urllib.parse.quote(pinned.name),
                        pinned,
                        out,
                        partial(_add, report, done, total),
                        cancel,
                        timeout,
                        ends_at,
                        deadline,
                    )
                done += pinned.size
    except OSError as error:
        raise DownloadError(
            "{path}: cannot write ({reason})", path=folder, reason=untrusted.reason(error)
        ) from error
    return list(pinned_of)


def _check_replaceable(folder: Path, todo: list[PinnedFile], force: bool) -> None:
    """Refuse to replace a dataset the user built (a readable one) unless forced."""
    from core.dataset import _read_split  # the same distrustful reader as load_dataset

    for pinned in todo:
        path = folder / pinned.name
        try:
            info = path.lstat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            raise DownloadError(
                "{path}: is not a regular file; the dataset is never written there", path=path
            )
        if force:
            continue
        try:
            _read_split(path, "train" if pinned.name == TRAIN_FILE else "test")
        except Exception:
            continue  # damaged or partial: replacing it loses nothing
        raise WouldReplaceError(
            "{path}: holds another dataset; replacing it with the article's would lose it",
            path=path,
        )


def _add(report: ProgressCallback, done: int, total: int, got: int) -> None:
    """``report(done + got, total)``: one file's bytes, counted after the files before it."""
    report(done + got, total)


def _stream(
    url: str,
    pinned: PinnedFile,
    out: BinaryIO,
    report: Callable[[int], None],
    cancel: CancelCheck | None,
    timeout: float,
    ends_at: float,
    deadline: float,
) -> None:
    """Copy ``url`` to ``out`` and check its size and SHA-256; every failure is one line."""
    what = {"name": pinned.name, "url": untrusted.plain(url, 200)}
    transfer = _Transfer(url, timeout)
    digest = hashlib.sha256()
    got = 0
    try:
        while True:
            if is_canceled(cancel):
                raise CanceledError("download canceled")
            left = ends_at - time.monotonic()
            if left <= 0:
                raise DownloadError(
                    "cannot download {name}: not finished within {deadline:g} s, the server is "
                    "too slow ({url})",
                    deadline=deadline,
                    **what,
                )
            try:
                chunk = transfer.chunks.get(timeout=min(POLL, left))
            except queue.Empty:
                continue
            if isinstance(chunk, BaseException):
                raise _failure(chunk, what, timeout, got, pinned.size) from chunk
            if not chunk:
                break
            got += len(chunk)
            if got > pinned.size:
                raise DownloadError(
                    "cannot download {name}: the server sent more than the expected {size} "
                    "bytes ({url})",
                    size=f"{pinned.size:,}",
                    **what,
                )
            digest.update(chunk)
            out.write(chunk)
            report(got)
    finally:
        transfer.stop()
    if got < pinned.size:
        raise DownloadError(
            "cannot download {name}: the connection closed after {got} of {size} bytes ({url})",
            got=f"{got:,}",
            size=f"{pinned.size:,}",
            **what,
        )
    if digest.hexdigest() != pinned.sha256:
        raise DownloadError(
            "cannot download {name}: the file is corrupted (SHA-256 {found}…, expected {sha}…)",
            name=pinned.name,
            found=digest.hexdigest()[:12],
            sha=pinned.sha256[:12],
        )


class _Transfer:
    """Reads a URL on a daemon thread into a small queue of chunks; an error ends the queue.

    :meth:`stop` returns at once: the thread is told to quit and its connection
    is shut down, so a read blocked on a silent server returns too.
    """

    def __init__(self, url: str, timeout: float) -> None:
        self.chunks: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=16)
        self._stopped = threading.Event()
        self._response: object = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._run, args=(url, timeout), name="catneuron-download", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        with self._lock:
            self._stopped.set()
            _hang_up(self._response)

    def _run(self, url: str, timeout: float) -> None:
        request = urllib.request.Request(url, headers={"User-Agent": f"catneuron/{__version__}"})
        try:
            response = urllib.request.urlopen(request, timeout=timeout)
            with self._lock:
                self._response = response
                if self._stopped.is_set():
                    _hang_up(response)
            with response:
                while not self._stopped.is_set():
                    chunk = response.read(CHUNK_SIZE)
                    self._put(chunk)
                    if not chunk:
                        return
        except BaseException as error:
            if isinstance(error, urllib.error.HTTPError):
                error.close()
            self._put(error)

    def _put(self, item: bytes | BaseException) -> None:
        while not self._stopped.is_set():
            with contextlib.suppress(queue.Full):
                self.chunks.put(item, timeout=POLL)
                return


def _hang_up(response: object) -> None:
    """Shut the connection under ``response`` down, waking a read blocked on it."""
    try:
        fd = os.dup(response.fileno())  # type: ignore[attr-defined]
    except Exception:
        return
    try:
        sock = socket.socket(fileno=fd)
    except OSError:
        os.close(fd)  # a file:// URL: nothing to wake
        return
    with sock, contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _failure(
    error: BaseException, what: dict[str, str], timeout: float, got: int, size: int
) -> DownloadError:
    if isinstance(error, urllib.error.HTTPError):
        return DownloadError(
            "cannot download {name}: the server answered {code} {reason} ({url})",
            code=error.code,
            reason=untrusted.plain(error.reason, 60),
            **what,
        )
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    text = _network_reason(reason, timeout)
    if got:
        return DownloadError(
            "cannot download {name}: {reason} after {got} of {size} bytes ({url})",
            reason=text,
            got=f"{got:,}",
            size=f"{size:,}",
            **what,
        )
    return DownloadError("cannot download {name}: {reason} ({url})", reason=text, **what)


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s (timed out)"
    if isinstance(reason, socket.gaierror):
        return "cannot find the server (no network?)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, (ConnectionError, http.client.IncompleteRead)):
        return "the connection was cut"
    if isinstance(reason, (http.client.HTTPException, ValueError)):
        return "the server's answer or the address is not valid"
    if isinstance(reason, OSError):
        return untrusted.reason(reason)
    if isinstance(reason, BaseException):
        return "unexpected failure"
    return untrusted.plain(reason, 60)


def _ignore(done: int, total: int) -> None:
    pass
