"""The GUI start imports its modules without Qt before Qt, loads no model class for the first
window, and pauses the garbage collector only until the window is shown (app/startup.py)."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys

import pytest

from app import startup
from app.services import locale_shapes
from tests.isolation import isolate

# Opens the main window on a database like `coopactives --db PATH`, closes it once shown, and
# prints every module imported, in order (a finder that records and finds nothing; a name only
# looked up, e.g. `importlib.util.find_spec("babel")` to find Babel's data files, is not imported).
RECORDING_START = """
import sys

order = []


class Recorder:
    def find_spec(self, name, path=None, target=None):
        order.append(name)


sys.meta_path.insert(0, Recorder())
from app.cli import main

code = main(sys.argv[1:])
print("imported", " ".join(name for name in order if name in sys.modules))
sys.exit(code)
"""


def modules_imported_at_start(db_path, config_dir) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COOPACTIVES_CONFIG_DIR=str(config_dir))
    result = subprocess.run(
        [sys.executable, "-c", RECORDING_START, "--db", str(db_path), "--startup-probe"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("shown ")
    return lines[-1].split()[1:]


@pytest.fixture(scope="module")
def imported_at_start(tmp_path_factory, _demo_template) -> list[str]:
    """The modules a start on a copy of the demo imports, in order (one child process for the
    tests below, which only read the list)."""
    folder = tmp_path_factory.mktemp("start")
    demo = shutil.copyfile(_demo_template, folder / "demo.sqlite3")
    # Not the very first start on this machine: the locale's facts are kept in the cache folder
    # (app/services/locale_shapes.py; the very first start asks Babel and fills it).
    locale_shapes.SHAPES.pop("fr_BE", None)
    locale_shapes.shape("fr_BE")
    with pytest.MonkeyPatch.context() as monkeypatch:  # set up before the test's own home
        isolate(monkeypatch, folder)
        return modules_imported_at_start(demo, folder / "config")


def test_the_first_window_imports_no_library_or_service_after_qt(imported_at_start):
    imported = imported_at_start
    after_qt = imported[imported.index("PySide6") :]
    late = [
        name
        for name in after_qt
        if name.split(".")[0] in ("sqlalchemy", "babel")
        or (name.startswith("app.") and not name.startswith("app.ui"))
    ]
    assert late == [], "add these to app.startup.BEFORE_QT (PySide6 reads each one's source)"


def test_the_first_window_loads_no_model_class(imported_at_start):
    # The Today screen and the window around it read with app.services.today.first_screen (SQL).
    imported = imported_at_start
    assert "app.services.today.first_screen" in imported
    assert [name for name in imported if name.startswith("app.models")] == []


def test_the_first_window_loads_no_babel(imported_at_start):
    # Today's dates and quantities come from app/services/locale_shapes.py: importing Babel and
    # loading its locale data cost the first paint ~40 ms of CPU (bench/RESULTS.md, s24u).
    assert [name for name in imported_at_start if name.split(".")[0] == "babel"] == []


def test_the_first_window_imports_no_dialog_module(imported_at_start):
    # Menu entries are installed from light modules that import their dialog when chosen
    # (app/ui/programme/report_actions.py, reuse_action.py): FormDialog and the dialogs' widgets
    # cost the first paint ~15–35 ms of CPU on the scale database (bench/RESULTS.md, s24q).
    assert "app.ui.dialogs" not in imported_at_start
    assert [name for name in imported_at_start if name.endswith("_dialog")] == []


def test_the_list_only_names_modules_without_qt():
    code = "import sys, app.startup as s; s.import_before_qt(); print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
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

    def refuse(*_args, **_options):
        assert not gc.isenabled()  # paused during the start
        return 1

    monkeypatch.setattr("app.ui.app.run_gui", refuse)
    try:
        assert cli.main(["--db", "/nonexistent/folder/x.sqlite3"]) == 1
        assert gc.isenabled()
    finally:
        gc.unfreeze()
