"""`coopactives export person --person NAME -o FILE`: everything the app holds about one person
(right of access), as JSON (`.json`) or as a readable PDF (any other suffix). Her evaluations are
included only after the coordinator's PIN (typed in a terminal, or `--pin-stdin`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.database import open_for_command
from app.commands.print_cmd import write_output
from app.i18n import tr


def register_export(whats) -> None:
    parser = whats.add_parser(
        "person", help=tr("toutes les données d'une personne (JSON ou PDF)", "cli")
    )
    parser.add_argument(
        "--person", required=True, metavar=tr("NOM", "cli"), help=tr("prénom ou nom complet", "cli")
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=tr("FICHIER", "cli"),
        help=tr("fichier à écrire : .json, sinon PDF", "cli"),
    )
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help=tr("lire le code PIN sur l'entrée standard (scripts)", "cli"),
    )
    parser.set_defaults(handler=run_export_person)


def run_export_person(args: argparse.Namespace) -> int:
    from app.commands.evaluations import read_pin
    from app.services.errors import ValidationError
    from app.services.evaluations import pin
    from app.services.people import members
    from app.services.people.cooperative import get_cooperative
    from app.services.safety import personal_data

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.session() as session:
            try:
                person = members.find_person(session, args.person)
            except ValidationError as error:
                print(error.message, file=sys.stderr)
                return 2
            needs_pin = personal_data.needs_pin(session, person.id)
        if needs_pin:
            typed = read_pin(args)
            if typed is None:
                return 2
            with database.session() as session:
                check = pin.verify_pin(session, typed)  # a wrong try stays counted
            if not check.ok:
                print(check.message, file=sys.stderr)
                return 3
        with database.session() as session:
            data = personal_data.collect_person_data(session, person.id, evaluations_unlocked=True)
            if args.output.suffix.lower() == ".json":
                content = personal_data.export_json(data).encode("utf-8")
            else:
                from app.printing.personal_data import personal_data_pdf

                content = personal_data_pdf(data, get_cooperative(session))
    finally:
        database.close()
    return write_output(args.output, content)
