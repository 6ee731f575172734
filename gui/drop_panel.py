"""The try-it panel: drop, open or paste pictures and see the neuron's answer and its reasons.

Pictures are decoded off the GUI thread by :class:`~gui.decode_service.DecodeService`
(the CLI's decoder, so a picture gets the same answer everywhere); the answer
itself is one dot product with the current weights and is recomputed whenever
the model changes, also while training runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageReader,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core.dataset import flatten
from core.errors import CatNeuronError
from core.explain import diverging_colors, explain
from core.model_file import Model
from gui.decode_service import DecodeResult, DecodeService
from gui.image_decoder import DecodedImage, image_for_model, to_qimage

MAX_FILES = 200
"""A dropped folder predicts at most this many pictures (sorted by name)."""
IMAGE_SUFFIXES = frozenset(
    "." + bytes(fmt.data()).decode() for fmt in QImageReader.supportedImageFormats()
)
SEEN_SIZE = 128


def expand_paths(paths: list[Path], limit: int = MAX_FILES) -> list[Path]:
    """Files as given, folders replaced by the pictures inside them (by name), at most ``limit``."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p for p in path.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                )
            )
        else:
            files.append(path)
    return files[:limit]


def answer_text(p_cat: float, classes: tuple[str, str]) -> str:
    """``cat 90.0%`` — the predicted class and the model's probability for that class."""
    label = classes[1] if p_cat > 0.5 else classes[0]
    sure = p_cat if p_cat > 0.5 else 1.0 - p_cat
    return f"{label} {100 * sure:.1f}%"


class DropPanel(QFrame):
    """Accepts dropped files and folders, an Open button and Ctrl+V; shows answers inline."""

    predicted = Signal()  # the answers on show were (re)computed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model: Model | None = None
        self.decoder = DecodeService(self)
        self.decoder.decoded.connect(self._on_decoded)
        self._results: dict[int, DecodeResult] = {}
        self._paths: list[Path] = []
        self._shown: DecodedImage | None = None

        hint = QLabel("<b>Drop pictures here</b><br>files, a folder, or paste with Ctrl+V")
        hint.setObjectName("dropHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton("Open image…", objectName="openImageButton")
        self.open_button.clicked.connect(self.open_dialog)
        self.prediction = QLabel("Drop a picture to ask the neuron", objectName="predictionLabel")
        self.prediction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prediction.setWordWrap(True)
        font = self.prediction.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.prediction.setFont(font)
        self.probability = QProgressBar(objectName="probabilityBar")
        self.probability.setRange(0, 1000)
        self.probability.setTextVisible(True)
        self.probability.setFormat("p(cat)")
        self.probability.setValue(0)

        self.preview = self._image_label("picture", 200)
        self.seen = self._image_label("what the neuron sees (64×64)", SEEN_SIZE)
        self.heat = self._image_label("push toward cat (red) / away (blue)", SEEN_SIZE)
        images = QGridLayout()
        images.addWidget(self.preview, 0, 0, 2, 1)
        images.addWidget(self.seen, 0, 1)
        images.addWidget(self.heat, 0, 2)
        self.seen_caption = QLabel("neuron's input")
        self.heat_caption = QLabel("w ⊙ x: red → cat, blue → not")
        for col, caption in ((1, self.seen_caption), (2, self.heat_caption)):
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setStyleSheet("color: palette(mid);")
            images.addWidget(caption, 1, col)
        self.math = QLabel(objectName="explanationLabel")
        self.math.setTextFormat(Qt.TextFormat.RichText)
        self.math.setWordWrap(True)
        self.math.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.list = QListWidget(objectName="predictionList")
        self.list.setIconSize(QSize(40, 40))
        self.list.currentRowChanged.connect(self._show_detail)
        self.list.hide()

        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.prediction)
        layout.addWidget(self.probability)
        layout.addLayout(images)
        layout.addWidget(self.math)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)

    # -- input ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files and folders and raw image data; refuse anything else."""
        if _usable(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the drag moves over the panel."""
        if _usable(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Predict what was dropped."""
        if self.take_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def take_mime(self, mime: QMimeData) -> bool:
        """Predict the files, folder, path text or image data in ``mime`` (drops and pastes)."""
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if not paths and mime.hasText():
            candidate = Path(mime.text().strip().removeprefix("file://")).expanduser()
            try:
                if candidate.exists():
                    paths = [candidate]
            except (OSError, ValueError):  # text that cannot be a path (too long, NUL bytes)
                pass
        if paths:
            self.predict_paths(paths)
            return True
        if mime.hasImage():
            self.predict_image(QImage(mime.imageData()))
            return True
        if mime.urls() or mime.hasText():
            self._show_error("only local files, folders or images can be judged")
        return False

    @Slot()
    def open_dialog(self) -> None:
        """The Open image… button."""
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
        names, _ = QFileDialog.getOpenFileNames(
            self, "Open pictures", "", f"Images ({patterns});;All files (*)"
        )
        if names:
            self.predict_paths([Path(name) for name in names])

    def predict_paths(self, paths: list[Path]) -> None:
        """Decode ``paths`` (folders expanded) off the GUI thread, then show each answer."""
        try:
            files = expand_paths(paths)
        except OSError as error:
            self._show_error(f"{Path(error.filename or paths[0]).name}: {error.strerror}")
            return
        if not files:
            self._show_error(f"{paths[0].name}: no pictures found")
            return
        self._paths = files
        self._results = {}
        self.list.clear()
        for path in files:
            self.list.addItem(QListWidgetItem(f"{path.name} — decoding…"))
        self.list.setCurrentRow(0)
        self.list.setVisible(len(files) > 1)
        self.prediction.setText(
            "decoding…" if len(files) == 1 else f"decoding {len(files)} pictures…"
        )
        shape = self.model.input_shape if self.model else (64, 64, 3)
        self.decoder.submit(files, shape)

    def predict_image(self, image: QImage) -> None:
        """Judge a picture from memory (a paste), decoded on the spot: it is already pixels."""
        shape = self.model.input_shape if self.model else (64, 64, 3)
        self.decoder.cancel()  # a drop still decoding must not overwrite the paste
        try:
            decoded = image_for_model(image, shape)
        except CatNeuronError as error:
            self._show_error(str(error))
            return
        self._paths = []
        self.list.clear()
        self.list.hide()
        self._results = {0: DecodeResult(self.decoder.ticket, 0, decoded.path, decoded)}
        self.list.addItem(QListWidgetItem(decoded.path.name))
        self.list.setCurrentRow(0)
        self._refresh()

    # -- model ------------------------------------------------------------------------------

    def set_model(self, model: Model | None) -> None:
        """Judge the pictures on show with ``model`` (called whenever the model changes)."""
        old_shape = self.model.input_shape if self.model else None
        self.model = model
        if model is not None and old_shape not in (None, model.input_shape) and self._paths:
            self.predict_paths(self._paths)  # another input size: decode again
            return
        self._refresh()

    # -- output -----------------------------------------------------------------------------

    @Slot(object)
    def _on_decoded(self, result: DecodeResult) -> None:
        if result.ticket != self.decoder.ticket:
            return  # a newer drop replaced this one
        self._results[result.index] = result
        self._refresh(only=result.index)

    def _refresh(self, only: int | None = None) -> None:
        indexes = [only] if only is not None else sorted(self._results)
        for index in indexes:
            result = self._results[index]
            item = self.list.item(index)
            if item is None:
                continue
            if result.error:
                item.setText(result.error)
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            elif result.image is not None:
                p_cat = self._p_cat(result.image)
                text = answer_text(p_cat, self._classes()) if p_cat is not None else "no model"
                item.setText(f"{result.path.name} — {text}")
                if only is not None:
                    item.setIcon(QIcon(QPixmap.fromImage(result.image.preview)))
        self._show_detail(self.list.currentRow())
        self.predicted.emit()

    @Slot(int)
    def _show_detail(self, row: int) -> None:
        result = self._results.get(row)
        if result is None:
            return
        if result.error:
            self._show_error(result.error)
            return
        assert result.image is not None
        self._show_image(result.image)

    def _show_image(self, image: DecodedImage) -> None:
        self.prediction.setStyleSheet("")
        if image is not self._shown:  # the pictures change with the selection, not the model
            self._shown = image
            self._set_pixmap(self.preview, QPixmap.fromImage(image.preview), 200, smooth=True)
            self._set_pixmap(self.seen, QPixmap.fromImage(to_qimage(image.pixels)), SEEN_SIZE)
        if self.model is None:
            self.prediction.setText("no model loaded")
            return
        x = flatten(image.pixels[None])[0]
        why = explain(self.model.neuron, x, self.model.input_shape)
        self.prediction.setText(answer_text(why.p_cat, self._classes()))
        self.probability.setValue(round(1000 * why.p_cat))
        self.probability.setFormat(f"p({self._classes()[1]}) = {why.p_cat:.3f}")
        heat = to_qimage(diverging_colors(why.contributions))
        self._set_pixmap(self.heat, QPixmap.fromImage(heat), SEEN_SIZE)
        self.math.setText(
            f"z = w·x + b = {why.weighted_sum:.3f} {'+' if why.bias >= 0 else '−'} "
            f"{abs(why.bias):.3f} = <b>{why.logit:.3f}</b><br>"
            f"σ(z) = 1 / (1 + e<sup>−z</sup>) = <b>{why.p_cat:.3f}</b>"
            f" &nbsp;→ {self._classes()[1] if why.p_cat > 0.5 else self._classes()[0]}"
            f" (cat when σ(z) &gt; 0.5)"
        )

    def _show_error(self, message: str) -> None:
        self._shown = None
        self.prediction.setText(message)
        self.prediction.setStyleSheet("color: #b3261e;")
        self.probability.setValue(0)
        self.probability.setFormat("p(cat)")
        self.math.setText("")
        for label in (self.preview, self.seen, self.heat):
            label.clear()
            label.setText(label.toolTip())

    def _p_cat(self, image: DecodedImage) -> float | None:
        if self.model is None:
            return None
        return float(self.model.neuron.predict_proba(flatten(image.pixels[None]))[0, 1])

    def _classes(self) -> tuple[str, str]:
        return self.model.classes if self.model else ("non-cat", "cat")

    @staticmethod
    def _image_label(tip: str, side: int) -> QLabel:
        label = QLabel(tip)
        label.setToolTip(tip)
        label.setFixedSize(side, side)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("border: 1px solid palette(mid); color: palette(mid);")
        return label

    @staticmethod
    def _set_pixmap(label: QLabel, pixmap: QPixmap, side: int, smooth: bool = False) -> None:
        fast, slow = (
            Qt.TransformationMode.FastTransformation,
            Qt.TransformationMode.SmoothTransformation,
        )
        mode = slow if smooth else fast
        label.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, mode))


def _usable(mime: QMimeData) -> bool:
    return any(url.isLocalFile() for url in mime.urls()) or mime.hasImage()
