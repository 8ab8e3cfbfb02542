"""`coopactives print rotation --cohort NAME -o FILE`: the delegate calendar for the wall."""

from __future__ import annotations

import argparse

from app.commands.print_cmd import add_output_argument, output_document
from app.i18n import tr


def register_print(kinds) -> None:
    parser = kinds.add_parser(
        "rotation",
        help=tr("le calendrier des déléguées du jour d'une cohorte", "cli"),
    )
    parser.add_argument(
        "--cohort", required=True, metavar=tr("NOM", "cli"), help=tr("nom de la cohorte", "cli")
    )
    add_output_argument(parser)
    parser.set_defaults(handler=run_print)


def run_print(args: argparse.Namespace) -> int:
    from app.printing.rotation import rotation_pdf
    from app.services.people import cohorts

    def make(session) -> bytes:
        cohort = cohorts.find_cohort(session, args.cohort)
        return rotation_pdf(session, cohort.id, getattr(args, "today", None))

    return output_document(args, make)
