"""One step of gradient descent, computed before the learner's eyes with its real numbers.

The article's eight steps for the epoch the window shows: the input ``X`` and
the labels, the parameters ``w`` and ``b``, the forward pass ``z = Xw + b``,
``a = σ(z)``, the loss, the backward pass ``dz``, ``dw``, ``db``, the update and
the loss after it. The numbers come from :func:`core.step.compute_step`, the
step the training takes, on the weights of the model shown (the history's at
the chosen epoch), so the step from epoch e lands exactly on epoch e + 1.

It is a full pass over ``X``: the panel computes only while it is on screen,
keeps the float copy of ``X`` only while it is on screen, and while a run
streams new epochs it leaves at least twice its own computing time between two
refreshes, so a large dataset cannot swamp the window.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QHideEvent, QPalette, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.dataset import Dataset, flatten
from core.explain import diverging_colors, symmetric_scale
from core.hyperparameters import DEFAULT_LEARNING_RATE
from core.step import ComputedStep, compute_step
from core.task import CAT_LABEL, THRESHOLD
from gui.app_state import AppState
from gui.contrast import NON_TEXT_CONTRAST, readable_on
from gui.glossary import term
from gui.image_decoder import to_qimage
from gui.language import Retranslatable
from gui.trajectory_plot import paint_with_the_window, style_plot
from gui.widgets import named

ROWS = 4
"""Pictures whose numbers are written out at each step."""
BINS = 30
IMAGE_SIDE = 128
CAT_COLOR, NON_CAT_COLOR = (200, 30, 40), (40, 90, 200)
BAR_ALPHA = 90
"""The explanation's red (toward cat) and blue (away from it)."""
SECTIONS = 8


class StepInspector(Retranslatable, QScrollArea):
    """``stepInspector``: eight sections, one per step, following the epoch shown."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("stepInspector")
        self.setWidgetResizable(True)
        self.step: ComputedStep | None = None
        """The step on show (None when there is nothing to compute)."""
        self.epoch: int | None = None
        """The epoch it starts from (None for a model without a run)."""
        self._X: np.ndarray | None = None
        self._X_of: Dataset | None = None
        self._stale = True
        self._pause = QTimer(self, singleShot=True)
        self._pause.timeout.connect(self._on_pause_over)

        self.title = named(QLabel(), "stepTitle")
        self.title.setWordWrap(True)
        self.sections = [QGroupBox() for _ in range(SECTIONS)]
        self.bodies = [_body(f"stepBody{number}") for number in range(1, SECTIONS + 1)]
        self.histogram = named(pg.PlotWidget(), "stepHistogram")
        self.histogram.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing
        self.histogram.setFixedHeight(150)
        self.histogram.setMouseEnabled(x=False, y=False)
        self.histogram.setMenuEnabled(False)
        self.histogram.hideButtons()
        paint_with_the_window(self.histogram)
        self.cat_bars = _bars(CAT_COLOR)
        self.non_cat_bars = _bars(NON_CAT_COLOR)
        self.zero_line = pg.InfiniteLine(0, angle=90, movable=False)
        for item in (self.non_cat_bars, self.cat_bars, self.zero_line):
            self.histogram.addItem(item)
        self.weights_image = _image("stepWeightsImage")
        self.gradient_image = _image("stepGradientImage")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        extras: dict[int, QWidget] = {1: self.weights_image, 2: self.histogram}
        extras[5] = self.gradient_image
        for index, (section, body) in enumerate(zip(self.sections, self.bodies, strict=True)):
            inner = QVBoxLayout(section)
            inner.addWidget(body)
            if index in extras:
                row = QHBoxLayout()
                row.addWidget(extras[index], 0 if index != 2 else 1)
                row.addStretch(0 if index == 2 else 1)
                inner.addLayout(row)
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(content)
        self._apply_palette()
        for signal in (state.modelChanged, state.historyChanged):
            signal.connect(self._on_changed)
        state.datasetChanged.connect(self._on_dataset_changed)
        self._retranslate()

    # -- when to compute --------------------------------------------------------------------

    @Slot()
    def _on_changed(self) -> None:
        self._stale = True
        if self.isVisible() and not self._pause.isActive():
            self.refresh()

    @Slot()
    def _on_dataset_changed(self) -> None:
        self._X = self._X_of = None
        self._on_changed()

    @Slot()
    def _on_pause_over(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the epoch shown when the tab comes into view."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Out of view: the float copy of the pictures is not needed (a few hundred MB at 3,000)."""
        super().hideEvent(event)
        self._X = self._X_of = None

    def refresh(self) -> None:
        """Compute the step from the model shown and write out its numbers."""
        started = time.perf_counter()
        self._stale = False
        self.step, self.epoch = self._compute()
        self._show()
        spent = time.perf_counter() - started
        self._pause.start(max(1, round(2000 * spent)))  # at most a third of the window's time

    def _compute(self) -> tuple[ComputedStep | None, int | None]:
        state, model, dataset = self.state, self.state.model, self.state.dataset
        if model is None or dataset is None or model.input_shape != dataset.image_shape:
            return None, None
        if self._X is None or self._X_of is not dataset:
            self._X, self._X_of = flatten(dataset.train_images), dataset
        if state.history is not None:
            rate = state.history.learning_rate
        elif model.hyperparameters is not None:
            rate = model.hyperparameters.learning_rate
        else:
            rate = DEFAULT_LEARNING_RATE
        labels = dataset.train_labels
        return compute_step(model.neuron, self._X, labels, rate), state.shown_epoch

    # -- what it shows ----------------------------------------------------------------------

    def _show(self) -> None:
        step, dataset = self.step, self.state.dataset
        self._show_title()
        for section in self.sections:
            section.setVisible(step is not None)
        if step is None or dataset is None:
            return
        y = dataset.train_labels  # no need of X itself: it is freed while out of view
        m, n = len(y), int(np.prod(dataset.image_shape))
        cats = int(np.sum(y == CAT_LABEL))
        shape = dataset.image_shape
        rows = range(min(ROWS, m))
        loc = QLocale()
        said_cat = step.a > THRESHOLD
        right = int(np.sum(said_cat == (y == CAT_LABEL)))

        first = ", ".join(_num(v, 3) for v in flatten(dataset.train_images[:1])[0, :4])
        self.bodies[0].setText(
            self.tr(
                "<b>X</b> holds the {0} training pictures, one per row: {0} × {1} numbers, "
                "each a pixel value ÷ 255 (X<sub>0</sub> begins {2} …).<br>"
                "<b>y</b> holds their labels: {3} cats (1) and {4} non-cats (0)."
            ).format(
                loc.toString(m), loc.toString(n), first, loc.toString(cats), loc.toString(m - cats)
            )
        )
        w_map = step.coef.reshape(shape).sum(axis=2)
        scale = symmetric_scale(w_map)
        self.bodies[1].setText(
            self.tr(
                "<b>w</b>: {0} × 1 weights, one per pixel and colour; ‖w‖ = {1}, "
                "the largest |w| = {2}.<br><b>b</b> = {3}.<br>"
                "Below, w summed over the three colours: red pushes toward cat, blue away "
                "(colour scale ±{4})."
            ).format(
                loc.toString(n),
                _num(step.coef_norm, 4),
                _num(np.abs(step.coef).max(), 4),
                _num(step.intercept, 4),
                _num(scale, 4),
            )
        )
        _set_image(self.weights_image, diverging_colors(w_map, scale))

        self.bodies[2].setText(
            self.tr(
                "<b>z = Xw + b</b>: one number per picture, {0} of them.<br>{1} …<br>"
                "Below, how many cats (red) and non-cats (blue) got each z: right of 0 "
                "the neuron says cat."
            ).format(loc.toString(m), _rows("z", (step.z[i] for i in rows)))
        )
        self._show_histogram(step.z, y)
        self.bodies[3].setText(
            self.tr(
                "<b>a = σ(z) = 1 / (1 + e<sup>−z</sup>)</b>: p(cat) of each picture.<br>{0} …<br>"
                "The neuron says cat for {1} of the {2} pictures (a &gt; 0.5); {3} answers "
                "are right."
            ).format(
                _rows("a", (step.a[i] for i in rows)),
                loc.toString(int(np.sum(said_cat))),
                loc.toString(m),
                loc.toString(right),
            )
        )
        self.bodies[4].setText(
            self.tr(
                "<b>L = −(1/m) Σ [y·log a + (1 − y)·log(1 − a)]</b> = <b>{0}</b><br>"
                "The mean cross-entropy over the {1} pictures: the train loss of the curves "
                "at this epoch."
            ).format(_num(step.loss, 4), loc.toString(m))
        )
        dz_rows = ", ".join(
            f"dz<sub>{i}</sub> = {_num(step.a[i], 3)} − {int(y[i])} = {_num(step.dz[i], 3)}"
            for i in rows
        )
        self.bodies[5].setText(
            self.tr(
                "<b>dz = a − y</b>: how far each answer is from its label.<br>{0} …<br>"
                "<b>dw = Xᵀdz / m</b>: {1} numbers, the largest |dw| = {2}; below, summed over "
                "the colours on the weights' colour scale (±{3}).<br>"
                "<b>db = mean(dz)</b> = {4}"
            ).format(
                dz_rows,
                loc.toString(n),
                _num(np.abs(step.dw).max(), 4),
                _num(scale, 4),
                _num(step.db, 5),
            )
        )
        _set_image(self.gradient_image, diverging_colors(step.dw.reshape(shape).sum(axis=2), scale))
        share = step.update_norm / step.coef_norm if step.coef_norm else 0.0
        self.bodies[6].setText(
            self.tr(
                "<b>w ← w − α·dw</b> and <b>b ← b − α·db</b>, with α = {0}.<br>"
                "‖α·dw‖ = <b>{1}</b> next to ‖w‖ = <b>{2}</b>: the step moves w by {3} %.<br>"
                "b: {4} → {5}"
            ).format(
                loc.toString(step.learning_rate, "g", 6),
                _num(step.update_norm, 5),
                _num(step.coef_norm, 4),
                _num(100 * share, 2),
                _num(step.intercept, 5),
                _num(step.new_intercept, 5),
            )
        )
        change = step.loss_after - step.loss
        after = (
            self.tr("the loss of epoch {0}").format(loc.toString(self.epoch + 1))
            if self.epoch is not None
            else self.tr("the loss one epoch later")
        )
        self.bodies[7].setText(
            self.tr("<b>L</b> with the new w and b = <b>{0}</b>, {1} {2} than before: {3}.").format(
                _num(step.loss_after, 4),
                _num(abs(change), 6),
                self.tr("lower") if change <= 0 else self.tr("higher"),
                after,
            )
        )

    def _show_title(self) -> None:
        loc = QLocale()
        if self.step is None:
            self.title.setText(
                self.tr(
                    "Open a dataset with pictures of the model's size to see one step of "
                    "gradient descent computed with its real numbers."
                )
            )
        elif self.epoch is None:
            self.title.setText(
                self.tr(
                    "One step of gradient descent from the model shown, on the {0} training "
                    "pictures. Train or step to follow a run epoch by epoch."
                ).format(loc.toString(len(self.step.z)))
            )
        else:
            history = self.state.history
            if history is not None and self.epoch + 1 < len(history):
                words = self.tr(
                    "One step of gradient descent from epoch {0} to epoch {1}, on the {2} "
                    "training pictures: the step the run took. Move the slider to see another."
                )
            else:  # the run's last epoch so far: the step it has not taken (yet)
                words = self.tr(
                    "One step of gradient descent from epoch {0} to epoch {1}, on the {2} "
                    "training pictures: the step the run would take next. Move the slider to "
                    "see one it took."
                )
            self.title.setText(
                words.format(
                    loc.toString(self.epoch),
                    loc.toString(self.epoch + 1),
                    loc.toString(len(self.step.z)),
                )
            )

    def _show_histogram(self, z: np.ndarray, y: np.ndarray) -> None:
        edges = np.histogram_bin_edges(z, bins=BINS)
        for bars, label in ((self.cat_bars, CAT_LABEL), (self.non_cat_bars, 1 - CAT_LABEL)):
            counts, _ = np.histogram(z[y == label], bins=edges)
            bars.setData(edges, counts)
        reach = max(abs(edges[0]), abs(edges[-1]))
        self.histogram.setXRange(-reach, reach, padding=0.05)

    def _retranslate(self) -> None:
        titles = (
            self.tr("1 · The input X and the labels y"),
            self.tr("2 · The parameters w and b"),
            self.tr("3 · Forward: z = Xw + b"),
            self.tr("4 · Activation: a = σ(z)"),
            self.tr("5 · The loss"),
            self.tr("6 · Backward: dz, dw, db"),
            self.tr("7 · The update"),
            self.tr("8 · The loss after the step"),
        )
        for section, title in zip(self.sections, titles, strict=True):
            section.setTitle(title)
        self.histogram.setLabel("bottom", "z")
        self.histogram.setLabel("left", self.tr("pictures"))
        self.weights_image.setToolTip(term("weights"))
        self.gradient_image.setToolTip("dw")
        if self._stale:
            self._on_changed()  # computed when next in view, in the new language
        else:
            self._show()  # the same step: only its sentences change

    def changeEvent(self, event: QEvent) -> None:
        """Follow the light or dark palette (and the language, through the mixin)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def _apply_palette(self) -> None:
        palette = self.palette()
        style_plot(self.histogram, palette)
        base = palette.color(QPalette.ColorRole.Base)  # the non-cat navy had 2:1 on a dark one
        for bars, rgb in ((self.cat_bars, CAT_COLOR), (self.non_cat_bars, NON_CAT_COLOR)):
            color = readable_on(QColor(*rgb), base, NON_TEXT_CONTRAST)
            bars.setPen(pg.mkPen(color, width=1))
            bars.setBrush(pg.mkBrush(color.red(), color.green(), color.blue(), BAR_ALPHA))
        mid = readable_on(palette.color(QPalette.ColorRole.Mid), base, NON_TEXT_CONTRAST)
        self.zero_line.setPen(pg.mkPen(mid, style=Qt.PenStyle.DashLine))


def _num(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _rows(name: str, values: Iterable[float]) -> str:
    """``z₀ = 0.245, z₁ = −1.072, …`` for the first pictures."""
    return ", ".join(f"{name}<sub>{i}</sub> = {_num(v, 3)}" for i, v in enumerate(values))


def _body(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _image(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setFixedSize(IMAGE_SIDE, IMAGE_SIDE)
    label.setStyleSheet("border: 1px solid palette(mid);")
    return label


def _set_image(label: QLabel, pixels: np.ndarray) -> None:
    pixmap = QPixmap.fromImage(to_qimage(pixels))
    label.setPixmap(pixmap.scaled(IMAGE_SIDE, IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio))


def _bars(rgb: tuple[int, int, int]) -> pg.PlotCurveItem:
    return pg.PlotCurveItem(
        np.zeros(2),
        np.zeros(1),
        stepMode="center",
        fillLevel=0,
        pen=pg.mkPen(rgb, width=1),
        brush=pg.mkBrush(*rgb, BAR_ALPHA),
    )
