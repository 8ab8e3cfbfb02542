"""The demo cooperative: Le Monde des Possibles' two 2022 cohorts, with invented people.

`write_demo(path)` creates a fresh database file; each area of the app adds its demo data through
a `seed(session, context)` function in its own module here, called in order by `build_demo`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from app.db import Database
from app.demo import delegate, evaluations, menus, people, sales
from app.demo import schedule as schedule_demo
from app.demo.context import DemoContext

# Each area's seeder, in dependency order. Later issues append theirs.
SEEDERS = [
    people.seed,
    schedule_demo.seed,
    menus.seed,
    sales.seed,
    delegate.seed,
    evaluations.seed,
]


def build_demo(session: Session) -> DemoContext:
    context = DemoContext()
    for seed in SEEDERS:
        seed(session, context)
    return context


def write_demo(path: Path) -> Path:
    """Write a new demo database at `path`; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(path)
    database = Database.open(path)
    try:
        with database.session() as session:
            build_demo(session)
    finally:
        database.close()
    return path
