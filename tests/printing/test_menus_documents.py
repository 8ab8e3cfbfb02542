"""The quote and the shopping list read from the PDF: lines, VAT, totals, packs; the CSV too."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal

import pdfplumber

from app.printing.quote import quote_pdf
from app.printing.shopping_list import shopping_list_csv, shopping_list_pdf
from app.services.menus import orders, recipes, shopping
from app.services.people.cooperative import CooperativeInfo
from tests.services.kitchen_fixtures import balls_input, kitchen

COOP = CooperativeInfo(
    name="Coopér'Actives Cuisine",
    address="Rue des Champs 67\n4020 Liège",
    phone="+32 4 232 00 00",
    vat_number="BE 0000.000.000",
)
JUNE = dt.date(2022, 6, 1)


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() for page in document.pages)


def test_quote_shows_lines_vat_total_and_validity(session):
    ids = kitchen(session)
    recipe = recipes.create_recipe(session, balls_input(ids), JUNE)
    order = orders.create_order(
        session,
        orders.OrderInput(
            "Asbl Les Jardins",
            dt.date(2022, 6, 17),
            (
                orders.OrderLineInput(recipe.id, Decimal(12), 500, 600),
                orders.OrderLineInput(recipe.id, Decimal(3), 560, 1200),
            ),
            guests=15,
            contact="Mme Delvaux",
            conditions="Acompte de 30 %.",
        ),
        JUNE,
    )
    text = text_of(quote_pdf(order, COOP))
    assert f"Devis n° {order.id}" in text
    assert "Coopér'Actives Cuisine" in text and "BE 0000.000.000" in text
    assert "Pour : Asbl Les Jardins" in text and "Mme Delvaux" in text
    assert "valable jusqu'au 01/07/2022" in text
    assert "Energy balls" in text and "(v1)" not in text  # customers see no recipe version
    assert "Date de l'événement : 17/06/2022" in text
    # 12 × 5,00 = 60,00 at 6 % (base 56,60, VAT 3,40);
    # 3 × 5,60 = 16,80 at 12 % (base 15,00, VAT 1,80)
    assert "60,00" in text and "16,80" in text
    assert "56,60" in text and "3,40" in text and "15,00" in text and "1,80" in text
    assert "Total à payer : 76,80 € TVA comprise" in text.replace("\xa0", " ")
    assert "Acompte de 30 %." in text


def order_of_balls(session):
    ids = kitchen(session)
    recipe = recipes.create_recipe(session, balls_input(ids), JUNE)
    lines = (orders.OrderLineInput(recipe.id, Decimal(12), 500, 600),)
    return orders.create_order(
        session, orders.OrderInput("Asbl Les Jardins", dt.date(2022, 6, 17), lines), JUNE
    )


def test_quote_under_the_franchise_charges_no_vat_and_says_so(session):
    order = order_of_balls(session)
    franchise = replace(COOP, vat_status="franchise", bce_number="0123.456.749")
    text = " ".join(text_of(quote_pdf(order, franchise)).replace("\xa0", " ").split())
    assert "Régime particulier de franchise des petites entreprises — TVA non applicable" in text
    assert "N° d'entreprise (BCE) : 0123.456.749" in text
    assert "TVA comprise" not in text and "Taux de TVA" not in text and "TVAC" not in text
    assert "BE 0000.000.000" not in text  # no VAT number where no VAT is charged
    # 12 × 5,00 € charged as they are
    assert "Total à payer : 60,00 €" in text


def test_quote_names_the_rpm_and_the_account_and_aligns_the_totals(session):
    order = order_of_balls(session)
    coop = replace(COOP, rpm="RPM Liège, division Liège", iban="BE68 5390 0754 7034")
    pdf = quote_pdf(order, coop)
    text = " ".join(text_of(pdf).split())
    assert "RPM Liège, division Liège" in text
    assert "BE68 5390 0754 7034" in text and f"« Devis {order.id} »" in text
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = document.pages[0].extract_words()
        metadata = document.metadata
    # the line total and the grand total end at the same right edge
    euros = [w for w in words if w["text"] == "€"]
    right = max(w["x1"] for w in euros)
    last_column = [w for w in euros if w["x1"] > right - 20]
    # the line's total, the rate's total and the grand total
    assert len(last_column) == 3 and all(abs(w["x1"] - right) < 0.5 for w in last_column)
    assert metadata["Subject"] == "Devis pour Asbl Les Jardins"
    assert metadata["Author"] == "Coopér'Actives Cuisine"


def test_shopping_list_pdf_and_csv_show_packs_spend_and_leftovers(session):
    ids = kitchen(session)
    recipe = recipes.create_recipe(session, balls_input(ids), JUNE)
    result = shopping.for_batches(session, [(recipe.id, Decimal(4))], JUNE, "Courses test")
    text = text_of(shopping_list_pdf(result, COOP)).replace("\xa0", " ").replace("\u202f", " ")
    # dates 4 × 300 g = 1,2 kg -> 2 packs of 1 kg (12,98 €), 0,8 kg left
    assert "Courses test" in text
    assert "Colruyt" in text and "Marché" in text
    assert "1,2 kg" in text and "2 × 1 kg" in text and "12,98 €" in text and "0,8 kg" in text
    # total: dates 12,98 + oats 800 g -> 2 × 500 g 2,58 + oil 0,2 l -> 1 × 8,99
    # + lemons 4 -> 1 × 1,99
    assert "Dépense estimée : 26,54 €" in text
    rows = list(csv.reader(io.StringIO(shopping_list_csv(result)), delimiter=";"))
    assert rows[0][:3] == ["Fournisseur", "Ingrédient", "Quantité"]
    dates = next(row for row in rows if row[1] == "Dattes")
    assert dates[2:5] == ["1,2", "kg", "2"]
    assert rows[-1][1] == "Total" and rows[-1][6] == "26,54"
