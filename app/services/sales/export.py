"""CSV for the non-profit's accountant: one row per sale line or per expense, ISO dates, amounts
with a dot decimal, UTF-8 with a BOM so spreadsheets open it right.

Rows are streamed from the database in chunks (`yield_per`): a million lines fit in little memory.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from app.models.people import Cohort, Person
from app.models.sales import Expense, SaleLine, SalesEvent, SalesEventProduct
from app.services.sales.summaries import excl_vat

CHUNK = 5000

SALES_HEADER = [
    "line_id",
    "date",
    "cohort",
    "event_id",
    "format",
    "place",
    "product",
    "product_code",
    "kind",
    "payment_method",
    "quantity",
    "unit_price_incl_vat",
    "amount_incl_vat",
    "vat_rate_percent",
    "amount_excl_vat",
    "vat_amount",
    "source",
    "reverses_line",
    "reason",
    "recorded_at",
]
EXPENSES_HEADER = [
    "expense_id",
    "date",
    "cohort",
    "supplier",
    "category",
    "amount",
    "paid_by",
    "reimbursed_on",
    "receipt_number",
    "event_id",
    "order_ref",
    "reverses_expense",
    "reason",
    "notes",
]


def dot_amount(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def rate_percent(rate_bp: int) -> str:
    return f"{rate_bp // 100}.{rate_bp % 100:02d}"


def _stream(session: Session, query):
    """Rows of a Core select, fetched CHUNK at a time (server-side cursor), without ORM overhead."""
    return (
        session.connection().execution_options(stream_results=True, yield_per=CHUNK).execute(query)
    )


def _iso_seconds(value) -> str:
    """A stored time as ISO 8601 to the second ("2026-12-01T10:05:09"), from SQLite's text
    ("2026-12-01 10:05:09.123456") or a server's datetime alike, without parsing it."""
    text = str(value)
    return f"{text[:10]}T{text[11:19]}"


def _money_cells(charged: bool, quantity: int, price: int, rate: int) -> tuple[str, ...]:
    """quantity, unit price, amount, VAT rate, amount excluding VAT and VAT of one line."""
    amount = quantity * price if charged else 0
    excl = excl_vat(amount, rate)
    return (
        str(quantity),
        dot_amount(price),
        dot_amount(amount),
        rate_percent(rate),
        dot_amount(excl),
        dot_amount(amount - excl),
    )


def sales_rows(session: Session, cohort_id: int | None = None) -> Iterator[tuple]:
    """One tuple of cells per sale line, in line order, for `csv.writer` (numbers and None as
    read). Dates and times are read as the text the database holds (no date object made and
    formatted back per line), and the money cells of a (charged, quantity, price, rate) already
    seen are reused: a million lines hold few of them."""
    query = (
        select(
            SaleLine.id,
            type_coerce(SalesEvent.date, String),
            Cohort.name,
            SalesEvent.id,
            SalesEvent.format,
            SalesEvent.place,
            SalesEventProduct.name,
            SalesEventProduct.product_code,
            SaleLine.kind,
            SaleLine.payment_method,
            SaleLine.quantity,
            SaleLine.unit_price_cents,
            SaleLine.vat_rate_bp,
            SaleLine.source,
            SaleLine.reverses_id,
            SaleLine.reason,
            type_coerce(SaleLine.created_at, String),
        )
        .join(SalesEvent, SalesEvent.id == SaleLine.event_id)
        .join(Cohort, Cohort.id == SalesEvent.cohort_id)
        .join(SalesEventProduct, SalesEventProduct.id == SaleLine.product_id)
        .order_by(SaleLine.id)
    )
    if cohort_id is not None:
        query = query.where(SalesEvent.cohort_id == cohort_id)
    money: dict[tuple, tuple[str, ...]] = {}
    for (
        line_id,
        day,
        cohort,
        event_id,
        fmt,
        place,
        product,
        code,
        kind,
        method,
        quantity,
        price,
        rate,
        source,
        reverses,
        reason,
        created,
    ) in itertools.chain.from_iterable(_stream(session, query).partitions()):
        key = (kind == "sale" and method != "offered", quantity, price, rate)
        cells = money.get(key)
        if cells is None:
            cells = money[key] = _money_cells(*key)
        # ids, counts, the day and empty values go to `csv` as they are: it writes a number with
        # str() and None as an empty cell, in C
        yield (
            line_id,
            day,
            cohort,
            event_id,
            fmt,
            place,
            product,
            code,
            kind,
            method,
            *cells,
            source,
            reverses,
            reason,
            _iso_seconds(created) if created else None,
        )


def expense_rows(session: Session, cohort_id: int | None = None) -> Iterator[list[str]]:
    query = (
        select(Expense, Cohort.name, Person.first_name, Person.last_name)
        .join(Cohort, Cohort.id == Expense.cohort_id)
        .outerjoin(Person, Person.id == Expense.paid_by_id)
        .order_by(Expense.date, Expense.id)
    )
    if cohort_id is not None:
        query = query.where(Expense.cohort_id == cohort_id)
    for expense, cohort, first, last in session.execute(query.execution_options(yield_per=CHUNK)):
        yield [
            str(expense.id),
            expense.date.isoformat(),
            cohort,
            expense.supplier,
            expense.category,
            dot_amount(expense.amount_cents),
            f"{first or ''} {last or ''}".strip(),
            expense.reimbursed_on.isoformat() if expense.reimbursed_on else "",
            expense.receipt_number,
            str(expense.event_id or ""),
            str(expense.order_ref or ""),
            str(expense.reverses_id or ""),
            expense.reason,
            expense.notes,
        ]


def write_csv(handle: TextIO, header: list[str], rows: Iterator) -> int:
    """Write header and rows to a text handle opened with newline=""; returns the row count.
    CHUNK rows at a time go to `csv` in one `writerows` call (its loop runs in C) into a buffer,
    written to the file at once: one encoding and one write per chunk, not per row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=",", lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    while chunk := list(itertools.islice(rows, CHUNK)):
        writer.writerows(chunk)
        count += len(chunk)
        handle.write(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()
    handle.write(buffer.getvalue())  # the header of an empty export
    return count


def export_sales(session: Session, path: Path, cohort_id: int | None = None) -> int:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        return write_csv(handle, SALES_HEADER, sales_rows(session, cohort_id))


def export_expenses(session: Session, path: Path, cohort_id: int | None = None) -> int:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        return write_csv(handle, EXPENSES_HEADER, expense_rows(session, cohort_id))
