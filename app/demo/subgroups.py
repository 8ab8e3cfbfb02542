"""Demo sub-groups: cohort 2 follows its immersive IT and accounting modules "en deux
sous-groupes" (2022 report). On its last Friday the two tracks run at the same time: one group at
the computers while the other does the accounting exercises."""

from __future__ import annotations

import datetime as dt

from app.demo.context import DemoContext
from app.services.schedule import modules, subgroups
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput

SEED_ORDER = 65  # after the schedule, the rotation and the evaluations: adds to cohort 2's end

LAST_FRIDAY = dt.date(2022, 12, 16)


def seed(session, context: DemoContext) -> None:
    c2 = context.cohort_ids["c2"]
    members = context.members_by_cohort["c2"]
    first = subgroups.create_subgroup(session, c2, "Sous-groupe 1", members[:5])
    second = subgroups.create_subgroup(session, c2, "Sous-groupe 2", members[5:])
    computing = modules.create_module(
        session, "Informatique : tableur et caisse", "practice", "Immersion, en sous-groupes"
    )
    accounts = modules.module_by_name(session, "Exercices de comptabilité")
    for subgroup, module, place in (
        (first, computing, "Salle informatique"),
        (second, accounts, "Salle de réunion"),
    ):
        schedule.create_morning(
            session,
            c2,
            MorningInput(
                LAST_FRIDAY,
                kind=module.kind,
                module_id=module.id,
                place=place,
                subgroup_id=subgroup.id,
            ),
        )
