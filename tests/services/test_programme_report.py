"""The programme report: figures counted by hand on a small cohort, and reconciled on the demo with
the documents they must agree with (attestations, Schedule tab hours, cohort sales summary)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.services.errors import ValidationError
from app.services.people.cohorts import find_cohort, list_cohorts
from app.services.programme.report import cohorts_of_period, programme_report
from app.services.sales.summaries import cohort_summary
from app.services.schedule import attendance, hours
from tests.services.test_attendance_sheets import week  # noqa: F401 (fixture)

D = dt.date


def test_a_small_cohort_counted_by_hand(session, week):  # noqa: F811
    cohort_id, made, (amal, binta, chantal) = week
    attendance.set_attendance(session, made[0].id, amal, "present")
    attendance.set_attendance(session, made[0].id, binta, "absent")
    attendance.set_attendance(session, made[1].id, amal, "late")
    report = programme_report(session, [cohort_id])
    assert report.participants == 3
    assert report.completed == 2  # Binta left on 11/10, before the end (16/12)
    assert report.countries == (("Non précisé", 3),)
    kinds = {line.kind: (line.planned, line.done) for line in report.kinds}
    # Monday theory 3 h and Tuesday kitchen 4 h done (attendance noted); Thursday sale 2,5 h planned
    assert kinds == {
        "theory": (Decimal(3), Decimal(3)),
        "kitchen": (Decimal(4), Decimal(4)),
        "sale": (Decimal("2.5"), Decimal(0)),
    }
    assert (report.mornings_noted, report.mornings_attended) == (3, 2)
    assert report.attendance_rate == Decimal(67)
    assert report.hours_attended == Decimal(7)  # Amal: 3 + 4
    assert report.sales_events == 0 and report.revenue_excl_cents == 0
    assert not report.evaluations_included and report.evaluations == ()


def test_a_period_without_a_cohort_is_refused(session, week):  # noqa: F811
    with pytest.raises(ValidationError) as raised:
        cohorts_of_period(session, D(2021, 1, 1), D(2021, 12, 31))
    assert "Aucune cohorte" in raised.value.message
    with pytest.raises(ValidationError) as raised:
        cohorts_of_period(session, D(2022, 12, 1), D(2022, 1, 1))
    assert raised.value.field == "to"
    assert [c.name for c in cohorts_of_period(session, D(2022, 12, 16), D(2023, 1, 1))] == [
        "Coopérative 2"
    ]


def test_figures_reconcile_with_the_other_documents_on_the_demo(demo_db):
    with demo_db.session() as session:
        of_2022 = cohorts_of_period(session, D(2022, 1, 1), D(2022, 12, 31))
        assert [c.name for c in of_2022] == ["Coopérative 1", "Coopérative 2"]  # 3 is for 2023
        ids = [c.id for c in cohorts_of_period(session, D(2022, 1, 1), D(2023, 12, 31))]
        assert sorted(ids) == sorted(c.id for c in list_cohorts(session))
        report = programme_report(session, ids, evaluations_unlocked=True)
        sales = [cohort_summary(session, cohort_id) for cohort_id in ids]
        progress = [hours.progress(session, cohort_id) for cohort_id in ids]
        summaries = [
            s for cohort_id in ids for s in attendance.member_summaries(session, cohort_id)
        ]
        first = find_cohort(session, "Coopérative 1").id
        one = programme_report(session, [first])
        other = programme_report(session, [i for i in ids if i != first])
    # sales: to the cent, against the cohort summaries
    assert report.revenue_excl_cents == sum(s.revenue_excl_cents for s in sales)
    assert report.revenue_incl_cents == sum(s.revenue_incl_cents for s in sales)
    assert report.cogs_cents == sum(s.cogs_cents for s in sales)
    assert report.expenses_cents == sum(s.expenses_cents for s in sales)
    assert sum(line.revenue_excl_cents for line in report.formats) == report.revenue_excl_cents
    assert sum(line.events for line in report.formats) == report.sales_events > 0
    # hours: to the hour, against the Schedule tab and the attestations
    assert sum(line.planned for line in report.kinds) == sum(p.hours_planned for p in progress)
    assert sum(line.done for line in report.kinds) == sum(p.hours_done for p in progress)
    assert report.hours_attended == sum(s.hours_total for s in summaries)
    assert report.mornings_attended == sum(s.mornings_attended for s in summaries)
    # the period's report adds up its cohorts' (nobody was in both demo cohorts)
    assert one.revenue_excl_cents + other.revenue_excl_cents == report.revenue_excl_cents
    # Mariama, in cohort 1 then back in cohort 3, is one participant of the programme.
    assert one.participants + other.participants == report.participants + 1
    assert one.hours_attended + other.hours_attended == report.hours_attended
    # evaluations: every line counts members, never more than were evaluated
    assert report.evaluations and all(
        0 < sum(line.counts) <= report.participants for line in report.evaluations
    )


def test_outcomes_are_counted_without_names(session, week):  # noqa: F811
    from app.printing.programme_report import programme_report_pdf
    from app.services.outcomes import consent, records
    from tests.printing.test_programme_report_pdf import pdf_text

    cohort_id, _, (amal, binta, chantal) = week
    for person_id in (amal, chantal):
        consent.give_consent(session, person_id, D(2022, 12, 16))
    records.record_outcome(session, amal, cohort_id, "end", "internship", "WOW", D(2022, 12, 16))
    records.record_outcome(session, chantal, cohort_id, "end", "internship", "", D(2022, 12, 16))
    records.record_outcome(session, amal, cohort_id, "month_3", "job", "", D(2023, 3, 16))
    report = programme_report(session, [cohort_id])
    assert report.consents == 2
    assert report.outcomes == {("end", "internship"): 2, ("month_3", "job"): 1}
    text = pdf_text(programme_report_pdf(report))
    assert "Après le programme" in text
    assert "Un stage 2 0 0 0" in text and "Un emploi 0 1 0 0" in text
    assert "2 membres ont donné leur accord" in text
    assert "Amal" not in text and "WOW" not in text
