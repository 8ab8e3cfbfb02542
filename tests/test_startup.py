"""The GUI start imports its modules without Qt before Qt, and pauses the garbage collector only
until the window is shown (app/startup.py)."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys

from app import startup

IMPORT_LINE = re.compile(r"import time:\s+\d+ \|\s+\d+ \|\s*(\S+)")


def modules_imported_after_qt(stderr: str) -> list[str]:
    names = [match.group(1) for match in map(IMPORT_LINE.match, stderr.splitlines()) if match]
    first_qt = names.index("PySide6")
    return names[first_qt:]


def test_the_first_window_imports_no_library_or_service_after_qt(demo_db_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COOPACTIVES_CONFIG_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "--db", str(demo_db_path), "--startup-probe"],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )
    assert result.stdout.startswith("shown ")
    late = [
        name
        for name in modules_imported_after_qt(result.stderr)
        if name.split(".")[0] in ("sqlalchemy", "babel")
        or (name.startswith("app.") and not name.startswith("app.ui"))
    ]
    assert late == [], "add these to app.startup.BEFORE_QT (PySide6 reads each one's source)"


def test_the_list_only_names_modules_without_qt():
    code = "import sys, app.startup as s; s.import_before_qt(); print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_collector_is_back_on_after_the_start():
    assert gc.isenabled()
    startup.pause_gc()
    assert not gc.isenabled()
    frozen_before = gc.get_freeze_count()
    startup.resume_gc()
    try:
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen_before  # the start's objects are left alone
        startup.resume_gc()  # a second call changes nothing
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_the_command_line_turns_the_collector_back_on_when_the_gui_cannot_start(monkeypatch):
    from app import cli

    def refuse(*_args):
        assert not gc.isenabled()  # paused during the start
        return 1

    monkeypatch.setattr("app.ui.app.run_gui", refuse)
    try:
        assert cli.main(["--db", "/nonexistent/folder/x.sqlite3"]) == 1
        assert gc.isenabled()
    finally:
        gc.unfreeze()
