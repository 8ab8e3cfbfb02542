"""CSV for the accountant: BOM, one row per line, ISO dates, dot decimals, read back with csv."""

from __future__ import annotations

import csv
import datetime as dt

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
