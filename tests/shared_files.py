"""Files a whole test run builds once: the first xdist worker to need one builds it in the run's
shared temporary folder while the others wait for it, then every worker copies it.

Building the demo cooperative takes seconds of CPU; with one build per worker, every worker paid
for it. Without xdist (`-n 0`), or where `fcntl` is missing, each process builds its own copy.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks here; each worker builds its own
    fcntl = None


def built_once(tmp_path_factory, name: str, build: Callable[[Path], object]) -> Path:
    """The file `name`, made by `build(path)` once for the run (once per process without xdist).

    The file appears under its name only when complete (built under another name, then renamed),
    so a worker never copies a half-written template."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None or fcntl is None:
        path = tmp_path_factory.mktemp("template") / name
        build(path)
        return path
    shared = tmp_path_factory.getbasetemp().parent / "shared-templates"
    shared.mkdir(exist_ok=True)
    path = shared / name
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not path.exists():
            partial = shared / f"partial-{name}"
            partial.unlink(missing_ok=True)  # left by a worker that died while building
            build(partial)
            leftovers = [p.name for p in shared.glob(f"partial-{name}-*")]
            assert leftovers == [], f"{name} was built with connections left open: {leftovers}"
            partial.rename(path)
    return path
