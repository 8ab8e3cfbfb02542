"""Sales on the command line: `print day-summary | cohort-summary | profit-sharing` and
`export sales | expenses` (CSV for the accountant)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.commands.print_cmd import output_document, write_output
from app.commands.programme import iso_date as _date
from app.i18n import tr


def register_print(kinds) -> None:
    from app.commands.print_cmd import add_output_argument

    parser = kinds.add_parser("day-summary", help=tr("résumé d'une journée de vente", "cli"))
    parser.add_argument("--date", type=_date, required=True, metavar=tr("AAAA-MM-JJ", "cli"))
    parser.add_argument(
        "--cohort",
        metavar=tr("NOM", "cli"),
        help=tr("cohorte (si plusieurs ventes ce jour-là)", "cli"),
    )
    add_output_argument(parser)
    parser.set_defaults(handler=print_day_summary)
    parser = kinds.add_parser(
        "cohort-summary",
        help=tr("résumé des ventes d'une cohorte, de plusieurs ou d'une période", "cli"),
    )
    parser.add_argument(
        "--cohort",
        metavar=tr("NOM", "cli"),
        action="append",
        help=tr("cohorte (répétez --cohort pour en réunir plusieurs)", "cli"),
    )
    parser.add_argument("--from", dest="start", type=_date, metavar=tr("AAAA-MM-JJ", "cli"))
    parser.add_argument("--to", dest="end", type=_date, metavar=tr("AAAA-MM-JJ", "cli"))
    add_output_argument(parser)
    parser.set_defaults(handler=print_cohort_summary)
    parser = kinds.add_parser(
        "profit-sharing", help=tr("décision de partage du résultat d'une cohorte", "cli")
    )
    parser.add_argument("--cohort", metavar=tr("NOM", "cli"), required=True)
    add_output_argument(parser)
    parser.set_defaults(handler=print_profit_sharing)


def register_export(whats) -> None:
    for what, helptext, handler in (
        ("sales", tr("lignes de vente en CSV (une ligne par vente)", "cli"), export_sales),
        ("expenses", tr("dépenses en CSV", "cli"), export_expenses),
    ):
        parser = whats.add_parser(what, help=helptext)
        parser.add_argument(
            "--cohort", metavar=tr("NOM", "cli"), help=tr("une seule cohorte (sinon toutes)", "cli")
        )
        parser.add_argument(
            "-o",
            "--output",
            type=Path,
            required=True,
            metavar=tr("FICHIER", "cli"),
            help=tr("fichier CSV à écrire", "cli"),
        )
        parser.set_defaults(handler=handler)


def _cohort_id(session, name: str | None) -> int | None:
    from app.services.people.cohorts import find_cohort

    return None if name is None else find_cohort(session, name).id


def print_day_summary(args) -> int:
    from app.printing.day_summary import day_summary_pdf
    from app.services.sales.events import find_event_on

    def work(session) -> int:
        event = find_event_on(session, args.date, _cohort_id(session, args.cohort))
        return write_output(args.output, day_summary_pdf(session, event.id))

    from app.commands.database import run_in_session

    return run_in_session(args, work)


def print_cohort_summary(args) -> int:
    """One cohort, several (`--cohort` repeated) or those of a period (`--from` and `--to`)."""
    from app.printing.cohort_summary import cohorts_summary_pdf
    from app.services.programme.report import cohorts_of_period

    chosen = bool(args.cohort) and not (args.start or args.end)
    period = not args.cohort and bool(args.start and args.end)
    if not (chosen or period):
        print(
            tr("Donnez --cohort NOM (une ou plusieurs), ou --from et --to.", "cli"), file=sys.stderr
        )
        return 2

    def make(session) -> bytes:
        if args.cohort:
            ids = list(dict.fromkeys(_cohort_id(session, name) for name in args.cohort))
        else:
            ids = [c.id for c in cohorts_of_period(session, args.start, args.end)]
        return cohorts_summary_pdf(session, ids)

    return output_document(args, make)


def print_profit_sharing(args) -> int:
    from app.printing.profit_sharing import profit_sharing_pdf

    def work(session) -> int:
        pdf = profit_sharing_pdf(session, _cohort_id(session, args.cohort))
        if pdf is None:
            print(
                tr("Cette cohorte n'a pas encore décidé du partage du résultat.", "cli"),
                file=sys.stderr,
            )
            return 2
        return write_output(args.output, pdf)

    from app.commands.database import run_in_session

    return run_in_session(args, work)


def _export(args, function) -> int:
    def work(session) -> int:
        try:
            count = function(session, args.output, _cohort_id(session, args.cohort))
        except OSError as error:
            print(
                tr("Impossible d'écrire « {path} » : {error}", "cli").format(
                    path=args.output, error=error.strerror
                ),
                file=sys.stderr,
            )
            return 2
        print(tr("{n} lignes écrites dans {path}", "cli").format(n=count, path=args.output))
        return 0

    from app.commands.database import run_in_session

    return run_in_session(args, work)


def export_sales(args) -> int:
    from app.services.sales.export import export_sales as run

    return _export(args, run)


def export_expenses(args) -> int:
    from app.services.sales.export import export_expenses as run

    return _export(args, run)
