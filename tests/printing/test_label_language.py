"""Every word a label prints is in the cooperative's label language, whatever the interface's:
labels, their allergen words, and the other documents for customers (allergen sheet, price list,
quote), read back from the PDF. Internal documents keep the interface's language."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pdfplumber

from app.printing.allergen_sheet import allergen_sheet_pdf
from app.printing.labels import labels_pdf
from app.services.kitchen.allergen_sheet import AllergenSheet, DishAllergens
from app.services.labels import content as labels
from app.services.people import cooperative
from tests.labels_fixtures import energy_balls, ingredient, recipe

MADE = dt.date(2022, 10, 5)


def label_language(session, language: str) -> None:
    cooperative.save_cooperative(
        session,
        cooperative.CooperativeInfo(
            name="Coopér'Actives", address="Rue des Champs 67\n4020 Liège", label_language=language
        ),
    )


def printed_labels(session, *products, template="L7163", lines=False) -> str:
    """The text of the labels' sheets, on one line per page (or as printed, with `lines`)."""
    job = labels.prepare_job(
        session,
        labels.LabelJobInput(
            tuple(labels.JobLine(product.id, 1) for product in products), MADE, template
        ),
    )
    return text_of(labels_pdf(job), lines)


def text_of(pdf: bytes, lines: bool = False) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [page.extract_text() for page in document.pages]
    return "\n".join(pages if lines else (" ".join(page.split()) for page in pages))


def as_read(line: str) -> str:
    """An Arabic line as a reader takes it: the PDF holds the joined letter forms from left to
    right; reversed and normalised, the Arabic reads in its logical order."""
    return unicodedata.normalize("NFKC", line[::-1])


def test_a_dutch_label_language_prints_every_word_of_the_label_in_dutch(session, read_in):
    read_in("en")  # the interface's language does not matter
    label_language(session, "nl")
    pesto = ingredient(session, "Pesto", allergens="milk,nuts")
    semolina = ingredient(session, "Semoule", allergens="gluten")
    salad = recipe(session, "Taboulé", [(semolina, 200, "g"), (pesto, 50, "g")])
    text = printed_labels(session, energy_balls(session))
    assert "Ingrediënten: Dattes, Lait de coco, Flocons d'avoine, Cacao." in text
    assert "Kan sporen bevatten van: noten." in text
    assert "Ten minste houdbaar tot 19/10/2022" in text
    assert "Lot: L221005" in text
    assert "Gemaakt door Coopér'Actives, Rue des Champs 67, 4020 Liège" in text
    # the allergen each name does not say, in Dutch: the cereal of a semolina, milk and nuts
    assert "Semoule (harde tarwe), Pesto (melk, noten)." in printed_labels(session, salad)
    for french in ("Ingrédients", "Peut contenir", "consommer", "Lot :", "Produit par", "lait"):
        assert french not in text
    for english in ("Ingredients", "Best before", "Made by", "milk"):
        assert english not in text


def test_a_dutch_reduced_label_says_what_it_contains_in_dutch(session):
    label_language(session, "nl")
    long_list = [(ingredient(session, f"Épice numéro {i}"), 10 + i, "g") for i in range(12)]
    long_list.append((ingredient(session, "Moutarde", allergens="mustard"), 5, "g"))
    spices = recipe(session, "Mélange", long_list, small_package=True, date_kind="use_by")
    text = printed_labels(session, spices, template="L7651")
    assert "Bevat: Moutarde." in text and "Te gebruiken tot 19/10/2022" in text
    assert "Contient" not in text and "Ingrediënten" not in text


def test_an_arabic_label_language_prints_the_label_s_words_joined_in_arabic(session):
    label_language(session, "ar")
    text = printed_labels(session, energy_balls(session), lines=True)
    read = "\n".join(as_read(line) for line in text.splitlines())
    assert "المكونات:" in read
    assert "قد يحتوي على آثار من: المكسرات." in read
    lot = next(line for line in text.splitlines() if "L221005" in line)
    # read from the right: "رقم التشغيلة:" then the lot, the lot's figures in their order
    assert "رقم التشغيلة:" in as_read(lot) and lot.index("L221005") < lot.index("ﻢﻗﺭ")
    assert "يُفضّل استهلاكه قبل" in read  # with its short vowel and its shadda
    assert "من إنتاج" in read
    # every Arabic letter in its joined form (presentation forms), none left alone
    assert not set("المكوناتقديحتويعلىآثارمنالمكسرات") & set(text)
    assert "Ingrédients" not in text and "Peut contenir" not in text


def test_labels_follow_the_label_language_on_the_command_line(db_path, tmp_path):
    from app.cli import main
    from app.db import Database

    database = Database.open(db_path)
    with database.session() as session:
        label_language(session, "nl")
        energy_balls(session, name="Energy balls")
    database.close()
    out = tmp_path / "labels.pdf"
    arguments = ["--lang", "ar", "--db", str(db_path), "print", "labels", "--template", "L7163"]
    arguments += ["--date", "2022-10-05", "--product", "energy balls=1", "-o", str(out)]
    assert main(arguments) == 0
    text = text_of(out.read_bytes())
    assert "Ingrediënten:" in text and "Lot: L221005" in text and "noten" in text


def test_the_allergen_sheet_is_in_the_label_language_with_its_allergen_words(read_in):
    read_in("ar")
    sheet = AllergenSheet(
        kind="menu",
        name="Brunch",
        on=None,
        dishes=(DishAllergens("Taboulé", ("gluten", "milk"), ("nuts",), True),),
    )
    info = cooperative.CooperativeInfo(name="Coopér'Actives", label_language="nl")
    text = text_of(allergen_sheet_pdf(sheet, info))
    assert "Allergenen — Brunch" in text
    assert "Taboulé gluten, melk noten" in text
    assert "Pagina 1 / 1" in text
    french = text_of(allergen_sheet_pdf(sheet, cooperative.CooperativeInfo(name="Coop")))
    assert "Taboulé gluten, lait fruits à coque" in french and "Page 1 / 1" in french


def test_the_price_list_and_the_quote_follow_the_label_language(demo_db, read_in):
    from dataclasses import replace

    from app.printing.price_list import price_list_pdf
    from app.printing.quote import quote_pdf
    from app.services.kitchen.allergen_sheet import for_order
    from app.services.menus.orders import get_order
    from app.services.sales.events import find_event_on

    read_in("ar")
    with demo_db.session() as session:
        info = replace(cooperative.get_cooperative(session), label_language="nl")
        cooperative.save_cooperative(session, info)
        event = find_event_on(session, dt.date(2022, 11, 4))
        prices = text_of(price_list_pdf(session, event.id))
        quote = text_of(quote_pdf(get_order(session, 1), info, for_order(session, 1)))
    assert "Onze prijzen" in prices and "gluten, noten" in prices
    assert "Offerte" in quote and "Allergenen" in quote and "selderij, mosterd" in quote
    for text in (prices, quote):
        assert "Allergènes" not in text and "Pagina 1 /" in text


def test_an_arabic_quote_from_a_french_interface_keeps_its_amounts_whole(demo_db):
    from dataclasses import replace

    from app.printing.quote import quote_pdf
    from app.services.menus.orders import get_order

    with demo_db.session() as session:
        info = replace(cooperative.get_cooperative(session), label_language="ar")
        order = get_order(session, 1)
    text = text_of(quote_pdf(order, info), lines=True)
    total = next(line for line in text.splitlines() if "142,20" in line and ":" in line)
    # "المبلغ الذي يجب دفعه: 142,20 € ..." read from the right: the amount whole beside its
    # label, written as the Arabic interface writes it (Babel's ar_MA amount reads from the right)
    assert "€ 142,20 :ﻪﻌﻓﺩ" in total


def test_a_refusal_is_said_in_the_interface_s_way_not_the_label_s(session):
    from app.i18n import FIRST_STRONG_ISOLATE
    from app.printing.labels import LabelDoesNotFit

    label_language(session, "ar")
    long_list = [(ingredient(session, f"Épice numéro {i}"), 10 + i, "g") for i in range(40)]
    crowded = recipe(session, "Mélange", long_list)
    try:
        printed_labels(session, crowded, template="L7160")
    except LabelDoesNotFit as refusal:
        message = refusal.message
    else:
        raise AssertionError("the crowded label fitted")
    # French interface: no isolate marks around the values (the Arabic label would want them)
    assert "Les mentions obligatoires de « Mélange »" in message
    assert FIRST_STRONG_ISOLATE not in message


def test_an_arabic_label_lists_latin_names_from_the_right_with_arabic_commas_and_ends_them(
    session,
):
    """The names of an Arabic label's ingredients are typed in French: read from the right in
    their order (by weight), "،" between them, the full stop after the last one, at the left end
    of the line (app/printing/printed_lists.py)."""
    label_language(session, "ar")
    job = labels.prepare_job(
        session, labels.LabelJobInput((labels.JobLine(energy_balls(session).id, 1),), MADE, "L7163")
    )
    with pdfplumber.open(io.BytesIO(labels_pdf(job))) as document:
        chars = document.pages[0].chars
    line = sorted((c for c in chars if "Cacao" in _line_text(chars, c["top"])), key=_x)
    text = "".join(c["text"] for c in line)
    assert "," not in text and text.count("،") == 3, text
    starts = {name: text.index(name) for name in ("Dattes", "Lait de coco", "Flocons", "Cacao")}
    # from the right: the heaviest first (dates 400 g, coconut milk 300 ml, oats 250 g, cocoa 30 g)
    assert starts["Dattes"] > starts["Lait de coco"] > starts["Flocons"] > starts["Cacao"]
    # the stop ends the sentence: the leftmost character, right before the last name
    assert text.startswith(".Cacao"), text
    assert _x(line[0]) == min(_x(c) for c in line)
    # a French label is as it always was
    label_language(session, "fr")
    assert "Dattes, Lait de coco, Flocons d'avoine, Cacao." in printed_labels(
        session, energy_balls(session)
    )


def _x(char) -> float:
    return char["x0"]


def _line_text(chars, top: float) -> str:
    return "".join(c["text"] for c in chars if abs(c["top"] - top) < 1)
