"""`coopactives print decisions --cohort NAME [--search WORDS] -o FILE`: the register of
decisions by consent."""

from __future__ import annotations

import argparse

from app.commands.print_cmd import add_output_argument, output_document
from app.i18n import tr


def register_print(kinds) -> None:
    parser = kinds.add_parser(
        "decisions", help=tr("le registre des décisions d'une cohorte", "cli")
    )
    parser.add_argument(
        "--cohort", required=True, metavar=tr("NOM", "cli"), help=tr("nom de la cohorte", "cli")
    )
    parser.add_argument(
        "--search",
        default="",
        metavar=tr("MOTS", "cli"),
        help=tr("seulement les décisions avec ces mots", "cli"),
    )
    add_output_argument(parser)
    parser.set_defaults(handler=run_print)


def run_print(args: argparse.Namespace) -> int:
    from app.printing.decisions import register_pdf
    from app.services.people import cohorts

    def make(session) -> bytes:
        cohort = cohorts.find_cohort(session, args.cohort)
        return register_pdf(session, cohort.id, args.search)

    return output_document(args, make)
