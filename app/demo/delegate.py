"""Demo rotation for both 2022 cohorts: unavailability, plans, a few swaps and absences,
ticked checklists and handovers with tasks (some done, some still open on 3 October 2022)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.services.delegate import checklists, handover, rotation, tasks
from app.services.delegate.tasks import TaskInput
from app.services.errors import ValidationError
from app.services.today import first_screen

# The day the demo "is" for cohort 2 (the tests and screenshots open the app on it).
DEMO_TODAY = dt.date(2022, 10, 3)

HANDOVERS_C2 = [
    (
        "Recette des energy balls version 1 testée. Dégustation : trop sucré.",
        "Moins de dattes dans la version 2.",
        "Acheter des flocons d'avoine",
        2,
    ),
    (
        "Version 2 faite, questionnaires de dégustation distribués.",
        "Compter les réponses des questionnaires.",
        "Compter les questionnaires",
        3,
    ),
    (
        "Questionnaires comptés : note moyenne 7 sur 10. Photos pour l'affiche.",
        "Préparer les étiquettes de la version 3.",
        "Écrire la liste des allergènes",
        4,
    ),
]


def _person(context: DemoContext, name: str) -> int:
    return context.person_ids[name]


def _fair_absence_day(session: Session, cohort_id: int, start: int) -> dt.date:
    """A day from `start` on whose deputy has fewer turns than the delegate (the demo's absence
    then keeps the turns even, as a coordinator would arrange)."""
    info = rotation.get_rotation(session, cohort_id)
    turns = {f.person_id: f.turns for f in info.fairness}
    for day in info.days[start:]:
        if day.deputy_id is not None and turns[day.deputy_id] < turns[day.delegate_id]:
            return day.date
    return info.days[start].date


SEED_ORDER = 50  # build_demo runs the seeders in increasing order (app/demo/__init__.py)


def seed(session: Session, context: DemoContext) -> None:
    c1, c2 = context.cohort_ids["c1"], context.cohort_ids["c2"]
    # Declared unavailability: childcare and appointments.
    rotation.add_unavailability(
        session, c1, _person(context, "Khadija"), weekday=1, reason="crèche fermée le mardi"
    )
    rotation.add_unavailability(
        session, c1, _person(context, "Olga"), on_date=dt.date(2022, 5, 2), reason="rendez-vous"
    )
    rotation.add_unavailability(
        session, c2, _person(context, "Diane"), weekday=3, reason="garde des enfants"
    )
    rotation.add_unavailability(
        session,
        c2,
        _person(context, "Anahit"),
        on_date=dt.date(2022, 10, 4),
        reason="cours de français",
    )

    for key in ("c1", "c2"):
        cohort_id = context.cohort_ids[key]
        start = rotation.working_days(session, cohort_id)[0].date
        rotation.plan_cohort(session, cohort_id, start)
        rotation.publish(session, cohort_id)

    # Cohort 1 (over): one swap and one absence in its history, handovers, everything done.
    days_1 = rotation.get_rotation(session, c1).days
    first, other = days_1[3], next(d for d in days_1[6:] if d.delegate_id != days_1[3].delegate_id)
    rotation.swap_days(
        session,
        c1,
        first.date,
        other.delegate_id,
        "rendez-vous à la commune",
        days_1[0].date,
        other.date,
    )
    absent_1 = _fair_absence_day(session, c1, 8)
    rotation.mark_absent(session, c1, absent_1, "enfant malade", days_1[0].date)
    for day in days_1[:10]:
        handover.save_handover(
            session,
            c1,
            day.date,
            day.delegate_id,
            "Menu du traiteur préparé.",
            "Faire les courses.",
            today=day.date,
        )
        for item in first_screen.day_checklist(session, c1, day.date):
            checklists.tick(session, c1, day.date, item.item_id, True, day.delegate_id)
    task = tasks.add_task(
        session,
        c1,
        TaskInput("Calculer le prix de revient du traiteur", _person(context, "Fatima")),
        days_1[2].date,
    )
    tasks.set_done(session, task.id, True, days_1[4].date, _person(context, "Fatima"))

    # Cohort 2: a swap, an absence, then the days before DEMO_TODAY with ticks and handovers.
    days_2 = rotation.get_rotation(session, c2).days
    start_2 = days_2[0].date
    target = days_2[5]
    for partner in days_2[7:]:
        try:
            rotation.swap_days(
                session,
                c2,
                target.date,
                partner.delegate_id,
                "rendez-vous au CPAS",
                start_2,
                partner.date,
            )
            break
        except ValidationError:  # not available on the other's day: try the next one
            continue
    rotation.mark_absent(
        session, c2, _fair_absence_day(session, c2, 2), "transport en grève", start_2
    )
    past = [d for d in rotation.get_rotation(session, c2).days if d.date < DEMO_TODAY]
    for index, day in enumerate(past):
        for item in first_screen.day_checklist(session, c2, day.date):
            checklists.tick(session, c2, day.date, item.item_id, True, day.delegate_id)
        done, nxt, task_text, owner = HANDOVERS_C2[index % len(HANDOVERS_C2)]
        new = [
            TaskInput(
                task_text,
                context.members_by_cohort["c2"][owner],
                day.date + dt.timedelta(days=7),
            )
        ]
        handover.save_handover(
            session, c2, day.date, day.delegate_id, done, nxt, new, today=day.date
        )
    # The tasks of all but the last handover are done; the last ones stay open for today.
    open_now = first_screen.open_tasks(session, c2)
    for task in open_now[:-2]:
        tasks.set_done(session, task.id, True, DEMO_TODAY - dt.timedelta(days=1), task.assignee_id)
    today_items = first_screen.day_checklist(session, c2, DEMO_TODAY)
    today_day = first_screen.day_of(session, c2, DEMO_TODAY)
    for item in today_items[:2]:
        checklists.tick(
            session,
            c2,
            DEMO_TODAY,
            item.item_id,
            True,
            today_day.delegate_id if today_day else None,
        )
    context.extra["delegate_today"] = DEMO_TODAY
