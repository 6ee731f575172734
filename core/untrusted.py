"""Reading files from strangers: HDF5 checked from its metadata first, names kept plain.

Model and dataset files come from anywhere (a download, a classmate, a crafted
file). Before a byte of data is read, each object's link, layout, type, shape
and size are checked from the file's metadata against stated limits; objects
that would make the library read *other* files (external links, external
storage, virtual datasets) or follow links are refused outright. Every refusal
is one line of the caller's error type, naming the file and the object.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import h5py
import numpy as np

from core.errors import CatNeuronError

MAX_ATTRIBUTE_BYTES = 64 * 1024
"""The largest attribute read (ours are well under 1 KiB)."""

MAX_JSON_CHARS = 4096
"""The longest JSON text in an attribute (a model's hyperparameters, metrics, class names)."""

MAX_EXPANSION = 64
MIN_CHECKED_BYTES = 16 * 1024 * 1024
"""Data that declares more than 16 MiB must occupy at least 1/64 of that in the file.

A compressed or never-written dataset can declare gigabytes in a few bytes;
real pictures never shrink 64 to 1, and the article's files are not compressed.
"""

ALLOWED_FILTERS = {1, 2, 3, 4, 5, 6, 32000}
"""deflate, shuffle, fletcher32, szip, n-bit, scale-offset and LZF: those HDF5 and h5py ship."""

MAX_CLASS_NAME = 40
"""Characters in a class name: a word or two, shown next to a picture."""


def check_file(path: Path, error: type[CatNeuronError], max_bytes: int | None = None) -> None:
    """Refuse a path that is missing, not a regular file, empty, too large or unreadable."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise error("{path}: file not found", path=path) from None
    except OSError as failure:
        raise error("{path}: cannot open ({reason})", path=path, reason=reason(failure)) from None
    if stat.S_ISDIR(info.st_mode):
        raise error("{path}: is a folder, not a file", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise error("{path}: not a regular file", path=path)
    if info.st_size == 0:
        raise error("{path}: empty file", path=path)
    if max_bytes is not None and info.st_size > max_bytes:
        raise error(
            "{path}: {size} bytes, more than the {limit} such a file can have",
            path=path,
            size=info.st_size,
            limit=max_bytes,
        )
    if not os.access(path, os.R_OK):
        raise error("{path}: cannot open (permission denied)", path=path)


@contextlib.contextmanager
def open_hdf5(path: Path, error: type[CatNeuronError], what: str) -> Iterator[h5py.File]:
    """Open ``path`` read-only; anything but a readable HDF5 file is one ``error`` line.

    ``what`` names the kind of file expected ("an HDF5 model file", "an HDF5 file").
    """
    try:
        is_hdf5 = h5py.is_hdf5(path)
    except Exception as failure:
        raise error("{path}: cannot open ({reason})", path=path, reason=reason(failure)) from None
    if not is_hdf5:
        raise error("{path}: not {what}", path=path, what=what)
    try:
        f = h5py.File(path, "r")
    except Exception as failure:
        raise error(
            "{path}: cannot open ({reason})", path=path, reason=reason(failure), detail=failure
        ) from None
    try:
        yield f
    finally:
        with contextlib.suppress(Exception):
            f.close()


def has_key(f: h5py.File, key: str) -> bool:
    """Whether ``key`` names anything at the top of ``f``, without following a link."""
    return f.get(key, getlink=True) is not None


def dataset(f: h5py.File, key: str, error: type[CatNeuronError], name: str) -> h5py.Dataset:
    """The data stored in ``f`` under ``key``, refused if it is missing or not plain local data."""
    link = f.get(key, getlink=True)
    fields = {"file": name, "key": key}
    if link is None:
        found = ", ".join(plain(k, 30) for k in sorted(f.keys())[:6]) or "none"
        raise error("{file}: missing key '{key}' (keys found: {found})", found=found, **fields)
    if isinstance(link, h5py.ExternalLink):
        raise error(
            "{file}: '{key}' points into another file; only data in this file is read", **fields
        )
    if not isinstance(link, h5py.HardLink):
        raise error("{file}: '{key}' is a link, not data", **fields)
    item = f[key]
    if not isinstance(item, h5py.Dataset):
        raise error("{file}: '{key}' is a group, not data", **fields)
    if item.is_virtual:
        raise error(
            "{file}: '{key}' is assembled from other files; only data in this file is read",
            **fields,
        )
    if item.external:
        raise error(
            "{file}: '{key}' is stored in other files; only data in this file is read", **fields
        )
    plist = item.id.get_create_plist()
    for index in range(plist.get_nfilters()):
        if plist.get_filter(index)[0] not in ALLOWED_FILTERS:
            raise error("{file}: '{key}' is compressed in a way this app does not read", **fields)
    return item


def read_data(
    item: h5py.Dataset, error: type[CatNeuronError], name: str, max_bytes: int
) -> np.ndarray:
    """Read ``item`` once its declared size is within ``max_bytes`` and backed by the file."""
    check_size(item, error, name, max_bytes)
    return np.asarray(item[()])


def check_size(item: h5py.Dataset, error: type[CatNeuronError], name: str, max_bytes: int) -> None:
    """Refuse ``item`` if it declares more than ``max_bytes``, or far more than the file holds."""
    declared = int(np.prod(item.shape, dtype=object)) * item.dtype.itemsize
    key = item.name.lstrip("/")
    if declared > max_bytes:
        raise error(
            "{file}: '{key}' declares {size} bytes, more than the {limit} this app reads",
            file=name,
            key=key,
            size=f"{declared:,}",
            limit=f"{max_bytes:,}",
        )
    stored = item.id.get_storage_size()
    if declared > MIN_CHECKED_BYTES and stored * MAX_EXPANSION < declared:
        raise error(
            "{file}: '{key}' declares {size} bytes but the file holds only {stored} of it",
            file=name,
            key=key,
            size=f"{declared:,}",
            stored=f"{stored:,}",
        )


def attribute(f: h5py.File, key: str, error: type[CatNeuronError], name: str) -> object:
    """The attribute ``key`` of ``f`` (None when absent), refused when it is larger than ours."""
    if key not in f.attrs:
        return None
    handle = h5py.h5a.open(f.id, key.encode())
    if handle.get_storage_size() > MAX_ATTRIBUTE_BYTES or handle.dtype.kind == "V":
        raise error("{file}: the attribute '{key}' is not what this app writes", file=name, key=key)
    value = f.attrs[key]
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return value


def text_attribute(f: h5py.File, key: str, error: type[CatNeuronError], name: str) -> str | None:
    """An attribute that must be one short string."""
    value = attribute(f, key, error, name)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_JSON_CHARS:
        raise error("{file}: the attribute '{key}' should be a short text", file=name, key=key)
    return value


def json_attribute(f: h5py.File, key: str, error: type[CatNeuronError], name: str) -> object:
    """An attribute holding a short JSON text, parsed (deep nesting is refused, not a crash)."""
    text = text_attribute(f, key, error, name)
    if text is None:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise error("{file}: the attribute '{key}' is not valid JSON", file=name, key=key) from None


def class_names(value: object, error: type[CatNeuronError], name: str) -> tuple[str, str]:
    """Two different short plain-text names: no markup, no control or invisible characters."""
    if not (isinstance(value, (list, tuple)) and len(value) == 2):
        raise error("{file}: there should be 2 class names", file=name)
    for item in value:
        if not is_plain_name(item):
            raise error(
                "{file}: a class name should be plain text of 1 to {limit} characters, "
                "found {found}",
                file=name,
                limit=MAX_CLASS_NAME,
                found=plain(repr(item), 30),
            )
    if value[0] == value[1]:
        raise error("{file}: the 2 class names are the same", file=name)
    return (value[0], value[1])


def is_plain_name(value: object) -> bool:
    """Whether ``value`` is a string fit to show as a class name, as is, anywhere."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= MAX_CLASS_NAME
        and value == value.strip()
        and not any(
            ch in "<>" or (unicodedata.category(ch)[0] in "CZ" and ch != " ") for ch in value
        )
    )


def plain(text: object, limit: int = 80) -> str:
    """``text`` with control characters escaped and cut to ``limit``: safe in a one-line message."""
    shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in str(text))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def reason(failure: BaseException) -> str:
    """A user's reason for ``failure``: the system's words for an OS error, never a library's."""
    if isinstance(failure, OSError) and failure.errno is not None and failure.strerror:
        return failure.strerror[0].lower() + failure.strerror[1:]
    return "damaged or incomplete file"
