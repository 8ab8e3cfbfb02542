"""Prerequisites: a module that must come before another module or before every morning of a kind
(e.g. "Introduction à la comptabilité" before any sale; food hygiene before kitchen days).

`check_prerequisites(session, cohort_id, extra)` lists what comes too early, each with a sentence
that explains it. Extension point: other areas (sales events, orders with a price) pass their
dated activities in `extra`, or register a source once with `register_activity_source(fn)`;
an activity's `kind` ("sale", "kitchen"…) decides which modules it needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, format_date, tr
from app.models.schedule import Module, Prerequisite
from app.services.errors import NotFound, ValidationError
from app.services.schedule.expected import ExpectedOnce
from app.services.schedule.mornings import MorningInfo, list_mornings
from app.vocab import values
from app.vocab.schedule import MorningKind, module_label, morning_kind_label


@dataclass(frozen=True)
class DatedActivity:
    """Something that happens on a day and may need modules first (a morning, a sale, an order)."""

    date: dt.date
    kind: str  # a morning kind: "sale" for sales events and priced orders
    label: str  # for the sentence, e.g. "Brunch au Centre culturel"
    module_id: int | None = None
    morning_id: int | None = None  # set for the cohort's own mornings
    start_time: dt.time = dt.time(0, 0)


@dataclass(frozen=True)
class PrerequisiteInfo:
    id: int
    module_id: int | None
    module_name: str
    morning_kind: str | None
    required_module_id: int
    required_module_name: str

    @property
    def sentence(self) -> str:
        if self.module_name:
            target = fill(tr("le module « {name} »", "schedule"), name=self.module_name)
        else:
            target = fill(
                tr("les matinées « {kind} »", "schedule"),
                kind=morning_kind_label(self.morning_kind or ""),
            )
        return fill(
            tr("« {required} » avant {target}", "schedule"),
            required=self.required_module_name,
            target=target,
        )


@dataclass(frozen=True)
class PrerequisiteIssue:
    activity: DatedActivity
    required_module_id: int
    required_module_name: str
    required_on: dt.date | None  # when the required module is planned (after), or None
    message: str

    @property
    def morning_id(self) -> int | None:
        return self.activity.morning_id


ActivitySource = Callable[[Session, int], Iterable[DatedActivity]]
_SOURCES: list[ActivitySource] = []


def register_activity_source(source: ActivitySource) -> None:
    """Add a function (session, cohort_id) -> dated activities, checked with every cohort."""
    if source not in _SOURCES:
        _SOURCES.append(source)


def list_prerequisites(session: Session) -> list[PrerequisiteInfo]:
    names = {m.id: module_label(m.name) for m in session.scalars(select(Module)).all()}
    rows = session.scalars(select(Prerequisite).order_by(Prerequisite.id)).all()
    return [
        PrerequisiteInfo(
            r.id,
            r.module_id,
            names.get(r.module_id, "") if r.module_id else "",
            r.morning_kind,
            r.required_module_id,
            names.get(r.required_module_id, ""),
        )
        for r in rows
    ]


def add_prerequisite(
    session: Session,
    required_module_id: int | None,
    module_id: int | None = None,
    kind: str | None = None,
) -> PrerequisiteInfo:
    """`required_module_id` must come before `module_id`, or before every morning of `kind`."""
    if required_module_id is None or session.get(Module, required_module_id) is None:
        raise ValidationError(
            "required_module_id", tr("Choisissez le module à suivre d'abord.", "schedule")
        )
    if (module_id is None) == (kind is None):
        raise ValidationError(
            "module_id", tr("Choisissez un module ou un type de matinée.", "schedule")
        )
    if kind is not None and kind not in values(MorningKind):
        raise ValidationError("kind", tr("Choisissez un type dans la liste.", "schedule"))
    if module_id is not None and session.get(Module, module_id) is None:
        raise ValidationError("module_id", tr("Ce module n'existe plus.", "schedule"))
    if module_id == required_module_id:
        raise ValidationError(
            "module_id", tr("Un module ne peut pas se précéder lui-même.", "schedule")
        )
    for existing in list_prerequisites(session):
        if (existing.module_id, existing.morning_kind, existing.required_module_id) == (
            module_id,
            kind,
            required_module_id,
        ):
            raise ValidationError("module_id", tr("Cette règle existe déjà.", "schedule"))
    row = Prerequisite(
        module_id=module_id, morning_kind=kind, required_module_id=required_module_id
    )
    session.add(row)
    session.flush()
    return next(p for p in list_prerequisites(session) if p.id == row.id)


def remove_prerequisite(session: Session, prerequisite_id: int) -> None:
    row = session.get(Prerequisite, prerequisite_id)
    if row is None:
        raise NotFound(prerequisite_id)
    session.delete(row)
    session.flush()


def _morning_activities(
    session: Session, cohort_id: int, mornings: list[MorningInfo] | None = None
) -> list[DatedActivity]:
    if mornings is None:
        mornings = list_mornings(session, cohort_id, include_cancelled=False)
    return [
        DatedActivity(m.date, m.kind, m.title, m.module_id, m.id, m.start_time)
        for m in mornings
        if m.status != "cancelled"
    ]


def _coverage(session: Session, mornings: list[DatedActivity], expected: ExpectedOnce):
    """covers(module id, activity) -> (date, start) of the morning of that module after which
    every member expected at the activity has had it (None: not planned for all of them).

    Members are counted per sub-group (app/services/schedule/expected.py): a module taught to the
    IT sub-group covers the IT sub-group's activities, not the other sub-group's."""
    who = expected.read(session)
    groups = who.subgroups
    everyone = frozenset(member.id for member in who.members)

    def expected(activity: DatedActivity) -> frozenset[int]:
        found = groups.get(activity.morning_id) if activity.morning_id is not None else None
        return everyone if found is None else found

    by_module: dict[int, list[DatedActivity]] = {}
    for m in sorted(mornings, key=lambda m: (m.date, m.start_time)):
        if m.module_id is not None:
            by_module.setdefault(m.module_id, []).append(m)

    def covers(module_id: int, activity: DatedActivity) -> tuple[dt.date, dt.time] | None:
        needed, covered = expected(activity), set()
        for m in by_module.get(module_id, []):
            covered |= expected(m)
            if needed <= covered:
                return (m.date, m.start_time)
        return None

    return covers


def check_prerequisites(
    session: Session,
    cohort_id: int,
    extra: Iterable[DatedActivity] = (),
    mornings: list[MorningInfo] | None = None,
    expected: ExpectedOnce | None = None,
) -> list[PrerequisiteIssue]:
    """Every activity that comes before a module it needs, in date order.

    Activities: the cohort's mornings (not cancelled), its sales events and priced orders
    (app/services/schedule/activity_sources.py), `extra`, and the registered sources.
    A requirement is met by a morning of the required module that starts earlier.
    `mornings`: the cohort's `list_mornings` when the caller has read them already; `expected`:
    who is expected at them, when another reading of the same refresh shares it.
    """
    rules = list_prerequisites(session)
    if not rules:
        return []
    from app.services.schedule.activity_sources import sales_and_orders

    activities_of_mornings = _morning_activities(session, cohort_id, mornings)
    activities = list(activities_of_mornings) + list(extra) + sales_and_orders(session, cohort_id)
    for source in _SOURCES:
        activities.extend(source(session, cohort_id))
    if expected is None:
        expected = ExpectedOnce(cohort_id, [a.morning_id for a in activities_of_mornings])
    covers = _coverage(session, activities_of_mornings, expected)
    issues = []
    for activity in sorted(activities, key=lambda a: (a.date, a.start_time)):
        needed = [
            r
            for r in rules
            if (r.module_id is not None and r.module_id == activity.module_id)
            or (r.morning_kind is not None and r.morning_kind == activity.kind)
        ]
        seen: set[int] = set()
        for rule in needed:
            required = rule.required_module_id
            if required in seen or required == activity.module_id:
                continue
            seen.add(required)
            first = covers(required, activity)
            if first is not None and first < (activity.date, activity.start_time):
                continue
            when = first[0] if first else None
            if when is None:
                message = tr(
                    "{activity} du {date} : il faut d'abord le module « {module} », "
                    "qui n'est pas encore prévu.",
                    "schedule",
                )
            else:
                message = tr(
                    "{activity} du {date} : il faut d'abord le module « {module} », "
                    "prévu seulement le {when}.",
                    "schedule",
                )
            issues.append(
                PrerequisiteIssue(
                    activity,
                    required,
                    rule.required_module_name,
                    when,
                    fill(
                        message,
                        activity=activity.label,
                        date=format_date(activity.date),
                        module=rule.required_module_name,
                        when=format_date(when) if when else "",
                    ),
                )
            )
    return issues
