"""The programme report on the command line, as a PDF or a spreadsheet, for one cohort or for the
cohorts of a period:

coopactives print programme-report --cohort "Coopérative 2" -o rapport.pdf
coopactives print programme-report --from 2022-01-01 --to 2022-12-31 -o rapport-2022.pdf
coopactives export programme-report --cohort "Coopérative 2" -o rapport.csv

Evaluations are included only with `--with-evaluations`, after the coordinator's PIN (typed, or
`--pin-stdin`), as for every evaluation output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.commands.print_cmd import add_output_argument, write_output
from app.i18n import tr


def iso_date(text: str) -> dt.date:
    """An argument's AAAA-MM-JJ date; a clear message otherwise (commands share it)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("date inconnue « {text} » : écrivez AAAA-MM-JJ", "cli").format(text=text)
        ) from None


def _scope_arguments(parser) -> None:
    parser.add_argument("--cohort", metavar=tr("NOM", "cli"), help=tr("nom de la cohorte", "cli"))
    parser.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        metavar=tr("AAAA-MM-JJ", "cli"),
        help=tr("début de la période", "cli"),
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=iso_date,
        metavar=tr("AAAA-MM-JJ", "cli"),
        help=tr("fin de la période", "cli"),
    )
    parser.add_argument(
        "--with-evaluations",
        action="store_true",
        help=tr("inclure les évaluations (sans noms ; demande le code PIN)", "cli"),
    )
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help=tr("lire le code PIN sur l'entrée standard (scripts)", "cli"),
    )


def register_print(kinds) -> None:
    report = kinds.add_parser(
        "programme-report",
        help=tr("le rapport du programme pour la direction et les bailleurs (PDF)", "cli"),
    )
    _scope_arguments(report)
    add_output_argument(report)
    report.set_defaults(handler=run_print_report)


def register_export(whats) -> None:
    report = whats.add_parser(
        "programme-report",
        help=tr("le rapport du programme en tableur (.csv)", "cli"),
    )
    _scope_arguments(report)
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=tr("FICHIER", "cli"),
        help=tr("fichier .csv à écrire", "cli"),
    )
    report.set_defaults(handler=run_export_report)


def _scope_error(args) -> str | None:
    if args.cohort and (args.start or args.end):
        return tr("Donnez soit --cohort, soit --from et --to, pas les deux.", "cli")
    if not args.cohort and not (args.start and args.end):
        return tr("Donnez --cohort NOM, ou une période avec --from et --to.", "cli")
    return None


def _make(args: argparse.Namespace, render) -> int:
    from app.commands.database import open_for_command
    from app.commands.evaluations import read_pin
    from app.services.errors import ValidationError
    from app.services.evaluations import pin
    from app.services.people.cohorts import find_cohort
    from app.services.programme.report import cohorts_of_period, programme_report

    problem = _scope_error(args)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    database = open_for_command(args)
    if database is None:
        return 2
    try:
        if args.with_evaluations:
            typed = read_pin(args)
            if typed is None:
                return 2
            with database.session() as session:
                check = pin.verify_pin(session, typed)
            if not check.ok:
                print(check.message, file=sys.stderr)
                return 3
        with database.session() as session:
            if args.cohort:
                ids = [find_cohort(session, args.cohort).id]
            else:
                ids = [c.id for c in cohorts_of_period(session, args.start, args.end)]
            data = render(session, programme_report(session, ids, args.with_evaluations))
    except ValidationError as error:
        print(error.message, file=sys.stderr)
        return 2
    finally:
        database.close()
    return write_output(args.output, data)


def run_print_report(args: argparse.Namespace) -> int:
    from app.printing.programme_report import programme_report_pdf
    from app.services.people.cooperative import get_cooperative

    return _make(
        args, lambda session, report: programme_report_pdf(report, get_cooperative(session))
    )


def run_export_report(args: argparse.Namespace) -> int:
    from app.printing.programme_report import report_title
    from app.services.programme.report_sheet import report_csv

    return _make(args, lambda _session, report: report_csv(report, report_title(report)))
