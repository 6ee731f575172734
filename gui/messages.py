"""What the window says about errors: one line, in the user's language.

Core raises :class:`~core.errors.CatNeuronError` with an English template and
named fields; the window shows the template translated, then filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.errors import CatNeuronError

ERROR_CONTEXT = "CatNeuronError"
"""The translation context of every message core raises."""


def error_text(error: BaseException) -> str:
    """The error's one line, translated when a translation exists.

    Anything but a :class:`CatNeuronError` is a bug: it is named as such, in one line
    (its traceback goes to the terminal, where it is re-raised).
    """
    if not isinstance(error, CatNeuronError):
        name = QCoreApplication.translate(ERROR_CONTEXT, "unexpected error")
        return f"{name}: {type(error).__name__}: {error}"
    if not error.template:
        return str(error)
    template = QCoreApplication.translate(ERROR_CONTEXT, error.template)
    try:
        return template.format(**error.fields) if error.fields else template
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return str(error)
