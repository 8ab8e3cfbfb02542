"""The register of decisions by consent: what is kept, what is refused at which field, search,
profit sharing as one kind of decision, and the charter and house rules members sign."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.decisions import documents, register
from app.services.decisions.register import DecisionInput, ObjectionInput
from app.services.decisions.search import folded, search_decisions
from app.services.errors import ValidationError
from app.services.people import cohorts, members
from app.services.sales import sharing
from app.vocab.decisions import DecisionKind, DocumentKind, Position

DAY = dt.date(2022, 11, 2)


def make_group(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    amina = members.create_person(session, members.PersonInput("Amina"), cohort.id).id
    diane = members.create_person(session, members.PersonInput("Diane"), cohort.id).id
    fatou = members.create_person(session, members.PersonInput("Fatou"), cohort.id).id
    return cohort.id, amina, diane, fatou


def opening_hours(cohort_id, amina, diane, fatou, **changes) -> DecisionInput:
    data = dict(
        cohort_id=cohort_id,
        decided_on=DAY,
        title="Heure de début",
        proposal="Commencer à 9 h au lieu de 8 h 30.",
        clarifications="Et le mercredi ? Pareil.",
        reactions="Plus facile avec l'école.",
        outcome="Adopté : 9 h, 9 h 30 le mercredi.",
        review_on=dt.date(2023, 1, 15),
        positions=(
            (amina, Position.CONSENT),
            (diane, Position.OBJECTION),
            (fatou, Position.ABSENT),
        ),
        objections=(ObjectionInput(diane, "Le mercredi, l'école finit à midi.", "9 h 30"),),
    )
    data.update(changes)
    return DecisionInput(**data)


def test_a_decision_keeps_every_round_position_and_objection(session):
    cohort_id, amina, diane, fatou = make_group(session)
    decision = register.record_decision(session, opening_hours(cohort_id, amina, diane, fatou))
    again = register.get_decision(session, decision.id)
    assert again.kind == DecisionKind.GENERAL
    assert again.proposal == "Commencer à 9 h au lieu de 8 h 30."
    assert again.clarifications == "Et le mercredi ? Pareil."
    assert [(p.name, p.position) for p in again.positions] == [
        ("Amina", "consent"),
        ("Diane", "objection"),
        ("Fatou", "absent"),
    ]
    assert again.objections == (
        register.ObjectionLine(diane, "Diane", "Le mercredi, l'école finit à midi.", "9 h 30"),
    )
    assert (again.count(Position.CONSENT), again.count(Position.ABSTENTION)) == (1, 0)
    assert again.review_on == dt.date(2023, 1, 15)


def test_no_proposal_is_refused_at_its_field_and_nothing_is_written(session):
    cohort_id, amina, diane, fatou = make_group(session)
    with pytest.raises(ValidationError) as error:
        register.record_decision(
            session, opening_hours(cohort_id, amina, diane, fatou, proposal="   ")
        )
    assert error.value.field == "proposal"
    assert register.list_decisions(session, cohort_id) == []


def test_an_objection_with_no_name_is_refused_at_its_row(session):
    cohort_id, amina, diane, fatou = make_group(session)
    objections = (
        ObjectionInput(diane, "Trop tôt", ""),
        ObjectionInput(None, "Et les enfants ?", ""),
    )
    with pytest.raises(ValidationError) as error:
        register.record_decision(
            session, opening_hours(cohort_id, amina, diane, fatou, objections=objections)
        )
    assert (error.value.field, error.value.row, error.value.column) == ("objections", 1, "author")
    assert register.list_decisions(session, cohort_id) == []
    # An objection with a name and no text is refused too; an empty line is left out.
    with pytest.raises(ValidationError) as error:
        register.record_decision(
            session,
            opening_hours(
                cohort_id, amina, diane, fatou, objections=(ObjectionInput(diane, " ", "x"),)
            ),
        )
    assert (error.value.row, error.value.column) == (0, "objection")
    kept = register.record_decision(
        session,
        opening_hours(cohort_id, amina, diane, fatou, objections=(ObjectionInput(None, "", ""),)),
    )
    assert kept.objections == ()


def test_a_review_before_the_decision_and_a_stranger_are_refused(session):
    cohort_id, amina, diane, fatou = make_group(session)
    with pytest.raises(ValidationError) as error:
        register.record_decision(
            session,
            opening_hours(cohort_id, amina, diane, fatou, review_on=dt.date(2022, 10, 1)),
        )
    assert error.value.field == "review_on"
    with pytest.raises(ValidationError) as error:
        register.record_decision(
            session,
            opening_hours(cohort_id, amina, diane, fatou, positions=((9999, Position.CONSENT),)),
        )
    assert error.value.field == "positions"


def test_update_rewrites_positions_and_objections_and_delete_takes_back(session):
    cohort_id, amina, diane, fatou = make_group(session)
    decision = register.record_decision(session, opening_hours(cohort_id, amina, diane, fatou))
    changed = register.update_decision(
        session,
        decision.id,
        opening_hours(
            cohort_id,
            amina,
            diane,
            fatou,
            positions=((diane, Position.CONSENT),),
            objections=(),
            outcome="Adopté",
        ),
    )
    assert [(p.name, p.position) for p in changed.positions] == [("Diane", "consent")]
    assert changed.objections == () and changed.outcome == "Adopté"
    assert register.get_decision(session, decision.id).as_input() == changed.as_input()
    register.delete_decision(session, decision.id)
    assert register.list_decisions(session, cohort_id) == []


def test_search_finds_every_word_anywhere_ignoring_case_and_accents(session):
    cohort_id, amina, diane, fatou = make_group(session)
    first = register.record_decision(session, opening_hours(cohort_id, amina, diane, fatou))
    second = register.record_decision(
        session,
        DecisionInput(
            cohort_id, dt.date(2022, 11, 20), "Acheter un frigo d'occasion", outcome="Adopté"
        ),
    )
    ids = lambda query: [d.id for d in search_decisions(session, cohort_id, query)]  # noqa: E731
    assert ids("") == [second.id, first.id]  # the latest first
    assert ids("ECOLE") == [first.id]  # "l'école" in the reactions and the objection
    assert ids("diane mercredi") == [first.id]  # the objection's author and its text
    assert ids("frigo adopte") == [second.id]
    assert ids("frigo ecole") == []


@given(st.text(max_size=30))
def test_folding_is_idempotent_and_drops_accents(text):
    assert folded(folded(text)) == folded(text)
    assert folded("Règlement ÉCOLE") == "reglement ecole"


def test_a_profit_sharing_is_one_kind_of_decision_in_the_register(session):
    cohort_id, amina, diane, fatou = make_group(session)
    profit = sharing.record_decision(
        session,
        sharing.DecisionInput(
            cohort_id,
            dt.date(2022, 12, 16),
            "Tout au fonds commun.",
            100,
            took_part=(amina, diane),
            objections=(("Et une fête ?", "Payée par le fonds"),),
            outcome="Consentement",
        ),
    )
    (entry,) = register.list_decisions(session, cohort_id)
    assert (entry.kind, entry.profit_decision_id) == (DecisionKind.PROFIT_SHARING, profit.id)
    assert (entry.proposal, entry.outcome) == ("Tout au fonds commun.", "Consentement")
    assert [(p.name, p.position) for p in entry.positions] == [
        ("Amina", "consent"),
        ("Diane", "consent"),
        ("Fatou", "absent"),
    ]
    assert entry.objections == (
        register.ObjectionLine(None, "", "Et une fête ?", "Payée par le fonds"),
    )
    # In the register, the objection gets its author like any other.
    named = register.update_decision(
        session,
        entry.id,
        entry.as_input().__class__(
            **{
                **entry.as_input().__dict__,
                "objections": (ObjectionInput(fatou, "Et une fête ?", "Payée par le fonds"),),
            }
        ),
    )
    assert named.objections[0].author_name == "Fatou"
    assert register.get_decision(session, entry.id).kind == DecisionKind.PROFIT_SHARING


def test_documents_are_versioned_and_signed_once_per_member(session):
    cohort_id, amina, diane, _fatou = make_group(session)
    first = documents.add_version(session, DocumentKind.CHARTER, "Nous décidons ensemble.", DAY)
    second = documents.add_version(
        session, DocumentKind.CHARTER, "Nous décidons ensemble, par consentement.", DAY
    )
    rules = documents.add_version(session, DocumentKind.HOUSE_RULES, "Tablier.", DAY)
    assert (first.version, second.version, rules.version) == (1, 2, 1)
    documents.sign(session, second.id, amina, dt.date(2022, 11, 3))
    with pytest.raises(ValidationError) as error:
        documents.sign(session, second.id, amina, dt.date(2022, 11, 4))
    assert error.value.field == "person"
    with pytest.raises(ValidationError) as error:
        documents.sign(session, second.id, diane, dt.date(2022, 10, 1))
    assert error.value.field == "signed_on"
    with pytest.raises(ValidationError) as error:
        documents.add_version(session, DocumentKind.CHARTER, "  ", DAY)
    assert error.value.field == "body"
    listed = documents.list_documents(session)
    assert [(d.kind, d.version) for d in listed] == [
        ("charter", 2),
        ("charter", 1),
        ("house_rules", 1),
    ]
    assert listed[0].signatures == (documents.SignatureLine(amina, "Amina", dt.date(2022, 11, 3)),)
    assert listed[0].signed_by(amina) and not listed[1].signed_by(amina)
    documents.unsign(session, second.id, amina)
    documents.delete_version(session, rules.id)
    assert [(d.version, d.signatures) for d in documents.list_documents(session)] == [
        (2, ()),
        (1, ()),
    ]


def test_a_profit_sharing_reads_who_took_part_and_its_objections_from_its_register_entry(session):
    from pypdf import PdfReader

    from app.models.base import Base
    from app.printing.profit_sharing import profit_sharing_pdf

    cohort_id, amina, diane, fatou = make_group(session)
    profit = sharing.record_decision(
        session,
        sharing.DecisionInput(
            cohort_id,
            dt.date(2022, 12, 16),
            "Tout au fonds commun.",
            100,
            took_part=(amina, diane),
            objections=(("Et une fête ?", "Payée par le fonds"), ("Et le loyer ?", "")),
            outcome="Consentement",
        ),
    )
    # The screen shows what was typed, as before.
    assert profit.objections == (("Et une fête ?", "Payée par le fonds"), ("Et le loyer ?", ""))
    assert [(line.name, line.took_part) for line in profit.shares] == [
        ("Amina", True),
        ("Diane", True),
        ("Fatou", False),
    ]
    assert "profit_objection" not in Base.metadata.tables  # one store: the register

    # Completed in the register (an author, an answer, Fatou came after all): the profit sharing
    # shows the same, on screen and on paper.
    (entry,) = register.list_decisions(session, cohort_id)
    data = entry.as_input()
    register.update_decision(
        session,
        entry.id,
        data.__class__(
            **{
                **data.__dict__,
                "positions": ((amina, "consent"), (diane, "absent"), (fatou, "abstention")),
                "objections": (
                    ObjectionInput(fatou, "Et une fête ?", "Payée par le fonds"),
                    ObjectionInput(amina, "Et le loyer ?", "Payé par l'asbl"),
                ),
            }
        ),
    )
    again = sharing.get_decision(session, profit.id)
    assert again.objections == (
        ("Et une fête ?", "Payée par le fonds"),
        ("Et le loyer ?", "Payé par l'asbl"),
    )
    assert [(line.name, line.took_part) for line in again.shares] == [
        ("Amina", True),
        ("Diane", False),
        ("Fatou", True),
    ]
    pdf = profit_sharing_pdf(session, cohort_id, profit.id)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Et une fête ?" in text and "Payé par l'asbl" in text
