"""Saves of settings-like records write only the fields she changed: the cohort's settings and
the costing settings (the cooperative's are in test_label_language_choice.py). A field another
window changed meanwhile is kept; the same field changed on both sides refuses the save and
writes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.errors import StaleError, ValidationError
from app.services.menus import costing_settings
from app.services.menus.costing_settings import CostingSettings
from app.services.people import cohorts
from app.services.people.cohorts import CohortInput
from app.services.versions import changed_fields

START, END = dt.date(2022, 9, 12), dt.date(2022, 12, 16)


def _cohort(session) -> int:
    return cohorts.create_cohort(session, CohortInput("Coopérative 2", START, END)).id


def test_a_cohort_save_keeps_what_another_window_changed_in_another_field(session):
    cohort_id = _cohort(session)
    shown = cohorts.get_cohort(session, cohort_id).as_input()
    cohorts.update_cohort(session, cohort_id, replace(shown, planned_mornings=40), seen=shown)
    saved = cohorts.update_cohort(session, cohort_id, replace(shown, planned_hours=120), seen=shown)
    assert (saved.planned_mornings, saved.planned_hours) == (40, 120)
    assert (saved.name, saved.start_date, saved.end_date) == ("Coopérative 2", START, END)


def test_a_cohort_save_on_a_field_changed_meanwhile_is_refused_and_writes_nothing(session):
    cohort_id = _cohort(session)
    shown = cohorts.get_cohort(session, cohort_id).as_input()
    cohorts.update_cohort(session, cohort_id, replace(shown, planned_hours=110), seen=shown)
    with pytest.raises(StaleError, match="Cette cohorte a changé"):
        cohorts.update_cohort(
            session, cohort_id, replace(shown, planned_hours=120, name="Coop 2"), seen=shown
        )
    stored = cohorts.get_cohort(session, cohort_id)
    assert (stored.name, stored.planned_hours) == ("Coopérative 2", 110)


def test_a_cohort_save_is_checked_whole_with_what_another_window_wrote(session):
    """She moves the start; meanwhile the end was moved before her new start: refused."""
    cohort_id = _cohort(session)
    shown = cohorts.get_cohort(session, cohort_id).as_input()
    cohorts.update_cohort(session, cohort_id, replace(shown, end_date=dt.date(2022, 10, 1)), shown)
    with pytest.raises(ValidationError) as refused:
        cohorts.update_cohort(
            session, cohort_id, replace(shown, start_date=dt.date(2022, 10, 3)), seen=shown
        )
    assert refused.value.field == "end_date"
    assert cohorts.get_cohort(session, cohort_id).start_date == START


def test_costing_settings_save_only_what_she_changed(session):
    shown = costing_settings.get_costing_settings(session)
    assert shown == CostingSettings(600, 1200, 2100, 30)
    costing_settings.save_costing_settings(session, replace(shown, vat_standard_bp=2000), shown)
    saved = costing_settings.save_costing_settings(
        session, replace(shown, target_food_cost_percent=28), seen=shown
    )
    assert saved == CostingSettings(600, 1200, 2000, 28)
    with pytest.raises(StaleError, match="Ces réglages ont changé"):
        costing_settings.save_costing_settings(
            session, replace(shown, vat_standard_bp=2200, vat_food_bp=550), seen=shown
        )
    assert costing_settings.get_costing_settings(session) == saved


@pytest.mark.parametrize(
    ("typed", "basis_points"),
    [("6", 600), ("5,5", 550), ("5.5", 550), ("21 %", 2100), ("0", 0), (" 12,25 ", 1225)],
)
def test_a_rate_is_read_as_typed(typed, basis_points):
    assert costing_settings.parse_rate(typed, "vat_food") == basis_points


@pytest.mark.parametrize("typed", ["", "six", "5,555", "-6", "6,5,5"])
def test_a_rate_that_is_not_one_is_refused_at_its_field(typed):
    with pytest.raises(ValidationError) as refused:
        costing_settings.parse_rate(typed, "vat_catering")
    assert refused.value.field == "vat_catering"


def test_a_rate_is_shown_as_it_is_typed_back():
    assert [costing_settings.rate_text(bp) for bp in (600, 550, 2100, 0, 1225)] == [
        "6",
        "5,5",
        "21",
        "0",
        "12,25",
    ]


@dataclass(frozen=True)
class _Record:
    a: int
    b: int
    c: int


_records = st.builds(_Record, st.integers(0, 2), st.integers(0, 2), st.integers(0, 2))


@given(seen=_records, typed=_records, current=_records)
def test_changed_fields_refuse_exactly_the_fields_changed_on_both_sides(seen, typed, current):
    """Writing the changed fields over `current` loses nothing another window wrote: either the
    result holds every field she changed and every other field as stored, or the save is refused
    because a field she changed was changed meanwhile."""
    mine = {name for name in "abc" if getattr(typed, name) != getattr(seen, name)}
    theirs = {name for name in "abc" if getattr(current, name) != getattr(seen, name)}
    try:
        changed = changed_fields(typed, seen, current, "stale")
    except StaleError:
        assert mine & theirs
        return
    assert changed == mine and not mine & theirs
    written = replace(current, **{name: getattr(typed, name) for name in changed})
    for name in "abc":
        assert getattr(written, name) == getattr(typed if name in mine else current, name)
