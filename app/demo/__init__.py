"""The demo cooperative: Le Monde des Possibles' two 2022 cohorts, with invented people.

`write_demo(path)` creates a fresh database file; each area of the app adds its demo data through
a `seed(session, context)` function in its own module here. `build_demo` finds those modules by
itself (`app.discovery`) and calls them in increasing `SEED_ORDER`, a number each module declares:
pick one above the seeders whose data yours uses (`DemoContext` carries their ids).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from sqlalchemy.orm import Session

from app.db import Database
from app.demo.context import DemoContext
from app.discovery import modules_providing


def seeders() -> list[ModuleType]:
    """The modules of this package with a `seed` function, in increasing `SEED_ORDER`."""
    return sorted(modules_providing(__name__, "seed"), key=lambda module: module.SEED_ORDER)


def build_demo(session: Session) -> DemoContext:
    context = DemoContext()
    for module in seeders():
        module.seed(session, context)
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
