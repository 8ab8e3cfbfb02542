"""A small cohort for evaluation tests: three members, three staff who can evaluate."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.people import cohorts
from app.services.people import members as people


@dataclass
class Setup:
    cohort_id: int
    members: dict[str, int]
    staff: dict[str, int]


def small_cohort(session) -> Setup:
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    members = {
        name: people.create_person(session, people.PersonInput(name), cohort.id).id
        for name in ("Amina", "Diane", "Hằng")
    }
    staff = {
        name: people.create_person(session, people.PersonInput(name, role=role), cohort.id).id
        for name, role in (
            ("Pierre", "evaluator"),
            ("Isabelle", "evaluator"),
            ("Sophie", "facilitator"),
        )
    }
    return Setup(cohort.id, members, staff)
