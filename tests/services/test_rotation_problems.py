"""A day nobody can take keeps what happened (each member and her reason), not a sentence: it reads
in the language of whoever looks, whatever the language of the person who planned. A planning's
history line keeps its number of days the same way."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from app.models.rotation import RotationChange, RotationDay
from app.services.delegate import rotation
from app.services.delegate.rotation_problem import problem_text
from app.services.today.first_screen import today as today_info
from tests.services.test_delegates import START, make_cohort

GAP = dt.date(2022, 9, 13)  # a Tuesday


def _gap_plan(session):
    """Amina never comes on Tuesdays, Diane cannot come on the 13th: nobody on the 13th."""
    cohort_id, ids = make_cohort(session, names=("Amina", "Diane"))
    rotation.add_unavailability(session, cohort_id, ids["Amina"], weekday=1)
    rotation.add_unavailability(session, cohort_id, ids["Diane"], on_date=GAP)
    return cohort_id, ids


def test_the_problem_is_stored_as_what_happened_and_read_in_french(session):
    cohort_id, _ids = _gap_plan(session)
    info = rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1))
    row = session.scalars(select(RotationDay).where(RotationDay.date == GAP)).one()
    assert row.problem_kind == "nobody"
    assert json.loads(row.problem_values) == {
        "reasons": [
            {"name": "Amina", "why": "weekday", "weekday": 1},
            {"name": "Diane", "why": "that_day"},
        ]
    }
    gap = next(d for d in info.days if d.date == GAP)
    assert gap.problem == (
        "Personne n'est disponible : Amina (jamais le mardi), Diane (indisponible ce jour). "
        "Choisissez quelqu'un à la main."
    )
    assert all(d.problem_kind is None and d.problem == "" for d in info.days if d.date != GAP)


def test_planned_in_english_the_problem_reads_in_arabic_on_both_paths(session, read_in):
    cohort_id, _ids = _gap_plan(session)
    read_in("en")
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1))
    read_in("ar")
    arabic = (
        "لا أحد متاح: Amina (أبدًا يوم الثلاثاء), Diane (غير متاحة في هذا اليوم). اختاري شخصًا بنفسك."
    )
    gap = next(d for d in rotation.get_rotation(session, cohort_id).days if d.date == GAP)
    assert gap.problem == arabic
    assert today_info(session, cohort_id, GAP).problem == arabic  # the Today screen's plain SQL
    read_in("en")
    assert today_info(session, cohort_id, GAP).problem == (
        "Nobody is available: Amina (never on Tuesday), Diane (unavailable that day). "
        "Choose someone by hand."
    )


def test_a_member_who_left_and_a_cohort_without_members_read_in_each_language(session, read_in):
    cohort_id, ids = make_cohort(session, names=("Amina",))
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0,))
    rotation.member_leaves(session, cohort_id, ids["Amina"], START)
    day = rotation.get_rotation(session, cohort_id).days[0]
    assert json.loads(day.problem_values) == {"reasons": [{"name": "Amina", "why": "left"}]}
    assert day.problem == (
        "Personne n'est disponible : Amina (partie). Choisissez quelqu'un à la main."
    )
    assert problem_text("no_member", "") == (
        "Personne n'est disponible : la cohorte n'a pas de membre actif."
    )
    read_in("en")
    assert rotation.get_rotation(session, cohort_id).days[0].problem == (
        "Nobody is available: Amina (left). Choose someone by hand."
    )
    assert problem_text("no_member", "") == "Nobody is available: the cohort has no active member."
    assert problem_text("typed", json.dumps({"text": "Écrit à la main"})) == "Écrit à la main"


def test_undo_of_a_choice_by_hand_puts_the_stored_problem_back(session):
    cohort_id, ids = _gap_plan(session)
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1))
    before = [d for d in rotation.get_rotation(session, cohort_id).days if d.date == GAP]
    rotation.remove_unavailability(session, rotation.list_unavailability(session, cohort_id)[1].id)
    rotation.set_delegate(session, cohort_id, GAP, ids["Diane"], "", today=START)
    row = session.scalars(select(RotationDay).where(RotationDay.date == GAP)).one()
    assert (row.problem_kind, row.problem_values) == (None, "")
    rotation.restore_days(session, cohort_id, before, "manual")
    session.refresh(row)
    assert (row.problem_kind, row.problem_values) == (
        before[0].problem_kind,
        before[0].problem_values,
    )
    assert row.problem_kind == "nobody" and row.delegate_id is None


def test_a_planning_keeps_its_number_of_days_not_a_sentence(session, read_in):
    cohort_id, _ids = make_cohort(session)
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 3))
    stored = session.scalars(select(RotationChange).where(RotationChange.kind == "plan")).one()
    assert (stored.reason, stored.planned_days) == ("", 9)  # 3 weeks × Mon, Tue, Thu
    assert rotation.list_changes(session, cohort_id)[0].reason == "9 jours planifiés"


def test_an_undo_keeps_the_kind_of_change_it_undid_and_reads_in_each_language(session, read_in):
    cohort_id, ids = make_cohort(session)
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 3))
    day = rotation.get_rotation(session, cohort_id).days[3]
    before = [day]
    other = next(i for name, i in ids.items() if i not in (day.delegate_id, day.deputy_id))
    rotation.set_delegate(session, cohort_id, day.date, other, "", today=START)
    rotation.restore_days(session, cohort_id, before, "swap")
    stored = session.scalars(
        select(RotationChange).order_by(RotationChange.id.desc()).limit(1)
    ).one()
    assert (stored.kind, stored.reason, stored.undoes) == ("manual", "", "swap")
    assert rotation.list_changes(session, cohort_id)[0].reason == "Annulation : Échange"
    first = rotation.get_rotation(session, cohort_id).days
    rotation.put_plan_back(session, cohort_id, first, undo=True)
    read_in("en")
    assert rotation.list_changes(session, cohort_id)[0].reason == "Cancellation: Schedule"
    rotation.put_plan_back(session, cohort_id, first, undo=False)  # Redo: the plan's days
    assert rotation.list_changes(session, cohort_id)[0].planned_days == len(first)


def test_the_reasons_take_the_member_s_gender_in_french_and_arabic(session, read_in):
    """Karim (a man) and Amina both left: "parti" / "partie" in French, "غادر" / "غادرت" in
    Arabic; English and Dutch do not mark it. A plan stored before genders were kept (no
    "gender") reads as the feminine, as roles do."""
    from app.models.people import Person

    cohort_id, ids = make_cohort(session, names=("Amina", "Karim"))
    session.get(Person, ids["Karim"]).gender = "man"
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0,))
    rotation.member_leaves(session, cohort_id, ids["Amina"], START)
    rotation.member_leaves(session, cohort_id, ids["Karim"], START)
    day = rotation.get_rotation(session, cohort_id).days[0]
    assert json.loads(day.problem_values) == {
        "reasons": [
            {"name": "Amina", "why": "left"},
            {"name": "Karim", "why": "left", "gender": "man"},
        ]
    }
    assert "Amina (partie), Karim (parti)." in day.problem
    read_in("ar")
    assert "Amina (غادرت), Karim (غادر)." in problem_text(day.problem_kind, day.problem_values)
    read_in("nl")
    assert "Amina (vertrokken), Karim (vertrokken)." in problem_text(
        day.problem_kind, day.problem_values
    )


def test_each_reason_has_a_man_s_words_in_every_language(read_in):
    from app.vocab.delegate import UnavailableWhy, unavailable_why_label

    french = {why: unavailable_why_label(why, "man") for why in UnavailableWhy}
    assert french[UnavailableWhy.NOT_YET] == "pas encore arrivé"
    assert unavailable_why_label(UnavailableWhy.NOT_YET, "unstated") == "pas encore arrivée"
    read_in("ar")
    assert unavailable_why_label(UnavailableWhy.THAT_DAY, "man") == "غير متاح في هذا اليوم"
    assert unavailable_why_label(UnavailableWhy.THAT_DAY, "woman") == "غير متاحة في هذا اليوم"


def test_in_arabic_each_name_and_reason_keeps_its_own_direction():
    """ "Amina (left)" in an Arabic sentence: the Latin name isolated, so that the list of names
    and reasons reads from the right in order."""
    from app.commands.language import use_language

    use_language("ar")
    values = json.dumps({"reasons": [{"name": "Amina", "why": "left"}]})
    assert "\u2068Amina\u2069 (\u2068غادرت\u2069)" in problem_text("nobody", values)
