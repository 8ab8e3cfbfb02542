"""The attendance of a cohort as a spreadsheet: one line per member, one column per morning (her
status), then her hours attended and planned and her attendance rate.

A CSV file as `app/services/spreadsheet.py` writes them (";", decimal commas, UTF-8 with a
byte-order mark: what a Belgian Excel opens). The figures are those of
`attendance.member_summaries`, the same as the attestation's.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.schedule.attendance import attendance_grid, member_summaries
from app.services.spreadsheet import csv_bytes, spreadsheet_number
from app.vocab.schedule import attendance_status_label, morning_kind_label


def attendance_rows(session: Session, cohort_id: int) -> list[list[str]]:
    """The header line and one line per member (members × mornings, then hours and rate)."""
    grid = attendance_grid(session, cohort_id)
    summaries = {s.person_id: s for s in member_summaries(session, cohort_id)}
    header = [tr("Membre", "attendance_export")]
    header += [
        f"{m.date.isoformat()} {morning_kind_label(m.kind)} ({spreadsheet_number(m.hours)} h)"
        for m in grid.mornings
    ]
    header += [
        tr("Heures suivies", "attendance_export"),
        tr("Heures prévues", "attendance_export"),
        tr("Taux de présence (%)", "attendance_export"),
    ]
    rows = [header]
    for member in grid.members:
        summary = summaries[member.id]
        line = [member.name]
        line += [attendance_status_label(grid.status(m.id, member.id)) for m in grid.mornings]
        line += [
            spreadsheet_number(summary.hours_total),
            spreadsheet_number(summary.planned_total),
            "" if summary.rate is None else str(summary.rate),
        ]
        rows.append(line)
    return rows


def attendance_csv(session: Session, cohort_id: int) -> bytes:
    return csv_bytes(attendance_rows(session, cohort_id))
