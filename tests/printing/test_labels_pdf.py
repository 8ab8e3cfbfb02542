"""Label sheets read back from the PDF: places, pages, bold allergens, sizes, Unicode, barcodes."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pdfplumber
import pypdfium2
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.printing.labels import (
    MAX_BODY_PT,
    MM,
    NAME_PT,
    NET_QUANTITY_RATIO,
    LabelDoesNotFit,
    calibration_pdf,
    labels_pdf,
    min_font_size,
    x_height_mm,
)
from app.services.labels import content as labels
from app.services.labels import templates as lt
from app.services.people import cooperative
from tests.labels_fixtures import (
    add_cooperative,
    dates_with_nutrition,
    energy_balls,
    ingredient,
    recipe,
)

MADE = dt.date(2022, 10, 5)


def _pdf(session, lines, template="L7160", skip=0, options=None):
    job = labels.prepare_job(
        session,
        labels.LabelJobInput(
            tuple(labels.JobLine(i, n) for i, n in lines),
            MADE,
            template,
            skip,
            "",
            options or labels.LabelOptions(),
        ),
    )
    return labels_pdf(job)


def _lots_per_page(document) -> list[int]:
    """How many labels of the lot each page of `document` (open in pdfplumber) holds."""
    return [page.extract_text().count("Lot : L221005") for page in document.pages]


def test_skip_then_labels_per_page_and_page_count(session):
    add_cooperative(session)
    product = energy_balls(session)
    pdf = _pdf(session, [(product.id, 40)], skip=3)
    with pdfplumber.open(io.BytesIO(pdf)) as document:  # one reading of the sheets
        assert _lots_per_page(document) == [18, 21, 1]  # 3 + 40 = 43 places on sheets of 21
        page = document.pages[0]
        assert (page.width, page.height) == pytest.approx((210 * MM, 297 * MM))
        names = [w for w in page.extract_words() if w["text"] == "Energy"]
        first = min(names, key=lambda w: (round(w["top"]), w["x0"]))
    # place 4 is the first of the second row: left 7.2 mm, top 15.15 + 38.1 mm (+ padding)
    assert first["x0"] == pytest.approx((7.2 + 2.0) * MM, abs=1.0)
    assert 15.15 + 38.1 < first["top"] / MM < 15.15 + 38.1 + 3


def test_each_distinct_label_is_drawn_once_and_placed_many_times(session):
    add_cooperative(session)
    balls = energy_balls(session)
    soup = recipe(session, "Soupe", [(ingredient(session, "Carottes"), 1, "kg")])
    pdf = _pdf(session, [(balls.id, 1000), (soup.id, 5)])
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 48  # 1005 labels / 21
    forms = set()
    for page in reader.pages:
        forms.update(page["/Resources"]["/XObject"].keys())
    assert len(forms) == 2
    assert len(pdf) < 300_000


def test_allergens_print_in_bold_and_the_rest_in_regular(session):
    add_cooperative(session)
    product = energy_balls(session, name="Energy balls au cacao")
    pdf = _pdf(session, [(product.id, 1)])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        words = page.extract_words(extra_attrs=["fontname", "size"])
    fonts = {w["text"].strip(",."): w["fontname"] for w in words}
    assert "Bold" in fonts["Flocons"] and "Bold" in fonts["d'avoine"]
    assert "Bold" not in fonts["Dattes"] and "Bold" not in fonts["Cacao"]
    text = " ".join(w["text"] for w in words).replace(" ,", ",")  # a font change splits words
    assert "Dattes, Lait de coco, Flocons d'avoine, Cacao (3 %)." in text
    assert "Peut contenir des traces de : fruits à coque." in text
    assert "À consommer de préférence avant le 19/10/2022" in text
    assert "50 g" in text
    assert "Produit par Coopér'Actives, Rue des Champs 67, 4020 Liège" in text


def test_text_shrinks_but_never_below_the_legal_x_height(session):
    add_cooperative(session)
    assert x_height_mm(min_font_size(1.2)) >= 1.2 > x_height_mm(min_font_size(1.2) - 0.02)
    assert min_font_size(1.2) == pytest.approx(6.22, abs=0.01)
    assert min_font_size(0.9) == pytest.approx(4.67, abs=0.01)
    short = recipe(session, "Thé", [(ingredient(session, "Thé noir"), 50, "g")])
    long_list = [(ingredient(session, f"Épice numéro {i}"), 10 + i, "g") for i in range(7)]
    crowded = recipe(session, "Mélange", long_list)
    sizes = {}
    for product, template in ((short, "L7165"), (crowded, "L7160")):
        pdf = _pdf(session, [(product.id, 1)], template=template)
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            sizes[product.name] = {round(c["size"], 2) for c in document.pages[0].chars}
    assert max(sizes["Thé"]) == pytest.approx(MAX_BODY_PT * 1.3, abs=0.05)
    assert min(sizes["Mélange"]) < MAX_BODY_PT
    for found in sizes.values():
        assert min(found) >= min_font_size(1.2) - 0.01


def test_overflow_is_refused_with_a_larger_template_suggested(session):
    add_cooperative(session)
    product = energy_balls(session, story="Une longue histoire de famille " * 3)
    with pytest.raises(LabelDoesNotFit) as refused:
        _pdf(session, [(product.id, 1)], template="L7651", options=labels.LabelOptions(story=True))
    assert "L7651" in refused.value.message
    assert "plus grand, par exemple Avery L716" in refused.value.message  # A4, like L7651
    assert refused.value.recipe_id == product.id
    huge = energy_balls(session, name="Énorme", story="Très long texte. " * 200)
    with pytest.raises(LabelDoesNotFit) as refused:
        _pdf(session, [(huge.id, 1)], template="L7165", options=labels.LabelOptions(story=True))
    assert "Raccourcissez" in refused.value.message


def test_a_small_package_may_use_smaller_letters(session):
    add_cooperative(session, name="Coop", address="4020 Liège")
    ingredients = [(ingredient(session, name), 10, "g") for name in ("Riz", "Sel")]
    normal = recipe(session, "Sachet", ingredients, storage="")
    with pytest.raises(LabelDoesNotFit):
        _pdf(session, [(normal.id, 1)], template="L7651")
    normal.small_package = True
    session.flush()
    pdf = _pdf(session, [(normal.id, 1)], template="L7651")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        smallest = min(c["size"] for c in document.pages[0].chars)
    assert min_font_size(0.9) - 0.01 <= smallest < min_font_size(1.2)


NAMES = ["Bánh chưng của Hằng", "Пельмени Натальи", "Crêpe à l'œuf, Ève & Zoë"]


def test_every_name_reads_back_as_typed(session):
    add_cooperative(session)
    flour = ingredient(session, "Farine de blé", allergens="gluten")
    products = [recipe(session, name, [(flour, 100, "g")]) for name in NAMES]
    pdf = _pdf(session, [(p.id, 2) for p in products])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text()
    for name in NAMES:
        assert text.count(name) == 2


def _barcodes(pdf: bytes):
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=300 / 72).to_pil()
    finally:
        document.close()
    return zxingcpp.read_barcodes(image)


def test_ean13_decodes_to_the_product_code(session):
    add_cooperative(session)
    product = energy_balls(session, product_code="1234")
    found = _barcodes(
        _pdf(
            session,
            [(product.id, 1)],
            template="L7163",
            options=labels.LabelOptions(barcode="ean13"),
        )
    )
    assert [(b.format, b.text) for b in found] == [(zxingcpp.BarcodeFormat.EAN13, "2000000012346")]
    assert labels.matches_scan(product.product_code, found[0].text)


def test_qr_code_holds_the_code_then_name_lot_date_and_contact(session):
    cooperative.save_cooperative(
        session,
        cooperative.CooperativeInfo(
            name="Coopér'Actives", address="Rue des Champs 67\n4020 Liège", phone="04 123 45 67"
        ),
    )
    product = energy_balls(session, product_code="BALLS-CACAO")
    found = _barcodes(
        _pdf(
            session, [(product.id, 2)], template="L7163", options=labels.LabelOptions(barcode="qr")
        )
    )
    expected = (
        "BALLS-CACAO\nEnergy balls\nLot : L221005\n"
        "À consommer de préférence avant le 19/10/2022\n04 123 45 67"
    )
    assert [b.text for b in found] == [expected, expected]
    assert {b.format for b in found} == {zxingcpp.BarcodeFormat.QRCode}
    # the Sales tally reads the first line (a scanner types Enter at the end of it)
    assert labels.matches_scan("BALLS-CACAO", found[0].text)
    assert not labels.matches_scan("BALLS", found[0].text)


def test_calibration_page_outlines_every_label_with_the_offset(session):
    template = lt.get_template(session, "L7160")
    pdf = calibration_pdf(template, (0.5, -1.0))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        numbers = [
            w["text"] for w in page.extract_words() if w["text"].isdigit() and w["top"] > 14 * MM
        ]
        rects = [r for r in page.curves + page.rects if r["width"] > 60 * MM]
        text = page.extract_text()
    assert sorted(int(n) for n in numbers) == list(range(1, 22))
    assert len(rects) == 21
    first = min(rects, key=lambda r: (round(r["top"]), r["x0"]))
    assert first["x0"] == pytest.approx((7.2 + 0.5) * MM, abs=0.5)
    assert first["top"] == pytest.approx((15.15 - 1.0) * MM, abs=0.5)
    assert "0,5 mm vers la droite, -1 mm vers le bas" in text


def _cli_db(db_path):
    from app.db import Database

    database = Database.open(db_path)
    with database.session() as session:
        add_cooperative(session)
        energy_balls(session, name="Energy balls Thị Hiền", product_code="1234")
    database.close()


def test_cli_prints_labels_and_refuses_bad_input_without_writing(db_path, tmp_path, capsys):
    from app.cli import main

    _cli_db(db_path)
    out = tmp_path / "etiquettes.pdf"
    base = ["--db", str(db_path), "print", "labels", "--template", "L7163", "--date", "2022-10-05"]
    assert (
        main(
            [
                *base,
                "--product",
                "energy balls thi hien=30",
                "--skip",
                "2",
                "--barcode",
                "ean13",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    with pdfplumber.open(out) as document:
        assert _lots_per_page(document) == [12, 14, 4]
    for bad, message in (
        (["--product", "Energy balls Thị Hiền=0"], "de 1 à 10 000"),
        (["--product", "Energy balls Thị Hiền=10001"], "de 1 à 10 000"),
        (["--product", "Energy balls Thị Hiền=3", "--skip", "14"], "sauter de 0 à 13"),
        (["--product", "Energy balls Thị Hiền=3", "--template", "L9999"], "inconnu"),
        (["--product", "Biscuits=3"], "Aucun produit"),
        ([], "au moins un produit"),
    ):
        missing = tmp_path / "jamais.pdf"
        args = [*base, *bad, "-o", str(missing)]
        if "--template" in bad:
            args = [
                "--db",
                str(db_path),
                "print",
                "labels",
                "--date",
                "2022-10-05",
                *bad,
                "-o",
                str(missing),
            ]
        assert main(args) == 2
        assert message in capsys.readouterr().err
        assert not missing.exists()


def test_cli_calibration_page(db_path, tmp_path):
    from app.cli import main

    _cli_db(db_path)
    out = tmp_path / "reglage.pdf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "print",
                "labels",
                "--calibration",
                "--template",
                "L7165",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    with pdfplumber.open(out) as document:
        assert "Page de réglage : Avery L7165" in document.pages[0].extract_text()


def test_logo_is_drawn_once_per_distinct_label(session):
    from PIL import Image

    from app.services.people import cooperative

    buffer = io.BytesIO()
    Image.new("RGB", (60, 30), (200, 40, 40)).save(buffer, format="PNG")
    cooperative.save_cooperative(
        session,
        cooperative.CooperativeInfo(name="Coop", address="4020 Liège", logo_png=buffer.getvalue()),
    )
    product = energy_balls(session)
    pdf = _pdf(session, [(product.id, 21)], template="L7163")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        images = document.pages[0].images
    assert len(images) == 14
    assert images[0]["width"] == pytest.approx(2 * images[0]["height"], rel=0.02)


def test_the_x_height_used_is_the_bundled_fonts_own(qapp):
    """X_HEIGHT_EM must be the x-height of the bundled TTF as a font engine measures it."""
    from PySide6.QtGui import QRawFont

    from app.printing.fonts import FONT, FONTS_DIR, X_HEIGHT_EM

    for name in (FONT, "DejaVuSans-Bold"):
        raw = QRawFont(str(FONTS_DIR / f"{name}.ttf"), 1000)
        assert raw.isValid()
        assert raw.xHeight() / 1000 == pytest.approx(X_HEIGHT_EM, abs=0.0005)


WORDS = st.text(alphabet="abcdeéèfghilmnoprstuvxyzàçôûđệЖжй", min_size=1, max_size=12)


@settings(max_examples=25, deadline=None)
@given(
    name=st.lists(WORDS, min_size=1, max_size=5).map(" ".join),
    ingredients=st.lists(st.tuples(WORDS, st.booleans()), min_size=1, max_size=12),
    storage=st.lists(WORDS, max_size=12).map(" ".join),
    template_id=st.sampled_from(["L7160", "L7163", "L7165", "L7651", "ROLL62"]),
    small=st.booleans(),
    barcode=st.booleans(),
)
def test_a_label_is_refused_or_fits_its_box_in_legal_letters(
    name, ingredients, storage, template_id, small, barcode
):
    """Whatever the texts: either LabelDoesNotFit, or every character inside the label's box and
    no letter below the legal size."""
    content = labels.LabelContent(
        recipe_id=1,
        name=name,
        ingredients=tuple(
            labels.IngredientEntry(word, Decimal(100 - i), ("milk",) if bold else (), ())
            for i, (word, bold) in enumerate(ingredients)
        ),
        traces=("sésame",),
        net_quantity="120 g",
        date_kind="best_before",
        date_wording="À consommer de préférence avant le",
        date=MADE,
        date_text="05/10/2022",
        lot="L221005",
        storage=storage,
        producer="Produit par Coop, 4020 Liège",
        barcode=labels.Barcode("ean13", "2000000012346") if barcode else None,
        min_x_height_mm=0.9 if small else 1.2,
    )
    template = next(t for t in lt.builtin_templates() if t.id == template_id)
    job = labels.LabelJob(template, ((content, 1),), 0, MADE)
    try:
        pdf = labels_pdf(job)
    except LabelDoesNotFit as refused:
        assert template.name in refused.message
        return
    left, top = template.position_mm(0)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = document.pages[0].chars
    assert chars
    for char in chars:
        assert char["size"] >= min_font_size(content.min_x_height_mm) - 0.01
        if char["fontname"].endswith(("DejaVuSans", "DejaVuSans-Bold")) and char["text"] != " ":
            assert (
                left * MM - 0.5 <= char["x0"]
                and char["x1"] <= (left + template.label_width_mm) * MM + 0.5
            )
            assert top * MM - 0.5 <= char["top"]
            assert char["bottom"] <= (top + template.label_height_mm) * MM + 0.5


def _print_scaling(pdf: bytes) -> str:
    catalog = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    return str(catalog["/ViewerPreferences"]["/PrintScaling"])


def test_label_sheets_and_calibration_ask_to_print_at_actual_size(session):
    add_cooperative(session)
    product = energy_balls(session)
    assert _print_scaling(_pdf(session, [(product.id, 2)])) == "/None"
    assert _print_scaling(calibration_pdf(lt.get_template(session, "L7160"))) == "/None"


def test_label_sheets_name_their_maker_and_what_they_are(session):
    add_cooperative(session)
    product = energy_balls(session)
    meta = PdfReader(io.BytesIO(_pdf(session, [(product.id, 2)]))).metadata
    assert meta.title == "Étiquettes"
    assert meta.author == "Coopér'Actives"  # the cooperative's name
    assert meta.subject == "Étiquettes alimentaires, à imprimer à taille réelle"


def test_net_quantity_figure_heights_follow_the_directive():
    from app.services.labels.content import net_figure_height_mm

    grams = {"50": 2.0, "50.5": 3.0, "200": 3.0, "201": 4.0, "1000": 4.0, "1001": 6.0}
    for quantity, height in grams.items():
        assert net_figure_height_mm(Decimal(quantity), "g") == height
    assert net_figure_height_mm(Decimal("0.25"), "l") == 4.0  # 250 ml
    assert net_figure_height_mm(Decimal(6), "piece") == 0.0


def _net_figure_mm(pdf: bytes, quantity: str) -> float:
    """The height of the net quantity's figures as drawn: the size of its digits × 0.729 em."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = document.pages[0].extract_words(extra_attrs=["size"])
    sizes = [w["size"] for w in words if w["text"] == quantity]
    assert sizes, quantity
    return min(sizes) * 0.729 / MM


@pytest.mark.parametrize(("grams", "least_mm"), [(40, 2.0), (150, 3.0), (300, 4.0)])
def test_net_quantity_figures_are_as_high_as_the_directive_asks(session, grams, least_mm):
    add_cooperative(session)
    product = energy_balls(session, net_quantity=Decimal(grams))
    pdf = _pdf(session, [(product.id, 1)], template="L7165")
    drawn = _net_figure_mm(pdf, str(grams))
    # at least the directive's height; a third larger than the text when that is higher (the
    # net quantity stands out), never larger than both
    assert least_mm <= drawn
    assert drawn < max(least_mm + 0.1, MAX_BODY_PT * NET_QUANTITY_RATIO * 0.729 / MM + 0.01)


def test_a_small_package_under_10_cm2_prints_the_reduced_set(session):
    add_cooperative(session)
    long_list = [(ingredient(session, f"Épice numéro {i}"), 10 + i, "g") for i in range(12)]
    long_list.append((ingredient(session, "Moutarde", allergens="mustard"), 5, "g"))
    spices = recipe(session, "Mélange", long_list, small_package=True)
    pdf = _pdf(session, [(spices.id, 1)], template="L7651")  # 38,1 × 21,17 mm = 8 cm²
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        text = " ".join(page.extract_text().split())
        bold = {c["text"] for c in page.chars if "Bold" in c["fontname"]}
    # name, allergens, date, lot and net quantity; the list of ingredients is given otherwise
    assert "Mélange" in text and "Contient : Moutarde." in text
    assert "Ingrédients" not in text and "Épice numéro" not in text
    assert "19/10/2022" in text and "Lot : L221005" in text and "50 g" in text
    assert set("Moutarde") <= bold
    # the same product on a bigger package is refused, never cut down
    spices.small_package = False
    session.flush()
    with pytest.raises(LabelDoesNotFit):
        _pdf(session, [(spices.id, 1)], template="L7651")


def test_a_refusal_names_what_does_not_fit(session):
    add_cooperative(session)
    story = energy_balls(session, story="Une recette de famille, roulée à la main. " * 3)
    with pytest.raises(LabelDoesNotFit) as refused:
        _pdf(session, [(story.id, 1)], template="L7160", options=labels.LabelOptions(story=True))
    assert refused.value.message.startswith("L'histoire de « Energy balls »")
    assert "imprimez sans l'histoire" in refused.value.message
    coded = energy_balls(session, name="Boules", product_code="1234")
    with pytest.raises(LabelDoesNotFit) as refused:
        _pdf(session, [(coded.id, 1)], template="L7160", options=labels.LabelOptions(barcode="qr"))
    assert refused.value.message.startswith("Le code-barres de « Boules »")
    crowded = [(ingredient(session, f"Épice numéro {i}"), 10 + i, "g") for i in range(30)]
    legal = recipe(session, "Mélange", crowded)
    with pytest.raises(LabelDoesNotFit) as refused:
        _pdf(session, [(legal.id, 1)], template="L7160")
    assert refused.value.message.startswith("Les mentions obligatoires de « Mélange »")
    assert "1,2 mm" in refused.value.message


def test_code128_decodes_to_the_product_code_with_its_letters(session):
    add_cooperative(session)
    product = energy_balls(session, product_code="BALLS-CACAO")
    found = _barcodes(
        _pdf(
            session,
            [(product.id, 1)],
            template="L7163",
            options=labels.LabelOptions(barcode="code128"),
        )
    )
    assert [(b.format, b.text) for b in found] == [(zxingcpp.BarcodeFormat.Code128, "BALLS-CACAO")]
    assert labels.matches_scan(product.product_code, found[0].text)


def test_barcodes_are_at_gs1_minimum_size(session):
    from app.printing.labels import CODE128_MODULE_MM, EAN_MODULE_MM

    assert EAN_MODULE_MM >= 0.8 * 0.33 - 1e-9  # 80 % magnification
    assert CODE128_MODULE_MM >= 0.25
    add_cooperative(session)
    product = energy_balls(session, product_code="1234")
    pdf = _pdf(session, [(product.id, 1)], "L7163", options=labels.LabelOptions(barcode="ean13"))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        bars = [r for r in document.pages[0].rects if r["height"] > 5 * MM]
    # EAN-13 is 95 modules wide: the first bar's left edge to the last bar's right edge
    width = max(r["x1"] for r in bars) - min(r["x0"] for r in bars)
    assert width / MM == pytest.approx(95 * EAN_MODULE_MM, abs=0.05)


def test_the_french_name_of_the_food_leads_the_ingredients(session):
    add_cooperative(session)
    product = energy_balls(session, descriptive_name="Boules énergétiques aux dattes et au cacao")
    pdf = _pdf(session, [(product.id, 1)], template="L7163")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        text = " ".join(page.extract_text().split())
        bold = "".join(c["text"] for c in page.chars if "Bold" in c["fontname"]).replace(" ", "")
    assert "Boules énergétiques aux dattes et au cacao. Ingrédients :" in text
    assert "Boulesénergétiquesauxdattesetaucacao." in bold


def test_an_arabic_product_name_prints_joined_and_in_reading_order(session):
    add_cooperative(session)
    flour = ingredient(session, "Farine de blé", allergens="gluten")
    product = recipe(session, "خبز الشعير Lot A1", [(flour, 100, "g")])
    pdf = _pdf(session, [(product.id, 1)])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text()
    printed = next(row for row in text.splitlines() if "A1" in row and "Lot :" not in row)
    # read from the right: "خبز" (bread) first, rightmost; its letters joined, none left alone
    assert printed.index("Lot A1") < printed.index("ﺮﻴﻌﺸﻟﺍ") < printed.index("ﺰﺒﺧ")
    assert not set("خبزالشعير") & set(text)


def test_the_calibration_page_prints_its_arabic_sentences_joined(session, monkeypatch):
    from app.printing import labels as labels_printing

    monkeypatch.setattr(labels_printing, "tr", lambda text, context="": "صفحة الضبط: L7160")
    pdf = calibration_pdf(lt.get_template(session, "L7160"))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text()
    assert "L7160 :ﻂﺒﻀﻟﺍ ﺔﺤﻔﺻ" in text and not set("صفحةالضبط") & set(text)


def test_a_compound_ingredient_prints_in_brackets_with_its_allergens_in_bold(session):
    from app.models.menus import IngredientComponent

    add_cooperative(session)
    tomatoes = ingredient(session, "Tomates concassées")
    tomatoes.components = [
        IngredientComponent(position=0, name="Tomates"),
        IngredientComponent(position=1, name="Jus de tomate"),
        IngredientComponent(position=2, name="Acide citrique"),
    ]
    butter = ingredient(session, "Beurre de cacahuète", allergens="peanuts")
    butter.components = [
        IngredientComponent(position=0, name="Arachides", allergens="peanuts"),
        IngredientComponent(position=1, name="Sel"),
    ]
    sauce = recipe(session, "Sauce mafé", [(tomatoes, 500, "g"), (butter, 200, "g")])
    pdf = _pdf(session, [(sauce.id, 1)], template="L7163")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        words = page.extract_words(extra_attrs=["fontname"])
        chars = page.chars
    text = " ".join(w["text"] for w in words).replace(" ,", ",").replace("( ", "(")
    assert (
        "Tomates concassées (Tomates, Jus de tomate, Acide citrique), "
        "Beurre de cacahuète (Arachides, Sel)." in text
    )
    bold = "".join(c["text"] for c in chars if "Bold" in c["fontname"])
    assert "Arachides" in bold
    fonts = {w["text"].strip(",.()"): w["fontname"] for w in words}
    # the compound ingredient's name is regular: its allergen is named inside the brackets
    for regular in ("Beurre", "cacahuète", "Sel", "Jus", "citrique"):
        assert "Bold" not in fonts[regular], regular
    assert "Bold" in fonts["Arachides"]


def test_the_nutrition_declaration_prints_when_the_label_has_room(session):

    add_cooperative(session)
    dates = dates_with_nutrition(session)
    balls = recipe(session, "Boules de dattes", [(dates, 1000, "g")])  # 20 × 50 g = 1 000 g
    pdf = _pdf(session, [(balls.id, 1)], template="L7163")
    left, top = lt.get_template(session, "L7163").position_mm(0)
    # on the wide L7163, in the right-hand column beside the box of the mandatory particulars
    column = ((left + 99.06 * 0.65) * MM, top * MM, (left + 99.06) * MM, (top + 38.1) * MM)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = " ".join(w["text"] for w in document.pages[0].crop(column).extract_words())
    assert (
        "Valeurs nutritionnelles pour 100 g : énergie 1180 kJ / 282 kcal ; matières grasses "
        "< 0,5 g, dont acides gras saturés 0,1 g ; glucides 75 g, dont sucres 63 g ; "
        "protéines 2,5 g ; sel < 0,01 g." in text  # 0,01 g is under 0,0125 g
    )


def _first_label(pdf: bytes, template):
    """The first label's characters and the rule of its mandatory block, as pdfplumber sees them
    (the box is the only curve or rectangle drawn inside the label)."""
    left, top = template.position_mm(0)
    bbox = (left * MM, top * MM, (left + template.label_width_mm) * MM, (top + 38) * MM)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0].crop(bbox)
        boxes = [b for b in page.rects + page.curves if b["width"] > 20 * MM]
        return page.chars, page.extract_words(extra_attrs=["size"]), boxes


def test_the_name_keeps_its_size_and_the_mandatory_block_is_boxed(session):
    """Whatever the length of the list of ingredients, the name is printed at its fixed size
    above a ruled box holding every mandatory particular; the body text shrinks instead."""
    add_cooperative(session)
    short = recipe(session, "Thé", [(ingredient(session, "Thé noir"), 50, "g")])
    many = [(ingredient(session, f"Épice numéro {i}"), 10 + i, "g") for i in range(6)]
    crowded = recipe(session, "Mélange", many)
    template = lt.get_template(session, "L7160")
    seen = {}
    for product in (short, crowded):
        chars, words, boxes = _first_label(_pdf(session, [(product.id, 1)]), template)
        assert len(boxes) == 1
        box = boxes[0]
        name = [c for c in chars if c["top"] < box["top"]]
        assert "".join(c["text"] for c in name) == product.name
        assert {round(c["size"], 2) for c in name} == {NAME_PT}
        inside = [c for c in chars if c["top"] >= box["top"]]
        assert len(inside) == len(chars) - len(name)
        for char in inside:
            assert box["x0"] < char["x0"] and char["x1"] < box["x1"]
            assert char["bottom"] < box["bottom"]
        text = " ".join(w["text"] for w in words)
        for part in ("Ingrédients :", "Lot : L221005", "50 g", "Produit par", "au sec."):
            assert part in text
        seen[product.name] = max(c["size"] for c in inside if c["text"] == "I")
    assert seen["Mélange"] < seen["Thé"]  # the body shrank, the name did not


def test_a_wide_label_puts_the_story_and_barcode_beside_the_box(session):
    add_cooperative(session)
    product = energy_balls(session, product_code="1234", story="Une recette de Thị Hiền.")
    template = lt.get_template(session, "L7163")
    pdf = _pdf(
        session,
        [(product.id, 1)],
        template="L7163",
        options=labels.LabelOptions(barcode="ean13", story=True),
    )
    chars, words, boxes = _first_label(pdf, template)
    (box,) = boxes
    left, _top = template.position_mm(0)
    assert box["x1"] < (left + template.label_width_mm * 0.7) * MM  # the right third is free
    story = [w for w in words if w["text"] in ("Une", "recette", "Hiền.")]
    assert len(story) == 3 and all(w["x0"] > box["x1"] for w in story)
    digits = [w for w in words if w["text"] == "012346"]  # the EAN-13's digits, under its bars
    assert digits and all(w["x0"] > box["x1"] for w in digits)
    # the net quantity stands out: bold, larger than any other text in the box
    (net,) = [w for w in words if w["text"] == "50" and w["x0"] < box["x1"]]
    body = max(c["size"] for c in chars if c["text"] == "I" and c["x0"] < box["x1"])
    assert net["size"] >= body * NET_QUANTITY_RATIO - 0.01


def test_labels_stay_in_the_label_language_whatever_the_command_line_s_language(db_path, tmp_path):
    from app.cli import main

    _cli_db(db_path)
    out = tmp_path / "labels.pdf"
    arguments = ["--lang", "en", "--db", str(db_path), "print", "labels", "--template", "L7163"]
    arguments += ["--date", "2022-10-05", "--product", "energy balls thi hien=1", "-o", str(out)]
    assert main(arguments) == 0
    with pdfplumber.open(out) as document:
        text = document.pages[0].extract_text()
    assert "Lot : L221005" in text and "Ingrédients :" in text
    assert "Ingredients" not in text
