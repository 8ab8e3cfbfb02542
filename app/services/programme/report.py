"""The programme report for management and funders, for one cohort or for the cohorts of a period:
participants (how many, from which countries, of which gender when recorded; no names), hours
planned and done by kind against the targets, attendance and completion, modules, visits,
mentoring mornings, sales by format and evaluations in aggregate (distribution of levels per
competence, only once the coordinator's PIN was given, as for every evaluation output).

Every figure is taken from the service that feeds the other documents, so they agree to the cent
and the hour: hours from `schedule.hours.progress` (the Schedule tab) and
`schedule.attendance.member_summaries` (the attestations), sales from
`sales.summaries.cohort_summary` (the cohort summary).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.people import Cohort
from app.services.errors import ValidationError
from app.services.people import members as people
from app.services.people.cohorts import CohortInfo, get_cohort, list_cohorts
from app.services.sales.summaries import cohort_summary
from app.services.schedule import attendance, hours
from app.services.schedule.mornings import list_mornings
from app.vocab import values
from app.vocab.people import Gender
from app.vocab.schedule import MorningKind, morning_kind_label


@dataclass(frozen=True)
class KindLine:
    kind: str
    label: str
    planned: Decimal
    done: Decimal


@dataclass(frozen=True)
class TargetLine:
    label: str
    planned: Decimal
    done: Decimal
    target: Decimal


@dataclass(frozen=True)
class FormatLine:
    format: str
    events: int
    revenue_excl_cents: int
    cogs_cents: int

    @property
    def margin_cents(self) -> int:
        return self.revenue_excl_cents - self.cogs_cents


@dataclass(frozen=True)
class CompetenceLevels:
    """How many members reached each level (their median, rounded down) in one competence."""

    cohort_name: str
    category: str
    name: str
    counts: tuple[int, ...]  # index 0 = level 1


@dataclass(frozen=True)
class ProgrammeReport:
    cohorts: tuple[CohortInfo, ...]
    start: dt.date
    end: dt.date
    participants: int
    completed: int  # members who stayed until their cohort's end
    countries: tuple[tuple[str, int], ...]  # country name, members; most first
    kinds: tuple[KindLine, ...]
    targets: tuple[TargetLine, ...]  # theory, practice, total
    mornings_planned: int
    mornings_done: int
    target_mornings: int
    mornings_noted: int  # member × morning with a status noted
    mornings_attended: int
    hours_attended: Decimal  # by every member, the sum of the attestations' hours
    modules: tuple[tuple[str, int], ...]  # module name, mornings done
    visits: tuple[tuple[dt.date, str, str], ...]  # date, title, place (done or planned)
    mentoring_mornings: int
    mentoring_hours: Decimal
    formats: tuple[FormatLine, ...]
    sales_events: int
    revenue_incl_cents: int
    revenue_excl_cents: int
    cogs_cents: int
    expenses_cents: int
    evaluations_included: bool
    max_level: int
    evaluations: tuple[CompetenceLevels, ...]
    # after the programme: members who agreed to the follow-up, and how many were in each
    # situation at each checkpoint ({(checkpoint, situation): members})
    consents: int = 0
    outcomes: dict[tuple[str, str], int] = field(default_factory=dict)
    # members by gender (app.vocab.people.Gender, in its order), only when at least one member's
    # gender is recorded: "unstated" alone says nothing
    genders: tuple[tuple[str, int], ...] = ()

    @property
    def attendance_rate(self) -> Decimal | None:
        """Mornings attended / noted, in percent without decimals; None before any is noted."""
        if not self.mornings_noted:
            return None
        return (Decimal(100) * self.mornings_attended / self.mornings_noted).quantize(Decimal(1))

    @property
    def margin_cents(self) -> int:
        return self.revenue_excl_cents - self.cogs_cents

    @property
    def profit_cents(self) -> int:
        return self.revenue_excl_cents - self.expenses_cents


def cohorts_of_period(session: Session, start: dt.date, end: dt.date) -> list[CohortInfo]:
    """The cohorts that ran at least one day between `start` and `end` (both included).

    Refused when the period is upside down or no cohort ran then: nothing to report.
    """
    if end < start:
        raise ValidationError("to", tr("La fin de la période est avant son début.", "programme"))
    ids = session.scalars(
        select(Cohort.id)
        .where(Cohort.start_date <= end, Cohort.end_date >= start)
        .order_by(Cohort.start_date, Cohort.id)
    ).all()
    if not ids:
        raise ValidationError(
            "from", tr("Aucune cohorte pendant cette période : rien à rapporter.", "programme")
        )
    by_id = {cohort.id: cohort for cohort in list_cohorts(session)}
    return [by_id[cohort_id] for cohort_id in ids]


def _participants(session: Session, cohort_ids: list[int]):
    people_seen: dict[int, people.PersonInfo] = {}
    completed = 0
    for cohort_id in cohort_ids:
        cohort = get_cohort(session, cohort_id)
        for person in people.list_people(session, cohort_id, include_inactive=True):
            if person.role != "member":
                continue
            people_seen.setdefault(person.id, person)
            if person.left_on is None or person.left_on >= cohort.end_date:
                completed += 1
    countries = Counter(
        p.country_label() if p.country_code else tr("Non précisé", "programme")
        for p in people_seen.values()
    )
    genders = Counter(p.gender for p in people_seen.values())
    recorded = set(genders) - {Gender.UNSTATED}
    return (
        len(people_seen),
        completed,
        tuple(sorted(countries.items(), key=lambda item: (-item[1], item[0]))),
        tuple((g.value, genders[g]) for g in Gender if genders[g]) if recorded else (),
    )


def _evaluation_levels(session: Session, cohort: CohortInfo) -> tuple[int, list[CompetenceLevels]]:
    """The newest observation grid with ratings: per competence, members per level."""
    from app.services.evaluations.campaigns import list_campaigns
    from app.services.evaluations.framework import get_framework
    from app.services.evaluations.grid import results

    framework = get_framework(session, cohort.id, include_inactive=True)
    top = framework.max_level
    for campaign in reversed(list_campaigns(session, cohort.id, "grid")):
        rated = [m for m in results(session, campaign.id).members if m.rating_count]
        if not rated:
            continue
        lines = []
        for competence in framework.competences:
            counts = [0] * top
            for member in rated:
                median = member.competence_medians.get(competence.id)
                if median is not None:
                    counts[int(median) - 1] += 1
            if any(counts):
                lines.append(
                    CompetenceLevels(
                        cohort.name, competence.category, competence.name, tuple(counts)
                    )
                )
        return top, lines
    return top, []


def _outcomes(session: Session, cohort_ids: list[int]) -> tuple[int, dict[tuple[str, str], int]]:
    from app.services.outcomes.consent import has_consent
    from app.services.outcomes.records import outcomes_of

    member_ids = {
        person.id
        for cohort_id in cohort_ids
        for person in people.list_people(session, cohort_id, include_inactive=True)
        if person.role == "member"
    }
    consents = sum(1 for person_id in member_ids if has_consent(session, person_id))
    counts = Counter((o.checkpoint, o.situation) for o in outcomes_of(session, cohort_ids))
    return consents, dict(counts)


def programme_report(
    session: Session, cohort_ids: list[int], evaluations_unlocked: bool = False
) -> ProgrammeReport:
    """The report over the given cohorts (one, or those of a period)."""
    if not cohort_ids:
        raise ValidationError(
            "cohort", tr("Aucune cohorte pendant cette période : rien à rapporter.", "programme")
        )
    cohorts = tuple(get_cohort(session, cohort_id) for cohort_id in cohort_ids)
    participants, completed, countries, genders = _participants(session, cohort_ids)
    planned = dict.fromkeys(values(MorningKind), Decimal(0))
    done = dict.fromkeys(values(MorningKind), Decimal(0))
    target_sums = {}
    mornings_planned = mornings_done = target_mornings = noted = attended = 0
    hours_attended = Decimal(0)
    modules: dict[str, Decimal] = {}
    visits = []
    mentoring_mornings, mentoring_hours = Decimal(0), Decimal(0)
    formats: dict[str, list[int]] = {}
    totals: Counter[str] = Counter()
    top, evaluations = 0, []
    for cohort in cohorts:
        progress = hours.progress(session, cohort.id)
        for line in progress.kinds:
            planned[line.kind] += line.planned
            done[line.kind] += line.done
        for group in progress.groups:
            old = target_sums.get(group.group, (group.label, Decimal(0), Decimal(0), Decimal(0)))
            target_sums[group.group] = (
                group.label,
                old[1] + group.planned,
                old[2] + group.done,
                old[3] + group.target,
            )
        old = target_sums.get(
            "total", (tr("Total", "programme"), Decimal(0), Decimal(0), Decimal(0))
        )
        target_sums["total"] = (
            old[0],
            old[1] + progress.hours_planned,
            old[2] + progress.hours_done,
            old[3] + progress.target_hours,
        )
        mornings_planned += progress.mornings_planned
        mornings_done += progress.mornings_done
        target_mornings += progress.target_mornings
        for summary in attendance.member_summaries(session, cohort.id):
            noted += summary.mornings_noted
            attended += summary.mornings_attended
            hours_attended += summary.hours_total
        mornings = list_mornings(session, cohort.id, include_cancelled=False)
        # A module given to two sub-groups (each half of the cohort) is one morning of the
        # cohort's programme, as in the hours (`hours.progress`): each counts its share.
        shares = hours.member_shares(session, cohort.id, mornings)
        for morning in mornings:
            share = shares[morning.id]
            if morning.status == "done" and morning.module_name:
                modules[morning.module_name] = modules.get(morning.module_name, 0) + share
            if morning.kind == MorningKind.VISIT:
                visits.append((morning.date, morning.title, morning.place))
            if morning.kind == MorningKind.MENTORING and morning.status == "done":
                mentoring_mornings += share
                mentoring_hours += morning.hours * share
        sales = cohort_summary(session, cohort.id)
        for group in sales.by_format:
            line = formats.setdefault(group.key, [0, 0, 0])
            line[0] += group.events
            line[1] += group.revenue_excl_cents
            line[2] += group.cogs_cents
        totals["events"] += len(sales.events)
        totals["incl"] += sales.revenue_incl_cents
        totals["excl"] += sales.revenue_excl_cents
        totals["cogs"] += sales.cogs_cents
        totals["expenses"] += sales.expenses_cents
        if evaluations_unlocked:
            levels, lines = _evaluation_levels(session, cohort)
            top = max(top, levels)
            evaluations += lines
    consents, outcomes = _outcomes(session, cohort_ids)
    return ProgrammeReport(
        consents=consents,
        outcomes=outcomes,
        genders=genders,
        cohorts=cohorts,
        start=min(c.start_date for c in cohorts),
        end=max(c.end_date for c in cohorts),
        participants=participants,
        completed=completed,
        countries=countries,
        kinds=tuple(
            KindLine(k, morning_kind_label(k), planned[k], done[k])
            for k in values(MorningKind)
            if planned[k] or done[k]
        ),
        targets=tuple(TargetLine(*line) for line in target_sums.values()),
        mornings_planned=mornings_planned,
        mornings_done=mornings_done,
        target_mornings=target_mornings,
        mornings_noted=noted,
        mornings_attended=attended,
        hours_attended=hours_attended,
        modules=tuple(
            sorted(
                ((name, hours.whole(count)) for name, count in modules.items()),
                key=lambda item: (-item[1], item[0]),
            )
        ),
        visits=tuple(visits),
        mentoring_mornings=hours.whole(mentoring_mornings),
        mentoring_hours=hours.rounded_hours(mentoring_hours),
        formats=tuple(FormatLine(key, *line) for key, line in formats.items()),
        sales_events=totals["events"],
        revenue_incl_cents=totals["incl"],
        revenue_excl_cents=totals["excl"],
        cogs_cents=totals["cogs"],
        expenses_cents=totals["expenses"],
        evaluations_included=evaluations_unlocked,
        max_level=top,
        evaluations=tuple(evaluations),
    )
