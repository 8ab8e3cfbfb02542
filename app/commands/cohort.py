"""Cohorts on the command line: start a new cohort from a previous one (reuse a programme).

coopactives cohort copy --from "Coopérative 2" --name "Coopérative 3" --start 2023-01-09

Its mornings (moved by whole weeks), its targets and its evaluation framework are copied; no
people, attendance or sales. A name already used, or an unknown cohort: a clear message, exit 2,
nothing written.
"""

from __future__ import annotations

import argparse

from app.commands.programme import iso_date
from app.i18n import fill, tr, tr_n


def register(subparsers) -> None:
    parser = subparsers.add_parser("cohort", help=tr("les cohortes", "cli"))
    actions = parser.add_subparsers(dest="action", metavar=tr("ACTION", "cli"), required=True)
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
        metavar=tr("NOM", "cli"),
        help=tr("la cohorte à reprendre", "cli"),
    )
    copy.add_argument(
        "--name",
        required=True,
        metavar=tr("NOM", "cli"),
        help=tr("le nom de la nouvelle cohorte", "cli"),
    )
    copy.add_argument(
        "--start",
        required=True,
        type=iso_date,
        metavar=tr("AAAA-MM-JJ", "cli"),
        help=tr("le premier jour de la nouvelle cohorte", "cli"),
    )
    copy.set_defaults(handler=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    from app.commands.database import run_in_session
    from app.services.people.cohorts import find_cohort
    from app.services.programme.reuse import copy_cohort

    def work(session) -> int:
        source = find_cohort(session, args.source)
        copied.append(copy_cohort(session, source.id, args.name, args.start))
        return 0

    copied = []
    code = run_in_session(args, work)
    if code:
        return code
    result = copied[0]
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
