"""Python's garbage collector does not scan again what earlier test files left alive.

A test process keeps more and more objects alive: the modules imported as the tests go, the
caches they fill (parsed sources, compiled SQL, translations), and what leaked (until the bus
held methods instead of lambdas, the Python side of each main window a test built). Each of the
collector's full collections scans every live object: in one process over tests/ui, 23 of them
scanned up to 1.1 million objects, 10 to 14 s of CPU, more than a twentieth of the run.

After a test file's last test, the collector runs once and what survives is frozen (`gc.freeze`):
the later collections only scan what was made since. Garbage is collected before the freeze, as
before; a frozen object is still freed when nothing refers to it any more (reference counting);
only a cycle among frozen objects would stay in memory until the process ends.
"""

from __future__ import annotations

import gc

import pytest


def freeze_survivors_after_a_file(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Called after `item`'s teardown: at the end of a file, collect, then freeze what is left."""
    if nextitem is not None and nextitem.path == item.path:
        return
    gc.collect()
    gc.freeze()
