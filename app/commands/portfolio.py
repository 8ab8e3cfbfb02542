"""A member's employer portfolio on the command line, with her consent:

coopactives print portfolio --person "Hang Nguyen" -o portfolio.pdf
coopactives print portfolio --person Hang --cohort "Coopérative 2" -o portfolio.pdf

Refused with a clear message (exit 2, nothing written) when she has not given her consent to a
portfolio. Her competences come from the evaluations: when a PIN is set and she has evaluation
content, the coordinator's PIN is asked (typed, or `--pin-stdin`), as for every evaluation output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from app.commands.print_cmd import add_output_argument, write_output
from app.i18n import tr


def register_print(kinds) -> None:
    parser = kinds.add_parser(
        "portfolio",
        help=tr("le portfolio d'une participante pour les employeurs, avec son accord", "cli"),
    )
    parser.add_argument(
        "--person",
        required=True,
        metavar=tr("NOM", "cli"),
        help=tr("nom de la participante", "cli"),
    )
    parser.add_argument(
        "--cohort",
        metavar=tr("NOM", "cli"),
        help=tr("seulement cette cohorte (sinon toutes)", "cli"),
    )
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help=tr("lire le code PIN sur l'entrée standard (scripts)", "cli"),
    )
    add_output_argument(parser)
    parser.set_defaults(handler=run_print)


def _check_pin(args, database, person_id: int) -> int:
    """0 when her evaluations may be read (no PIN needed, or the right one typed), else the exit
    code (message printed)."""
    from app.commands.evaluations import read_pin
    from app.services.evaluations import pin
    from app.services.safety.personal_data import needs_pin

    with database.session() as session:
        if not needs_pin(session, person_id):
            return 0
    typed = read_pin(args)
    if typed is None:
        return 2
    with database.session() as session:  # its own unit of work: a wrong try is counted
        check = pin.verify_pin(session, typed)
    if not check.ok:
        print(check.message, file=sys.stderr)
        return 3
    return 0


def run_print(args: argparse.Namespace) -> int:
    from app.commands.database import open_for_command
    from app.printing.portfolio import portfolio_pdf
    from app.services.errors import ValidationError
    from app.services.people.cohorts import find_cohort
    from app.services.people.cooperative import get_cooperative
    from app.services.people.members import find_person
    from app.services.programme.portfolio import check_portfolio_consent, member_portfolio

    database = open_for_command(args)
    if database is None:
        return 2
    today = getattr(args, "today", None) or dt.date.today()
    try:
        with database.session() as session:
            person = find_person(session, args.person)
            cohort_id = find_cohort(session, args.cohort).id if args.cohort else None
            check_portfolio_consent(session, person.id)
        refused = _check_pin(args, database, person.id)
        if refused:
            return refused
        with database.session() as session:
            made = member_portfolio(session, person.id, today, cohort_id)
            data = portfolio_pdf(made, get_cooperative(session))
    except ValidationError as error:
        print(error.message, file=sys.stderr)
        return 2
    finally:
        database.close()
    return write_output(args.output, data)
