"""Refusals about one known person name her or him and take her or his gender: a man's name gets
the masculine sentence, in French (the same words, its own catalogue entry) and in Arabic (where
the verb and the pronoun change)."""

from __future__ import annotations

import datetime as dt

import pytest

from app import i18n
from app.services.decisions import documents
from app.services.errors import ValidationError
from app.services.outcomes import consent
from app.services.people import cohorts
from app.services.people import members as people
from app.services.programme.portfolio import check_portfolio_consent
from app.vocab.decisions import DocumentKind
from app.vocab.outcomes import ConsentPurpose

DAY = dt.date(2022, 10, 3)


@pytest.fixture
def pair(session):
    """Amina (a woman) and Karim (a man) in one cohort."""
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    amina = people.create_person(session, people.PersonInput("Amina", gender="woman"), cohort.id)
    karim = people.create_person(session, people.PersonInput("Karim", gender="man"), cohort.id)
    return amina.id, karim.id


def refusal(action) -> str:
    with pytest.raises(ValidationError) as error:
        action()
    return i18n.without_isolates(error.value.message)


def in_arabic(read_in) -> None:
    read_in("ar")
    i18n.set_right_to_left(True)


def test_a_portfolio_without_consent_names_the_person(session, pair, read_in):
    amina, karim = pair
    assert refusal(lambda: check_portfolio_consent(session, karim)).startswith(
        "Karim n'a pas donné son accord pour un portfolio"
    )
    in_arabic(read_in)
    assert refusal(lambda: check_portfolio_consent(session, karim)).startswith(
        "لم يعطِ Karim موافقته على ملف"
    )
    assert refusal(lambda: check_portfolio_consent(session, amina)).startswith(
        "لم تعطِ Amina موافقتها على ملف"
    )


def test_withdrawing_a_consent_never_given_names_the_person(session, pair, read_in):
    amina, karim = pair

    def withdraw(person_id):
        return lambda: consent.withdraw_consent(session, person_id, DAY, ConsentPurpose.FOLLOW_UP)

    assert refusal(withdraw(karim)) == "Karim n'a pas donné son accord."
    in_arabic(read_in)
    assert refusal(withdraw(karim)) == "لم يعطِ Karim موافقته."
    assert refusal(withdraw(amina)) == "لم تعطِ Amina موافقتها."


def test_signing_twice_names_the_signer(session, pair, read_in):
    amina, karim = pair
    charter = documents.add_version(session, DocumentKind.CHARTER, "Nous décidons ensemble.", DAY)
    for person_id in (amina, karim):
        documents.sign(session, charter.id, person_id, DAY)

    def again(person_id):
        return lambda: documents.sign(session, charter.id, person_id, DAY)

    assert refusal(again(karim)) == "Karim a déjà signé cette version."
    in_arabic(read_in)
    assert refusal(again(karim)) == "لقد وقّع Karim هذه النسخة من قبل."
    assert refusal(again(amina)) == "لقد وقّعت Amina هذه النسخة من قبل."
