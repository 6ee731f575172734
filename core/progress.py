"""How core's long actions report progress and learn that the user wants them to stop.

Downloading and loading an image folder take seconds to minutes. They take a
plain ``progress(done, total)`` callable and a cancel check, so the command line
can draw a bar and the window's workers can turn both into signals, while core
stays free of Qt. Cancellation is cooperative: the action checks between
chunks or pictures and raises :class:`~core.errors.CanceledError`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Union

from core.errors import CanceledError

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)``, from the thread doing the work."""

CancelCheck = Union[Callable[[], bool], threading.Event]  # noqa: UP007 (a runtime alias on 3.10)
"""A ``threading.Event`` that is set, or a callable returning True, asks the action to stop."""


def is_canceled(cancel: CancelCheck | None) -> bool:
    """Whether ``cancel`` asks to stop (``None`` never does)."""
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def raise_if_canceled(cancel: CancelCheck | None, action: str) -> None:
    """Raise :class:`~core.errors.CanceledError` ("<action> canceled") when asked to stop."""
    if is_canceled(cancel):
        raise CanceledError("{action} canceled", action=action)
