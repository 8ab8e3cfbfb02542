"""The writer process of the crash-safety test: it writes units of work through the service layer
and prints each unit's number right after its commit, until it is killed.

Swappable: `prepare`, `write_unit` and `unit_is_whole` are the only domain-specific parts. Today a
unit is a person and her cohort membership (people service); after the Sales tally is merged, make
them the sales "record tap" service and a check that each tap's lines and the day's totals agree.

Run: python -m tests.db.crash_writer DB_PATH. Python and the app are imported once; for each line
"FIRST" read on stdin a child process is forked that prints "pid N", then writes units numbered
from FIRST. When the child dies, this process prints "ended CODE" (its wait status).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path


def prepare(session) -> dict:
    """Once, before the writers run: what every unit needs (here a cohort)."""
    from app.services import cohorts

    cohort = cohorts.create_cohort(
        session,
        cohorts.CohortInput("Coopérative crash", dt.date(2022, 9, 12), dt.date(2022, 12, 16)),
    )
    return {"cohort_id": cohort.id}


def setup_of(session) -> dict:
    from sqlalchemy import select

    from app.models import Cohort

    return {
        "cohort_id": session.scalars(
            select(Cohort.id).where(Cohort.name == "Coopérative crash")
        ).one()
    }


def write_unit(session, number: int, setup: dict) -> None:
    """One unit of work: several rows that must appear all together or not at all."""
    from app.services import people

    people.create_person(
        session, people.PersonInput(f"W{number}", "Écriture", notes="x" * 200), setup["cohort_id"]
    )


def units_found(connection: sqlite3.Connection) -> set[int]:
    rows = connection.execute("SELECT first_name FROM person WHERE last_name = 'Écriture'")
    return {int(name[1:]) for (name,) in rows}


def unit_is_whole(connection: sqlite3.Connection, number: int) -> bool:
    """Every row of the unit is there: the person and exactly one membership."""
    (count,) = connection.execute(
        "SELECT count(*) FROM membership JOIN person ON person.id = membership.person_id "
        "WHERE person.first_name = ?",
        (f"W{number}",),
    ).fetchone()
    return count == 1


def main(path: str, first: int) -> None:
    from app.db import Database

    database = Database(Path(path))
    with database.session() as session:
        setup = setup_of(session)
    number = first
    while True:
        with database.session() as session:
            write_unit(session, number, setup)
        print(number, flush=True)  # only after the commit returned
        number += 1


def serve(path: str) -> None:
    import os

    import app.services.people  # noqa: F401  (imported once, before forking)
    from app.db import Database

    Database(Path(path)).close()
    print("ready", flush=True)
    for line in sys.stdin:
        child = os.fork()
        if child == 0:
            try:
                print(f"pid {os.getpid()}", flush=True)
                main(path, int(line))
            finally:
                os._exit(1)
        _, status = os.waitpid(child, 0)
        print(f"ended {status}", flush=True)


if __name__ == "__main__":
    serve(sys.argv[1])
