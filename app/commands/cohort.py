"""Cohorts on the command line: start a new cohort from a previous one (reuse a programme).

coopactives cohort copy --from "Coopérative 2" --name "Coopérative 3" --start 2023-01-09

Its mornings (moved by whole weeks), its targets and its evaluation framework are copied; no
people, attendance or sales. A name already used, or an unknown cohort: a clear message, exit 2,
nothing written.
"""

from __future__ import annotations

import argparse
import sys

from app.commands.programme import iso_date
from app.i18n import fill, tr, tr_n


def register(subparsers) -> None:
    parser = subparsers.add_parser("cohort", help=tr("les cohortes", "cli"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    copy = actions.add_parser(
        "copy",
        help=tr(
            "nouvelle cohorte à partir d'une autre (matinées, objectifs, grille d'évaluation ; "
            "sans les personnes)",
            "cli",
        ),
    )
    copy.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="NOM",
        help=tr("la cohorte à reprendre", "cli"),
    )
    copy.add_argument(
        "--name", required=True, metavar="NOM", help=tr("le nom de la nouvelle cohorte", "cli")
    )
    copy.add_argument(
        "--start",
        required=True,
        type=iso_date,
        metavar="AAAA-MM-JJ",
        help=tr("le premier jour de la nouvelle cohorte", "cli"),
    )
    copy.set_defaults(handler=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    from app.commands.database import open_for_command
    from app.services.errors import ValidationError
    from app.services.people.cohorts import find_cohort
    from app.services.programme.reuse import copy_cohort

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.session() as session:
            source = find_cohort(session, args.source)
            result = copy_cohort(session, source.id, args.name, args.start)
    except ValidationError as error:
        print(error.message, file=sys.stderr)
        return 2
    finally:
        database.close()
    print(
        fill(
            tr_n(
                "Cohorte « {name} » créée : %n matinée(s) reprise(s).",
                "cli",
                result.counts["schedule"],
            ),
            name=args.name,
        )
    )
    if result.mornings_left_out:
        print(
            tr_n(
                "%n matinée(s) laissée(s) de côté (jour férié, fermeture, hors des dates ou en "
                "double).",
                "cli",
                len(result.mornings_left_out),
            )
        )
    return 0
