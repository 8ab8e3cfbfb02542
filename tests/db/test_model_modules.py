"""Model modules load on first use (imported from where they live), so each one must bring the
tables its foreign keys point to, at the latest when the mapped classes are configured (the menus
module loads the directory then): a write is then safe whatever was loaded before it. Each check
runs in a fresh interpreter, where nothing else has loaded the other modules."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.models import model_modules

ALONE = """
import sys
import sqlalchemy.orm
import importlib

importlib.import_module("app.models." + sys.argv[1])
from app.models.base import Base

sqlalchemy.orm.configure_mappers()  # what any query or write through the models does first
for table in Base.metadata.tables.values():
    for foreign_key in table.foreign_keys:
        foreign_key.column  # raises NoReferencedTableError when the table is unknown
print("ok")
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


@pytest.mark.parametrize("module", model_modules())
def test_a_model_module_loaded_alone_knows_every_table_it_refers_to(module):
    result = subprocess.run(
        [sys.executable, "-c", ALONE, module], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "ok", result.stderr[-600:]


def test_the_first_write_after_opening_on_the_today_screen_works(demo_db_path):
    # What a delegate does first: tick a line, add a task, in a process that showed only Today.
    result = subprocess.run(
        [sys.executable, "-c", FIRST_WRITE, str(demo_db_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip() == "ok", result.stderr[-600:]
