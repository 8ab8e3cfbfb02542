"""CSV for the non-profit's accountant: one row per sale line or per expense, ISO dates, amounts
with a dot decimal, UTF-8 with a BOM so spreadsheets open it right.

Rows are read from the database a chunk at a time and written a chunk at a time: a million lines
fit in little memory. The sales file, the big one, is written from ready-made texts of the cells
that repeat (`sales_text`).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from app.models.people import Cohort, Person
from app.models.sales import Expense, SaleLine, SalesEvent, SalesEventProduct
from app.services.csv_cells import LINE_END, CellsText, TextCache, accountant_writer
from app.services.raw_rows import row_chunks
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


def _line_query(cohort_id: int | None):
    """The lines' own columns (no join), in line order, as `sales_text` unpacks them."""
    query = select(
        SaleLine.id,
        SaleLine.event_id,
        SaleLine.product_id,
        SaleLine.kind,
        SaleLine.payment_method,
        SaleLine.quantity,
        SaleLine.unit_price_cents,
        SaleLine.vat_rate_bp,
        SaleLine.source,
        SaleLine.reverses_id,
        SaleLine.reason,
        type_coerce(SaleLine.created_at, String),
    ).order_by(SaleLine.id)
    if cohort_id is not None:
        query = query.where(SaleLine.event_id.in_(_cohort_events(cohort_id)))
    return query


def _cohort_events(cohort_id: int):
    return select(SalesEvent.id).where(SalesEvent.cohort_id == cohort_id)


def _day_and_product_cells(session: Session, cohort_id: int | None) -> TextCache:
    """(event id, product id) → the text of the cells date … product_code, made when first met
    from the sale days and products read once each (a few thousand, not a million)."""
    days = select(
        SalesEvent.id,
        type_coerce(SalesEvent.date, String),
        Cohort.name,
        SalesEvent.id,
        SalesEvent.format,
        SalesEvent.place,
    ).join(Cohort, Cohort.id == SalesEvent.cohort_id)
    products = select(SalesEventProduct.id, SalesEventProduct.name, SalesEventProduct.product_code)
    if cohort_id is not None:
        days = days.where(SalesEvent.cohort_id == cohort_id)
        products = products.where(SalesEventProduct.event_id.in_(_cohort_events(cohort_id)))
    day_cells = {row[0]: tuple(row[1:]) for row in session.execute(days)}
    product_cells = {row[0]: tuple(row[1:]) for row in session.execute(products)}
    cells_text = CellsText()
    return TextCache(lambda key: cells_text(day_cells[key[0]] + product_cells[key[1]]))


def _money_text() -> TextCache:
    """(kind, method, quantity, price, rate, source) → the text of the cells kind … source."""
    cells_text = CellsText()

    def make(key: tuple) -> str:
        kind, method, quantity, price, rate, source = key
        charged = kind == "sale" and method != "offered"
        return cells_text((kind, method, *_money_cells(charged, quantity, price, rate), source))

    return TextCache(make)


def sales_text(session: Session, cohort_id: int | None = None) -> Iterator[tuple[int, str]]:
    """The CSV text of the sale lines (without the header), CHUNK lines at a time, with their
    count. Only the lines' own columns are read; each line is one f-string of ready texts: its day
    and product's cells and its money cells are formatted by `csv` once per distinct value (a
    million lines hold a few thousand days and products and fewer prices) and reused; only the id,
    the reversed line, a reason and the time are written per line. Dates and times are the text
    the database holds (a server's driver gives dates whose `str()` is the same ISO text)."""
    days = _day_and_product_cells(session, cohort_id)
    money = _money_text()
    reason_text = CellsText()
    for chunk in row_chunks(session, _line_query(cohort_id), CHUNK):
        text = "".join(
            [
                f"{line_id},{days[event_id, product_id]},"
                f"{money[kind, method, quantity, price, rate, source]},"
                f"{'' if reverses is None else reverses},"
                f"{reason_text((reason,)) if reason else ''},"
                f"{(at := str(created))[:10]}T{at[11:19]}{LINE_END}"
                for (
                    line_id,
                    event_id,
                    product_id,
                    kind,
                    method,
                    quantity,
                    price,
                    rate,
                    source,
                    reverses,
                    reason,
                    created,
                ) in chunk
            ]
        )
        yield len(chunk), text


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
    writer = accountant_writer(buffer)
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
    """Write the sale lines' CSV to `path`; returns the number of lines."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(CellsText()(SALES_HEADER) + LINE_END)
        for lines, text in sales_text(session, cohort_id):
            handle.write(text)
            count += lines
    return count


def export_expenses(session: Session, path: Path, cohort_id: int | None = None) -> int:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        return write_csv(handle, EXPENSES_HEADER, expense_rows(session, cohort_id))
