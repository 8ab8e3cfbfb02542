"""Compiled Python kept between test processes when the environment forbids writing it.

With `PYTHONDONTWRITEBYTECODE` set, every Python process compiles every module it imports from
source (SQLAlchemy, PySide6's wrappers, alembic's migration files, the app): about 3.4 s of CPU
for the app's imports alone, paid again by each xdist worker and by each command-line test's
child process. The tests then keep the compiled files outside the source tree, in one folder of
the system's temporary directory (`sys.pycache_prefix`): no `__pycache__` appears in the checkout,
as the setting wants, and each file is compiled once. Python checks each cached file against its
source's time and size, so an edited module is compiled again.
"""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
from pathlib import Path


def keep_compiled_files_outside_the_tree() -> None:
    """For this process and the processes it starts (xdist workers, command-line tests)."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return  # bytecode is written as usual, or already to a folder of the person's choice
    prefix = Path(tempfile.gettempdir()) / f"coopactives-test-pycache-{getpass.getuser()}"
    os.environ.pop("PYTHONDONTWRITEBYTECODE")
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)
    sys.dont_write_bytecode = False
    sys.pycache_prefix = str(prefix)
