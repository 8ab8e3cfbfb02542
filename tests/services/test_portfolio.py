"""The employer portfolio: refused without her consent; her figures counted by hand on a small
cohort (hours to the hour, sales to the cent, tasting scores), nothing about another member; and on
the demo, her figures against the database itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models.menus import Recipe
from app.models.rotation import RotationDay
from app.models.sales import SaleLine, SalesEvent, SalesEventProduct
from app.models.schedule import Attendance, Morning
from app.services.errors import ValidationError
from app.services.outcomes import consent
from app.services.people.members import find_person
from app.services.programme.portfolio import member_portfolio
from app.services.schedule import attendance
from app.services.tastings import forms, questions, sessions
from app.vocab.outcomes import ConsentPurpose
from tests.services.test_attendance_sheets import week  # noqa: F401 (fixture)

D = dt.date
TODAY = D(2022, 10, 20)
PORTFOLIO = ConsentPurpose.PORTFOLIO


def _recipe(session, name: str, version: int = 1, family_id: int | None = None) -> Recipe:
    recipe = Recipe(name=name, yield_count=10, version=version, family_id=family_id)
    session.add(recipe)
    session.flush()
    if family_id is None:
        recipe.family_id = recipe.id
    return recipe


def _tasted(session, recipe: Recipe, tastes: list[int]) -> None:
    tasting = sessions.create_tasting(session, recipe.id, D(2022, 10, 12), "Marché")
    taste_id = next(q.id for q in questions.list_questions(session, recipe.id) if q.key == "taste")
    for taste in tastes:
        forms.add_form(session, tasting.id, {taste_id: str(taste)})


def _sale_day(session, cohort_id, day, delegate_id, recipe_id, quantity, price_cents, cost):
    event = SalesEvent(
        cohort_id=cohort_id, date=day, format="stand", place="Marché", delegate_id=delegate_id
    )
    session.add(event)
    session.flush()
    product = SalesEventProduct(
        event_id=event.id,
        recipe_id=recipe_id,
        name="Energy balls",
        price_cents=price_cents,
        vat_rate_bp=600,
        unit_cost_cents=cost,
    )
    session.add(product)
    session.flush()
    session.add(
        SaleLine(
            event_id=event.id,
            product_id=product.id,
            kind="sale",
            payment_method="cash",
            quantity=quantity,
            unit_price_cents=price_cents,
            vat_rate_bp=600,
        )
    )
    session.flush()


@pytest.fixture
def her_cohort(session, week):  # noqa: F811
    """Amal: present on Monday (3 h), late on Tuesday (4 h); delegate on 10/10 and 13/10 (and on
    a day still to come); she ran the stand of 13/10 (4 energy balls at 2,50 €, cost 1,00 €),
    Chantal ran another (she must not appear). Energy balls v1 tasted 2 and 3, v2 4 and 5."""
    cohort_id, made, (amal, binta, chantal) = week
    attendance.set_attendance(session, made[0].id, amal, "present")
    attendance.set_attendance(session, made[1].id, amal, "late")
    attendance.set_attendance(session, made[0].id, binta, "present")
    for day, person in ((D(2022, 10, 10), amal), (D(2022, 10, 11), binta)):
        session.add(RotationDay(cohort_id=cohort_id, date=day, delegate_id=person))
    session.add(RotationDay(cohort_id=cohort_id, date=D(2022, 10, 13), delegate_id=amal))
    session.add(RotationDay(cohort_id=cohort_id, date=D(2022, 11, 3), delegate_id=amal))
    first = _recipe(session, "Energy balls")
    second = _recipe(session, "Energy balls", 2, first.id)
    _tasted(session, first, [2, 3])
    _tasted(session, second, [4, 5])
    _sale_day(session, cohort_id, D(2022, 10, 13), amal, second.id, 4, 250, 100)
    _sale_day(session, cohort_id, D(2022, 10, 14), chantal, None, 10, 300, 50)
    return cohort_id, amal, binta, chantal


def test_refused_without_her_consent_and_after_she_withdrew_it(session, her_cohort):
    cohort_id, amal, _binta, _chantal = her_cohort
    consent.give_consent(session, amal, D(2022, 10, 1))  # the follow-up: another purpose
    with pytest.raises(ValidationError) as refused:
        member_portfolio(session, amal, TODAY)
    assert refused.value.field == "consent"
    assert "accord pour un portfolio" in refused.value.message
    consent.give_consent(session, amal, D(2022, 10, 1), purpose=PORTFOLIO)
    assert member_portfolio(session, amal, TODAY).name == "Amal Sayed"
    consent.withdraw_consent(session, amal, D(2022, 10, 2), PORTFOLIO)
    with pytest.raises(ValidationError):
        member_portfolio(session, amal, TODAY)
    assert consent.has_consent(session, amal)  # her follow-up consent is untouched


def test_her_figures_counted_by_hand(session, her_cohort):
    cohort_id, amal, _binta, _chantal = her_cohort
    consent.give_consent(session, amal, D(2022, 10, 1), purpose=PORTFOLIO)
    portfolio = member_portfolio(session, amal, TODAY)
    (part,) = portfolio.cohorts
    assert part.cohort_name == "Coopérative 2"
    assert part.hours_total == Decimal(7) and part.planned_total == Decimal(7)
    assert part.hours_by_kind["theory"] == 3 and part.hours_by_kind["kitchen"] == 4
    assert part.delegate_days == (D(2022, 10, 10), D(2022, 10, 13))  # not the day to come
    (day,) = part.sale_days  # Chantal's day is not hers
    assert day.date == D(2022, 10, 13)
    assert day.revenue_incl_cents == 1000
    # as in the cohort summary: the cohort's 40,00 € at 6 % is 37,74 € excl. VAT, shared by the
    # largest remainder between her 9,434 € and Chantal's 28,302 €: 9,44 € and 28,30 €
    assert day.revenue_excl_cents == 944
    assert day.margin_cents == 944 - 4 * 100
    (product,) = part.products
    assert (product.name, product.versions, product.answers) == ("Energy balls", 2, 4)
    assert (product.first_taste, product.latest_taste, product.taste_gain) == (2.5, 4.5, 2.0)
    assert part.competences is None  # no evaluation in this cohort


def test_a_cohort_she_was_not_in_is_refused(session, her_cohort):
    from app.services.people import cohorts

    _cohort_id, amal, _binta, _chantal = her_cohort
    consent.give_consent(session, amal, D(2022, 10, 1), purpose=PORTFOLIO)
    other = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 3", D(2023, 1, 9), D(2023, 4, 7))
    )
    with pytest.raises(ValidationError) as refused:
        member_portfolio(session, amal, TODAY, other.id)
    assert refused.value.field == "cohort"


def test_on_the_demo_her_figures_match_the_database(demo_db):
    with demo_db.session() as session:
        hang = find_person(session, "Hằng")
        portfolio = member_portfolio(session, hang.id, D(2023, 1, 10))
        (part,) = portfolio.cohorts
        times = session.execute(
            select(Morning.start_time, Morning.end_time)
            .join(Attendance, Attendance.morning_id == Morning.id)
            .where(
                Attendance.person_id == hang.id,
                Attendance.status.in_(("present", "late")),
                Morning.status != "cancelled",
            )
        ).all()
        sold = session.scalar(
            select(func.sum(SaleLine.quantity * SaleLine.unit_price_cents))
            .join(SalesEvent, SalesEvent.id == SaleLine.event_id)
            .where(
                SalesEvent.delegate_id == hang.id,
                SaleLine.kind == "sale",
                SaleLine.payment_method != "offered",
            )
        )
        days = session.scalar(
            select(func.count())
            .select_from(RotationDay)
            .where(RotationDay.delegate_id == hang.id, RotationDay.date <= D(2023, 1, 10))
        )
    minutes = sum(
        (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute) for start, end in times
    )
    assert part.hours_total == Decimal(minutes) / 60
    assert part.sales_incl_cents == sold > 0
    assert len(part.delegate_days) == days > 0
    assert part.competences is not None and part.competences.says_she_has
