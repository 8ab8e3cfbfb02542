"""Sales on the command line: `print day-summary | cohort-summary | profit-sharing` and
`export sales | expenses` (CSV for the accountant)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.i18n import tr


def _date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            tr("« {text} » n'est pas une date AAAA-MM-JJ.", "cli").format(text=text)
        ) from error


def register_print(kinds) -> None:
    from app.commands.print_cmd import add_output_argument

    parser = kinds.add_parser("day-summary", help=tr("résumé d'une journée de vente", "cli"))
    parser.add_argument("--date", type=_date, required=True, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--cohort", metavar="NAME", help=tr("cohorte (si plusieurs ventes ce jour-là)", "cli")
    )
    add_output_argument(parser)
    parser.set_defaults(handler=print_day_summary)
    for kind, helptext, handler in (
        ("cohort-summary", tr("résumé des ventes d'une cohorte", "cli"), print_cohort_summary),
        (
            "profit-sharing",
            tr("décision de partage du résultat d'une cohorte", "cli"),
            print_profit_sharing,
        ),
    ):
        parser = kinds.add_parser(kind, help=helptext)
        parser.add_argument("--cohort", metavar="NAME", required=True)
        add_output_argument(parser)
        parser.set_defaults(handler=handler)


def register_export(whats) -> None:
    for what, helptext, handler in (
        ("sales", tr("lignes de vente en CSV (une ligne par vente)", "cli"), export_sales),
        ("expenses", tr("dépenses en CSV", "cli"), export_expenses),
    ):
        parser = whats.add_parser(what, help=helptext)
        parser.add_argument(
            "--cohort", metavar="NAME", help=tr("une seule cohorte (sinon toutes)", "cli")
        )
        parser.add_argument(
            "-o",
            "--output",
            type=Path,
            required=True,
            metavar="FILE",
            help=tr("fichier CSV à écrire", "cli"),
        )
        parser.set_defaults(handler=handler)


def _run(args, work) -> int:
    """Open the database, run `work(session) -> int`, print a ValidationError clearly."""
    from app.commands.database import open_for_command
    from app.services.errors import ValidationError

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.session() as session:
            return work(session)
    except ValidationError as error:
        print(error.message, file=sys.stderr)
        return 2
    finally:
        database.close()


def _cohort_id(session, name: str | None) -> int | None:
    from app.services.people.cohorts import find_cohort

    return None if name is None else find_cohort(session, name).id


def print_day_summary(args) -> int:
    from app.commands.print_cmd import write_output
    from app.printing.day_summary import day_summary_pdf
    from app.services.sales.events import find_event_on

    def work(session) -> int:
        event = find_event_on(session, args.date, _cohort_id(session, args.cohort))
        return write_output(args.output, day_summary_pdf(session, event.id))

    return _run(args, work)


def print_cohort_summary(args) -> int:
    from app.commands.print_cmd import write_output
    from app.printing.cohort_summary import cohort_summary_pdf

    return _run(
        args,
        lambda session: write_output(
            args.output, cohort_summary_pdf(session, _cohort_id(session, args.cohort))
        ),
    )


def print_profit_sharing(args) -> int:
    from app.commands.print_cmd import write_output
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

    return _run(args, work)


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

    return _run(args, work)


def export_sales(args) -> int:
    from app.services.sales.export import export_sales as run

    return _export(args, run)


def export_expenses(args) -> int:
    from app.services.sales.export import export_expenses as run

    return _export(args, run)
