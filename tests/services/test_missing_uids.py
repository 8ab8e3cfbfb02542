"""Rows written by plain SQL (an import, a seeding migration) get their global id before a
publication: one statement per table, each row its own new id, existing ids untouched."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select, text

from app.models.people import Cohort
from app.services.network.copy import give_missing_uids


def test_rows_without_a_uid_get_their_own_and_others_keep_theirs(session):
    session.add(Cohort(name="Avec", start_date=dt.date(2022, 9, 1), end_date=dt.date(2022, 12, 16)))
    session.flush()
    kept = session.scalar(select(Cohort.uid).where(Cohort.name == "Avec"))
    for name in ("Sans 1", "Sans 2", "Sans 3"):
        session.execute(
            text(
                "INSERT INTO cohort (name, start_date, end_date, activity, planned_mornings,"
                " planned_hours) VALUES (:name, '2023-01-09', '2023-04-07', '', 36, 108)"
            ),
            {"name": name},
        )
    assert session.scalars(select(Cohort.uid).where(Cohort.name.like("Sans%"))).all() == [None] * 3
    give_missing_uids(session, [Cohort.__table__])
    uids = dict(session.execute(select(Cohort.name, Cohort.uid)).all())
    assert uids["Avec"] == kept
    assert len(set(uids.values())) == 4
    assert all(re.fullmatch(r"[0-9a-f]{32}", uid) for uid in uids.values())
