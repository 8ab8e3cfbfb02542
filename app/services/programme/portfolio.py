"""A member's employer portfolio: what she did in the programme, gathered for one person only, with
her consent (the "portfolio" purpose, app/services/outcomes/consent.py).

For each cohort she was in (or the one asked for): her hours by kind of morning and the modules
she followed (the same figures as her attestation, `schedule.attendance.member_summary`), the
days she was delegate of the day (up to today), the sale days she ran with their results (the
cohort summary's figures, `sales.summaries.cohort_summary`), the products made on those days with
their versions and what the tastings gained between the first and the latest tasted version
(`tastings.summary.tasting_summary`, the "taste" score; recipes have no author in the app, so
"her" products are those of the sale days she ran), and her competences from the evaluations
(`evaluations.report.member_report`: observed by the evaluators, and her own self-assessment
kept apart). Nothing about another member is gathered: no names, no one else's figures.

Without her portfolio consent in force, `member_portfolio` raises `ValidationError("consent")`
before reading anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.menus import Recipe
from app.models.rotation import RotationDay
from app.models.sales import SalesEvent, SalesEventProduct
from app.services.errors import ValidationError
from app.services.evaluations.report import MemberReport, member_report
from app.services.outcomes.consent import has_consent
from app.services.outcomes.records import her_cohorts
from app.services.people.cohorts import get_cohort
from app.services.people.members import get_person
from app.services.sales.summaries import cohort_summary
from app.services.schedule.attendance import member_summary
from app.services.tastings.summary import tasting_summary
from app.services.text_match import sort_key
from app.vocab.outcomes import ConsentPurpose
from app.vocab.people import in_gender


@dataclass(frozen=True)
class SaleDay:
    date: dt.date
    format: str
    place: str
    closed: bool
    revenue_incl_cents: int
    revenue_excl_cents: int
    margin_cents: int


@dataclass(frozen=True)
class Product:
    """A product made on a sale day she ran: its versions and its tasting scores (taste, 1 to 5)
    of the first and of the latest version that was tasted."""

    name: str
    versions: int
    first_taste: float | None
    latest_taste: float | None
    first_version: int | None
    latest_version: int | None
    answers: int

    @property
    def taste_gain(self) -> float | None:
        if self.first_taste is None or self.latest_taste is None:
            return None
        if self.first_version == self.latest_version:
            return None
        return self.latest_taste - self.first_taste


@dataclass(frozen=True)
class CohortPart:
    cohort_id: int
    cohort_name: str
    start: dt.date
    end: dt.date
    hours_by_kind: dict[str, Decimal]
    planned_by_kind: dict[str, Decimal]
    hours_total: Decimal
    planned_total: Decimal
    modules: tuple[str, ...]
    delegate_days: tuple[dt.date, ...]
    sale_days: tuple[SaleDay, ...]
    products: tuple[Product, ...]
    competences: MemberReport | None  # None: she was not evaluated in this cohort

    @property
    def sales_incl_cents(self) -> int:
        return sum(day.revenue_incl_cents for day in self.sale_days)

    @property
    def margin_cents(self) -> int:
        return sum(day.margin_cents for day in self.sale_days)


@dataclass(frozen=True)
class Portfolio:
    person_id: int
    name: str
    made_on: dt.date
    cohorts: tuple[CohortPart, ...]
    gender: str = "unstated"  # app.vocab.people.Gender: the portfolio speaks of her or of him


def check_portfolio_consent(session: Session, person_id: int) -> None:
    """Refuse, with a clear message, a portfolio for someone without her consent in force."""
    if not has_consent(session, person_id, ConsentPurpose.PORTFOLIO):
        person = get_person(session, person_id)
        sentence = in_gender(
            person.gender,
            tr(
                "{name} n'a pas donné son accord pour un portfolio : notez d'abord son accord. "
                "Rien n'est imprimé.",
                "portfolio",
            ),
            tr(
                "{name} n'a pas donné son accord pour un portfolio : notez d'abord son accord. "
                "Rien n'est imprimé.",
                "portfolio_man",
            ),
        )
        raise ValidationError("consent", fill(sentence, name=person.full_name))


def member_portfolio(
    session: Session, person_id: int, today: dt.date, cohort_id: int | None = None
) -> Portfolio:
    """Her portfolio for every cohort she was in, the oldest first (or only `cohort_id`)."""
    person = get_person(session, person_id)
    check_portfolio_consent(session, person_id)
    cohorts = [cid for cid, _name in reversed(her_cohorts(session, person_id))]
    if cohort_id is not None:
        if cohort_id not in cohorts:
            raise ValidationError(
                "cohort",
                fill(
                    in_gender(
                        person.gender,
                        tr("{name} n'a pas fait partie de cette cohorte.", "portfolio"),
                        tr("{name} n'a pas fait partie de cette cohorte.", "portfolio_man"),
                    ),
                    name=person.full_name,
                ),
            )
        cohorts = [cohort_id]
    return Portfolio(
        person_id,
        person.full_name,
        today,
        tuple(_cohort_part(session, person_id, cid, today) for cid in cohorts),
        person.gender,
    )


def _cohort_part(session: Session, person_id: int, cohort_id: int, today: dt.date) -> CohortPart:
    cohort = get_cohort(session, cohort_id)
    hours = member_summary(session, cohort_id, person_id)
    delegate_days = session.scalars(
        select(RotationDay.date)
        .where(
            RotationDay.cohort_id == cohort_id,
            RotationDay.delegate_id == person_id,
            RotationDay.date <= today,
        )
        .order_by(RotationDay.date)
    ).all()
    event_ids = set(
        session.scalars(
            select(SalesEvent.id).where(
                SalesEvent.cohort_id == cohort_id, SalesEvent.delegate_id == person_id
            )
        )
    )
    sale_days = tuple(
        SaleDay(
            row.date,
            row.format,
            row.place,
            row.closed,
            row.revenue_incl_cents,
            row.revenue_excl_cents,
            row.margin_cents,
        )
        for row in cohort_summary(session, cohort_id).events
        if row.event_id in event_ids
    )
    return CohortPart(
        cohort_id=cohort_id,
        cohort_name=cohort.name,
        start=cohort.start_date,
        end=cohort.end_date,
        hours_by_kind=hours.hours_by_kind,
        planned_by_kind=hours.planned_by_kind,
        hours_total=hours.hours_total,
        planned_total=hours.planned_total,
        modules=tuple(hours.modules),
        delegate_days=tuple(delegate_days),
        sale_days=sale_days,
        products=_products(session, event_ids),
        competences=_competences(session, person_id, cohort_id),
    )


def _products(session: Session, event_ids: set[int]) -> tuple[Product, ...]:
    if not event_ids:
        return ()
    families = {
        family_id or recipe_id
        for recipe_id, family_id in session.execute(
            select(Recipe.id, Recipe.family_id)
            .join(SalesEventProduct, SalesEventProduct.recipe_id == Recipe.id)
            .where(SalesEventProduct.event_id.in_(event_ids))
        )
    }
    products = []
    for family_id in families:
        versions = tasting_summary(session, family_id)
        tasted = [v for v in versions if v.answers and "taste" in v.means]
        first, latest = (tasted[0], tasted[-1]) if tasted else (None, None)
        products.append(
            Product(
                name=versions[-1].recipe.name,
                versions=len(versions),
                first_taste=first.means["taste"] if first else None,
                latest_taste=latest.means["taste"] if latest else None,
                first_version=first.recipe.version if first else None,
                latest_version=latest.recipe.version if latest else None,
                answers=sum(v.answers for v in versions),
            )
        )
    return tuple(sorted(products, key=lambda p: sort_key(p.name)))


def _competences(session: Session, person_id: int, cohort_id: int) -> MemberReport | None:
    try:
        report = member_report(session, person_id, cohort_id)
    except ValidationError:  # not an evaluated member of this cohort
        return None
    evaluated = report.grid_title or report.self_peer_title
    return report if evaluated else None
