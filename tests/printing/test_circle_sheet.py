"""A circle's sheet printed and read back: mandate, members, lead and next lead, the checklist
with what is done, open tasks, only the last three meetings (latest first); the CLI prints it by
the cohort's and the circle's names and refuses an unknown circle."""

from __future__ import annotations

import datetime as dt

from app.cli import main
from app.printing.circle_sheet import circle_sheet_pdf
from app.services.circles import checklist, circles, lead, meetings
from app.services.circles import tasks as circle_tasks
from app.services.circles.circles import CircleInput
from app.services.people import cohorts, members
from tests.printing.test_sales_printing import text_of

MONDAY = dt.date(2022, 9, 12)


def test_the_sheet_reads_back(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 9", MONDAY, dt.date(2022, 12, 16))
    )
    ids = [
        members.create_person(session, members.PersonInput(name), cohort.id).id
        for name in ("Diane", "Zineb")
    ]
    made = circles.create_circle(
        session,
        CircleInput(
            cohort.id, "Achats et stock", tuple(ids), "Acheter jusqu'à 80 €", "Un fournisseur"
        ),
    )
    done = checklist.add_item(session, made.id, "Lister les fournisseurs")
    checklist.set_done(session, done.id, True, MONDAY, ids[0])
    checklist.add_item(session, made.id, "Ouvrir une fiche de stock")
    lead.pass_lead(session, made.id, MONDAY)
    for week in range(4):
        meetings.record_meeting(
            session, made.id, MONDAY + dt.timedelta(weeks=week), f"Réunion numéro {week}"
        )
    circle_tasks.add_circle_task(
        session, made.id, "Commander les dattes", ids[1], dt.date(2022, 9, 20), MONDAY
    )
    flat = " ".join(text_of(circle_sheet_pdf(session, made.id)).split())
    assert "Cercle « Achats et stock »" in flat and "Coopérative 9" in flat
    assert "Décide seul Acheter jusqu'à 80 €" in flat
    assert "Apporte au groupe Un fournisseur" in flat
    assert "Membres Diane, Zineb" in flat
    assert "Animatrice : Diane · ensuite : Zineb" in flat
    assert "12/09/2022 Lister les fournisseurs" in flat and "— Ouvrir une fiche de stock" in flat
    assert "Commander les dattes Zineb 20/09/2022" in flat
    assert flat.index("Réunion numéro 3") < flat.index("Réunion numéro 1")
    assert "Réunion numéro 0" not in flat  # only the last three


def test_the_cli_prints_the_demo_circle_and_refuses_an_unknown_one(demo_db_path, tmp_path, capsys):
    output = tmp_path / "cercle.pdf"
    base = ["--db", str(demo_db_path), "print", "circle", "--cohort", "Coopérative 2"]
    assert main([*base, "--circle", "communication", "-o", str(output)]) == 0
    assert "Cercle « Communication »" in " ".join(text_of(output.read_bytes()).split())
    assert main([*base, "--circle", "Jardin", "-o", str(output)]) == 2
    assert "Aucun cercle « Jardin » dans cette cohorte." in capsys.readouterr().err
