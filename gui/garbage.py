"""Python's cyclic garbage collection, run by the event loop instead of wherever it falls.

Left automatic, a collection starts inside whatever allocation crosses its
threshold, on any thread. In PySide6 that can be inside ``QObject::disconnect``
(pyqtgraph disconnects as it re-parents items): Qt holds its connection lock
there while asking Python for an override, the collection frees a QObject, and
the QObject's destructor waits for the same lock for ever. Seen as a test run
that hung in ``LossPlot.__init__``; pyqtgraph's own ``GarbageCollector`` exists
for the same reason. Collected from a timer on the GUI thread, no lock is held.

A full collection looks at every object Python tracks: with the window built and
numpy and pyqtgraph loaded, some eighty thousand, a pause the user could see in
a run's curves. Nearly all of them live as long as the window, so once it is
built :meth:`GuiThreadCollector.settle` sets them aside (``gc.freeze``) and
later collections look only at what came after.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
SETTLE_AFTER_MS = 2000
"""When the app sets the window's own objects aside: once it is built and its data in."""


class GuiThreadCollector(QObject):
    """Turn automatic collection off; collect each generation past its threshold on a timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as gc would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def settle(self) -> None:
        """Set aside what lives now, after freeing what is garbage already.

        What is set aside is never collected; a cycle among those objects that
        becomes garbage later stays in memory, which is why this is done once,
        when what exists is the window itself.
        """
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        """Give collection back to Python (the event loop has ended)."""
        self._timer.stop()
        gc.unfreeze()
        gc.enable()
