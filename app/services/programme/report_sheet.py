"""The programme report as a spreadsheet: the PDF's sections one under the other (title, column
headers, lines, a blank line), with plain numbers (hours as "2,5", euros as "12,30").
"""

from __future__ import annotations

from app.services.programme.report import ProgrammeReport
from app.services.programme.report_tables import Numbers, report_sections
from app.services.spreadsheet import csv_bytes, spreadsheet_amount, spreadsheet_number

SHEET_NUMBERS = Numbers(hours=spreadsheet_number, money=spreadsheet_amount)


def report_rows(report: ProgrammeReport, title: str) -> list[list[str]]:
    rows: list[list[str]] = [[title]]
    for section in report_sections(report, SHEET_NUMBERS):
        rows.append([])
        rows.append([section.title])
        if section.header:
            rows.append(section.header)
        rows += section.rows
        if section.note:
            rows.append([section.note])
    return rows


def report_csv(report: ProgrammeReport, title: str) -> bytes:
    return csv_bytes(report_rows(report, title))
