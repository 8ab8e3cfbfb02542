"""Demo schedule: both 2022 cohorts, 36 mornings each (theory, kitchen days, mentoring, visits,
sales, evaluation), the autumn holiday as a closure, and attendance.

Cohort 1 keeps the 2022 lesson: its first paid order comes before the accounting module, so the
schedule flags it. Cohort 2 learnt it. Cohort 2's December is still "planned" (no attendance yet),
and one of its members missed three mornings in a row (the follow-up alert). Cohort 3 (2023) is
only planned: its mornings of the whole cohort are here, its sub-groups' in app/demo/subgroups.py.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.services.schedule import attendance, modules, term
from app.services.schedule import mornings as schedule
from app.services.schedule.modules import ACCOUNTING, HYGIENE
from app.services.schedule.mornings import MorningInput

HALL = "Le Monde des Possibles, salle 2"
KITCHEN = "Cuisine partagée, rue des Champs"

# (kind, module name or None, place, facilitator's first name or None)
COHORT_1 = [
    ("theory", "Économie sociale et coopératives", HALL, "Sophie"),
    ("theory", "Entrepreneuriat", HALL, "Youssef"),
    ("theory", HYGIENE, KITCHEN, "Julie"),
    ("visit", "Visite d'un supermarché coopératif", "Supermarché coopératif, Liège", "Sophie"),
    ("theory", "Le marché de l'emploi belge et ses codes", HALL, "Youssef"),
    ("practice", "Carte d'empathie et proposition de valeur", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("mentoring", "Matinée avec les marraines et parrains", HALL, "Marc"),
    ("theory", "Étude de marché", HALL, "Sophie"),
    ("practice", "Dégustation et questionnaire", KITCHEN, "Julie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("theory", "Plan d'affaires", HALL, "Sophie"),
    ("sale", "Vente", "Traiteur pour une asbl du quartier", "Julie"),
    ("theory", ACCOUNTING, HALL, "Youssef"),
    ("practice", "Exercices de comptabilité", HALL, "Youssef"),
    ("mentoring", "Matinée avec les marraines et parrains", HALL, "Nathalie"),
    ("theory", "Gestion du cycle de projet", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("practice", "Analyse SWOT", HALL, "Sophie"),
    ("theory", "Communication visuelle", HALL, "Youssef"),
    ("visit", "Visite d'un restaurant", "Restaurant social, Liège", "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("theory", "Storytelling", HALL, "Sophie"),
    ("practice", "Dressage des assiettes", KITCHEN, "Julie"),
    ("mentoring", "Matinée avec les marraines et parrains", HALL, "Marc"),
    ("theory", "Vendre, étiqueter et présenter ses produits", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("sale", "Vente", "Brunch au centre culturel", "Julie"),
    ("theory", "Répondre aux demandes des clients", HALL, "Sophie"),
    ("mentoring", "Matinée avec les marraines et parrains", HALL, "Nathalie"),
    ("practice", "Affiches et étiquettes", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("visit", "Conférence", "Conférence sur l'économie sociale", "Sophie"),
    ("evaluation", "Évaluation", "Stand de fin de session", "Pierre"),
    ("evaluation", "Évaluation", "Stand de fin de session", "Isabelle"),
    ("evaluation", "Évaluation", "Stand de fin de session", "Pierre"),
]
COHORT_2 = [
    ("theory", "Économie sociale et coopératives", HALL, "Sophie"),
    ("theory", HYGIENE, KITCHEN, "Julie"),
    ("theory", "Entrepreneuriat", HALL, "Youssef"),
    ("visit", "Visite d'un supermarché coopératif", "Supermarché coopératif, Liège", "Sophie"),
    ("theory", "Découverte du marché et entretiens d'empathie", HALL, "Sophie"),
    ("practice", "Carte d'empathie et proposition de valeur", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("mentoring", "Matinée avec les marraines et parrains", HALL, "Marc"),
    ("theory", "Le marché de l'emploi belge et ses codes", HALL, "Youssef"),
    ("kitchen", "Energy balls avec un partenaire", KITCHEN, "Julie"),
    ("practice", "Dégustation et questionnaire", KITCHEN, "Julie"),
    ("theory", ACCOUNTING, HALL, "Youssef"),
    ("practice", "Exercices de comptabilité", HALL, "Youssef"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("mentoring", "Matinée avec les marraines et parrains", HALL, "Nathalie"),
    ("theory", "Plan d'affaires", HALL, "Sophie"),
    ("sale", "Vente", "Stand au marché de la Batte", "Julie"),
    ("practice", "Dégustation et questionnaire", KITCHEN, "Julie"),
    ("theory", "Communication visuelle", HALL, "Youssef"),
    ("kitchen", "Energy balls avec un partenaire", KITCHEN, "Julie"),
    ("theory", "Alimentation durable", HALL, "Sophie"),
    ("practice", "Affiches et étiquettes", HALL, "Sophie"),
    ("mentoring", "Matinée avec les marraines et parrains", HALL, "Marc"),
    ("visit", "Visite d'un restaurant", "Restaurant social, Liège", "Sophie"),
    ("theory", "Vendre, étiqueter et présenter ses produits", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("sale", "Vente", "Stand à l'université", "Julie"),
    ("theory", "Storytelling", HALL, "Sophie"),
    ("mentoring", "Matinée avec les marraines et parrains", HALL, "Nathalie"),
    ("practice", "Dégustation et questionnaire", KITCHEN, "Julie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("theory", "Gestion du cycle de projet", HALL, "Sophie"),
    ("sale", "Vente", "Marché de Noël", "Julie"),
    ("visit", "Conférence", "Conférence sur l'alimentation durable", "Sophie"),
    ("mentoring", "Matinée avec les marraines et parrains", HALL, "Marc"),
    ("evaluation", "Évaluation", HALL, "Isabelle"),
]
# Cohort 3, planned on Mondays, Tuesdays and Thursdays (Wednesdays stay free for the sub-groups).
COHORT_3 = [
    ("theory", "Économie sociale et coopératives", HALL, "Sophie"),
    ("theory", HYGIENE, KITCHEN, "Julie"),
    ("theory", "Entrepreneuriat", HALL, "Youssef"),
    ("practice", "Carte d'empathie et proposition de valeur", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("theory", ACCOUNTING, HALL, "Youssef"),
    ("theory", "Le marché de l'emploi belge et ses codes", HALL, "Youssef"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("practice", "Dégustation et questionnaire", KITCHEN, "Julie"),
    ("theory", "Plan d'affaires", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("theory", "Communication visuelle", HALL, "Youssef"),
    ("practice", "Affiches et étiquettes", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("sale", "Vente", "Stand au marché de la Batte", "Julie"),
    ("theory", "Storytelling", HALL, "Sophie"),
    ("kitchen", "Cuisine", KITCHEN, "Julie"),
    ("sale", "Vente", "Brunch au centre culturel", "Julie"),
    ("evaluation", "Évaluation", HALL, "Isabelle"),
]
# Cohort 2's mornings after this day have no attendance yet (still "planned").
COHORT_2_NOTED_UNTIL = dt.date(2022, 11, 30)


def _spread(dates: list[dt.date], count: int) -> list[dt.date]:
    """`count` of the dates, evenly spread from the first to the last."""
    if len(dates) <= count:
        return dates
    step = (len(dates) - 1) / (count - 1)
    return [dates[round(i * step)] for i in range(count)]


def _schedule(session: Session, context: DemoContext, key: str, plan, weekdays, noted_until):
    cohort_id = context.cohort_ids[key]
    start, end = schedule.get_cohort_dates(session, cohort_id)
    pattern = term.TermPattern(start, end, weekdays)
    dates = _spread(term.plan_term(session, cohort_id, pattern).dates, len(plan))
    ids = []
    for day, (kind, module_name, place, facilitator) in zip(dates, plan):
        morning = schedule.create_morning(
            session,
            cohort_id,
            MorningInput(
                date=day,
                kind=kind,
                module_id=modules.module_by_name(session, module_name).id if module_name else None,
                facilitator_id=context.person_ids.get(facilitator) if facilitator else None,
                place=place,
            ),
        )
        ids.append(morning.id)
    context.extra.setdefault("morning_ids", {})[key] = ids
    return [
        schedule.get_morning(session, i)
        for i in ids
        if schedule.get_morning(session, i).date <= noted_until
    ]


def _note_attendance(session: Session, mornings, members: list[int], rng: random.Random, skip=None):
    skip = skip or {}
    members_info = {m.id: m for m in attendance.cohort_members(session, mornings[0].cohort_id)}
    for index, morning in enumerate(mornings):
        statuses = {}
        for person_id in members:
            if not members_info[person_id].expected_on(morning.date):
                continue
            if index in skip.get(person_id, ()):
                status = "absent"
            else:
                roll = rng.random()
                status = (
                    "present"
                    if roll < 0.84
                    else "late"
                    if roll < 0.91
                    else "excused"
                    if roll < 0.96
                    else "absent"
                )
            statuses[person_id] = status
        attendance.record_attendance(session, morning.id, statuses)


SEED_ORDER = 20  # build_demo runs the seeders in increasing order (app/demo/__init__.py)


def seed(session: Session, context: DemoContext) -> None:
    modules.ensure_default_catalogue(session)
    term.add_closure(session, None, dt.date(2022, 10, 31), dt.date(2022, 11, 4), "Congé d'automne")
    rng = random.Random(2022)
    done_1 = _schedule(session, context, "c1", COHORT_1, (0, 1, 2, 3), dt.date(2022, 12, 31))
    _note_attendance(session, done_1, context.members_by_cohort["c1"], rng)
    done_2 = _schedule(session, context, "c2", COHORT_2, (0, 1, 3), COHORT_2_NOTED_UNTIL)
    # Anahit missed three mornings in a row in October: the tab suggests asking how she is.
    _note_attendance(
        session,
        done_2,
        context.members_by_cohort["c2"],
        rng,
        {context.person_ids["Anahit"]: (14, 15, 16)},
    )
    _schedule(session, context, "c3", COHORT_3, (0, 1, 3), dt.date.min)  # nothing noted yet
