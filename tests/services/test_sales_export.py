"""CSV for the accountant: BOM, one row per line, ISO dates, dot decimals, read back with csv."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace

from app.services.people import cohorts
from app.services.sales import cash, closing, expenses, tally
from app.services.sales.export import export_expenses, export_sales
from tests.services.sales_fixtures import make_event, make_shop


def test_sales_and_expenses_csv(session, tmp_path):
    shop = make_shop(session)
    event = make_event(session, shop)
    balls, soup = event.products[0].id, event.products[1].id
    tally.record_tap(session, event.id, balls, "cash")
    tally.record_tap(session, event.id, soup, "card")
    tally.record_tap(session, event.id, soup, "offered")
    cash.record_count(session, event.id, {5000: 1, 200: 1, 50: 1})
    closing.close_event(session, event.id, shop.amina)
    closing.correct_count(session, event.id, soup, "sale", "card", -1, "Erreur, rendu", shop.diane)
    expenses.add_expense(
        session,
        expenses.ExpenseInput(
            shop.cohort_id,
            dt.date(2022, 10, 4),
            1234,
            "Marché; « bio »",
            "packaging",
            shop.amina,
            "T-9",
        ),
    )
    path = tmp_path / "ventes.csv"
    assert export_sales(session, path, shop.cohort_id) == 4
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["product"] for r in rows] == ["Energy balls", "Soupe", "Soupe", "Soupe"]
    first, soup_card, offered, correction = rows
    assert first["date"] == "2022-10-05" and first["amount_incl_vat"] == "2.50"
    assert (
        first["vat_rate_percent"] == "6.00"
        and first["amount_excl_vat"] == "2.36"
        and first["vat_amount"] == "0.14"
    )
    assert soup_card["amount_incl_vat"] == "4.00" and soup_card["amount_excl_vat"] == "3.57"
    assert offered["payment_method"] == "offered" and offered["amount_incl_vat"] == "0.00"
    assert correction["quantity"] == "-1" and correction["amount_incl_vat"] == "-4.00"
    assert correction["source"] == "correction" and correction["reason"] == "Erreur, rendu"
    expenses_path = tmp_path / "depenses.csv"
    assert export_expenses(session, expenses_path) == 1
    (row,) = csv.DictReader(expenses_path.read_text(encoding="utf-8-sig").splitlines())
    assert (
        row["amount"] == "12.34"
        and row["supplier"] == "Marché; « bio »"
        and row["paid_by"] == "Amina"
    )
    assert (
        row["category"] == "packaging"
        and row["receipt_number"] == "T-9"
        and row["date"] == "2022-10-04"
    )


def _previous_sales_rows(session, cohort_id=None):
    """The export's rows as the implementation before 2026-12-01 made them (ORM types, a list
    per row, formatted field by field): the reference the streamed export must equal byte for
    byte."""
    from sqlalchemy import select

    from app.models.people import Cohort
    from app.models.sales import SaleLine, SalesEvent, SalesEventProduct
    from app.services.sales.export import dot_amount, rate_percent
    from app.services.sales.summaries import excl_vat

    query = (
        select(
            SaleLine.id,
            SalesEvent.date,
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
            SaleLine.created_at,
        )
        .join(SalesEvent, SalesEvent.id == SaleLine.event_id)
        .join(Cohort, Cohort.id == SalesEvent.cohort_id)
        .join(SalesEventProduct, SalesEventProduct.id == SaleLine.product_id)
        .order_by(SaleLine.id)
    )
    if cohort_id is not None:
        query = query.where(SalesEvent.cohort_id == cohort_id)
    for row in session.execute(query):
        (line_id, day, cohort, event_id, fmt, place, product, code, kind, method) = row[:10]
        quantity, price, rate, source, reverses, reason, created = row[10:]
        amount = quantity * price if kind == "sale" and method != "offered" else 0
        excl = excl_vat(amount, rate)
        yield [
            str(line_id),
            day.isoformat(),
            cohort,
            str(event_id),
            fmt,
            place,
            product,
            code,
            kind,
            method or "",
            str(quantity),
            dot_amount(price),
            dot_amount(amount),
            rate_percent(rate),
            dot_amount(excl),
            dot_amount(amount - excl),
            source,
            str(reverses or ""),
            reason,
            created.isoformat(timespec="seconds") if created else "",
        ]


def test_the_streamed_export_is_byte_identical_to_the_previous_one_on_the_demo(demo_db, tmp_path):
    import io

    from app.services.sales.export import SALES_HEADER, write_csv

    path = tmp_path / "ventes.csv"
    with demo_db.session() as session:
        count = export_sales(session, path)
        expected = io.StringIO(newline="")
        expected_count = write_csv(expected, SALES_HEADER, _previous_sales_rows(session))
    assert count == expected_count > 100
    assert path.read_bytes() == b"\xef\xbb\xbf" + expected.getvalue().encode("utf-8")


def _expected_bytes(session, cohort_id=None) -> tuple[int, bytes]:
    import io

    from app.services.sales.export import SALES_HEADER, write_csv

    expected = io.StringIO(newline="")
    count = write_csv(expected, SALES_HEADER, _previous_sales_rows(session, cohort_id))
    return count, b"\xef\xbb\xbf" + expected.getvalue().encode("utf-8")


def test_texts_that_need_quotes_are_written_as_csv_writes_them(session, tmp_path):
    """Names, places, codes and reasons with commas, quotes, line breaks, spaces at their ends and
    Arabic: each line's cells are put together from texts made once per day, product and price,
    and the file must still be what `csv` writes row by row."""
    from app.models.people import Cohort
    from app.models.sales import SaleLine, SalesEvent, SalesEventProduct

    shop = make_shop(session)
    event = make_event(session, shop)
    balls, soup = event.products[0].id, event.products[1].id
    session.get(Cohort, shop.cohort_id).name = 'Coop "Sud", 2'
    session.get(SalesEvent, event.id).place = " Marché\nde la Batte "
    session.get(SalesEventProduct, balls).name = "كرات الطاقة, «bio»"
    session.get(SalesEventProduct, soup).product_code = ""
    session.flush()
    tally.record_tap(session, event.id, balls, "cash")
    tally.record_tap(session, event.id, soup, "qr")
    tally.set_counts(session, event.id, tally.TypedCounts(unsold={soup: 2}))
    cash.record_count(session, event.id, {5000: 1, 200: 1, 50: 1})
    closing.close_event(session, event.id, shop.amina)
    for reason in ('Erreur, "rendu"\r\nà la caisse', " ", "\t", "خطأ"):
        for delta, by in ((-1, shop.diane), (1, None)):
            line = closing.correct_count(session, event.id, balls, "sale", "cash", delta, "x", by)
            session.get(SaleLine, line).reason = reason  # as typed, not squeezed to one line
    session.flush()
    path = tmp_path / "ventes.csv"
    count = export_sales(session, path)
    expected_count, expected = _expected_bytes(session)
    assert count == expected_count == 11
    assert path.read_bytes() == expected
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["cohort"] == 'Coop "Sud", 2' and rows[0]["place"] == " Marché\nde la Batte "
    assert rows[0]["product"] == "كرات الطاقة, «bio»" and rows[1]["product_code"] == ""
    assert rows[3]["reason"] == 'Erreur, "rendu"\r\nà la caisse'


def test_one_cohort_s_export_has_its_lines_only(session, tmp_path):
    shop = make_shop(session)
    first = make_event(session, shop)
    tally.record_tap(session, first.id, first.products[0].id, "cash")
    other = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 3", dt.date(2023, 1, 9), dt.date(2023, 4, 7))
    )
    second = make_event(session, replace(shop, cohort_id=other.id), day=dt.date(2023, 1, 10))
    for product in second.products:
        tally.record_tap(session, second.id, product.id, "card")
    tally.record_tap(session, first.id, first.products[1].id, "transfer")
    for cohort_id, lines in ((shop.cohort_id, 2), (other.id, 2), (None, 4)):
        path = tmp_path / f"ventes-{cohort_id}.csv"
        expected_count, expected = _expected_bytes(session, cohort_id)
        assert export_sales(session, path, cohort_id) == expected_count == lines
        assert path.read_bytes() == expected
    empty = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 4", dt.date(2023, 5, 1), dt.date(2023, 6, 30))
    )
    path = tmp_path / "vide.csv"
    assert export_sales(session, path, empty.id) == 0
    assert path.read_bytes() == _expected_bytes(session, empty.id)[1]
