"""`coopactives print decisions --cohort NAME [--search WORDS] -o FILE`: the register of
decisions by consent."""

from __future__ import annotations

import argparse
import sys

from app.commands.print_cmd import add_output_argument, write_output
from app.i18n import tr


def register_print(kinds) -> None:
    parser = kinds.add_parser(
        "decisions", help=tr("le registre des décisions d'une cohorte", "cli")
    )
    parser.add_argument(
        "--cohort", required=True, metavar="NAME", help=tr("nom de la cohorte", "cli")
    )
    parser.add_argument(
        "--search",
        default="",
        metavar="WORDS",
        help=tr("seulement les décisions avec ces mots", "cli"),
    )
    add_output_argument(parser)
    parser.set_defaults(handler=run_print)


def run_print(args: argparse.Namespace) -> int:
    from app.commands.database import open_for_command
    from app.printing.decisions import register_pdf
    from app.services.errors import ValidationError
    from app.services.people import cohorts

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.session() as session:
            cohort = cohorts.find_cohort(session, args.cohort)
            data = register_pdf(session, cohort.id, args.search)
    except ValidationError as error:
        print(error.message, file=sys.stderr)
        return 2
    finally:
        database.close()
    return write_output(args.output, data)
