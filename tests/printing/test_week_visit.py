"""A visit on the wall week: its host from the directory, the address, how to get there and the
meeting point, read back from the PDF; a mentoring morning names its mentor."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from app.printing.week import week_pdf
from app.services.directory import contacts, organisations
from app.services.directory.contacts import ContactInput
from app.services.directory.organisations import OrganisationInput
from app.services.errors import ValidationError
from app.services.people import cohorts
from app.services.schedule import mornings
from app.services.schedule.mornings import MorningInput

D = dt.date


def test_a_visit_prints_its_host_address_way_there_and_meeting_point(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", D(2022, 9, 12), D(2022, 12, 16))
    )
    epiphytes = organisations.create_organisation(
        session,
        OrganisationInput(
            "Epiphytes",
            "visit_host",
            address="Rue Saint-Léonard 200, Liège",
            transport_note="Bus 1 arrêt Coronmeuse",
        ),
    )
    nadia = contacts.create_contact(session, ContactInput("Nadia", "Benali", "mentor"))
    visit = mornings.create_morning(
        session,
        cohort.id,
        MorningInput(
            D(2022, 10, 12),
            kind="visit",
            host_organisation_id=epiphytes.id,
            meeting_point="Gare des Guillemins, 8h30",
        ),
    )
    mornings.create_morning(
        session, cohort.id, MorningInput(D(2022, 10, 13), kind="mentoring", mentor_id=nadia.id)
    )
    assert visit.host.name == "Epiphytes"
    assert visit.as_input().meeting_point == "Gare des Guillemins, 8h30"
    with pdfplumber.open(io.BytesIO(week_pdf(session, cohort.id, D(2022, 10, 12)))) as document:
        words = {word["text"] for word in document.pages[0].extract_words()}
    # The columns are narrow: the lines wrap, so look for their words.
    for expected in (
        "Epiphytes",
        "Saint-Léonard",
        "Coronmeuse",
        "Rendez-vous",
        "Guillemins,",
        "Benali",
    ):
        assert expected in words
    assert {"Comment", "aller"} <= words


def test_a_host_no_longer_in_the_directory_is_refused_at_its_field(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", D(2022, 9, 12), D(2022, 12, 16))
    )
    with pytest.raises(ValidationError) as refused:
        mornings.create_morning(
            session, cohort.id, MorningInput(D(2022, 10, 12), kind="visit", host_organisation_id=7)
        )
    assert refused.value.field == "host_organisation_id"
