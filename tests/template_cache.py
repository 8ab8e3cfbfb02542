"""The test run's template databases kept between runs, keyed by what builds them.

Building the demo cooperative costs about 12 s of CPU and migrating an empty file to head about
3 s, paid by every run (and, with two workers, waited for by the other one). The file a run built
is kept in one folder of the system's temporary directory, under a name holding a hash of every
input of the build: the app's code below the interface (app/ without app/ui, which the seeders
and migrations never import), the migrations, the resources, the locked library versions, the
Python and SQLite versions and the day's date (the demo's timestamps). A change to any of them
gives a new name, so a kept file is only ever used by the same code on the same day; files older
than two days are removed. Delete the folder to make a run build its templates again.
"""

from __future__ import annotations

import functools
import getpass
import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ("app", "migrations", "resources", "uv.lock")
NOT_INPUTS = ("app/ui",)  # the interface: nothing a template's build imports
KEPT_DAYS = 2


def folder() -> Path:
    return Path(tempfile.gettempdir()) / f"coopactives-test-templates-{getpass.getuser()}"


def _input_files() -> list[Path]:
    files = []
    for name in INPUTS:
        top = ROOT / name
        candidates = [top] if top.is_file() else top.rglob("*")
        for path in candidates:
            relative = path.relative_to(ROOT).as_posix()
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            if relative.startswith(tuple(f"{skipped}/" for skipped in NOT_INPUTS)):
                continue
            files.append(path)
    return sorted(files)


@functools.cache
def inputs_key() -> str:
    """A hash of everything a template's content depends on (see the module's docstring)."""
    digest = hashlib.sha256()
    for part in (sys.version, sqlite3.sqlite_version, date.today().isoformat()):
        digest.update(part.encode() + b"\0")
    for path in _input_files():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def kept_between_runs(name: str, build: Callable[[Path], object]) -> Callable[[Path], Path]:
    """`build`, or a copy of the file it made in an earlier run with the same inputs."""

    def build_or_copy(path: Path) -> Path:
        stem, _, suffix = name.partition(".")
        kept = folder() / f"{stem}-{inputs_key()}.{suffix}"
        if kept.exists():
            shutil.copyfile(kept, path)
            return path
        build(path)
        kept.parent.mkdir(exist_ok=True)
        partial = kept.with_name(f"partial-{os.getpid()}-{kept.name}")
        shutil.copyfile(path, partial)
        os.replace(partial, kept)  # complete or absent, also for a run beside this one
        _remove_old_files()
        return path

    return build_or_copy


def _remove_old_files() -> None:
    limit = time.time() - KEPT_DAYS * 86400
    for path in folder().iterdir():
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:  # removed meanwhile by another run
            pass
