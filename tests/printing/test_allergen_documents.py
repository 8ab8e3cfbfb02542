"""The allergen sheet, the quote's allergen section and the stand's price list, printed from the
demo cooperative and read back from the PDF."""

from __future__ import annotations

import io

import pdfplumber

from app.cli import main


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return " ".join(" ".join(page.extract_text().split()) for page in document.pages)


def rows_of(pdf: bytes) -> list[list[str]]:
    """Every table row, each cell's text on one line."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [
            [" ".join((cell or "").split()) for cell in row]
            for page in document.pages
            for found in page.extract_tables()
            for row in found
        ]


def printed_pdf(demo_db_path, tmp_path, *arguments: str) -> bytes:
    output = tmp_path / "document.pdf"
    assert main(["--db", str(demo_db_path), "print", *arguments, "-o", str(output)]) == 0
    return output.read_bytes()


def printed(demo_db_path, tmp_path, *arguments: str) -> str:
    return text_of(printed_pdf(demo_db_path, tmp_path, *arguments))


def test_the_buffet_sheet_of_an_order_lists_each_dish_with_its_allergens(demo_db_path, tmp_path):
    pdf = printed_pdf(demo_db_path, tmp_path, "allergens", "--order", "1")
    assert "Allergènes — Asbl Les Jardins de Bressoux, 17/06/2022" in text_of(pdf)
    rows = rows_of(pdf)
    assert rows[0] == ["Plat", "Contient", "Peut contenir des traces de"]
    # couscous semolina is gluten; ras el hanout may hold celery and mustard
    assert ["Couscous aux légumes et pois chiches", "gluten", "céleri, moutarde"] in rows
    assert ["Poulet yassa", "moutarde", "—"] in rows
    assert ["Riz basmati", "Aucun des 14 allergènes", "—"] in rows


def test_the_stand_price_list_has_an_allergens_column(demo_db_path, tmp_path):
    rows = rows_of(printed_pdf(demo_db_path, tmp_path, "price-list", "--date", "2022-11-04"))
    rows = [[cell.replace("\xa0", " ") for cell in row] for row in rows]
    assert rows[0] == ["Produit", "Prix", "Allergènes"]
    assert ["Energy balls dattes-cacao", "6,00 €", "gluten, fruits à coque"] in rows
    assert ["Energy balls cacahuète-sésame", "5,00 €", "gluten, arachides, sésame"] in rows


def test_a_sale_day_sheet_and_the_quote_carry_the_same_allergens(demo_db_path, tmp_path):
    day = rows_of(printed_pdf(demo_db_path, tmp_path, "allergens", "--date", "2022-11-04"))
    # peanut butter may hold nuts; the almonds of the other balls are not in these
    assert ["Energy balls cacahuète-sésame", "gluten, arachides, sésame", "fruits à coque"] in day
    quote = printed_pdf(demo_db_path, tmp_path, "quote", "--order", "1")
    assert "Allergènes" in text_of(quote)
    assert ["Couscous aux légumes et pois chiches", "gluten", "céleri, moutarde"] in rows_of(quote)


def test_a_menu_sheet_by_name_and_an_unknown_menu(demo_db_path, tmp_path, capsys):
    text = printed(demo_db_path, tmp_path, "allergens", "--menu", "Brunch des 20 ans")
    assert "Allergènes — Brunch des 20 ans" in text
    output = tmp_path / "none.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "allergens",
                "--menu",
                "Nulle part",
                "-o",
                str(output),
            ]
        )
        == 2
    )
    assert "Pas de menu « Nulle part »." in capsys.readouterr().err
    assert not output.exists()
