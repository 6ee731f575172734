"""Where the GUI thread's time goes: every event's delivery timed, by receiver and event type.

Diagnostics for ``bench_stutter.py --profile``, not a figure: a QApplication whose
``notify`` is overridden times each event (a Python call per event slows the loop a
little). Top-level deliveries are what block the loop; nested ones (the Paint events
inside a window's UpdateRequest, say) show which widget inside them took the time.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import TextIO

import numpy as np
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

SHOWN = 15
GAPS_SHOWN = 3


class ProfilingApplication(QApplication):
    """A QApplication that, while ``recording``, notes (seconds, depth, event, receiver)."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.recording = False
        self.events: list[tuple[float, float, int, str, str]] = []
        self._depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        if not self.recording:
            return super().notify(receiver, event)
        kind = event.type()
        self._depth += 1
        started = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            self._depth -= 1
            seconds = time.perf_counter() - started
            if seconds > 0.0005:
                who = _who(receiver)
                self.events.append((started, seconds, self._depth, _event_name(kind), who))


class EventProfile:
    """``with EventProfile(app) as p: …`` records; :meth:`report` writes the summary."""

    def __init__(self, app: ProfilingApplication) -> None:
        self.app = app
        self.wall = 0.0

    def __enter__(self) -> EventProfile:
        self.app.events = []
        self.app.recording = True
        self._started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.app.recording = False
        self.wall = time.perf_counter() - self._started

    def report(self, out: TextIO, ticks: np.ndarray | None = None) -> None:
        """Totals by receiver and event type; with the probe's ``ticks``, the largest gaps too."""
        events = self.app.events
        top = [e for e in events if e[2] == 0]
        busy = sum(e[1] for e in top)
        print(
            f"# profile: {self.wall:.2f} s wall, {busy:.2f} s in top-level events over 0.5 ms "
            f"({len(top)} of them)",
            file=out,
        )
        for depth, title in ((0, "top-level"), (1, "nested one level"), (2, "nested two levels")):
            totals: dict[tuple[str, str], list[float]] = defaultdict(list)
            for _, seconds, d, kind, who in events:
                if d == depth:
                    totals[(kind, who)].append(seconds)
            ranked = sorted(totals.items(), key=lambda item: -sum(item[1]))[:SHOWN]
            print(f"# profile, {title} events by total time (count, total, max):", file=out)
            for (kind, who), times in ranked:
                print(
                    f"#   {kind:>16} → {who:<40} {len(times):5d} {sum(times) * 1e3:9.1f} ms "
                    f"{max(times) * 1e3:7.1f} ms",
                    file=out,
                )
        if ticks is None or len(ticks) < 2:
            return
        gaps = np.diff(ticks)
        for i in np.argsort(gaps)[::-1][:GAPS_SHOWN]:
            begin, end = ticks[i], ticks[i + 1]
            inside = [e for e in top if e[0] < end and e[0] + e[1] > begin]
            covered = sum(min(s + d, end) - max(s, begin) for s, d, *_ in inside)
            print(
                f"# profile, gap of {gaps[i] * 1e3:.1f} ms: top-level events cover "
                f"{covered * 1e3:.1f} ms of it",
                file=out,
            )
            for s, d, _, kind, who in inside:
                at = (s - begin) * 1e3
                print(f"#   at +{at:6.1f} ms: {d * 1e3:6.1f} ms {kind} → {who}", file=out)


def _who(receiver: QObject) -> str:
    try:
        name = receiver.objectName()
    except RuntimeError:  # deleted while its event was delivered
        return "(deleted)"
    return type(receiver).__name__ + (f"#{name}" if name else "")


def _event_name(kind: QEvent.Type) -> str:
    try:
        return QEvent.Type(kind).name
    except ValueError:
        return str(int(kind))
