"""The directory through its services: organisations and outside people, checks, search, an
order's customer from the directory, and deletion refused while orders refer to it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models.directory import Contact, Organisation
from app.models.menus import CustomerOrder
from app.services.directory import contacts, organisations
from app.services.directory.contacts import ContactInput
from app.services.directory.organisations import OrganisationInput
from app.services.errors import StaleError, ValidationError
from app.services.menus import customers, orders
from app.services.safety import trash
from tests.services.sales_fixtures import make_shop


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def add_org(session, name="MAdiL", kind="partner", **more):
    return organisations.create_organisation(session, OrganisationInput(name, kind, **more))


def order_for(session, shop, organisation_id, day):
    return orders.create_order(
        session,
        orders.OrderInput(
            "",
            day,
            (orders.OrderLineInput(shop.soup, Decimal(3)),),
            organisation_id=organisation_id,
        ),
        dt.date(2022, 10, 1),
    )


def test_an_organisation_is_saved_clean_and_found_by_any_word(session):
    add_org(
        session,
        "  OuftiCoop ",
        "partner",
        address="Rue Hors-Château 1, Liège",
        email="info@oufticoop.be",
        phone="+32 4 222 33 44",
    )
    add_org(session, "Fondation Roi Baudouin", "funder")
    found = organisations.list_organisations(session, "hors-château")
    assert [o.name for o in found] == ["OuftiCoop"]
    for typed in ("HORS-CHATEAU", "liege rue", "LIÈGE"):  # without accents, in capitals, any order
        assert [o.name for o in organisations.list_organisations(session, typed)] == ["OuftiCoop"]
    assert found[0].kind_label == "Partenaire"
    assert [o.name for o in organisations.list_organisations(session, kind="funder")] == [
        "Fondation Roi Baudouin"
    ]
    assert [o.name for o in organisations.list_organisations(session)] == [
        "Fondation Roi Baudouin",
        "OuftiCoop",
    ]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (OrganisationInput("  "), "name"),
        (OrganisationInput("IRFAM", "bank"), "kind"),
        (OrganisationInput("IRFAM", email="irfam.be"), "email"),
        (OrganisationInput("IRFAM", phone="appelez-moi"), "phone"),
        (OrganisationInput("madil"), "name"),  # already there, whatever the capitals
    ],
)
def test_bad_organisations_are_refused_at_their_field_and_nothing_is_written(session, data, field):
    add_org(session)
    with pytest.raises(ValidationError) as refused:
        organisations.create_organisation(session, data)
    assert refused.value.field == field
    assert count(session, Organisation) == 1


def test_a_contact_belongs_to_an_organisation_and_duplicates_are_refused(session):
    madil = add_org(session)
    nadia = contacts.create_contact(
        session, ContactInput("Nadia", "Benali", "mentor", madil.id, phone="0470 11 22 33")
    )
    assert (nadia.full_name, nadia.organisation_name, nadia.role_label) == (
        "Nadia Benali",
        "MAdiL",
        "Marraine / parrain",
    )
    assert [c.id for c in contacts.list_contacts(session, "madil")] == [nadia.id]
    assert [c.id for c in contacts.list_contacts(session, role="speaker")] == []
    with pytest.raises(ValidationError) as refused:
        contacts.create_contact(session, ContactInput("nadia", "BENALI"))
    assert refused.value.field == "first_name"
    with pytest.raises(ValidationError) as refused:
        contacts.create_contact(session, ContactInput("Awa", email="awa@"))
    assert refused.value.field == "email"
    assert count(session, Contact) == 1


def test_contacts_are_found_and_sorted_without_minding_accents_or_capitals(session):
    nadia = contacts.create_contact(session, ContactInput("Nadia", "Benali", "mentor"))
    elise = contacts.create_contact(session, ContactInput("Élise", "Lefèvre", "speaker"))
    assert [c.id for c in contacts.list_contacts(session, "elise LEFEVRE")] == [elise.id]
    assert [c.id for c in contacts.list_contacts(session, "lefèvre")] == [elise.id]
    assert [c.id for c in contacts.list_contacts(session)] == [elise.id, nadia.id]  # É among e's


def test_an_edit_over_a_changed_organisation_is_refused(session):
    madil = add_org(session)
    organisations.update_organisation(
        session, madil.id, OrganisationInput("MAdiL asbl"), seen=madil.as_input()
    )
    with pytest.raises(StaleError):
        organisations.update_organisation(
            session, madil.id, OrganisationInput("MAdiL"), seen=madil.as_input()
        )
    assert organisations.get_organisation(session, madil.id).name == "MAdiL asbl"


def test_an_order_takes_its_customer_from_the_directory_and_lists_under_it(session):
    shop = make_shop(session)
    wow = add_org(session, "WOW", "customer")
    first = order_for(session, shop, wow.id, dt.date(2022, 10, 20))
    second = order_for(session, shop, wow.id, dt.date(2022, 11, 24))
    assert (first.customer, first.organisation_id) == ("WOW", wow.id)
    assert [o.id for o in customers.orders_of(session, wow.id)] == [second.id, first.id]
    assert organisations.get_organisation(session, wow.id).order_count == 2
    assert first.as_input().organisation_id == wow.id


def test_a_customer_with_orders_is_not_deleted_and_the_message_names_them(session):
    shop = make_shop(session)
    wow = add_org(session, "WOW", "customer")
    order_for(session, shop, wow.id, dt.date(2022, 10, 20))
    order_for(session, shop, wow.id, dt.date(2022, 11, 24))
    with pytest.raises(ValidationError) as refused:
        organisations.trash_organisation(session, wow.id)
    message = refused.value.message
    assert "WOW du 20/10/2022" in message and "WOW du 24/11/2022" in message
    assert count(session, Organisation) == 1
    assert trash.list_trash(session) == []
    assert session.scalar(select(CustomerOrder.organisation_id).limit(1)) == wow.id


def test_an_organisation_goes_to_the_trash_and_its_contacts_come_back_to_it(session):
    madil = add_org(session)
    nadia = contacts.create_contact(session, ContactInput("Nadia", organisation_id=madil.id))
    entry = organisations.trash_organisation(session, madil.id)
    assert contacts.get_contact(session, nadia.id).organisation_id is None
    trash.restore_from_trash(session, entry.id)
    assert contacts.get_contact(session, nadia.id).organisation_name == "MAdiL"


def test_an_order_for_a_customer_gone_from_the_directory_is_refused(session):
    shop = make_shop(session)
    with pytest.raises(ValidationError) as refused:
        order_for(session, shop, 9999, dt.date(2022, 10, 20))
    assert refused.value.field == "customer"
    assert count(session, CustomerOrder) == 0


def test_a_mentor_is_paired_with_members_of_the_cohort_and_her_mornings_counted(session):
    from app.services.directory import mentors
    from app.services.people import cohorts, members
    from app.services.schedule import mornings
    from app.services.schedule.mornings import MorningInput

    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    amina = members.create_person(session, members.PersonInput("Amina"), cohort.id)
    outsider = members.create_person(session, members.PersonInput("Olga"))
    patricia = contacts.create_contact(session, ContactInput("Patricia", role="mentor"))
    speaker = contacts.create_contact(session, ContactInput("Sarah", role="speaker"))
    paired = mentors.pair(session, cohort.id, patricia.id, amina.id, "Étiquettes")
    assert (paired.mentor_name, paired.member_name, paired.notes) == (
        "Patricia",
        "Amina",
        "Étiquettes",
    )
    with pytest.raises(ValidationError) as refused:
        mentors.pair(session, cohort.id, patricia.id, amina.id)
    # the member named, not "cette membre" (a cohort has men too)
    assert refused.value.message == "Patricia accompagne déjà Amina."
    for mentor_id, person_id, field in (
        (patricia.id, amina.id, "person_id"),  # twice
        (speaker.id, amina.id, "mentor_id"),  # not a mentor
        (patricia.id, outsider.id, "person_id"),  # not in the cohort
    ):
        with pytest.raises(ValidationError) as refused:
            mentors.pair(session, cohort.id, mentor_id, person_id)
        assert refused.value.field == field
    assert [p.id for p in mentors.pairings(session, cohort.id, person_id=amina.id)] == [paired.id]
    for day, status in ((dt.date(2022, 10, 3), "done"), (dt.date(2022, 10, 10), "cancelled")):
        mornings.create_morning(
            session,
            cohort.id,
            MorningInput(day, kind="mentoring", mentor_id=patricia.id, status=status),
        )
    counted = mentors.mentor_mornings(session, cohort.id)
    assert [(m.mentor_name, m.dates) for m in counted] == [("Patricia", (dt.date(2022, 10, 3),))]
    mentors.unpair(session, paired.id)
    assert mentors.pairings(session, cohort.id) == []
