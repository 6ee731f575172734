"""Garbage is collected by the event loop, not in the middle of whatever allocates."""

from __future__ import annotations

import gc
import weakref

from gui.garbage import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_cycles_wait_for_the_event_loop_then_go(qtbot, collected_by_the_event_loop):
    assert not gc.isenabled()
    node = Node()
    gone = weakref.ref(node)
    del node
    kept = [[] for _ in range(3 * gc.get_threshold()[0])]  # past the threshold: no collection
    assert gone() is not None
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the event loop's collection
    del kept


def test_stopping_gives_collection_back_to_python(qapp):
    collector = GuiThreadCollector(qapp)
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # the session's collector is still on


def test_settling_sets_the_window_aside_and_still_frees_what_comes_after(qapp):
    collector = GuiThreadCollector(qapp)
    try:
        window_parts = [Node() for _ in range(1000)]  # alive: they stay
        collector.settle()
        assert gc.get_freeze_count() > len(window_parts)
        assert len(gc.get_objects()) < gc.get_freeze_count()  # what a full collection looks at
        node = Node()
        gone = weakref.ref(node)
        del node
        kept = [[] for _ in range(3 * gc.get_threshold()[0])]
        collector.collect()
        assert gone() is None
        del kept
    finally:
        collector.stop()
        gc.disable()  # the session's collector is still on
    assert gc.get_freeze_count() == 0  # stopped: everything is Python's again
