"""Formats follow the interface language; labels and quotes stay French whatever it is."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import i18n
from app.printing.labels import labels_pdf
from app.printing.quote import quote_pdf
from app.services.labels import content
from app.services.menus import orders, recipes
from app.services.money import format_amount
from tests.labels_fixtures import add_cooperative, energy_balls
from tests.printing.test_menus_documents import COOP, JUNE
from tests.services.kitchen_fixtures import balls_input, kitchen

DAY = dt.date(2022, 10, 3)


@pytest.fixture
def interface(monkeypatch):
    """Set the interface locale and a translator that marks every interface text with «XX»."""

    def use(locale: str) -> None:
        monkeypatch.setattr(i18n, "_format_locale", locale)
        monkeypatch.setattr(i18n, "_translate", lambda context, text: "XX" + text)

    return use


def pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    return text.replace("\xa0", " ").replace("\u202f", " ")


def test_dates_follow_the_interface_language(monkeypatch):
    assert i18n.format_date(DAY) == "03/10/2022"  # French by default
    assert i18n.format_datetime(dt.datetime(2022, 10, 3, 14, 5)) == "03/10/2022 14:05"
    assert i18n.format_day_month(DAY) == "03/10"
    monkeypatch.setattr(i18n, "_format_locale", "en_BE")
    assert i18n.format_date(DAY) == "3/10/2022"
    monkeypatch.setattr(i18n, "_format_locale", i18n.FORMAT_LOCALES["ar"])
    assert "2022" in i18n.format_date(DAY) and "\u200f" in i18n.format_date(
        DAY
    )  # right-to-left marks


def test_amounts_follow_the_interface_language(monkeypatch):
    def shown(cents: int) -> str:
        return format_amount(cents).replace("\u202f", " ").replace("\xa0", " ")

    assert shown(123456) == "1 234,56 €"
    monkeypatch.setattr(i18n, "_format_locale", "en_BE")
    assert shown(123456) == "1.234,56 €"  # English as written in Belgium
    monkeypatch.setattr(i18n, "_format_locale", "nl_BE")
    assert shown(123456) == "€ 1.234,56"
    monkeypatch.setattr(i18n, "_format_locale", i18n.FORMAT_LOCALES["ar"])
    assert shown(123456) == "1.234,56 €"  # no leading right-to-left mark: it made "€ 3.50-"


def test_quote_stays_french_whatever_the_interface_language(session, interface):
    ids = kitchen(session)
    recipe = recipes.create_recipe(session, balls_input(ids), JUNE)
    order = orders.create_order(
        session,
        orders.OrderInput(
            "Asbl Les Jardins",
            dt.date(2022, 6, 17),
            (orders.OrderLineInput(recipe.id, Decimal(12), 500, 600),),
        ),
        JUNE,
    )
    interface("nl_BE")
    assert format_amount(6000) == "€\xa060,00"  # the interface is in Dutch…
    text = pdf_text(quote_pdf(order, COOP))
    assert f"Devis n° {order.id}" in text and "XX" not in text  # …the quote is not
    assert "valable jusqu'au 01/07/2022" in text
    assert "Total à payer : 60,00 € TVA comprise" in text


def test_labels_stay_french_whatever_the_interface_language(session, interface):
    add_cooperative(session)
    balls = energy_balls(session, price_cents=550)
    interface("nl_BE")
    job = content.prepare_job(
        session,
        content.LabelJobInput(
            (content.JobLine(balls.id, 1),), DAY, "L7160", 0, "", content.LabelOptions(price=True)
        ),
    )
    text = pdf_text(labels_pdf(job))
    assert "XX" not in text
    assert "Ingrédients" in text and "Lot : L221003" in text
    assert "À consommer de préférence avant le" in text
    assert "5,50 €" in text


def test_doc_tr_is_identity_in_french_and_uses_the_label_language_otherwise():
    assert i18n.doc_tr("Lot : {lot}", "labels") == "Lot : {lot}"
    assert i18n.doc_tr("Texte jamais traduit", "labels", language="nl") == "Texte jamais traduit"
    assert i18n.doc_tr("Ventes", "Tabs", language="nl") == "Verkoop"
    assert i18n.document_locale() == "fr_BE" and i18n.document_locale("xx") == "fr_BE"


def test_long_dates_on_screen_follow_the_interface_language(monkeypatch):
    from app.services.schedule.mornings import format_day
    from app.ui.today.tab import long_date

    assert long_date(DAY) == "Lundi 3 octobre 2022"
    monkeypatch.setattr(i18n, "_format_locale", "nl_BE")
    assert long_date(DAY) == "Maandag 3 oktober 2022"
    assert format_day(DAY) == "maandag 3 oktober"
    assert format_day(DAY, locale="fr_BE") == "lundi 3 octobre"


def test_quantities_follow_the_interface_language(monkeypatch):
    from app.services.units import format_decimal

    assert format_decimal(Decimal("1.5")) == "1,5"
    monkeypatch.setattr(i18n, "_format_locale", "en")
    assert (
        format_decimal(Decimal("1234.5")) == "1234.5"
    )  # the locale's decimal point, no thousands group
    assert format_decimal(Decimal("1.5"), locale="fr_BE") == "1,5"


@settings(deadline=None, max_examples=50)  # Babel loads each language's data once, slowly
@given(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
def test_dates_formatted_with_a_cached_pattern_match_babel_every_time(day):
    """The skeleton is matched to a pattern once per language; the text is Babel's own."""
    from babel.dates import format_skeleton

    from app.i18n import _skeleton_text

    for locale in ("fr_BE", "nl_BE", "ar", "en"):
        for skeleton in ("yMMdd", "MMdd", "yMMMMd", "MMMMEEEEd"):
            assert _skeleton_text(skeleton, day, locale) == format_skeleton(
                skeleton, day, locale=locale
            )
