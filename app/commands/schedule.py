"""Schedule on the command line: `print week`, `print attestation`, `print attendance-sheet`,
`export calendar` and `export attendance`.

coopactives print week --cohort "Coopérative 2" --week 2022-W41 -o semaine.pdf
coopactives print attendance-sheet --cohort "Coopérative 2" --week 2022-W41 -o presences.pdf
coopactives print attestation --person "Diane Uwimana" --cohort "Coopérative 2" -o attestation.pdf
coopactives export calendar --cohort "Coopérative 2" -o cooperative2.ics
coopactives export attendance --cohort "Coopérative 2" -o presences.csv
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.commands.print_cmd import add_output_argument, output_document
from app.i18n import tr


def _cohort_argument(parser) -> None:
    parser.add_argument(
        "--cohort", required=True, metavar=tr("NOM", "cli"), help=tr("nom de la cohorte", "cli")
    )


def _week_argument(parser) -> None:
    parser.add_argument(
        "--week",
        required=True,
        metavar=tr("AAAA-Wnn", "cli"),
        help=tr("semaine ISO, par exemple 2022-W41", "cli"),
    )


def register_print(kinds) -> None:
    week = kinds.add_parser(
        "week", help=tr("la semaine pour le mur de la cuisine (A4 paysage)", "cli")
    )
    _cohort_argument(week)
    _week_argument(week)
    add_output_argument(week)
    week.set_defaults(handler=run_print_week)
    sheets = kinds.add_parser(
        "attendance-sheet",
        help=tr("les feuilles de présence à signer d'une semaine (une page par matinée)", "cli"),
    )
    _cohort_argument(sheets)
    _week_argument(sheets)
    add_output_argument(sheets)
    sheets.set_defaults(handler=run_print_attendance_sheet)
    attestation = kinds.add_parser(
        "attestation", help=tr("l'attestation de participation d'un membre", "cli")
    )
    attestation.add_argument(
        "--person", required=True, metavar=tr("NOM", "cli"), help=tr("prénom ou nom complet", "cli")
    )
    _cohort_argument(attestation)
    add_output_argument(attestation)
    attestation.set_defaults(handler=run_print_attestation)


def register_export(whats) -> None:
    calendar = whats.add_parser(
        "calendar", help=tr("les matinées d'une cohorte en fichier .ics", "cli")
    )
    _cohort_argument(calendar)
    calendar.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=tr("FICHIER", "cli"),
        help=tr("fichier .ics à écrire", "cli"),
    )
    calendar.set_defaults(handler=run_export_calendar)
    sheet = whats.add_parser(
        "attendance",
        help=tr("les présences d'une cohorte en tableur (.csv : membres × matinées)", "cli"),
    )
    _cohort_argument(sheet)
    sheet.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=tr("FICHIER", "cli"),
        help=tr("fichier .csv à écrire", "cli"),
    )
    sheet.set_defaults(handler=run_export_attendance)


def run_print_week(args: argparse.Namespace) -> int:
    from app.printing.week import week_pdf
    from app.services.people.cohorts import find_cohort
    from app.services.schedule import mornings

    def make(session):
        monday = mornings.parse_iso_week(args.week)
        return week_pdf(session, find_cohort(session, args.cohort).id, monday)

    return output_document(args, make)


def run_print_attendance_sheet(args: argparse.Namespace) -> int:
    from app.printing.attendance_sheet import attendance_sheets_pdf
    from app.services.people.cohorts import find_cohort
    from app.services.schedule import mornings

    def make(session):
        monday = mornings.parse_iso_week(args.week)
        return attendance_sheets_pdf(session, find_cohort(session, args.cohort).id, monday)

    return output_document(args, make)


def run_print_attestation(args: argparse.Namespace) -> int:
    from app.printing.attestation import attestation_pdf
    from app.services.people.cohorts import find_cohort
    from app.services.people.members import find_person

    def make(session):
        cohort = find_cohort(session, args.cohort)
        person = find_person(session, args.person, cohort.id)
        return attestation_pdf(
            session, cohort.id, person.id, getattr(args, "today", None) or dt.date.today()
        )

    return output_document(args, make)


def run_export_calendar(args: argparse.Namespace) -> int:
    from app.services.people.cohorts import find_cohort
    from app.services.schedule.calendar import cohort_calendar

    return output_document(
        args, lambda session: cohort_calendar(session, find_cohort(session, args.cohort).id)
    )


def run_export_attendance(args: argparse.Namespace) -> int:
    from app.services.people.cohorts import find_cohort
    from app.services.schedule.attendance_export import attendance_csv

    return output_document(
        args, lambda session: attendance_csv(session, find_cohort(session, args.cohort).id)
    )
