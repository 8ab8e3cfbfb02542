"""Sales documents read back from the PDF: the day, the cohort and the profit-sharing decision."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber

from app.printing.cohort_summary import cohort_summary_pdf
from app.printing.day_summary import day_summary_pdf
from app.printing.profit_sharing import profit_sharing_pdf
from app.services.sales import cash, closing, sharing, tally
from tests.printing.layout_checks import read_back
from tests.services.sales_fixtures import make_event, make_shop


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() for page in document.pages)


def closed_day(session):
    shop = make_shop(session)
    event = make_event(session, shop)
    balls, soup = event.products[0].id, event.products[1].id
    for method in ("cash", "cash", "card"):
        tally.record_tap(session, event.id, balls, method)
    tally.record_tap(session, event.id, soup, "qr")
    cash.add_movement(session, event.id, -300, "Glaçons")
    cash.record_count(session, event.id, {5000: 1, 100: 1}, "Pièce perdue")
    closing.close_event(session, event.id, shop.amina, dt.datetime(2022, 10, 5, 14, 0))
    closing.correct_count(
        session, event.id, soup, "given", None, 2, "Dégustation oubliée", shop.diane
    )
    return shop, event


def test_day_summary_reads_back(session):
    _shop, event = closed_day(session)
    text = text_of(day_summary_pdf(session, event.id))
    assert "Résumé de la journée de vente" in text
    assert "05/10/2022" in text and "Marché de la Batte" in text and "Amina" in text
    # 3 balls 7,50 € + 1 soup 4,00 € = 11,50 € TVAC; HTVA 7,08 + 3,57 = 10,65 €
    assert "11,50 €" in text and "10,65 €" in text
    assert "6 %" in text and "12 %" in text
    # cash: 50,00 + 5,00 - 3,00 = 52,00 expected, 51,00 counted, -1,00
    assert "52,00 €" in text and "51,00 €" in text and "-1,00 €" in text and "Pièce perdue" in text
    assert "Dégustation oubliée" in text and "Diane" in text
    assert "pas une caisse enregistreuse" in " ".join(text.split())


def test_day_summary_with_every_payment_method_keeps_columns_apart(session):
    shop = make_shop(session)
    event = make_event(session, shop)
    balls = event.products[0].id
    for method in ("cash", "card", "qr", "transfer", "offered"):
        tally.record_tap(session, event.id, balls, method)
    texts, problems = read_back(day_summary_pdf(session, event.id))
    assert problems == []
    text = " ".join("\n".join(texts).split())
    assert "Fonds de caisse au début" in text and "Fond de caisse" not in text
    # the method "Offert" (a sale at 0 €) and the units given away outside a sale are told apart
    assert "Offert ou perdu hors vente" in text and "Offerts / pertes" not in text
    assert "compté dans les ventes à 0 €" in text


def test_cohort_summary_and_profit_sharing_read_back(session):
    shop, _event = closed_day(session)
    text = text_of(cohort_summary_pdf(session, shop.cohort_id))
    assert "Coopérative 2" in text and "Stand" in text and "Energy balls (3)" in text
    assert "10,65 €" in text  # the cohort's revenue excl. VAT
    decision = sharing.record_decision(
        session,
        sharing.DecisionInput(
            shop.cohort_id,
            dt.date(2022, 12, 16),
            "Parts égales",
            0,
            "equal",
            took_part=(shop.amina, shop.diane),
            objections=(("Trop peu pour partager", "On partage quand même, c'est symbolique"),),
            outcome="Accepté",
        ),
    )
    # result 10,65 € − 3,00 € of ice taken from the cash box = 7,65 €, in two: 3,82 € each and
    # 1 c to the fund
    assert [line.share_cents for line in decision.shares] == [
        382,
        382,
    ] and decision.remainder_cents == 1
    text = text_of(profit_sharing_pdf(session, shop.cohort_id))
    assert "Partage du résultat" in text and "consentement" in text
    assert "3,82 €" in text and "0,01 €" in text and "7,65 €" in text
    assert "Trop peu pour partager" in text and "symbolique" in text
