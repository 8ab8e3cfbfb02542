"""Demo sub-groups: cohort 3 (2023) will follow its immersive IT and accounting modules "en deux
sous-groupes" (2022 report). On two Wednesdays the two tracks run at the same time, one group at
the computers while the other does the accounting exercises, then the other way round."""

from __future__ import annotations

import datetime as dt

from app.demo.context import DemoContext
from app.services.schedule import modules, subgroups
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput

SEED_ORDER = 65  # after the people and the schedule (cohort 3's mornings of the whole cohort)

# Wednesdays: cohort 3's whole-cohort mornings are on Mondays, Tuesdays and Thursdays.
TRACK_DAYS = (dt.date(2023, 2, 15), dt.date(2023, 2, 22))
COMPUTERS = "Salle informatique"
MEETING_ROOM = "Salle de réunion"


def seed(session, context: DemoContext) -> None:
    c3 = context.cohort_ids["c3"]
    members = context.members_by_cohort["c3"]
    half = len(members) // 2
    first = subgroups.create_subgroup(session, c3, "Sous-groupe 1", members[:half])
    second = subgroups.create_subgroup(session, c3, "Sous-groupe 2", members[half:])
    computing = modules.create_module(
        session, "Informatique : tableur et caisse", "practice", "Immersion, en sous-groupes"
    )
    accounts = modules.module_by_name(session, "Exercices de comptabilité")
    facilitators = {computing.id: "Sophie", accounts.id: "Youssef"}
    for day, pairs in zip(
        TRACK_DAYS,
        (
            ((first, computing, COMPUTERS), (second, accounts, MEETING_ROOM)),
            ((first, accounts, MEETING_ROOM), (second, computing, COMPUTERS)),
        ),
    ):
        for subgroup, module, place in pairs:
            schedule.create_morning(
                session,
                c3,
                MorningInput(
                    day,
                    kind=module.kind,
                    module_id=module.id,
                    facilitator_id=context.person_ids[facilitators[module.id]],
                    place=place,
                    subgroup_id=subgroup.id,
                ),
            )
