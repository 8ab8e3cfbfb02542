"""Hours planned and done per kind of morning, against the cohort's targets (mornings, hours, and
the theory / practice split), for the progress bars and the chart of the Schedule tab.

The targets are a member's programme, so the counts are too: a morning of the whole cohort counts
once; a sub-group's morning counts for the share of the cohort's members in that sub-group. Two
sub-groups' mornings at the same time (one track each) thus add up to one morning, never to two as
if one member followed both tracks; each member's own hours follow her sub-group (attendance.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.people.cohorts import get_cohort
from app.services.schedule.expected import subgroup_members_by_morning
from app.services.schedule.mornings import MorningInfo, list_mornings
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


def member_shares(session: Session, cohort_id: int, mornings: list[MorningInfo]) -> dict:
    """For each morning: the share of the cohort's members it is for (1 for the whole cohort)."""
    from app.services.schedule.attendance import cohort_members

    members = {m.id for m in cohort_members(session, cohort_id)}
    groups = subgroup_members_by_morning(session, [m.id for m in mornings])
    return {
        morning_id: Decimal(1)
        if group is None or not members
        else Decimal(len(group & members)) / len(members)
        for morning_id, group in groups.items()
    }


def progress(session: Session, cohort_id: int) -> Progress:
    """Hours per kind planned (every morning not cancelled) and done (status "done"), with targets.

    Targets: the cohort's mornings and hours; theory from the setting
    `schedule.target_theory_hours` (45 h in 2022), practice the rest of the cohort's hours.
    """
    cohort = get_cohort(session, cohort_id)
    planned = dict.fromkeys(values(MorningKind), Decimal(0))
    done = dict.fromkeys(values(MorningKind), Decimal(0))
    mornings_planned = mornings_done = Decimal(0)
    mornings = list_mornings(session, cohort_id, include_cancelled=False)
    shares = member_shares(session, cohort_id, mornings)
    for morning in mornings:
        share = shares[morning.id]
        planned[morning.kind] += morning.hours * share
        mornings_planned += share
        if morning.status == "done":
            done[morning.kind] += morning.hours * share
            mornings_done += share
    planned = {kind: rounded_hours(value) for kind, value in planned.items()}
    done = {kind: rounded_hours(value) for kind, value in done.items()}
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
        mornings_planned=whole(mornings_planned),
        mornings_done=whole(mornings_done),
        target_mornings=cohort.planned_mornings,
        hours_planned=sum(planned.values(), Decimal(0)),
        hours_done=sum(done.values(), Decimal(0)),
        target_hours=total,
    )


def rounded_hours(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def whole(value: Decimal) -> int:
    return int(value.to_integral_value(ROUND_HALF_UP))
