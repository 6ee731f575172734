"""The try-it panel: drop, open or paste pictures and see the neuron's answer and its reasons.

Pictures are decoded off the GUI thread by :func:`gui.decoding.decode_task`
(the CLI's decoder, so a picture gets the same answer everywhere), one request
at a time: a new drop or a paste cancels the one still decoding. The answers
follow the state's model, also while training runs, and the epoch chosen on
the history slider. Under the explanation, the picture's story: its p(cat)
over the epochs of the current run (:class:`~gui.trajectory_plot.TrajectoryPlot`).
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QRectF, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core.dataset import flatten
from core.errors import CatNeuronError
from core.task import INPUT_SHAPE, verdict
from gui.app_state import AppState
from gui.decoding import IMAGE_SUFFIXES, DecodeResult, Listing, decode_task
from gui.explanation_view import ExplanationView
from gui.glossary import answer_text
from gui.image_decoder import DecodedImage, image_for_model, to_qimage
from gui.language import Retranslatable, error_text
from gui.live_throttle import LiveThrottle
from gui.task_priority import Priority
from gui.task_slot import TaskSlot
from gui.trajectory_plot import TrajectoryPlot
from gui.widgets import accept_as_copy, named
from gui.worker import Worker, reraise


class DropPanel(Retranslatable, QFrame):
    """Accepts dropped files and folders, an Open button and Ctrl+V; shows answers inline."""

    predicted = Signal()  # the answers on show were (re)computed

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("dropZone")
        self.hovered = False  # a drag it would take is over it
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._paths: list[Path] = []
        self._results: dict[int, DecodeResult] = {}
        self._decoding_count: int | None = None  # how many pictures are decoding, while they are
        self._decoding = TaskSlot(self)
        self._decoding.yielded.connect(self._on_decoded)
        self._decoding.errored.connect(self._on_decode_failed)
        self._busy_later = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_later.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may come 5% early
        self._busy_later.timeout.connect(self._on_still_decoding)

        self.hint = hint = named(QLabel(), "dropHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.open_button = named(QPushButton(), "openImageButton")
        self.open_button.clicked.connect(self.open_dialog)
        self.explanation = ExplanationView(state)
        self.trajectory = TrajectoryPlot(state)
        self.list = named(QListWidget(), "predictionList")
        self.list.setIconSize(QSize(40, 40))
        self.list.currentRowChanged.connect(self._show_detail)
        self.list.hide()

        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.trajectory)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)
        state.modelChanged.connect(LiveThrottle(state, self._on_model_changed, self))
        self._retranslate()

    def _retranslate(self) -> None:
        self.hint.setText(
            "<b>{}</b><br>{}".format(
                html.escape(self.tr("Drop pictures here")),
                html.escape(self.tr("files, a folder, or paste with Ctrl+V")),
            )
        )
        self.open_button.setText(self.tr("Open image…"))
        self.open_button.setToolTip(self.tr("Choose pictures for the neuron to judge"))
        if self._decoding_count is not None and not self._busy_later.isActive():
            self._show_busy()
        if self._results:
            self._refresh()

    @property
    def decoding(self) -> bool:
        """Whether pictures are still being decoded."""
        return self._decoding.busy

    @property
    def input_shape(self) -> tuple[int, int, int]:
        """The size pictures are decoded to: the current model's input."""
        return self.state.model.input_shape if self.state.model else INPUT_SHAPE

    # -- input ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files and folders and raw image data, as a copy; light up while over."""
        if _usable(event.mimeData()) and accept_as_copy(event):
            self._set_hovered(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the drag moves over the panel."""
        if _usable(event.mimeData()):
            accept_as_copy(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """The drag went elsewhere: no more highlight."""
        self._set_hovered(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Predict what was dropped; the source keeps its files (a copy, never a move)."""
        self._set_hovered(False)
        if self.take_mime(event.mimeData()):
            accept_as_copy(event)
        else:
            event.ignore()

    def _set_hovered(self, on: bool) -> None:
        """Light the frame up or down: a repaint of the frame only, nothing inside moves."""
        if on != self.hovered:
            self.hovered = on
            inner = self.rect().adjusted(HOVER_BORDER, HOVER_BORDER, -HOVER_BORDER, -HOVER_BORDER)
            self.update(QRegion(self.rect()).subtracted(QRegion(inner)))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame, drawn in the palette's highlight while a drag it would take is over it."""
        super().paintEvent(event)
        if self.hovered:
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), HOVER_BORDER)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = HOVER_BORDER / 2
            painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))

    def take_mime(self, mime: QMimeData) -> bool:
        """Predict the files, folder, path text or image data in ``mime`` (drops and pastes)."""
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if not paths and mime.hasText():
            paths = _path_in_text(mime.text())
        if paths:
            self.predict_paths(paths)
            return True
        if mime.hasImage():
            self.predict_image(QImage(mime.imageData()))
            return True
        if mime.urls() or mime.hasText():
            self._show_error(self.tr("only local files, folders or images can be judged"))
        return False

    @Slot()
    def paste(self) -> None:
        """Ctrl+V: judge the picture, file or path on the clipboard."""
        self.take_mime(QApplication.clipboard().mimeData())

    @Slot()
    def open_dialog(self) -> None:
        """The Open image… button."""
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
        images = self.tr("Images ({patterns})").format(patterns=patterns)
        filters = ";;".join((images, self.tr("All files (*)")))
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Open pictures"), "", filters)
        if names:
            self.predict_paths([Path(name) for name in names])

    def predict_paths(self, paths: list[Path]) -> None:
        """Decode ``paths`` (folders expanded) off the GUI thread, then show each answer."""
        self._paths, self._results = list(paths), {}
        self.list.clear()
        self.list.hide()
        self._decoding_count = 1
        self._busy_later.start()
        worker = Worker(
            decode_task,
            self._paths,
            self.input_shape,
            name="decode",
            priority=Priority.FOREGROUND,
        )
        self._decoding.start(worker)

    @Slot()
    def _on_still_decoding(self) -> None:
        """The decode outlasted :data:`BUSY_DELAY_MS`: say so, in place of the last answer."""
        if self._decoding_count is not None:
            self._show_busy()
            self.trajectory.show_input(None)

    def predict_image(self, image: QImage) -> None:
        """Judge a picture from memory (a paste), decoded on the spot: it is already pixels."""
        self._decoding.cancel()  # a drop still decoding must not overwrite the paste
        try:
            decoded = image_for_model(image, self.input_shape)
        except CatNeuronError as error:
            self._show_error(error_text(error))
            return
        self._show_decoded(decoded)

    def show_picture(self, pixels: np.ndarray, name: str) -> None:
        """Explain a picture already at the model's input size, e.g. one clicked in the dataset.

        ``pixels`` is ``(H, W, 3)`` uint8, as the dataset holds them; ``name`` is
        what the panel calls it. Answer, explanation and story follow, as for a drop.
        """
        self._decoding.cancel()
        height, width = pixels.shape[:2]
        preview = to_qimage(pixels)
        self._show_decoded(DecodedImage(Path(name), (width, height), preview, pixels))

    def _show_decoded(self, decoded: DecodedImage) -> None:
        self._paths = []
        self._on_decoded(Listing([decoded.path], 1))
        self._on_decoded(DecodeResult(0, decoded.path, decoded))

    # -- output -----------------------------------------------------------------------------

    @Slot(object)
    def _on_decoded(self, result: Listing | DecodeResult) -> None:
        if isinstance(result, Listing):
            self.list.clear()
            for path in result.files:
                self.list.addItem(QListWidgetItem(self._item_text(path, self.tr("decoding…"))))
            self.list.setCurrentRow(0)
            self.list.setVisible(len(result.files) > 1)
            if len(result.files) > 1:
                self._decoding_count = len(result.files)
                if not self._busy_later.isActive():
                    self._show_busy()
            return
        self._decoding_count = None
        self._busy_later.stop()
        self._results[result.index] = result
        item = self.list.item(result.index)
        if result.image is not None and item is not None:
            item.setIcon(QIcon(QPixmap.fromImage(result.image.preview)))
        self._refresh(only=result.index)

    @Slot(object)
    def _on_decode_failed(self, error: BaseException) -> None:
        if not isinstance(error, CatNeuronError):
            reraise(error)
        self._show_error(error_text(error))

    def _on_model_changed(self) -> None:
        shapes = {r.image.pixels.shape for r in self._results.values() if r.image is not None}
        if self._paths and shapes and shapes != {self.input_shape}:
            self.predict_paths(self._paths)  # another input size: decode again
        elif self._results:
            self._refresh(detail=False)  # the explanation follows the model by itself

    def _refresh(self, only: int | None = None, *, detail: bool = True) -> None:
        model = self.state.model
        for index in [only] if only is not None else sorted(self._results):
            result, item = self._results[index], self.list.item(index)
            if item is None:
                continue
            if result.error is not None:
                item.setText(error_text(result.error))
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            elif result.image is not None:
                text = self.tr("no model")
                if model is not None and model.input_shape == result.image.pixels.shape:
                    x = flatten(result.image.pixels[None])
                    p_cat = float(model.neuron.predict_proba(x)[0, 1])
                    text = answer_text(verdict(p_cat, model.classes))
                item.setText(self._item_text(result.path, text))
        if detail and (only is None or only == self.list.currentRow()):
            self._show_detail(self.list.currentRow())
        self.predicted.emit()

    @Slot(int)
    def _show_detail(self, row: int) -> None:
        result = self._results.get(row)
        if result is None:
            return
        if result.error is not None:
            self._show_error(error_text(result.error))
        elif result.image is not None:
            if result.image is not self.explanation.image:  # a new picture: a new story
                self.trajectory.show_input(flatten(result.image.pixels[None])[0])
            self.explanation.show_image(result.image)

    def _item_text(self, path: Path, answer: str) -> str:
        return self.tr("{file} — {answer}").format(file=path.name, answer=answer)

    def _show_busy(self) -> None:
        count = self._decoding_count or 1
        if count > 1:
            self.explanation.show_busy(self.tr("decoding %n picture(s)…", "", count))
        else:
            self.explanation.show_busy(self.tr("decoding…"))

    def _show_error(self, message: str) -> None:
        """One line in place of the answer; the picture and its story go."""
        self._decoding_count = None
        self._busy_later.stop()
        self.explanation.show_error(message)
        self.trajectory.show_input(None)
        self.trajectory.show_input(None)


def _path_in_text(text: str) -> list[Path]:
    """A pasted path or ``file://`` URL, if it names something that exists."""
    text = text.strip()
    name = QUrl(text).toLocalFile() if text.startswith("file:") else text
    try:
        candidate = Path(name).expanduser()
        return [candidate] if candidate.exists() else []
    except (OSError, ValueError, RuntimeError):  # not a path: too long, NUL bytes, ~nosuchuser
        return []


BUSY_DELAY_MS = 150
"""How long a decode may take before the panel says it is decoding. A quicker one (most
single pictures) replaces the last answer directly: no flash of "decoding…", and one
layout and repaint of the panel fewer before the answer."""
HOVER_BORDER = 3
"""The width of the highlight around the drop zone while a drag it would take is over it."""


def _usable(mime: QMimeData) -> bool:
    return any(url.isLocalFile() for url in mime.urls()) or mime.hasImage()
