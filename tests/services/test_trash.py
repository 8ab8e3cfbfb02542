"""The trash: any row with what goes with it, restored exactly, 30 days, refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, ForeignKey, Integer, Table, select

from app.models import load_all
from app.models.people import Membership, Person
from app.models.safety import TrashItem
from app.models.schedule import Morning
from app.services.errors import NotFound, ValidationError
from app.services.people import cohorts
from app.services.people import members as people
from app.services.people.members import PersonInput
from app.services.safety import trash

NOW = dt.datetime(2022, 10, 3, 17, 30)


@pytest.fixture
def setup(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    amina = people.create_person(
        session,
        PersonInput("Amina", "Diallo", phone="+32 470 11 22 33", notes="allergie"),
        cohort.id,
        dt.date(2022, 9, 19),
    )
    other = people.create_person(session, PersonInput("Olga", "Petrova"), cohort.id)
    morning = Morning(
        cohort_id=cohort.id, date=dt.date(2022, 10, 4), kind="kitchen", facilitator_id=amina.id
    )
    session.add(morning)
    session.flush()
    return cohort, amina, other, morning.id


def test_a_person_goes_to_the_trash_with_her_membership_and_comes_back(session, setup):
    cohort, amina, _other, morning_id = setup
    entry = trash.move_to_trash(session, "person", amina.id, amina.full_name, NOW)
    assert (entry.label, entry.kind, entry.row_count) == ("Amina Diallo", "Personne", 2)
    assert entry.expires_on == dt.date(2022, 11, 2)
    assert session.get(Person, amina.id) is None
    assert session.get(Morning, morning_id).facilitator_id is None  # link cleared by SET NULL
    assert [p.first_name for p in people.list_people(session, cohort.id)] == ["Olga"]

    restored = trash.restore_from_trash(session, entry.id)
    assert restored == trash.Restored("person", amina.id, "Amina Diallo")
    back = people.get_person(session, amina.id, cohort.id)
    assert back == amina  # every field, the membership date included
    assert session.get(Morning, morning_id).facilitator_id == amina.id
    assert trash.list_trash(session) == []


@pytest.mark.sqlite  # SQLite gives a freed id again; a server's sequence never does
def test_restore_gives_a_new_id_when_the_old_one_was_taken(session, setup):
    cohort, _amina, other, _ = setup
    entry = trash.move_to_trash(session, "person", other.id, other.full_name, NOW)
    newcomer = people.create_person(session, PersonInput("Nadia"), None)
    assert newcomer.id == other.id  # SQLite gave the freed id again
    restored = trash.restore_from_trash(session, entry.id)
    assert restored.row_id != other.id
    olga = people.get_person(session, restored.row_id, cohort.id)
    assert (olga.full_name, olga.joined_on) == ("Olga Petrova", cohort.start_date)
    assert people.get_person(session, newcomer.id).first_name == "Nadia"


def test_restore_is_refused_when_what_it_needs_is_gone(session, setup):
    _cohort, amina, _, _ = setup
    entry = trash.move_to_trash(session, "person", amina.id, "Amina Diallo", NOW)
    session.execute(Membership.__table__.delete())
    session.execute(Morning.__table__.delete())
    session.execute(cohorts.Cohort.__table__.delete())
    with pytest.raises(ValidationError, match="ne peut pas être restaurée") as caught:
        trash.restore_from_trash(session, entry.id)
    assert caught.value.field == "trash"
    assert session.get(Person, amina.id) is None  # nothing half-restored
    assert len(trash.list_trash(session)) == 1


def test_history_that_refers_without_cascade_blocks_the_deletion(session, setup):
    """A table from another area (here a made-up 'sale') referring to the person keeps her."""
    _, amina, _, _ = setup
    sale = Table(
        "test_sale",
        load_all().metadata,
        Column("id", Integer, primary_key=True),
        Column("seller_id", Integer, ForeignKey("person.id")),
    )
    try:
        sale.create(session.connection())
        session.execute(sale.insert().values(id=1, seller_id=amina.id))
        with pytest.raises(ValidationError, match="en dépendent") as caught:
            trash.move_to_trash(session, "person", amina.id, "Amina Diallo", NOW)
        assert "test_sale" in caught.value.message
        assert session.get(Person, amina.id) is not None
        assert trash.list_trash(session) == []
    finally:
        sale.drop(session.connection())
        load_all().metadata.remove(sale)


def test_thirty_days(session, setup):
    _, amina, other, _ = setup
    old = trash.move_to_trash(session, "person", amina.id, "Amina", NOW - dt.timedelta(days=31))
    recent = trash.move_to_trash(session, "person", other.id, "Olga", NOW - dt.timedelta(days=29))
    assert [e.id for e in trash.list_trash(session)] == [recent.id, old.id]
    assert trash.purge_expired(session, NOW) == 1
    assert [e.id for e in trash.list_trash(session)] == [recent.id]
    trash.delete_forever(session, recent.id)
    assert trash.list_trash(session) == []


def test_bad_requests(session, setup):
    with pytest.raises(ValidationError):
        trash.move_to_trash(session, "no_such_table", 1, "x")
    with pytest.raises(NotFound):
        trash.move_to_trash(session, "person", 9999, "x")
    with pytest.raises(NotFound):
        trash.restore_from_trash(session, 9999)


def test_a_cohort_takes_its_memberships_and_mornings_along(session, setup):
    cohort, _amina, _other, morning_id = setup
    entry = trash.move_to_trash(session, "cohort", cohort.id, cohort.name, NOW)
    assert entry.row_count == 1 + 2 + 1
    assert session.scalars(select(Membership)).all() == []
    trash.restore_from_trash(session, entry.id)
    assert len(people.list_people(session, cohort.id)) == 2
    assert session.get(Morning, morning_id).date == dt.date(2022, 10, 4)


def whole_database(session) -> dict:
    from app.services.safety import row_graph

    return {
        name: sorted(map(repr, row_graph.select_rows(session, name, {})))
        for name in load_all().metadata.tables
        if name != "trash_item"
    }


# What a person can type: no control characters nor direction overrides (refused by the services).
typed = st.characters(
    codec="utf-8",
    exclude_categories=("Cs", "Cc"),
    exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
names = st.text(alphabet=typed, min_size=1, max_size=20).filter(lambda text: text.strip())


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    firsts=st.lists(names, min_size=1, max_size=4, unique_by=str.casefold),
    pick=st.integers(0, 3),
    notes=st.text(alphabet=typed, max_size=50),
    in_cohort=st.booleans(),
)
def test_trash_then_restore_gives_back_exactly_the_same_database(
    db, firsts, pick, notes, in_cohort
):
    with db.session() as session:
        session.execute(Morning.__table__.delete())
        session.execute(Membership.__table__.delete())
        session.execute(Person.__table__.delete())
        session.execute(cohorts.Cohort.__table__.delete())
        session.execute(TrashItem.__table__.delete())
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("C", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
        )
        created = [
            people.create_person(
                session, PersonInput(first, notes=notes), cohort.id if in_cohort else None
            )
            for first in firsts
        ]
        victim = created[pick % len(created)]
        session.add(
            Morning(cohort_id=cohort.id, date=dt.date(2022, 10, 4), facilitator_id=victim.id)
        )
        session.flush()
        before = whole_database(session)
        entry = trash.move_to_trash(session, "person", victim.id, victim.full_name, NOW)
        assert whole_database(session) != before
        trash.restore_from_trash(session, entry.id)
        assert whole_database(session) == before


def test_the_trash_reads_in_pages_that_join_into_the_whole_list(session, setup):
    cohort, amina, other, _ = setup
    for days, (table, row_id, label) in enumerate(
        [("person", amina.id, "Amina"), ("person", other.id, "Olga"), ("cohort", cohort.id, "C")]
    ):
        trash.move_to_trash(session, table, row_id, label, NOW - dt.timedelta(days=days))
    whole = trash.list_trash(session)
    assert [e.label for e in whole] == ["Amina", "Olga", "C"]  # newest first
    pages = [trash.list_trash(session, 2, offset) for offset in (0, 2, 4)]
    assert [len(page) for page in pages] == [2, 1, 0]
    assert pages[0] + pages[1] == whole
