"""After the programme in the demo: as in the 2022 report, most members agreed to be followed up
(internships with the WOW project, trainings, a few jobs, own projects); some did not, and one
withdrew her consent. Cohort 1 has its end and 3-month situations; cohort 2 its end situations.
The first members of each cohort also agreed to an employer portfolio.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.services.outcomes import consent, records
from app.services.people.cohorts import get_cohort
from app.vocab.outcomes import ConsentPurpose

# per cohort, by member's position in the cohort: (situation at the end, note), then 3 months
COHORT_1 = [
    (("internship", "Stage avec le projet WOW"), ("job", "Aide-cuisinière, restaurant social")),
    (("training", "Formation en cuisine de collectivité"), ("training", "")),
    (("internship", "Stage avec le projet WOW"), ("internship", "WOW, deuxième stage")),
    (("looking", ""), ("volunteering", "Épicerie solidaire")),
    (("own_project", "Traiteur à domicile"), ("own_project", "Premières commandes")),
    (("looking", ""), ("looking", "Suivie par le service social-juridique")),
    (("training", "Cours de français"), ("training", "")),
    (("internship", "Stage avec le projet WOW"), ("job", "Contrat article 60")),
    (("volunteering", "Restaurant social"), ("volunteering", "")),
    (("other", "Congé de maternité"), None),
]
COHORT_2 = [
    (("internship", "Stage avec le projet WOW"), None),
    (("training", "Formation d'aide-cuisinière"), None),
    (("looking", ""), None),
    (("own_project", "Stand au marché"), None),
    (("volunteering", "OuftiCoop"), None),
]
PORTFOLIOS = 3  # the first three members of each cohort agreed to an employer portfolio
WITHDRAWN = ("c1", 10)  # the 11th member of cohort 1 agreed, then withdrew her consent

SEED_ORDER = 70  # build_demo runs the seeders in increasing order (app/demo/__init__.py)


def _seed_cohort(session: Session, context: DemoContext, key: str, plan) -> None:
    cohort = get_cohort(session, context.cohort_ids[key])
    three_months = records.due_on(cohort.end_date, "month_3")
    for person_id, (end, later) in zip(context.members_by_cohort[key], plan, strict=False):
        consent.give_consent(session, person_id, cohort.end_date - dt.timedelta(days=14))
        records.record_outcome(session, person_id, cohort.id, "end", *end, cohort.end_date)
        if later is not None:
            records.record_outcome(session, person_id, cohort.id, "month_3", *later, three_months)
    for person_id in context.members_by_cohort[key][:PORTFOLIOS]:
        consent.give_consent(session, person_id, cohort.end_date, purpose=ConsentPurpose.PORTFOLIO)


def seed(session: Session, context: DemoContext) -> None:
    _seed_cohort(session, context, "c1", COHORT_1)
    _seed_cohort(session, context, "c2", COHORT_2)
    key, position = WITHDRAWN
    person_id = context.members_by_cohort[key][position]
    end = get_cohort(session, context.cohort_ids[key]).end_date
    consent.give_consent(session, person_id, end - dt.timedelta(days=14))
    consent.withdraw_consent(session, person_id, end + dt.timedelta(days=30))
