"""The wall week and the attestation, read back from the PDF as a reader would see them."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from pypdf import PdfReader

from app.printing.attestation import attestation_pdf
from app.printing.week import BASE_SIZES, week_pdf
from app.services.people import cohorts, members
from app.services.people.cohorts import find_cohort
from app.services.schedule import attendance, modules
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput
from tests.printing.layout_checks import page_problems
from tests.printing.test_every_document_layout import CALENDAR_WORDS

D = dt.date


@pytest.fixture
def data(session):
    modules.ensure_default_catalogue(session)
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", D(2022, 9, 12), D(2022, 12, 16))
    )
    hang = members.create_person(session, members.PersonInput("Hằng", "Nguyễn Thị"), cohort.id)
    sophie = members.create_person(
        session, members.PersonInput("Sophie", "Lambert", "facilitator"), cohort.id
    )
    accounting = modules.module_by_name(session, modules.ACCOUNTING).id
    plan = [
        (D(2022, 10, 10), "theory", accounting, dt.time(9), dt.time(12), "present"),
        (D(2022, 10, 11), "kitchen", None, dt.time(9), dt.time(13), "late"),
        (D(2022, 10, 13), "sale", None, dt.time(9), dt.time(12), "absent"),
        (D(2022, 10, 17), "theory", None, dt.time(9, 30), dt.time(12), "present"),
    ]
    for day, kind, module_id, start, end, status in plan:
        morning = schedule.create_morning(
            session, cohort.id, MorningInput(day, start, end, kind, module_id, sophie.id, "Salle 2")
        )
        attendance.set_attendance(session, morning.id, hang.id, status)
    return cohort, hang


def test_week_is_a4_landscape_with_the_days_and_mornings(session, data):
    cohort, _ = data
    pdf = week_pdf(session, cohort.id, D(2022, 10, 12))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text()
        sizes = {round(c["size"]) for c in document.pages[0].chars if c["text"] in "Théorie"}
    assert "Semaine du 10 octobre au 16 octobre 2022 — Coopérative 2" in text
    for expected in (
        "Lundi 10/10",
        "Mardi 11/10",
        "Jeudi 13/10",
        "Introduction",
        "9h – 13h",
        "Sophie Lambert",
    ):
        assert expected in text
    assert "\u270e Théorie" in text and "\u2668 Cuisine" in text and "\u20ac Vente" in text
    assert "Pas de matinée" in text  # Wednesday and Friday
    assert "17/10" not in text  # next week's morning is not on this page
    # the wall's type: larger than a document's, up to twice the base, as the week fits
    assert max(sizes) >= 1.25 * BASE_SIZES["kind"]  # "comptabilité" sets the limit here


def test_wall_week_shows_the_sale_day_and_the_delegate_of_each_day(demo_db):
    with demo_db.session() as s:
        cohort = find_cohort(s, "Coopérative 2")
        pdf = week_pdf(s, cohort.id, D(2022, 11, 21))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        friday = page.crop((page.width * 0.78, 0, page.width, page.height))
        friday_text = " ".join(friday.extract_text().split())
        text = " ".join(page.extract_text().split())
        kind_sizes = {round(c["size"], 1) for c in page.chars if c["text"] == "♨"}
        problems = page_problems(pdf, CALENDAR_WORDS, document)  # the pages parsed once
    # Friday 25/11: the shop's sales day at the Épicerie (no morning planned), Diane delegate
    assert "Jour de vente" in friday_text and "Épicerie coopérative" in friday_text
    assert "Déléguée : Diane" in friday_text
    assert text.count("Déléguée :") == 4  # Monday, Tuesday, Thursday, Friday
    assert max(kind_sizes) >= 1.4 * BASE_SIZES["kind"]  # in the grid; the legend's is smaller
    assert problems == []


def test_attestation_reads_back_hours_by_kind_and_modules(session, data):
    cohort, hang = data
    pdf = attestation_pdf(session, cohort.id, hang.id, today=D(2022, 12, 16))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "Attestation de participation" in text
    assert "Nous attestons que\nHằng Nguyễn Thị\na participé à la coopérative éphémère" in text
    assert "du 12 septembre 2022 au 16 décembre 2022" in " ".join(text.split())
    # planned: 3 h + 2,5 h theory, 4 h kitchen, 3 h sale = 12,5 h; attended: the theory (present),
    # the kitchen (late); the absent sale counts nothing
    assert "Heures prévues Heures suivies" in text
    assert "Théorie 5,5 h 5,5 h" in text
    assert "Cuisine 4 h 4 h" in text
    assert "Vente 3 h 0 h" in text
    assert "Total 12,5 h 9,5 h" in text
    assert "Elle a suivi 9,5 h sur les 12,5 h prévues." in text
    assert "• Introduction à la comptabilité" in text
    assert "Fait à Liège, le 16 décembre 2022." in text
    assert "Signature de la coordinatrice" in text  # no signatory set
    assert "Cachet de l'organisation" in text


def test_attestation_names_the_signatory_the_company_number_and_leaves_room_for_a_stamp(demo_db):
    with demo_db.session() as s:
        cohort = find_cohort(s, "Coopérative 1")
        amina = members.find_person(s, "Amina", cohort.id)
        pdf = attestation_pdf(s, cohort.id, amina.id, today=D(2022, 7, 8))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        text = page.extract_text()
        # the stamp's frame: 55 × 36 mm
        frame = [e for e in page.edges if abs(e["width"] - 155.9) < 1 or abs(e["height"] - 102) < 1]
        subject = document.metadata["Subject"]
        problems = page_problems(pdf, CALENDAR_WORDS, document)  # the pages parsed once
    assert "Elle a suivi 96 h sur les 108 h prévues." in text
    assert "Nadia Boudiaf\nCoordinatrice\npour Coopér'Actives Cuisine" in text
    assert "N° d'entreprise (BCE) : 0123.456.749" in text
    assert "Cachet de l'organisation" in text and len(frame) == 4
    assert subject == "Attestation de participation à une coopérative éphémère"
    assert problems == []


def test_attestation_of_a_man_says_il(session, data):
    cohort, hang = data
    members.update_person(session, hang.id, members.PersonInput("Hằng", "Nguyễn Thị", gender="man"))
    pdf = attestation_pdf(session, cohort.id, hang.id, today=D(2022, 12, 16))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "Il a suivi 9,5 h sur les 12,5 h prévues." in text
    assert "Elle a suivi" not in text


def test_the_dutch_wall_week_shrinks_its_type_rather_than_cut_a_word(demo_db, read_in):
    read_in("nl")
    with demo_db.session() as s:
        cohort = find_cohort(s, "Coopérative 2")
        pdf = week_pdf(s, cohort.id, D(2022, 11, 21))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = [w["text"] for w in document.pages[0].extract_words()]
    # "Verantwoordelijke: Diane" in a fifth of the page: the word whole, not "Verantwoordelijk" +
    # "e:" on two lines
    assert "Verantwoordelijke:" in words and "e:" not in words
