"""`coopactives print circle --cohort NAME --circle NAME -o FILE`: a thematic circle's sheet
(mandate, members, lead, starter checklist, open tasks, last meetings' minutes)."""

from __future__ import annotations

import argparse
import sys

from app.commands.print_cmd import add_output_argument, write_output
from app.i18n import tr


def register_print(kinds) -> None:
    parser = kinds.add_parser("circle", help=tr("la fiche d'un cercle thématique", "cli"))
    parser.add_argument(
        "--cohort", required=True, metavar=tr("NOM", "cli"), help=tr("nom de la cohorte", "cli")
    )
    parser.add_argument(
        "--circle", required=True, metavar=tr("NOM", "cli"), help=tr("nom du cercle", "cli")
    )
    add_output_argument(parser)
    parser.set_defaults(handler=run_print)


def run_print(args: argparse.Namespace) -> int:
    from app.commands.database import open_for_command
    from app.printing.circle_sheet import circle_sheet_pdf
    from app.services.circles.sheet import find_circle
    from app.services.errors import ValidationError
    from app.services.people import cohorts

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.session() as session:
            cohort = cohorts.find_cohort(session, args.cohort)
            data = circle_sheet_pdf(session, find_circle(session, cohort.id, args.circle))
    except ValidationError as error:
        print(error.message, file=sys.stderr)
        return 2
    finally:
        database.close()
    return write_output(args.output, data)
