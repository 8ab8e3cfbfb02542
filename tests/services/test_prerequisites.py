"""Prerequisites: a sale before accounting, kitchen before hygiene, activities from elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.errors import ValidationError
from app.services.people import cohorts
from app.services.schedule import modules, prerequisites
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput
from app.services.schedule.prerequisites import DatedActivity

D = dt.date


@pytest.fixture
def cohort(session):
    modules.ensure_default_catalogue(session)
    return cohorts.create_cohort(session, cohorts.CohortInput("C1", D(2022, 4, 19), D(2022, 7, 8)))


def module(session, name):
    return modules.module_by_name(session, name).id


def add(session, cohort, day, kind, name=None, start=dt.time(9), end=dt.time(12)):
    module_id = module(session, name) if name else None
    return schedule.create_morning(
        session, cohort.id, MorningInput(day, start, end, kind, module_id)
    )


def test_the_2022_lesson_a_sale_before_accounting(session, cohort):
    add(session, cohort, D(2022, 4, 19), "theory", modules.HYGIENE)
    sale = add(session, cohort, D(2022, 5, 12), "sale", "Vente")
    add(session, cohort, D(2022, 5, 19), "theory", modules.ACCOUNTING)
    issues = prerequisites.check_prerequisites(session, cohort.id)
    assert [(i.morning_id, i.required_module_name, i.required_on) for i in issues] == [
        (sale.id, modules.ACCOUNTING, D(2022, 5, 19))
    ]
    assert issues[0].message == (
        "Vente du 12/05/2022 : il faut d'abord le module « Introduction à la comptabilité », "
        "prévu seulement le 19/05/2022."
    )


def test_requirements_met_earlier_give_no_issue(session, cohort):
    add(session, cohort, D(2022, 4, 19), "theory", modules.ACCOUNTING)
    add(session, cohort, D(2022, 4, 20), "theory", modules.HYGIENE)
    add(session, cohort, D(2022, 4, 21), "kitchen")
    add(session, cohort, D(2022, 4, 22), "sale")
    add(session, cohort, D(2022, 4, 25), "practice", "Exercices de comptabilité")
    assert prerequisites.check_prerequisites(session, cohort.id) == []


def test_same_day_counts_only_when_it_starts_earlier(session, cohort):
    add(session, cohort, D(2022, 4, 19), "kitchen", start=dt.time(9), end=dt.time(11))
    add(
        session,
        cohort,
        D(2022, 4, 19),
        "theory",
        modules.HYGIENE,
        start=dt.time(11),
        end=dt.time(12),
    )
    add(session, cohort, D(2022, 4, 20), "kitchen")
    issues = prerequisites.check_prerequisites(session, cohort.id)
    assert [(i.activity.date, i.activity.start_time) for i in issues] == [
        (D(2022, 4, 19), dt.time(9))
    ]


def test_missing_module_and_a_cancelled_one_do_not_count(session, cohort):
    accounting = add(session, cohort, D(2022, 4, 19), "theory", modules.ACCOUNTING)
    schedule.set_status(session, accounting.id, "cancelled")
    add(session, cohort, D(2022, 4, 20), "practice", "Exercices de comptabilité")
    issues = prerequisites.check_prerequisites(session, cohort.id)
    assert len(issues) == 1
    assert "pas encore prévu" in issues[0].message


def test_extra_activities_from_sales_and_a_registered_source(session, cohort, monkeypatch):
    add(session, cohort, D(2022, 5, 19), "theory", modules.ACCOUNTING)
    order = DatedActivity(D(2022, 5, 3), "sale", "Commande traiteur de l'asbl")
    issues = prerequisites.check_prerequisites(session, cohort.id, [order])
    assert [i.activity.label for i in issues] == ["Commande traiteur de l'asbl"]
    assert issues[0].morning_id is None
    monkeypatch.setattr(prerequisites, "_SOURCES", [])
    prerequisites.register_activity_source(
        lambda s, cid: [
            DatedActivity(D(2022, 5, 30), "sale", "Brunch"),
            DatedActivity(D(2022, 5, 2), "sale", "Stand"),
        ]
    )
    assert [i.activity.label for i in prerequisites.check_prerequisites(session, cohort.id)] == [
        "Stand"
    ]


def test_rules_can_be_added_and_bad_rules_are_refused(session, cohort):
    storytelling = module(session, "Storytelling")
    visual = module(session, "Communication visuelle")
    rule = prerequisites.add_prerequisite(session, visual, module_id=storytelling)
    assert rule.sentence == "« Communication visuelle » avant le module « Storytelling »"
    with pytest.raises(ValidationError):
        prerequisites.add_prerequisite(session, visual, module_id=storytelling)
    with pytest.raises(ValidationError):
        prerequisites.add_prerequisite(session, visual, module_id=visual)
    with pytest.raises(ValidationError):
        prerequisites.add_prerequisite(session, visual)
    add(session, cohort, D(2022, 4, 19), "theory", "Storytelling")
    assert [
        i.required_module_name for i in prerequisites.check_prerequisites(session, cohort.id)
    ] == ["Communication visuelle"]
    prerequisites.remove_prerequisite(session, rule.id)
    assert prerequisites.check_prerequisites(session, cohort.id) == []


def test_sales_events_and_priced_orders_need_accounting_first(session, cohort):
    """The Sales tab's events and the Menus tab's priced orders count as sales (2022's lesson)."""
    from decimal import Decimal

    from app.models.menus import CustomerOrder, OrderLine, Recipe
    from app.models.sales import SalesEvent

    add(session, cohort, D(2022, 4, 19), "theory", modules.HYGIENE)
    add(session, cohort, D(2022, 5, 19), "theory", modules.ACCOUNTING)
    recipe = Recipe(name="Energy balls", yield_count=30)
    session.add(recipe)
    session.flush()

    def order(customer, day, price, status="accepted"):
        row = CustomerOrder(customer=customer, event_date=day, status=status, created_on=day)
        session.add(row)
        session.flush()
        session.add(
            OrderLine(
                order_id=row.id,
                recipe_id=recipe.id,
                quantity=Decimal(10),
                unit_price_cents=price,
                vat_rate_bp=600,
            )
        )
        session.flush()
        return row

    order("Asbl du quartier", D(2022, 5, 3), 250)  # paid order before accounting: flagged
    order("Offert à la maison de quartier", D(2022, 5, 4), 0)  # free: not a sale
    order("Annulée", D(2022, 5, 5), 300, status="cancelled")  # cancelled: not a sale
    order("Trop tard", D(2022, 9, 1), 300)  # after the cohort: another cohort's business
    linked = order("Brunch", D(2022, 5, 10), 400)
    session.add(
        SalesEvent(
            cohort_id=cohort.id,
            date=D(2022, 5, 10),
            format="brunch",
            place="Centre culturel",
            order_ref=linked.id,
        )
    )
    session.add(SalesEvent(cohort_id=cohort.id, date=D(2022, 6, 2), format="stand"))
    session.flush()

    issues = prerequisites.check_prerequisites(session, cohort.id)
    assert [(i.activity.date, i.activity.label) for i in issues] == [
        (D(2022, 5, 3), "commande payante de Asbl du quartier"),
        (D(2022, 5, 10), "vente (Brunch, Centre culturel)"),
    ]
    assert all(i.required_module_name == modules.ACCOUNTING for i in issues)


def test_profit_sharing_takes_hours_from_attendance(session, cohort):
    from app.services.people import members
    from app.services.sales import sharing
    from app.services.schedule import attendance

    amina = members.create_person(session, members.PersonInput("Amina"), cohort.id)
    olga = members.create_person(session, members.PersonInput("Olga"), cohort.id)
    assert sharing.attendance_hours(session, cohort.id) == {}  # nothing noted yet
    morning = add(session, cohort, D(2022, 4, 19), "theory", modules.HYGIENE)
    attendance.set_attendance(session, morning.id, amina.id, "present")
    attendance.set_attendance(session, morning.id, olga.id, "absent")
    assert sharing.attendance_hours(session, cohort.id) == {amina.id: 3, olga.id: 0}


def test_the_mornings_read_by_the_caller_give_the_same_issues(session, cohort):
    """The Schedule tab passes the mornings it listed (cancelled ones included): the check skips
    the cancelled ones as when it reads them itself."""
    accounting = add(session, cohort, D(2022, 4, 19), "theory", modules.ACCOUNTING)
    schedule.set_status(session, accounting.id, "cancelled")
    add(session, cohort, D(2022, 4, 20), "practice", "Exercices de comptabilité")
    add(session, cohort, D(2022, 4, 21), "sale")
    add(session, cohort, D(2022, 4, 28), "theory", modules.ACCOUNTING)
    listed = schedule.list_mornings(session, cohort.id)
    assert len(listed) == 4
    read_here = prerequisites.check_prerequisites(session, cohort.id)
    passed = prerequisites.check_prerequisites(session, cohort.id, mornings=listed)
    assert [(i.activity.date, i.required_on) for i in read_here] == [
        (D(2022, 4, 20), D(2022, 4, 28)),
        (D(2022, 4, 21), D(2022, 4, 28)),
    ]
    assert passed == read_here
