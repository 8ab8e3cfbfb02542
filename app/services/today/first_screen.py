"""What the main window shows as it opens, read in plain SQL: the cooperative's name, the cohorts,
the day's delegate and the whole Today screen (schedule, checklist, open tasks, handovers).

Why plain SQL: mapping the ORM model classes and compiling their first queries took about 45 ms,
a third of what the start costs beyond the floor of bench/startup.py. These reads need neither,
so the window appears before any model class is loaded; the models load with the first change
someone makes. These functions are the one implementation of these reads (the writing services
return the same records, from app/services/today/day_records.py). Rows become records by column
name. Where the ORM services compute the same thing, both call one pure function: the names of the
kinds of mornings and a morning's title (`schedule/morning_kinds.py`), the warning on a day whose
delegate can no longer do it (`delegate/delegate_warning.py`).

Each function takes the session of the caller, like every service, or the connection `reading`
gives: the window reads as it opens without an ORM session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, Numeric, Time, bindparam, text

from app.services.delegate.candidate import Candidate
from app.services.delegate.default_checklists import checklist_text
from app.services.delegate.delegate_warning import delegate_warning
from app.services.delegate.rotation_problem import problem_text
from app.services.kitchen.limits import TEMPERATURE_KEY
from app.services.kitchen.stock_rules import (
    ProductLot,
    SaleDayUnits,
    SoonOutOfDate,
    allocate_sales,
    date_movements,
    lot_name,
    soon_item,
    soon_list,
)
from app.services.outcomes.due import due_checkpoints
from app.services.schedule.morning_kinds import morning_title
from app.services.today.day_records import (
    CheckItem,
    HandoverInfo,
    MorningLine,
    RotationDayInfo,
    TaskInfo,
    TemperatureLine,
    TodayInfo,
)
from app.services.today.plain_reads import PlainReader
from app.vocab import values
from app.vocab.delegate import ChecklistKind

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    Reads = Session | Connection | PlainReader  # a caller's session, or what `reading` gives

_SHARED_TYPES: dict[object, object] = {}


def _shared(type_):
    """One instance of each column type for every query: SQLAlchemy adapts a type instance to the
    dialect once, at its first result, and a type named by its class is a new instance in each
    query (47 adaptations at the first Today, ≈ 4 ms of the first screen's reads)."""
    key = (type_, ()) if isinstance(type_, type) else (type(type_), tuple(vars(type_).items()))
    return _SHARED_TYPES.setdefault(key, type_() if isinstance(type_, type) else type_)


def _sql(statement: str, **result_types):
    """A query in plain SQL: `:date` is bound as a date, `result_types` convert result columns."""
    query = text(statement)
    if ":date" in statement:
        query = query.bindparams(bindparam("date", type_=_shared(Date)))
    if not result_types:
        return query
    return query.columns(**{name: _shared(kind) for name, kind in result_types.items()})


_ROTATION_DAY = _sql(
    """
    SELECT r.date, r.is_sale, r.delegate_id, coalesce(d.first_name, '') AS delegate_name,
           r.deputy_id, coalesce(p.first_name, '') AS deputy_name, r.published, r.problem_kind,
           coalesce(r.problem_values, '') AS problem_values,
           coalesce(d.gender, 'unstated') AS delegate_gender,
           coalesce(p.gender, 'unstated') AS deputy_gender
    FROM rotation_day AS r
    LEFT JOIN person AS d ON d.id = r.delegate_id
    LEFT JOIN person AS p ON p.id = r.deputy_id
    WHERE r.cohort_id = :cohort_id AND r.date = :date
    """,
    date=Date,
    is_sale=Boolean,
    published=Boolean,
)

_MORNINGS = _sql(
    """
    SELECT m.start_time, m.end_time, m.kind, mo.name AS module_name, m.place
    FROM morning AS m
    LEFT JOIN module AS mo ON mo.id = m.module_id
    WHERE m.cohort_id = :cohort_id AND m.date = :date
    ORDER BY m.start_time
    """,
    start_time=Time,
    end_time=Time,
)

_CHECKLIST = _sql(
    """
    SELECT i.id AS item_id, i.day_kind, i.text, i.default_key, t.id IS NOT NULL AS done,
           coalesce(p.first_name, '') AS ticked_by, t.ticked_at
    FROM checklist_item AS i
    LEFT JOIN checklist_tick AS t
        ON t.item_id = i.id AND t.cohort_id = :cohort_id AND t.date = :date
    LEFT JOIN person AS p ON p.id = t.ticked_by_id
    WHERE i.active
    ORDER BY i.position, i.id
    """,
    done=Boolean,
    ticked_at=DateTime,
)

_TEMPERATURES = _sql(
    """
    SELECT a.id AS appliance_id, a.name, a.min_c, a.max_c, r.value_c,
           coalesce(r.corrective_action, '') AS corrective_action
    FROM appliance AS a
    LEFT JOIN temperature_reading AS r ON r.appliance_id = a.id AND r.date = :date
    WHERE a.active OR r.id IS NOT NULL
    ORDER BY a.kind DESC, a.name
    """,
    min_c=Numeric(5, 1),
    max_c=Numeric(5, 1),
    value_c=Numeric(5, 1),
)

_OPEN_TASKS = _sql(
    """
    SELECT t.id, t.text, t.assignee_id, coalesce(a.first_name, '') AS assignee_name, t.due_date,
           t.circle_id, coalesce(c.name, '') AS circle_name, t.created_on, t.done_on,
           coalesce(d.first_name, '') AS done_by_name
    FROM task AS t
    LEFT JOIN person AS a ON a.id = t.assignee_id
    LEFT JOIN circle AS c ON c.id = t.circle_id
    LEFT JOIN person AS d ON d.id = t.done_by_id
    WHERE t.cohort_id = :cohort_id AND t.done_on IS NULL
    """,
    due_date=Date,
    created_on=Date,
    done_on=Date,
)

# The delegate as the Rotation tab sees her: an active member of the cohort, her membership dates
# (rotation.candidates), and the days she said she is not available.
_MEMBER = _sql(
    """
    SELECT p.id AS person_id, p.first_name AS name, m.joined_on AS available_from,
           m.left_on AS available_until
    FROM person AS p
    JOIN membership AS m ON m.person_id = p.id
    WHERE m.cohort_id = :cohort_id AND p.id = :person_id AND p.role = 'member' AND p.active
    """,
    available_from=Date,
    available_until=Date,
)
_UNAVAILABLE = _sql(
    "SELECT on_date, weekday FROM unavailability WHERE cohort_id = :cohort_id "
    "AND person_id = :person_id",
    on_date=Date,
)

_HANDOVER = """
    SELECT h.date, h.author_id, coalesce(p.first_name, '') AS author_name, h.done_text, h.next_text
    FROM handover AS h
    LEFT JOIN person AS p ON p.id = h.author_id
    WHERE h.cohort_id = :cohort_id AND {where}
    ORDER BY h.date DESC
    LIMIT 1
"""
_HANDOVER_ON = _sql(_HANDOVER.format(where="h.date = :date"), date=Date)
_HANDOVER_BEFORE = _sql(_HANDOVER.format(where="h.date < :date"), date=Date)
_KINDS_OF_MORNINGS = _sql("SELECT kind FROM morning WHERE cohort_id = :cohort_id AND date = :date")
# A sale day for the checklist: so planned in the rotation, or a sale recorded on the Ventes tab
# (a stand on a day without a morning needs its float and its payment terminal checked too).
_IS_SALE_DAY = _sql(
    """
    SELECT EXISTS (
        SELECT 1 FROM rotation_day WHERE cohort_id = :cohort_id AND date = :date AND is_sale
    ) OR EXISTS (SELECT 1 FROM sales_event WHERE cohort_id = :cohort_id AND date = :date)
    """
)
_NEXT_WORKING_DAY = _sql(
    "SELECT date FROM rotation_day WHERE cohort_id = :cohort_id AND date > :date "
    "ORDER BY date LIMIT 1",
    date=Date,
)
# After the programme: members who agreed to the follow-up, the end of each of their cohorts, and
# the checkpoints already noted (the rule of what is due is `outcomes.due`, shared with the ORM).
_FOLLOWED = _sql(
    """
    SELECT p.id AS person_id, c.id AS cohort_id, c.end_date
    FROM person AS p
    JOIN outcome_consent AS oc ON oc.person_id = p.id AND oc.withdrawn_on IS NULL
    JOIN membership AS m ON m.person_id = p.id
    JOIN cohort AS c ON c.id = m.cohort_id
    WHERE p.role = 'member'
    """,
    end_date=Date,
)
_NOTED_OUTCOMES = _sql("SELECT person_id, cohort_id, checkpoint FROM outcome")
# The delegate named on the day's sale (Ventes tab): on a stand day without a morning the rotation
# has no day, yet the sale has its delegate, who writes the day's handover.
_SALE_DELEGATE = _sql(
    """
    SELECT e.delegate_id, d.first_name AS delegate_name,
           coalesce(d.gender, 'unstated') AS delegate_gender
    FROM sales_event AS e
    JOIN person AS d ON d.id = e.delegate_id
    WHERE e.cohort_id = :cohort_id AND e.date = :date
    ORDER BY e.id
    LIMIT 1
    """
)

_HAS_PLAN = _sql("SELECT 1 FROM rotation_day WHERE cohort_id = :cohort_id LIMIT 1")
# Stock on `date` (app/services/kitchen/stock.py reads the same through the ORM; the rules are
# shared in kitchen/stock_rules.py): purchased lots with a date on the pack, every batch, and the
# units each sale day sold or gave of each product (its recipe family).
_DATED_PURCHASES = _sql(
    """
    SELECT i.name, i.unit, p.supplier_lot, p.date AS bought_on, p.expires_on,
           coalesce(sum(m.quantity), 0) AS on_hand
    FROM purchase AS p
    JOIN ingredient AS i ON i.id = p.ingredient_id
    LEFT JOIN stock_movement AS m ON m.purchase_id = p.id AND m.date <= :date
    WHERE p.cohort_id = :cohort_id AND p.date <= :date AND p.expires_on IS NOT NULL
    GROUP BY p.id, i.name, i.unit, p.supplier_lot, p.date, p.expires_on
    """,
    bought_on=Date,
    expires_on=Date,
    on_hand=Numeric(12, 3),
)
_BATCHES = _sql(
    """
    SELECT b.id AS batch_id, coalesce(r.family_id, r.id) AS family_id, r.name AS product, b.lot,
           b.date AS made_on, b.best_before, coalesce(sum(m.quantity), 0) AS movements
    FROM production_batch AS b
    JOIN recipe AS r ON r.id = b.recipe_id
    LEFT JOIN stock_movement AS m ON m.batch_id = b.id AND m.date <= :date
    WHERE b.cohort_id = :cohort_id AND b.date <= :date
    GROUP BY b.id, r.family_id, r.id, r.name, b.lot, b.date, b.best_before
    """,
    made_on=Date,
    best_before=Date,
    movements=Numeric(12, 3),
)
_BATCH_MOVEMENTS_BY_DAY = _sql(
    """
    SELECT m.batch_id, m.date, sum(m.quantity) AS quantity
    FROM stock_movement AS m
    JOIN production_batch AS b ON b.id = m.batch_id
    WHERE b.cohort_id = :cohort_id AND m.date <= :date
    GROUP BY m.batch_id, m.date
    """,
    date=Date,
    quantity=Numeric(12, 3),
)
_SALE_DAY_UNITS = _sql(
    """
    SELECT coalesce(r.family_id, r.id) AS family_id, e.date AS day, e.id AS event_id,
           sum(l.quantity) AS units
    FROM sale_line AS l
    JOIN sales_event_product AS sp ON sp.id = l.product_id
    JOIN sales_event AS e ON e.id = l.event_id
    JOIN recipe AS r ON r.id = sp.recipe_id
    WHERE e.cohort_id = :cohort_id AND e.date <= :date AND l.kind IN ('sale', 'given')
    GROUP BY coalesce(r.family_id, r.id), e.date, e.id
    ORDER BY e.date, e.id
    """,
    day=Date,
)


# --- the window around the tabs ------------------------------------------------------------------
def follow_ups_due(session: Reads, date: dt.date) -> int:
    """How many follow-ups after the programme have come and have nothing noted (all cohorts)."""
    noted: dict[tuple[int, int], set[str]] = {}
    for row in session.execute(_NOTED_OUTCOMES).all():
        noted.setdefault((row.person_id, row.cohort_id), set()).add(row.checkpoint)
    return sum(
        len(due_checkpoints(row.end_date, noted.get((row.person_id, row.cohort_id), set()), date))
        for row in session.execute(_FOLLOWED).all()
    )


def cooperative_name(session: Reads) -> str | None:
    """The cooperative's name ("" if unnamed), or None while the cooperative is not described."""
    row = session.execute(_sql("SELECT name FROM cooperative ORDER BY id LIMIT 1")).first()
    return None if row is None else (row.name or "")


@contextmanager
def reading(database) -> Iterator[Connection | PlainReader]:
    """What these reads run on as the window opens: they need no unit of work, so no ORM session
    (SQLAlchemy's ORM, a fifth of its import, need not be loaded before the first paint for
    them); on SQLite, a `PlainReader` on its sqlite3 connection (app/services/today/plain_reads.py),
    elsewhere the connection. Checked as a session is: `DatabaseReplaced` when the file was
    swapped meanwhile. Every function here takes it in place of a session."""
    database.check_not_replaced()
    with database.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            yield PlainReader(connection)  # on sqlite3 itself: no statement compiled (≈ 0.3 ms)
        else:
            yield connection


def needs_first_run(database) -> bool:
    """True when the database holds no cooperative yet (a new or empty file): the first-run
    assistant is shown. A read-only database never needs it."""
    if database.read_only:
        return False
    with reading(database) as connection:
        return cooperative_name(connection) is None


def cohort_choices(session: Reads) -> list[tuple[int, str]]:
    """(id, name) of every cohort, newest first (as the cohort selector lists them)."""
    rows = session.execute(_sql("SELECT id, name FROM cohort ORDER BY start_date DESC, id DESC"))
    return [(row.id, row.name) for row in rows]


# Running that day first; then, among those begun, one whose mornings were noted (it really ran)
# before one only prepared; the latest begun first; else the first to come.
_COHORT_OF_THE_DAY = _sql(
    """
    SELECT id FROM cohort AS c
    ORDER BY
        CASE
            WHEN c.start_date <= :date AND c.end_date >= :date THEN 0
            WHEN c.start_date <= :date AND EXISTS (
                SELECT 1 FROM attendance AS a JOIN morning AS m ON m.id = a.morning_id
                WHERE m.cohort_id = c.id
            ) THEN 1
            WHEN c.start_date <= :date THEN 2
            ELSE 3
        END,
        CASE WHEN c.start_date <= :date THEN c.start_date END DESC,
        c.start_date,
        c.id DESC
    LIMIT 1
    """
)


def cohort_of_the_day(session: Reads, date: dt.date) -> int | None:
    """The cohort the window opens on when none was chosen before: the one running on `date`;
    else the latest begun whose attendance was noted; else the latest begun; else the first to
    come. A cohort prepared for later does not hide the one running, or the last one that ran."""
    return session.execute(_COHORT_OF_THE_DAY, {"date": date}).scalar()


def delegate_on(session: Reads, cohort_id: int | None, date: dt.date) -> tuple[str, str]:
    """For the status bar: the delegate's first name and gender on `date` (("", "unstated") when
    none), the sale's when the rotation names none (`TodayInfo.day_delegate`). One read (two on
    such a day): the warning `day_of` adds (two more reads) is not shown there."""
    if not cohort_id:
        return "", "unstated"
    key = {"cohort_id": cohort_id, "date": date}
    row = session.execute(_ROTATION_DAY, key).first()
    if row is None or row.delegate_id is None:  # a stand day without a morning: as Today says
        row = session.execute(_SALE_DELEGATE, key).first()
    return (row.delegate_name, row.delegate_gender) if row else ("", "unstated")


def delegate_name_on(session: Reads, cohort_id: int | None, date: dt.date) -> str:
    """The delegate's first name on `date`, or "" when none."""
    return delegate_on(session, cohort_id, date)[0]


# --- the Today screen ----------------------------------------------------------------------------
def _record(record_type, row):
    """A record from a result row, field by column name (the query names its columns so)."""
    return record_type(**row._mapping)


def delegate_as_candidate(session: Reads, cohort_id: int, person_id: int) -> Candidate | None:
    """The person as the planner sees her in this cohort; None when she is not (or no longer) an
    active member of it."""
    key = {"cohort_id": cohort_id, "person_id": person_id}
    row = session.execute(_MEMBER, key).first()
    if row is None:
        return None
    off = session.execute(_UNAVAILABLE, key).all()
    return Candidate(
        **row._mapping,
        unavailable_dates=frozenset(u.on_date for u in off if u.on_date is not None),
        unavailable_weekdays=frozenset(u.weekday for u in off if u.weekday is not None),
    )


def day_of(session: Reads, cohort_id: int, date: dt.date) -> RotationDayInfo | None:
    """The rotation day on `date` (None when it is not a working day of the plan), with the warning
    the Rotation tab shows when its delegate can no longer do it."""
    row = session.execute(_ROTATION_DAY, {"cohort_id": cohort_id, "date": date}).first()
    if row is None:
        return None
    fields = dict(row._mapping)
    fields["problem"] = problem_text(fields["problem_kind"], fields["problem_values"])
    day = RotationDayInfo(**fields)
    if day.delegate_id is None:
        return day
    warning = delegate_warning(day, delegate_as_candidate(session, cohort_id, day.delegate_id))
    return replace(day, warning=warning) if warning else day


def day_kinds(session: Reads, cohort_id: int, date: dt.date) -> list[str]:
    """Which lists apply on `date`: opening, kitchen and sale when so scheduled, closing."""
    key = {"cohort_id": cohort_id, "date": date}
    morning_kinds = set(session.scalars(_KINDS_OF_MORNINGS, key))
    is_sale = "sale" in morning_kinds or bool(session.scalar(_IS_SALE_DAY, key))
    kinds = ["opening"]
    if "kitchen" in morning_kinds:
        kinds.append("kitchen")
    if is_sale:
        kinds.append("sale")
    kinds.append("closing")
    return kinds


def day_temperatures(session: Reads, date: dt.date) -> list[TemperatureLine]:
    """Each fridge and freezer with the temperature read that day (None: not yet)."""
    return [
        TemperatureLine(
            row.appliance_id,
            row.name,
            row.min_c,
            row.max_c,
            row.value_c,
            row.corrective_action,
        )
        for row in session.execute(_TEMPERATURES, {"date": date})
    ]


def day_checklist(
    session: Reads,
    cohort_id: int,
    date: dt.date,
    temperatures: list[TemperatureLine] | None = None,
) -> list[CheckItem]:
    """The checklist of the day, in order, with what is already ticked and by whom. The line of
    fridge temperatures is done when every fridge and freezer was read that day."""
    kinds = day_kinds(session, cohort_id, date)
    rows = session.execute(_CHECKLIST, {"cohort_id": cohort_id, "date": date}).all()
    order = {kind: index for index, kind in enumerate(values(ChecklistKind))}
    if temperatures is None:
        temperatures = day_temperatures(session, date)
    all_read = bool(temperatures) and all(t.value_c is not None for t in temperatures)
    return [
        CheckItem(
            item_id=row.item_id,
            day_kind=row.day_kind,
            text=checklist_text(row.default_key, row.text),
            done=all_read if row.default_key == TEMPERATURE_KEY else row.done,
            ticked_by=row.ticked_by,
            ticked_at=row.ticked_at,
            default_key=row.default_key,
        )
        for row in sorted(
            (row for row in rows if row.day_kind in kinds), key=lambda row: order[row.day_kind]
        )
    ]


def open_tasks(session: Reads, cohort_id: int) -> list[TaskInfo]:
    """Tasks not done yet, soonest due first (tasks without a date last)."""
    rows = session.execute(_OPEN_TASKS, {"cohort_id": cohort_id}).all()
    rows.sort(key=lambda r: (r.due_date is None, r.due_date or dt.date.max, r.id))
    return [_record(TaskInfo, row) for row in rows]


def circle_tasks_due(tasks: list[TaskInfo], date: dt.date) -> list[TaskInfo]:
    """The open tasks of the thematic circles due on `date` or already late."""
    return [t for t in tasks if t.circle_id is not None and t.due_date and t.due_date <= date]


def _handover(session: Reads, query, cohort_id: int, date: dt.date) -> HandoverInfo | None:
    row = session.execute(query, {"cohort_id": cohort_id, "date": date}).first()
    return None if row is None else _record(HandoverInfo, row)


def handover_on(session: Reads, cohort_id: int, date: dt.date) -> HandoverInfo | None:
    return _handover(session, _HANDOVER_ON, cohort_id, date)


def previous_handover(session: Reads, cohort_id: int, date: dt.date) -> HandoverInfo | None:
    """The most recent handover written before `date`."""
    return _handover(session, _HANDOVER_BEFORE, cohort_id, date)


def soon_out_of_date(session: Reads, cohort_id: int, date: dt.date) -> list[SoonOutOfDate]:
    """The lots on hand on `date` (ingredients and products) out of date or soon, earliest first:
    Today's list and the Stock window's (the lots `kitchen.stock` lists, by the same rules), one
    reading of four statements compiled once."""
    key = {"cohort_id": cohort_id, "date": date}
    items = [
        soon_item(
            row.name,
            lot_name(row.supplier_lot, row.bought_on),
            row.expires_on,
            row.on_hand,
            row.unit,
            date,
        )
        for row in session.execute(_DATED_PURCHASES, key)
    ]
    lots = [_record(ProductLot, row) for row in session.execute(_BATCHES, key)]
    if lots:
        date_movements(lots, session.execute(_BATCH_MOVEMENTS_BY_DAY, key).all())
        sales = [_record(SaleDayUnits, row) for row in session.execute(_SALE_DAY_UNITS, key)]
        stock = allocate_sales(lots, sales)
        items += [
            soon_item(lot.product, lot.lot, lot.best_before, lot.on_hand, "", date)
            for product in stock.values()
            for lot in product.lots
        ]
    return soon_list(items)


def today(session: Reads, cohort_id: int, date: dt.date) -> TodayInfo:
    """Everything the Today screen shows for `date`."""
    key = {"cohort_id": cohort_id, "date": date}
    day = day_of(session, cohort_id, date)
    mornings = session.execute(_MORNINGS, key).all()
    schedule = [
        MorningLine(
            start=m.start_time,
            end=m.end_time,
            kind=m.kind,
            title=morning_title(m.module_name, m.kind),
            place=m.place,
        )
        for m in mornings
    ]
    following = session.execute(_NEXT_WORKING_DAY, key).first()
    has_plan = session.execute(_HAS_PLAN, key).first()
    temperatures = day_temperatures(session, date)
    seller = None if day and day.delegate_id else session.execute(_SALE_DELEGATE, key).first()
    return TodayInfo(
        date=date,
        cohort_id=cohort_id,
        working_day=day is not None or bool(mornings),
        delegate_id=day.delegate_id if day else None,
        delegate_name=day.delegate_name if day else "",
        deputy_name=day.deputy_name if day else "",
        delegate_gender=day.delegate_gender if day else "unstated",
        deputy_gender=day.deputy_gender if day else "unstated",
        problem=day.problem if day else "",
        warning=day.warning if day else "",
        is_sale=day.is_sale if day else any(m.kind == "sale" for m in mornings),
        schedule=schedule,
        checklist=day_checklist(session, cohort_id, date, temperatures),
        open_tasks=open_tasks(session, cohort_id),
        previous_handover=previous_handover(session, cohort_id, date),
        own_handover=handover_on(session, cohort_id, date),
        next_day=day_of(session, cohort_id, following.date) if following else None,
        has_plan=has_plan is not None,
        follow_ups_due=follow_ups_due(session, date),
        temperatures=temperatures,
        soon_out_of_date=soon_out_of_date(session, cohort_id, date),
        sale_delegate_id=seller.delegate_id if seller else None,
        sale_delegate_name=seller.delegate_name if seller else "",
        sale_delegate_gender=seller.delegate_gender if seller else "unstated",
    )
