"""The window's first reads on SQLite's own connection (`first_screen.reading`, a PlainReader)
give exactly what they give through an ORM session: every reading function of `first_screen`,
every demo cohort, dates around the demo's today; compared by `repr`, so a Decimal that came back
a float, a bool an int or a date a string fails."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.demo.delegate import DEMO_TODAY
from app.services.today import first_screen
from app.services.today.plain_reads import PlainReader

DATES = [DEMO_TODAY + dt.timedelta(days=offset) for offset in range(-21, 22, 3)]


def reads(reader, cohorts: list[int], date: dt.date) -> list:
    found = [
        first_screen.cooperative_name(reader),
        first_screen.cohort_choices(reader),
        first_screen.cohort_of_the_day(reader, date),
        first_screen.follow_ups_due(reader, date),
    ]
    for cohort_id in cohorts:
        found += [
            first_screen.today(reader, cohort_id, date),
            first_screen.delegate_on(reader, cohort_id, date),
            first_screen.day_kinds(reader, cohort_id, date),
        ]
    return found


@pytest.mark.sqlite  # a server database is read through its connection
def test_every_first_screen_read_is_the_same_on_sqlite3_itself(demo_db):
    with demo_db.session() as session:
        cohorts = [cohort_id for cohort_id, _name in first_screen.cohort_choices(session)]
        expected = {date: repr(reads(session, cohorts, date)) for date in DATES}
    with first_screen.reading(demo_db) as reader:
        assert isinstance(reader, PlainReader)
        got = {date: repr(reads(reader, cohorts, date)) for date in DATES}
        count, when = reader.execute(text("SELECT count(*), max(id) FROM cohort")).one()
    assert got == expected
    assert (count, when) == (len(cohorts), max(cohorts))
    # not vacuous: the demo's screens hold every converted kind of value
    shown = "".join(expected.values())
    for kind in ("Decimal(", "datetime.datetime(", "datetime.time(", "datetime.date(", "True"):
        assert kind in shown, kind


@pytest.mark.sqlite  # a server database is read through its connection
def test_a_result_row_reads_by_position_name_and_mapping(demo_db):
    with first_screen.reading(demo_db) as reader:
        result = reader.execute(text("SELECT 2 AS two, 'x' AS letter"))
        row = result.one()
        assert tuple(row) == (2, "x") and (row.two, row.letter) == (2, "x")
        assert row._mapping == {"two": 2, "letter": "x"}
        with pytest.raises(AttributeError):
            _ = row.three
        assert reader.scalar(text("SELECT 1 WHERE 0")) is None
        assert reader.scalars(text("SELECT 1 UNION ALL SELECT 2")) == [1, 2]
        assert reader.execute(text("SELECT 1.5 AS d")).first().d == 1.5
        assert Decimal("1.5") == reader.execute(text("SELECT 1.5")).scalar()
