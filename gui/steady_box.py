"""A box around one widget that tells the layouts above it only when the widget's needs change.

Whenever a label's text changes, Qt lays out every widget above it again, up to
the window: the label's parent, then the parent's parent, each on its own posted
event. During a run the epoch's numbers, the time left and the epoch on the
history bar change thirty times a second, and each change laid out the splitter
and the whole window as well (2–4 ms of every update), though neither had
anything to move. A :class:`SteadyBox` holds a column or a label: inside it,
layouts work as always; above it, only when the size the widget asks for — its
hints, limits, policy, or its height at its width for wrapped text — has changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QSplitter, QWidget

_Needs = tuple[QSize, QSize, QSize, QSize, QSizePolicy, int]


class SteadyBox(QWidget):
    """Holds ``widget``, filling the box; the layout above hears of it only when it must.

    Parameters
    ----------
    widget
        The widget held, always shown (hiding it would leave its room empty).
    """

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        widget.setParent(self)
        self._needs = self._current_needs()
        self._follow()

    def _current_needs(self) -> _Needs:
        """What the layout above reads of the widget, as it reads it.

        A layout takes a hint within the widget's limits, and not at all in a
        direction the policy ignores: a number label held at its widest, or a line
        of text as wide as its column, asks for nothing new when its text changes.
        A splitter never asks its columns for a height at a width, so a box in one
        does not either: for a column of wrapped text that is the costliest
        question (every line in it laid out again), asked whenever anything inside
        the column was laid out again.
        """
        widget = self.widget
        policy = widget.sizePolicy()
        low, high = widget.minimumSize(), widget.maximumSize()
        hint = widget.sizeHint().expandedTo(low).boundedTo(high)
        least = widget.minimumSizeHint().expandedTo(low).boundedTo(high)
        if policy.horizontalPolicy() == QSizePolicy.Policy.Ignored:
            hint.setWidth(0)
            least.setWidth(0)
        if policy.verticalPolicy() == QSizePolicy.Policy.Ignored:
            hint.setHeight(0)
            least.setHeight(0)
        height = -1
        if widget.hasHeightForWidth() and not isinstance(self.parentWidget(), QSplitter):
            height = widget.heightForWidth(self.width())
        return (hint, least, low, high, policy, height)

    def _follow(self) -> None:
        """Ask for what the widget asks for: its limits and its policy.

        The stretch factors stay the box's own once it is placed: a splitter or a
        layout above sets them on the box (``QSplitter.setStretchFactor``).
        """
        widget = self.widget
        self.setMinimumSize(widget.minimumSize())
        self.setMaximumSize(widget.maximumSize())
        policy = widget.sizePolicy()
        if self.parentWidget() is not None:
            own = self.sizePolicy()
            policy.setHorizontalStretch(own.horizontalStretch())
            policy.setVerticalStretch(own.verticalStretch())
        self.setSizePolicy(policy)
        self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        """The widget was laid out again: pass that on only if its needs changed."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._check()
            return True
        if event.type() == QEvent.Type.ParentChange:  # a splitter reads less than a layout
            self._check()
        return super().event(event)

    def _check(self) -> None:
        needs = self._current_needs()
        if needs != self._needs:
            self._needs = needs
            self._follow()

    def sizeHint(self) -> QSize:
        """The widget's."""
        return self.widget.sizeHint()

    def minimumSizeHint(self) -> QSize:
        """The widget's."""
        return self.widget.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        """The widget's."""
        return self.widget.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        """The widget's."""
        return self.widget.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The widget fills the box."""
        super().resizeEvent(event)
        self.widget.setGeometry(self.rect())
