"""Small helpers for building widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Named = TypeVar("Named", bound=QObject)


def named(item: Named, name: str) -> Named:
    """``item`` with its objectName set: how tests, style sheets and users' tools find it.

    Qt accepts ``objectName=`` as a keyword of every constructor, but PySide6's
    type stubs do not know it; this says the same and type-checks.
    """
    item.setObjectName(name)
    return item
