"""Every document the app prints, made from the demo cooperative and read back: no letter runs into
another or across a table rule, no header breaks inside a word, every page says "page N / M", the
metadata names the document, and no unused font is referenced.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.cli import main
from app.printing.evaluation_report import evaluation_report_pdf
from app.printing.personal_data import personal_data_pdf
from app.services.evaluations import report
from app.services.people.cohorts import find_cohort
from app.services.people.members import find_person
from app.services.safety import personal_data
from tests.printing.layout_checks import page_problems

DOCUMENTS = {
    "week": ["week", "--cohort", "Coopérative 2", "--week", "2022-W47"],
    "attendance-sheet": ["attendance-sheet", "--cohort", "Coopérative 1", "--week", "2022-W20"],
    "attestation": ["attestation", "--person", "Amina Lukusa", "--cohort", "Coopérative 1"],
    "quote": ["quote", "--order", "1"],
    "shopping-list": ["shopping-list", "--order", "1"],
    "day-summary": ["day-summary", "--date", "2022-11-25"],
    "cohort-summary": ["cohort-summary", "--cohort", "Coopérative 1"],
    "programme-report": ["programme-report", "--from", "2022-01-01", "--to", "2022-12-31"],
    "profit-sharing": ["profit-sharing", "--cohort", "Coopérative 1"],
    "rotation": ["rotation", "--cohort", "Coopérative 2"],
    "decisions": ["decisions", "--cohort", "Coopérative 1"],
    "circle": ["circle", "--cohort", "Coopérative 2", "--circle", "Achats et stock"],
    "allergens": ["allergens", "--order", "1"],
    "price-list": ["price-list", "--date", "2022-11-04"],
    "hygiene": ["hygiene", "--cohort", "Coopérative 2", "--month", "2022-09"],
    "temperatures": ["temperatures", "--appliance", "Frigo de la cuisine", "--month", "2022-09"],
    "tasting-form": ["tasting-form", "--recipe", "Energy balls dattes-cacao"],
    "lot-trace": ["lot-trace", "--lot", "DAT-2209-14"],
}
# names of days and months (Babel's, not the catalogue's) can head a column
CALENDAR_WORDS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin "
    "juillet août septembre octobre novembre décembre".split()
)


def printed(demo_db_path, tmp_path, arguments: list[str]) -> bytes:
    output = tmp_path / "document.pdf"
    code = main(["--db", str(demo_db_path), "print", *arguments, "-o", str(output)])
    assert code == 0
    return output.read_bytes()


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_printed_document_reads_cleanly(kind, demo_db_path, tmp_path):
    pdf = printed(demo_db_path, tmp_path, DOCUMENTS[kind])
    assert page_problems(pdf, CALENDAR_WORDS) == []


def test_evaluation_report_and_personal_data_read_cleanly(demo_db):
    with demo_db.session() as s:
        cohort = find_cohort(s, "Coopérative 1")
        amina = find_person(s, "Amina", cohort.id)
        evaluation = evaluation_report_pdf(report.member_report(s, amina.id, cohort.id))
        now = dt.datetime(2022, 12, 16, 12, 0)
        data = personal_data_pdf(
            personal_data.collect_person_data(s, amina.id, now, evaluations_unlocked=True)
        )
    assert page_problems(evaluation, CALENDAR_WORDS) == []
    # the personal-data tables are headed by column labels kept outside the catalogue
    labels = frozenset(
        word
        for label in personal_data.field_labels().values()
        for word in re.findall(r"[\w']+", label)
    )
    assert page_problems(data, labels) == []
