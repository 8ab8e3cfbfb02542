"""A role printed next to a person takes her or his gender: a man as delegate reads "Délégué" on
the week sheet and the day summary, a man leading a circle "Animateur" on its sheet; a woman, or a
person whose gender is not stated, keeps the feminine."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pdfplumber

from app.printing.circle_sheet import circle_sheet_pdf
from app.printing.day_summary import day_summary_pdf
from app.printing.week import week_pdf
from app.services.circles import circles, lead
from app.services.circles.circles import CircleInput
from app.services.delegate import rotation
from app.services.people import cohorts, members
from app.services.today import first_screen
from tests.printing.test_sales_printing import text_of
from tests.services.sales_fixtures import make_event, make_shop

MONDAY = dt.date(2023, 1, 9)


def _say_man(session, person_id: int) -> None:
    said = replace(members.get_person(session, person_id).as_input(), gender="man")
    members.update_person(session, person_id, said)


def test_the_week_sheet_names_a_man_delegue_and_a_woman_deleguee(session):
    cohort = cohorts.create_cohort(session, cohorts.CohortInput("C3", MONDAY, dt.date(2023, 1, 20)))
    for name in ("Amal", "Binta", "Chloé"):
        members.create_person(session, members.PersonInput(name), cohort.id)
    rotation.plan_cohort(session, cohort.id, MONDAY, weekdays=(0, 2))
    monday = first_screen.day_of(session, cohort.id, MONDAY)
    wednesday = first_screen.day_of(session, cohort.id, MONDAY + dt.timedelta(days=2))
    assert monday.delegate_name != wednesday.delegate_name
    _say_man(session, monday.delegate_id)
    pdf = week_pdf(session, cohort.id, MONDAY)
    # five narrow columns, Monday to Friday: read Monday's and Wednesday's apart
    assert f"Délégué : {monday.delegate_name}" in _column(pdf, "Lundi", "Mardi")
    assert f"Déléguée : {wednesday.delegate_name}" in _column(pdf, "Mercredi", "Jeudi")


def _column(pdf: bytes, day: str, next_day: str) -> str:
    """The text of a day's column: the headings are centred over equal columns, so a column
    spans twice the distance from its heading's centre to halfway to the next one's."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        centre, next_centre = (
            next((w["x0"] + w["x1"]) / 2 for w in page.extract_words() if w["text"] == name)
            for name in (day, next_day)
        )
        half = (next_centre - centre) / 2
        text = page.crop((centre - half, 0, centre + half, page.height)).extract_text()
    return " ".join(text.split())


def test_the_day_summary_names_a_man_delegue_du_jour(session):
    shop = make_shop(session)
    event = make_event(session, shop)
    assert "Déléguée du jour : Amina" in text_of(day_summary_pdf(session, event.id))
    _say_man(session, shop.amina)
    text = text_of(day_summary_pdf(session, event.id))
    assert "Délégué du jour : Amina" in text and "Déléguée du jour" not in text


def test_the_circle_sheet_names_a_man_lead_animateur(session):
    cohort = cohorts.create_cohort(session, cohorts.CohortInput("C9", MONDAY, dt.date(2023, 3, 3)))
    ids = [
        members.create_person(session, members.PersonInput(name), cohort.id).id
        for name in ("Karim", "Zineb")
    ]
    made = circles.create_circle(session, CircleInput(cohort.id, "Achats", tuple(ids), "", ""))
    lead.pass_lead(session, made.id, MONDAY)
    assert circles.get_circle(session, made.id).lead_name == "Karim"
    assert "Animatrice : Karim" in " ".join(text_of(circle_sheet_pdf(session, made.id)).split())
    _say_man(session, ids[0])
    flat = " ".join(text_of(circle_sheet_pdf(session, made.id)).split())
    assert "Animateur : Karim · ensuite : Zineb" in flat
