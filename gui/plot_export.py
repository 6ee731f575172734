"""File › Export plot: the learning curves as a PNG picture, or the current run as a CSV table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.atomic import atomic_path
from gui import dialogs

if TYPE_CHECKING:
    from gui.loss_plot import LossPlot


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlotExport", text)


def export_plot(plot: LossPlot, path: Path, as_csv: bool = False) -> None:
    """Write the curves to ``path`` (atomically), as CSV or as a PNG of both plots."""
    with atomic_path(path) as tmp:
        if as_csv:
            tmp.write_text(plot.to_csv())
        elif not plot.grab().save(str(tmp), "PNG"):
            raise OSError(f"cannot write {path}")  # said by the dialog in the window's words


def export_dialog(parent: QWidget, plot: LossPlot) -> None:
    """Ask where and as what, then write; a dialog says why a file could not be written."""
    chosen = dialogs.ask_plot_export(parent)
    if chosen is not None:
        try:
            export_plot(plot, *chosen)
        except OSError as error:
            reason = error.strerror or _tr("cannot write the file")  # the system's words
            dialogs.warn(
                parent,
                _tr("Cannot export"),
                _tr("{path}: {reason}").format(path=chosen[0], reason=reason),
            )
