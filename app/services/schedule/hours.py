"""Hours planned and done per kind of morning, against the cohort's targets (mornings, hours, and
the theory / practice split), for the progress bars and the chart of the Schedule tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.people.cohorts import get_cohort
from app.services.schedule.mornings import list_mornings
from app.services.settings import get_setting
from app.vocab import values
from app.vocab.schedule import MorningKind, morning_kind_label

# The theory / practice split of a cohort's hours: theory mornings, and everything else (exercises,
# kitchen, sales, visits, mentoring, evaluation), as in the 2022 report.
KIND_GROUPS: dict[str, tuple[str, ...]] = {
    "theory": ("theory",),
    "practice": ("practice", "kitchen", "visit", "sale", "mentoring", "evaluation", "other"),
}


def group_label(group: str) -> str:
    labels = {
        "theory": tr("Théorie", "schedule"),
        "practice": tr("Pratique (cuisine, ventes, visites…)", "schedule"),
    }
    return labels.get(group, group)


@dataclass(frozen=True)
class KindHours:
    kind: str
    label: str
    planned: Decimal
    done: Decimal


@dataclass(frozen=True)
class GroupProgress:
    group: str
    label: str
    planned: Decimal
    done: Decimal
    target: Decimal


@dataclass(frozen=True)
class Progress:
    kinds: list[KindHours]
    groups: list[GroupProgress]
    mornings_planned: int
    mornings_done: int
    target_mornings: int
    hours_planned: Decimal
    hours_done: Decimal
    target_hours: Decimal


def progress(session: Session, cohort_id: int) -> Progress:
    """Hours per kind planned (every morning not cancelled) and done (status "done"), with targets.

    Targets: the cohort's mornings and hours; theory from the setting
    `schedule.target_theory_hours` (45 h in 2022), practice the rest of the cohort's hours.
    """
    cohort = get_cohort(session, cohort_id)
    planned = dict.fromkeys(values(MorningKind), Decimal(0))
    done = dict.fromkeys(values(MorningKind), Decimal(0))
    mornings_planned = mornings_done = 0
    for morning in list_mornings(session, cohort_id, include_cancelled=False):
        planned[morning.kind] += morning.hours
        mornings_planned += 1
        if morning.status == "done":
            done[morning.kind] += morning.hours
            mornings_done += 1
    theory = Decimal(get_setting(session, "schedule.target_theory_hours"))
    total = Decimal(cohort.planned_hours)
    targets = {"theory": min(theory, total), "practice": max(Decimal(0), total - theory)}
    groups = [
        GroupProgress(
            group,
            group_label(group),
            sum((planned[k] for k in kinds), Decimal(0)),
            sum((done[k] for k in kinds), Decimal(0)),
            targets[group],
        )
        for group, kinds in KIND_GROUPS.items()
    ]
    return Progress(
        kinds=[
            KindHours(k, morning_kind_label(k), planned[k], done[k]) for k in values(MorningKind)
        ],
        groups=groups,
        mornings_planned=mornings_planned,
        mornings_done=mornings_done,
        target_mornings=cohort.planned_mornings,
        hours_planned=sum(planned.values(), Decimal(0)),
        hours_done=sum(done.values(), Decimal(0)),
        target_hours=total,
    )
