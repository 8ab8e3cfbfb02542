"""`coopactives demo PATH`: write the demo cooperative to a new database file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.i18n import tr


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=tr("écrire une base de démonstration dans un nouveau fichier", "cli"),
        description=tr(
            "Écrit une base de données de démonstration : la coopérative, les deux cohortes de "
            "2022, leurs membres (noms inventés), animatrices et marraines.",
            "cli",
        ),
    )
    parser.add_argument("path", type=Path, help=tr("fichier à créer (ne doit pas exister)", "cli"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.db import DatabaseError
    from app.demo import write_demo

    try:
        write_demo(args.path)
    except FileExistsError:
        print(
            tr("« {path} » existe déjà : choisissez un nouveau fichier.", "cli").format(
                path=args.path
            ),
            file=sys.stderr,
        )
        return 2
    except (DatabaseError, OSError) as error:
        print(error, file=sys.stderr)
        return 2
    print(tr("Base de démonstration écrite : {path}", "cli").format(path=args.path))
    return 0
