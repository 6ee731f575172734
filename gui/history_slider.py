"""The history slider: which epoch of the current run the whole window shows.

Its value is the epoch shown, its range the epochs the run has reached. At the
end of the range the window follows the run as it learns; anywhere else it
holds that epoch (weights, answers, numbers) while training goes on. Moving it
only calls :meth:`AppState.choose_epoch <gui.app_state.AppState.choose_epoch>`;
the views follow the state. A model without a run (bundled, opened from a file,
untrained) has no history, and the slider hides.

The keys (←/→, PgUp/PgDn, Home/End) are the window's
(:class:`~gui.window_actions.WindowActions`), so they work wherever the focus
is, except in a widget that uses them itself; they call :meth:`HistorySlider.move_by`,
:meth:`~HistorySlider.go_first` and :meth:`~HistorySlider.go_newest`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, QSize, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from gui.app_state import AppState, RunStatus
from gui.language import Retranslatable
from gui.widgets import named, tinted_icon

PAGE = 10
"""Epochs one PgUp / PgDn moves."""
MIN_SLIDER_WIDTH = 160
"""The least room the slider keeps to be dragged; with less beside the label, the label goes under.

Beside it, the label left the slider 78 px on a 200 % laptop, 15 px (its handle) at 800×600,
and 127 px on a 1366×768 laptop: 8 epochs a pixel for the article's run.
"""


class HistorySlider(Retranslatable, QWidget):
    """A ``historySlider`` over epochs 0 … last, buttons for one epoch, the first and the newest."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("historyBar")
        self.slider = named(QSlider(Qt.Orientation.Horizontal), "historySlider")
        self.slider.setSingleStep(1)
        self.slider.setPageStep(PAGE)
        self._icons: dict[QToolButton, QStyle.StandardPixmap] = {}
        self.first_button = self._button(
            "historyFirstButton", QStyle.StandardPixmap.SP_MediaSkipBackward
        )
        self.earlier_button = self._button(
            "historyEarlierButton", QStyle.StandardPixmap.SP_ArrowLeft
        )
        self.later_button = self._button("historyLaterButton", QStyle.StandardPixmap.SP_ArrowRight)
        self.newest_button = named(QToolButton(), "historyNewestButton")
        self.newest_button.setCheckable(True)
        self.newest_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = named(QLabel(), "historyLabel")
        for button in (self.earlier_button, self.later_button):
            button.setAutoRepeat(True)

        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 0, 4, 0)
        self.grid.setVerticalSpacing(0)
        self._row = (
            self.first_button,
            self.earlier_button,
            self.slider,
            self.later_button,
            self.newest_button,
        )
        for column, widget in enumerate(self._row):
            self.grid.addWidget(widget, 0, column)
        self.grid.setColumnStretch(self._row.index(self.slider), 1)
        self.label_below = False
        """Whether the label is under the slider (a narrow bar) rather than beside it."""
        self.grid.addWidget(self.label, 0, len(self._row))

        self._widest_label = 0
        self._label_room: tuple[str, str, int] | None = None
        """What the label's size was made for: the run's length, the language, the font."""
        self.slider.valueChanged.connect(self._on_value_changed)
        self.first_button.clicked.connect(self.go_first)
        self.earlier_button.clicked.connect(lambda: self.move_by(-1))
        self.later_button.clicked.connect(lambda: self.move_by(1))
        self.newest_button.clicked.connect(self.go_newest)
        for signal in (state.historyChanged, state.modelChanged, state.runStatusChanged):
            signal.connect(self._on_state_changed)
        self._retranslate()

    # -- moving -----------------------------------------------------------------------------

    def move_by(self, epochs: int) -> None:
        """Show the epoch ``epochs`` later (earlier when negative), within the run."""
        shown, last = self.state.shown_epoch, self.state.last_epoch
        if shown is not None and last is not None:
            self.state.choose_epoch(min(max(shown + epochs, 0), last))

    @Slot()
    def go_first(self) -> None:
        """Show epoch 0, the neuron before its first step."""
        if self.state.last_epoch is not None:
            self.state.choose_epoch(0)

    @Slot()
    def go_newest(self) -> None:
        """Show the newest epoch and follow the run from there on."""
        self.state.choose_epoch(None)
        self._on_state_changed()  # a click on the checked button unchecks it: check it again

    @property
    def following(self) -> bool:
        """Whether the window shows the newest epoch (and follows a live run)."""
        return self.state.chosen_epoch is None

    # -- the state --------------------------------------------------------------------------

    @Slot(int)
    def _on_value_changed(self, epoch: int) -> None:
        self.state.choose_epoch(epoch)

    @Slot()
    def _on_state_changed(self) -> None:
        shown, last = self.state.shown_epoch, self.state.last_epoch
        # a new run has no epoch yet: the bar stays (the curves below it keep their size)
        self.setVisible(last is not None or self.state.running)
        self.setEnabled(last is not None)
        if shown is None or last is None:
            self.label.setText("")  # not the last run's epoch beside this run's start
            return
        with QSignalBlocker(self.slider):  # the state moved it: nothing to choose
            self.slider.setMaximum(last)
            self.slider.setValue(shown)
        running = self.state.run_status is not RunStatus.IDLE
        self.newest_button.setText(self.tr("Live") if running else self.tr("Newest"))
        self.newest_button.setChecked(self.following)
        self.first_button.setEnabled(shown > 0)
        self.earlier_button.setEnabled(shown > 0)
        self.later_button.setEnabled(shown < last)
        self._show_label(shown, last)

    def _show_label(self, shown: int, last: int) -> None:
        locale = QLocale()
        status, run = self.state.run_status, self.state.run
        total = run.epochs if run is not None and status is not RunStatus.IDLE else last
        epoch, of, newest = (locale.toString(n) for n in (shown, total, last))
        self.label.setText(self._label_text(epoch, of, newest, self.following, status))
        metrics = self.label.fontMetrics()
        room = (of, self._label_text(of, of, of, False, RunStatus.IDLE), metrics.height())
        if room == self._label_room:
            return  # the same run, language and font: the label's size stays
        self._label_room = room
        widest = max(
            metrics.horizontalAdvance(self._label_text(of, of, of, *case))
            for case in ((False, RunStatus.IDLE), *((True, s) for s in RunStatus))
        )
        # a drag changes the text, not the slider's length; and a fixed size keeps a new
        # epoch (30 a second in a run) from laying out the bar and the column above it
        self.label.setFixedSize(widest, metrics.height())
        if widest != self._widest_label:  # a new run's length or language, not a drag
            self._widest_label = widest
            self._place_label()

    def _label_text(
        self, epoch: str, of: str, newest: str, following: bool, status: RunStatus
    ) -> str:
        if not following:
            return self.tr("epoch {0} of {1} · newest {2}").format(epoch, of, newest)
        if status is RunStatus.RUNNING:
            return self.tr("epoch {0} of {1} · live").format(epoch, of)
        if status is RunStatus.PAUSED:
            return self.tr("epoch {0} of {1} · paused").format(epoch, of)
        return self.tr("epoch {0} of {1}").format(epoch, of)

    # -- layout -----------------------------------------------------------------------------

    def _row_width(self) -> int:
        """The buttons and the slider at its least, with the margins: the bar's least width."""
        margins = self.grid.contentsMargins()
        spacing = max(self.grid.horizontalSpacing(), 0)
        buttons = [w for w in self._row if w is not self.slider]
        return (
            margins.left()
            + sum(max(w.sizeHint().width(), w.minimumWidth()) for w in buttons)
            + MIN_SLIDER_WIDTH
            + spacing * (len(self._row) - 1)
            + margins.right()
        )

    def _place_label(self) -> None:
        """Beside the slider when the widest label leaves it room to drag, else under it.

        Decided by the widest label the run can show, not the one shown: a drag
        changes the text, and the slider must not move under the mouse.
        """
        spacing = max(self.grid.horizontalSpacing(), 0)
        below = self.width() < self._row_width() + spacing + self._widest_label
        if below == self.label_below:
            return
        self.label_below = below
        self.grid.removeWidget(self.label)
        if below:
            # under the row, not past its last column: an empty column costs a spacing
            self.grid.addWidget(self.label, 1, 0, 1, len(self._row), Qt.AlignmentFlag.AlignRight)
        else:
            self.grid.addWidget(self.label, 0, len(self._row))
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width: the label may go beside the slider or under it."""
        super().resizeEvent(event)
        self._place_label()

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for the label to go under the slider: a narrow column keeps the bar.

        Its layout alone would ask for the label's width beside the slider, and a
        narrow window squeezed the slider to its handle instead.
        """
        margins = self.grid.contentsMargins()
        label = self._widest_label + margins.left() + margins.right()
        return QSize(max(self._row_width(), label), super().minimumSizeHint().height())

    def _retranslate(self) -> None:
        self.slider.setToolTip(
            self.tr(
                "The epoch the window shows: drag back through the run. "
                "← → one epoch, PgDn PgUp ten, Home the first, End the newest"
            )
        )
        self.first_button.setToolTip(self.tr("The first epoch: the neuron before any step (Home)"))
        self.earlier_button.setToolTip(self.tr("One epoch earlier (←)"))
        self.later_button.setToolTip(self.tr("One epoch later (→)"))
        self.newest_button.setToolTip(
            self.tr("Show the newest epoch and follow the run as it learns (End)")
        )
        self._fit_newest_button()
        self._on_state_changed()

    def _fit_newest_button(self) -> None:
        """As wide as its wider text: "Live" turning "Newest" as a run ends moves nothing."""
        button, shown = self.newest_button, self.newest_button.text()
        widths = []
        for text in (self.tr("Live"), self.tr("Newest")):
            button.setText(text)
            widths.append(button.sizeHint().width())
        button.setText(shown)
        button.setMinimumWidth(max(widths))

    def _button(self, name: str, icon: QStyle.StandardPixmap) -> QToolButton:
        button = named(QToolButton(), name)
        self._icons[button] = icon
        button.setIcon(tinted_icon(self, icon))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light to dark): the buttons' icons take its text colour."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for button, icon in self._icons.items():
                button.setIcon(tinted_icon(self, icon))
