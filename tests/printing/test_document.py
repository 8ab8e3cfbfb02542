"""The shared document frame: fonts that print every name, header, footer, read from the PDF."""

from __future__ import annotations

import io

import pdfplumber
from reportlab.platypus import Paragraph

from app.printing.document import build_pdf, escape, styles, table
from app.services.people.cooperative import CooperativeInfo

NAMES = ["Hằng Nguyễn Thị", "Наталья Смирнова", "Leïla Ben Ammar", "Esperança Domingos"]


def test_every_name_reads_back_as_typed_with_bold_in_a_bold_font():
    s = styles()
    story = [Paragraph(escape("Membres & noms"), s.title)]
    story += [Paragraph(f"<b>{escape(name)}</b> — ok", s.body) for name in NAMES]
    story.append(table([["Nom", "Montant"], ["Hằng", "2,50 €"]], align_right_from=1))
    coop = CooperativeInfo(name="Coopér'Actives Cuisine", address="Rue des Champs 67\n4020 Liège")
    pdf = build_pdf(story, "Essai", coop)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        text = page.extract_text()
        for name in NAMES:
            assert name in text
        assert "Coopér'Actives Cuisine" in text
        assert "Rue des Champs 67, 4020 Liège" in text
        assert "Page 1" in text
        bold_chars = {c["text"] for c in page.chars if "Bold" in c["fontname"]}
        assert set("Hằng") <= bold_chars
        regular = [c for c in page.chars if c["text"] == "—"]
        assert regular and all("Bold" not in c["fontname"] for c in regular)


def test_a_mixed_arabic_and_latin_line_prints_joined_and_in_reading_order():
    line = "شهادة مشاركة: Amina Haddad — 12 h, Lot A12"
    pdf = build_pdf([Paragraph(escape(line), styles().body)], "شهادة")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text()  # characters as they stand, left to right
    printed = next(row for row in text.splitlines() if "Amina" in row)
    # The Latin part keeps its order; the Arabic words stand to its right, read from the right,
    # in their joined forms (initial, medial, final letters), not as separate letters.
    assert "Amina Haddad — 12 h, Lot A12" in printed
    assert printed.endswith("ﺔﻛﺭﺎﺸﻣ ﺓﺩﺎﻬﺷ")
    assert not set("شهادةمشاركة") & set(printed)  # no unjoined letter left
    assert printed.index("Lot A12") < printed.index("ﺓﺩﺎﻬﺷ")
    assert "ﺓﺩﺎﻬﺷ" in text.splitlines()[-1]  # the footer's title too
