"""Was the machine free? CPU time that other processes took while a benchmark measured.

Load averages lag by minutes and count the benchmark itself; this counts the
busy time of all cores (``/proc/stat``) minus this process's and its waited-for
children's own CPU time, over the same wall-clock interval.
"""

from __future__ import annotations

import os
import sys
import time

BUSY_SHARE = 0.10
"""Other processes using more than this share of the machine make the figures pessimistic."""


def _busy_seconds() -> float:
    with open("/proc/stat") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _own_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class OtherLoad:
    """Start on creation; :meth:`report` prints the others' share of the cores to stderr."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._wall = time.perf_counter()
        self._busy = _busy_seconds()
        self._own = _own_seconds()

    def share(self) -> float:
        """Other processes' CPU time as a share of all cores' time since the start."""
        wall = time.perf_counter() - self._wall
        others = (_busy_seconds() - self._busy) - (_own_seconds() - self._own)
        return max(others, 0.0) / (wall * (os.cpu_count() or 1))

    def report(self) -> None:
        share = self.share()
        one, five, _ = os.getloadavg()
        verdict = (
            f"BUSY: other processes took {share:.0%} of the {os.cpu_count()} cores, "
            "figures are pessimistic"
            if share > BUSY_SHARE
            else f"other processes took {share:.0%} of the {os.cpu_count()} cores"
        )
        print(
            f"# {self.label}: {verdict} (load average {one:.2f} / {five:.2f})",
            file=sys.stderr,
            flush=True,
        )
