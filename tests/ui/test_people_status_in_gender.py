"""The people table's status column says it in each person's gender: "Parti le …" for a man,
"Partie le …" for a woman, in French and in Arabic (غادر / غادرت)."""

from __future__ import annotations

import datetime as dt

from app.i18n import without_isolates
from app.services.people.members import PersonInfo
from app.ui.language import apply_language
from app.ui.people.model import people_model

LEFT = dt.date(2022, 11, 4)


def person(first_name: str, gender: str, active: bool = True, left_on=None) -> PersonInfo:
    return PersonInfo(1, first_name, "", "member", None, "", "", active, "", None, left_on, gender)


def statuses(people: list[PersonInfo]) -> list[str]:
    model = people_model()
    model.set_rows(people)
    column = model.columnCount() - 1
    return [without_isolates(model.index(row, column).data()) for row in range(len(people))]


def test_status_in_french_and_arabic_takes_the_person_s_gender(qapp):
    people = [
        person("Karim", "man", left_on=LEFT),
        person("Amina", "woman", left_on=LEFT),
        person("Karim", "man", active=False),
        person("Karim", "man"),
        person("Amina", "unstated"),
    ]
    assert statuses(people) == [
        "Parti le 04/11/2022",
        "Partie le 04/11/2022",
        "Inactif",
        "Actif",
        "Active",
    ]
    apply_language(qapp, "ar")
    try:
        arabic = statuses(people)
    finally:
        apply_language(qapp, "fr")
    assert arabic[0].startswith("غادر في") and arabic[1].startswith("غادرت في")
    assert arabic[2:] == ["غير نشِط", "نشِط", "نشِطة"]
