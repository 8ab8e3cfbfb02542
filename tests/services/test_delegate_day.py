"""The delegate's day: checklists (templates and ticks), handovers, tasks carried over, circles."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.schedule import Morning
from app.services.circles import circles
from app.services.circles.circles import CircleInput
from app.services.delegate import checklists, handover, rotation, tasks
from app.services.delegate.tasks import TaskInput
from app.services.errors import ValidationError
from app.services.people import cohorts, members
from app.services.today import first_screen

MONDAY = dt.date(2022, 9, 12)


@pytest.fixture
def cohort(session):
    c = cohorts.create_cohort(session, cohorts.CohortInput("C2", MONDAY, dt.date(2022, 9, 30)))
    ids = {
        n: members.create_person(session, members.PersonInput(n), c.id).id
        for n in ("Diane", "Hằng", "Zineb")
    }
    rotation.plan_cohort(session, c.id, MONDAY, weekdays=(0, 1, 3))
    return c.id, ids


def test_default_templates_and_day_kinds(session, cohort):
    cohort_id, _ = cohort
    opening = checklists.list_templates(session, "opening")
    assert opening[0].text == "Relever la température des frigos"
    assert first_screen.day_kinds(session, cohort_id, MONDAY) == ["opening", "closing"]
    session.add(Morning(cohort_id=cohort_id, date=MONDAY, kind="sale"))
    session.add(Morning(cohort_id=cohort_id, date=MONDAY, kind="kitchen"))
    session.flush()
    assert first_screen.day_kinds(session, cohort_id, MONDAY) == [
        "opening",
        "kitchen",
        "sale",
        "closing",
    ]
    items = first_screen.day_checklist(session, cohort_id, MONDAY)
    assert "Préparer le fonds de caisse" in [i.text for i in items]
    assert [i.day_kind for i in items][-1] == "closing"


def test_template_edit_and_removal(session, cohort):
    added = checklists.add_template_item(session, "sale", "Installer le stand")
    assert checklists.list_templates(session, "sale")[-1] == added
    with pytest.raises(ValidationError) as error:
        checklists.add_template_item(session, "sale", "   ")
    assert error.value.field == "text"
    checklists.rename_template_item(session, added.id, "Monter le stand")
    assert checklists.list_templates(session, "sale")[-1].text == "Monter le stand"
    checklists.set_template_item_active(session, added.id, False)
    assert added.id not in [i.id for i in checklists.list_templates(session, "sale")]


def test_ticks_are_saved_per_day_with_who(session, cohort):
    cohort_id, ids = cohort

    def line(day):  # the first line that is ticked (the fridges' line records temperatures)
        return next(
            i
            for i in first_screen.day_checklist(session, cohort_id, day)
            if i.default_key != "fridge_temperatures"
        )

    item = line(MONDAY)
    checklists.tick(session, cohort_id, MONDAY, item.item_id, True, ids["Hằng"])
    assert (line(MONDAY).done, line(MONDAY).ticked_by) == (True, "Hằng")
    assert not line(dt.date(2022, 9, 13)).done
    checklists.tick(session, cohort_id, MONDAY, item.item_id, False, ids["Hằng"])
    assert not line(MONDAY).done


def test_handover_is_seen_by_the_next_delegate_and_tasks_carry_over(session, cohort):
    cohort_id, ids = cohort
    handover.save_handover(
        session,
        cohort_id,
        MONDAY,
        ids["Diane"],
        "Energy balls version 3 faites.",
        "Imprimer les étiquettes.",
        [TaskInput("Acheter des dattes", ids["Zineb"], dt.date(2022, 9, 15))],
        today=MONDAY,
    )
    tuesday = first_screen.today(session, cohort_id, dt.date(2022, 9, 13))
    assert tuesday.previous_handover.author_name == "Diane"
    assert tuesday.previous_handover.next_text == "Imprimer les étiquettes."
    assert [t.text for t in tuesday.open_tasks] == ["Acheter des dattes"]
    # still open two days later, and late after its due date
    thursday = first_screen.today(session, cohort_id, dt.date(2022, 9, 19))
    task = thursday.open_tasks[0]
    assert task.assignee_name == "Zineb" and task.is_late(dt.date(2022, 9, 19))
    tasks.set_done(session, task.id, True, dt.date(2022, 9, 19), ids["Zineb"])
    assert first_screen.today(session, cohort_id, dt.date(2022, 9, 20)).open_tasks == []
    done = tasks.done_tasks(session, cohort_id)
    assert (done[0].done_by_name, done[0].done_on) == ("Zineb", dt.date(2022, 9, 19))


def test_bad_tasks_and_empty_handover_save_nothing(session, cohort):
    cohort_id, ids = cohort
    with pytest.raises(ValidationError) as error:
        tasks.add_task(session, cohort_id, TaskInput("  "), MONDAY)
    assert error.value.field == "text"
    with pytest.raises(ValidationError) as error:
        tasks.add_task(
            session, cohort_id, TaskInput("Ranger", due_date=dt.date(2022, 9, 1)), MONDAY
        )
    assert error.value.field == "due_date" and "passée" in error.value.message
    with pytest.raises(ValidationError) as error:
        handover.save_handover(session, cohort_id, MONDAY, ids["Diane"], "", "")
    assert error.value.field == "done_text"
    # a handover with one bad task writes neither the handover nor the good task
    with pytest.raises(ValidationError):
        handover.save_handover(
            session,
            cohort_id,
            MONDAY,
            ids["Diane"],
            "fait",
            "",
            [TaskInput("Bonne tâche"), TaskInput("")],
            today=MONDAY,
        )
    assert first_screen.handover_on(session, cohort_id, MONDAY) is None
    assert first_screen.open_tasks(session, cohort_id) == []


def test_today_shows_delegate_deputy_and_schedule(session, cohort):
    cohort_id, _ids = cohort
    session.add(Morning(cohort_id=cohort_id, date=MONDAY, kind="kitchen", place="Cuisine partagée"))
    session.flush()
    info = first_screen.today(session, cohort_id, MONDAY)
    day = first_screen.day_of(session, cohort_id, MONDAY)
    assert info.delegate_name == day.delegate_name != ""
    assert info.deputy_name == day.deputy_name != ""
    assert [(m.title, m.place) for m in info.schedule] == [("Cuisine", "Cuisine partagée")]
    assert info.next_day.date == dt.date(2022, 9, 13)
    assert first_screen.delegate_name_on(session, cohort_id, MONDAY) == day.delegate_name
    # the status bar's read: the same name and gender, without the warning's reads
    assert first_screen.delegate_on(session, cohort_id, MONDAY) == (
        day.delegate_name,
        day.delegate_gender,
    )
    assert first_screen.delegate_on(session, None, MONDAY) == ("", "unstated")
    assert first_screen.delegate_on(session, cohort_id, dt.date(2022, 9, 14)) == ("", "unstated")
    assert (
        first_screen.delegate_name_on(session, cohort_id, dt.date(2022, 9, 14)) == ""
    )  # Wednesday


def test_circles_members_and_tagged_tasks(session, cohort):
    cohort_id, ids = cohort
    buying = circles.create_circle(
        session, CircleInput(cohort_id, "Achats", (ids["Zineb"], ids["Diane"]))
    )
    with pytest.raises(ValidationError):
        circles.create_circle(session, CircleInput(cohort_id, "achats", (ids["Diane"],)))
    (info,) = circles.list_circles(session, cohort_id)
    assert [name for _, name in info.members] == ["Diane", "Zineb"]
    task = tasks.add_task(
        session, cohort_id, TaskInput("Comparer les prix", circle_id=buying.id), MONDAY
    )
    assert task.circle_name == "Achats"
    circles.delete_circle(session, buying.id)
    assert first_screen.open_tasks(session, cohort_id)[0].circle_name == ""
