"""The label language chosen with the cooperative's settings: only the four languages, a save
writes only what she changed (and refuses when another window changed the same thing), the
default producer line and a new order's conditions follow the language."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.services.errors import StaleError, ValidationError
from app.services.menus.orders import new_order_conditions
from app.services.people import cooperative
from app.services.people.cohorts import CohortInput
from app.services.people.cooperative import CooperativeInfo
from app.services.people.first_run import FirstRunInput, create_start
from app.services.settings import get_setting


def saved(session, **fields) -> CooperativeInfo:
    info = CooperativeInfo(name="Coop", address="Rue X 1\n4020 Liège", **fields)
    return cooperative.save_cooperative(session, info)


@pytest.mark.parametrize("language", ["fr", "en", "nl", "ar"])
def test_each_of_the_four_languages_is_kept(session, language):
    assert saved(session, label_language=language).label_language == language
    assert cooperative.label_language(session) == language


@pytest.mark.parametrize("bad", ["de", "", "NL", "nederlands", None])
def test_another_value_is_refused_at_its_field_and_nothing_is_written(session, bad):
    before = saved(session, iban="BE68 5390 0754 7034")
    with pytest.raises(ValidationError) as refused:
        cooperative.save_cooperative(
            session, replace(before, label_language=bad, name="Autre", iban=""), seen=before
        )
    assert refused.value.field == "label_language"
    assert cooperative.get_cooperative(session) == before
    assert get_setting(session, "cooperative.iban") == "BE68 5390 0754 7034"
    with pytest.raises(ValidationError):  # nor a save that does not say what the form showed
        cooperative.save_cooperative(session, replace(before, label_language=bad))
    assert cooperative.get_cooperative(session) == before


def test_a_save_writes_only_what_she_changed(session):
    shown = saved(session, email="coop@example.be", iban="BE68 5390 0754 7034")
    # another window changes the e-mail and the IBAN while her dialog is open
    other = cooperative.save_cooperative(
        session, replace(shown, email="new@example.be", iban=""), seen=shown
    )
    after = cooperative.save_cooperative(
        session, replace(shown, label_language="nl", phone="+32 4 232 00 00"), seen=shown
    )
    assert (after.label_language, after.phone) == ("nl", "+32 4 232 00 00")
    assert (after.email, after.iban) == (other.email, "")  # the other window's, kept
    assert get_setting(session, "cooperative.iban") == ""


def test_a_field_changed_meanwhile_by_another_window_refuses_the_save(session):
    shown = saved(session)
    cooperative.save_cooperative(session, replace(shown, label_language="en"), seen=shown)
    with pytest.raises(StaleError):
        cooperative.save_cooperative(session, replace(shown, label_language="nl"), seen=shown)
    assert cooperative.label_language(session) == "en"


def test_the_default_producer_line_follows_the_language_her_own_does_not(session):
    shown = saved(session)
    assert shown.producer_line == "Produit par Coop, Rue X 1, 4020 Liège"
    dutch = cooperative.save_cooperative(session, replace(shown, label_language="nl"), seen=shown)
    assert dutch.producer_line == "Gemaakt door Coop, Rue X 1, 4020 Liège"
    english = cooperative.save_cooperative(session, replace(dutch, label_language="en"), seen=dutch)
    assert english.producer_line == "Made by Coop, Rue X 1, 4020 Liège"

    own = cooperative.save_cooperative(
        session, replace(english, producer_line="Cuisiné à Liège"), seen=english
    )
    arabic = cooperative.save_cooperative(session, replace(own, label_language="ar"), seen=own)
    assert arabic.producer_line == "Cuisiné à Liège"


def test_the_default_producer_line_joins_the_address_with_the_label_language_s_comma(session):
    from app.commands.language import use_language

    use_language("ar")  # the interface does not decide: a French label keeps its commas
    assert saved(session).producer_line == "Produit par Coop, Rue X 1, 4020 Liège"
    use_language("fr")
    arabic = saved(session, label_language="ar")
    # "، " between the name and each line of the address, as the label's lists of ingredients
    assert arabic.producer_line == "من إنتاج Coop، Rue X 1، 4020 Liège"
    assert cooperative.default_producer_line("Coop", " \n", "ar") == "من إنتاج Coop"


def test_an_arabic_default_stored_with_latin_commas_is_printed_and_kept_as_a_default(session):
    """A database from before: its Arabic default line stored with ", " prints with "، " on the
    labels, and still follows the address when it changes; her own line stays as she wrote it."""
    from app.models.cooperative import Cooperative
    from app.services.labels.content import label_content
    from tests.labels_fixtures import energy_balls

    product = energy_balls(session).id
    before = saved(session, label_language="ar")
    session.query(Cooperative).one().producer_line = "من إنتاج Coop, Rue X 1, 4020 Liège"
    stored = cooperative.get_cooperative(session)
    assert label_content(session, product, dt.date(2022, 10, 5)).producer == before.producer_line
    moved = cooperative.save_cooperative(
        session, replace(stored, address="Rue Y 2\n4000 Liège"), seen=stored
    )
    assert moved.producer_line == "من إنتاج Coop، Rue Y 2، 4000 Liège"
    own = "من إنتاج Coop, Liège"  # not the default's shape: hers
    mine = cooperative.save_cooperative(session, replace(moved, producer_line=own), seen=moved)
    assert label_content(session, product, dt.date(2022, 10, 5)).producer == own
    renamed = cooperative.save_cooperative(session, replace(mine, name="Coop 2"), seen=mine)
    assert renamed.producer_line == own


def test_writing_back_the_seen_record_takes_back_only_that_save(session):
    """What Édition › Annuler does: the fields that save changed go back, the others stay."""
    before = saved(session)
    after = cooperative.save_cooperative(session, replace(before, label_language="nl"), seen=before)
    later = cooperative.save_cooperative(session, replace(after, email="a@example.be"), seen=after)
    undone = cooperative.save_cooperative(session, before, seen=after)
    assert undone == replace(later, label_language="fr", producer_line=before.producer_line)
    assert undone.email == "a@example.be"


def test_a_new_order_s_conditions_are_in_the_label_language(session):
    assert new_order_conditions(session).startswith("Acompte de 30 % à la confirmation.")
    saved(session, label_language="nl")
    assert new_order_conditions(session).startswith("Voorschot van 30 %")
    cooperative.save_cooperative(
        session,
        replace(cooperative.get_cooperative(session), label_language="en"),
    )
    assert new_order_conditions(session).startswith("30% deposit on confirmation.")


def test_the_first_run_keeps_the_label_language_chosen(session):
    create_start(
        session,
        FirstRunInput(
            "Coop",
            "",
            CohortInput("Coopérative 1", dt.date(2026, 9, 1), dt.date(2026, 12, 1)),
            (),
            label_language="nl",
        ),
    )
    info = cooperative.get_cooperative(session)
    assert (info.label_language, info.producer_line) == ("nl", "Gemaakt door Coop")
