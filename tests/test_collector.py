"""After a file's last test the garbage is collected and what survives is frozen
(tests/collector.py); between two tests of one file nothing happens."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from types import SimpleNamespace

from tests.collector import freeze_survivors_after_a_file


class Node:
    def __init__(self):
        self.other = self  # a cycle: only the collector frees it


def test_garbage_is_collected_and_the_survivors_frozen_after_a_file():
    this, same, other = (SimpleNamespace(path=Path(name)) for name in ("a.py", "a.py", "b.py"))
    cycle, kept = Node(), Node()
    gone = weakref.ref(cycle)
    del cycle
    frozen_before = gc.get_freeze_count()
    gc.disable()  # no collection of its own in between
    try:
        freeze_survivors_after_a_file(this, same)
        assert gone() is not None, "nothing done between two tests of one file"
        assert gc.get_freeze_count() == frozen_before
    finally:
        gc.enable()
    freeze_survivors_after_a_file(this, other)
    assert gone() is None
    assert gc.get_freeze_count() > frozen_before
    assert kept.other is kept
    freeze_survivors_after_a_file(other, None)  # the run's last test
    assert gc.get_freeze_count() >= frozen_before
