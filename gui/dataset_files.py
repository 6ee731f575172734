"""Opening a dataset from the window, and what the window does when one cannot be had.

A folder chosen from File › Open dataset that cannot be opened is said in a
dialog, and the dataset in use stays. At start, or when a download fails, the
reason is said on the no-data page, which shows when there is no dataset. A
download that would replace a dataset of the user's own asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from core.errors import CatNeuronError, WouldReplaceError
from gui import dialogs
from gui.app_state import AppState
from gui.data_control import DataControl, Origin
from gui.language import error_text
from gui.no_data_page import NoDataPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatasetFiles", text)


class DatasetFiles(QObject):
    """File › Open dataset, and the answer to a dataset that failed to open or download."""

    def __init__(
        self,
        window: QWidget,
        state: AppState,
        data: DataControl,
        no_data_page: NoDataPage,
        center: QStackedWidget,
    ) -> None:
        super().__init__(window)
        self.window, self.state, self.data = window, state, data
        self.no_data_page, self.center = no_data_page, center
        data.failed.connect(self._on_failed)

    @Slot()
    def open_dialog(self) -> None:
        """File › Open dataset: the HDF5 pair or a picture folder; a dialog says what is wrong."""
        folder = dialogs.ask_dataset_folder(self.window)
        if folder is not None:
            self.data.load(folder)

    @Slot(object, object)
    def _on_failed(self, error: CatNeuronError, origin: Origin) -> None:
        if isinstance(error, WouldReplaceError) and origin is Origin.DOWNLOAD:
            if dialogs.confirm_replace(self.window, error_text(error)):
                self.data.download(force=True)
            return
        if origin is Origin.MENU:
            if self.state.dataset is None:
                self.no_data_page.show_reason(error)
            dialogs.warn(self.window, _tr("Cannot open dataset"), error_text(error))
            return
        self.no_data_page.show_reason(error)
        if self.state.dataset is None:
            self.center.setCurrentWidget(self.no_data_page)
