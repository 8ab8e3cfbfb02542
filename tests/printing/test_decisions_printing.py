"""The register of decisions printed and read back: every round, position and objection; a search
prints only what it found."""

from __future__ import annotations

import datetime as dt

from app.printing.decisions import register_pdf
from app.services.decisions import register
from app.services.decisions.register import DecisionInput, ObjectionInput
from app.vocab.decisions import Position
from tests.printing.test_sales_printing import text_of
from tests.services.test_decisions import make_group, opening_hours


def test_the_register_reads_back_with_rounds_positions_and_objections(session):
    cohort_id, amina, diane, fatou = make_group(session)
    register.record_decision(session, opening_hours(cohort_id, amina, diane, fatou))
    register.record_decision(
        session,
        DecisionInput(
            cohort_id,
            dt.date(2022, 11, 20),
            "Acheter un frigo d'occasion",
            positions=((amina, Position.ABSTENTION),),
            objections=(ObjectionInput(fatou, "Trop cher", ""),),
        ),
    )
    text = text_of(register_pdf(session, cohort_id))
    flat = " ".join(text.split())
    assert "Registre des décisions" in flat
    assert flat.index("20/11/2022") < flat.index("02/11/2022 — Heure de début")  # latest first
    assert "Commencer à 9 h au lieu de 8 h 30." in flat
    assert "Tour de clarification : Et le mercredi ? Pareil." in flat
    assert "Consentement (1) : Amina" in flat and "Absente (1) : Fatou" in flat
    assert "Abstention (1) : Amina" in flat
    assert "Le mercredi, l'école finit à midi." in flat and "Révision : 15/01/2023" in flat
    only = " ".join(text_of(register_pdf(session, cohort_id, "frigo")).split())
    assert "Recherche : « frigo »" in only and "Heure de début" not in only
    assert "Acheter un frigo d'occasion" in only and "Trop cher" in only


def test_the_register_writes_its_dates_the_language_s_way(session):
    """In English (en_BE) a date reads "2/11/2022", not the French "02/11/2022" a fixed strftime
    pattern wrote in every language; the search finds a decision by the date as it is shown."""
    from app.commands.language import use_language
    from app.services.decisions.search import search_decisions

    cohort_id, amina, diane, fatou = make_group(session)
    register.record_decision(session, opening_hours(cohort_id, amina, diane, fatou))
    use_language("en")
    flat = " ".join(text_of(register_pdf(session, cohort_id)).split())
    assert "2/11/2022 — Heure de début" in flat and "02/11/2022" not in flat
    assert "Review: 15/1/2023" in flat
    assert [d.title for d in search_decisions(session, cohort_id, "2/11/2022")] == [
        "Heure de début"
    ]
