"""`coopactives print evaluation --person NAME --cohort NAME -o FILE`: a member's individual
evaluation report. Evaluations are private: the coordinator's PIN is asked (hidden typing with
getpass), or read from standard input with `--pin-stdin` for scripts and tests.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from app.commands.database import open_for_command
from app.commands.print_cmd import add_output_argument, write_output
from app.i18n import tr


def register_print(kinds) -> None:
    parser = kinds.add_parser(
        "evaluation",
        help=tr("bilan d'évaluation d'un membre (code PIN demandé)", "cli"),
        description=tr(
            "Imprime le bilan de compétences d'un membre d'une cohorte. Le code PIN de la "
            "coordinatrice est demandé.",
            "cli",
        ),
    )
    parser.add_argument(
        "--person", required=True, metavar=tr("NOM", "cli"), help=tr("prénom ou nom complet", "cli")
    )
    parser.add_argument(
        "--cohort", required=True, metavar=tr("NOM", "cli"), help=tr("nom de la cohorte", "cli")
    )
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help=tr("lire le code PIN sur l'entrée standard (scripts)", "cli"),
    )
    add_output_argument(parser)
    parser.set_defaults(handler=run_print)


def read_pin(args) -> str | None:
    """The typed PIN; None (message printed) when there is no terminal to type it in."""
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        print(
            tr(
                "Pas de terminal pour taper le code PIN : lancez la commande dans un terminal, "
                "ou donnez le code sur l'entrée standard avec --pin-stdin.",
                "cli",
            ),
            file=sys.stderr,
        )
        return None
    try:
        return getpass.getpass(tr("Code PIN de la coordinatrice : ", "cli"))
    except EOFError:
        return None


def run_print(args: argparse.Namespace) -> int:
    from app.printing.evaluation_report import evaluation_report_pdf
    from app.services.errors import ValidationError
    from app.services.evaluations import pin
    from app.services.evaluations.report import member_report
    from app.services.people import cohorts, members
    from app.services.people.cooperative import get_cooperative

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        typed = read_pin(args)
        if typed is None:
            return 2
        with database.session() as session:
            check = pin.verify_pin(session, typed)
        if not check.ok:
            print(check.message, file=sys.stderr)
            return 3
        try:
            with database.session() as session:
                cohort = cohorts.find_cohort(session, args.cohort)
                person = members.find_person(session, args.person, cohort.id)
                report = member_report(session, person.id, cohort.id)
                pdf = evaluation_report_pdf(report, get_cooperative(session))
        except ValidationError as error:
            print(error.message, file=sys.stderr)
            return 2
    finally:
        database.close()
    return write_output(args.output, pdf)
