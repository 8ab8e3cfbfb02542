"""Model modules load on first use (imported from where they live), so each one must bring the
tables its foreign keys point to, at the latest when the mapped classes are configured (the menus
module loads the directory then): a write is then safe whatever was loaded before it. Each check
runs in a fresh process, where nothing else has loaded the other modules."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.models import model_modules

# One child process: SQLAlchemy and the models' package (its base, no model module) are imported
# once, then for each model module a copy of the process is forked that imports that module alone
# and checks it; each copy prints one line: the module and "ok", or the error's end.
ALONE = """
import json
import os
import sys
import traceback

import sqlalchemy.orm

import app.models

loaded = [m for m in sys.modules if m.startswith("app.models.") and m != "app.models.base"]
assert loaded == [], loaded


def check(module):
    import importlib

    importlib.import_module("app.models." + module)
    from app.models.base import Base

    sqlalchemy.orm.configure_mappers()  # what any query or write through the models does first
    for table in Base.metadata.tables.values():
        for foreign_key in table.foreign_keys:
            foreign_key.column  # raises NoReferencedTableError when the table is unknown


for module in sys.argv[1:]:
    sys.stdout.flush()
    child = os.fork()
    if child == 0:
        try:
            check(module)
            result = "ok"
        except BaseException:
            result = traceback.format_exc()[-600:]
        print(json.dumps([module, result]), flush=True)
        os._exit(0)
    os.waitpid(child, 0)
"""


FIRST_WRITE = """
import datetime as dt
import sys
from pathlib import Path

from app.db import Database
from app.services.delegate import checklists
from app.services.today import first_screen
from app.services.delegate import tasks
from app.services.delegate.tasks import TaskInput

day = dt.date(2022, 10, 3)
database = Database.open(Path(sys.argv[1]))
with database.session() as session:
    cohort_id = first_screen.cohort_choices(session)[0][0]
    item = first_screen.day_checklist(session, cohort_id, day)[2]
    checklists.tick(session, cohort_id, day, item.item_id, True, None)
    task = tasks.add_task(session, cohort_id, TaskInput("Laver les bocaux"), day)
with database.session() as session:
    assert first_screen.day_checklist(session, cohort_id, day)[2].done
    assert "Laver les bocaux" in [t.text for t in first_screen.open_tasks(session, cohort_id)]
print("ok")
"""


@pytest.fixture(scope="module")
def each_module_alone() -> dict[str, str]:
    """What each model module's own fresh process found: "ok" or the error (one child process
    forked once per module, instead of one interpreter started per module: the modules are
    checked in processes that have not loaded any model module, as before)."""
    result = subprocess.run(
        [sys.executable, "-c", ALONE, *model_modules()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = dict(json.loads(line) for line in result.stdout.splitlines() if line.startswith("["))
    return {module: found.get(module, result.stderr[-600:]) for module in model_modules()}


@pytest.mark.parametrize("module", model_modules())
def test_a_model_module_loaded_alone_knows_every_table_it_refers_to(module, each_module_alone):
    assert each_module_alone[module] == "ok"


def test_the_first_write_after_opening_on_the_today_screen_works(demo_db_path):
    # What a delegate does first: tick a line, add a task, in a process that showed only Today.
    result = subprocess.run(
        [sys.executable, "-c", FIRST_WRITE, str(demo_db_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip() == "ok", result.stderr[-600:]
