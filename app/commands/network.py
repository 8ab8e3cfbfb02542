"""`coopactives publish --to URL`: this laptop's cohorts to the organisation's PostgreSQL server;
`coopactives fetch --from URL --cohort NAME`: a cohort from the server to this laptop."""

from __future__ import annotations

import argparse
import sys

from app.commands.database import open_for_command
from app.i18n import tr


def register(subparsers) -> None:
    publish = subparsers.add_parser(
        "publish",
        help=tr("copier les cohortes de cet ordinateur sur le serveur de l'organisation", "cli"),
    )
    publish.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help=tr("postgresql://utilisateur@serveur/base", "cli"),
    )
    publish.set_defaults(handler=run_publish)
    fetch = subparsers.add_parser(
        "fetch", help=tr("récupérer une cohorte du serveur sur cet ordinateur", "cli")
    )
    fetch.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="URL",
        help=tr("postgresql://utilisateur@serveur/base", "cli"),
    )
    fetch.add_argument(
        "--cohort", required=True, metavar=tr("NOM", "cli"), help=tr("nom de la cohorte", "cli")
    )
    fetch.set_defaults(handler=run_fetch)


def _counts(copied) -> str:
    return tr("{inserted} ajoutées, {updated} modifiées, {deleted} supprimées", "cli").format(
        inserted=copied.inserted, updated=copied.updated, deleted=copied.deleted
    )


def run_publish(args: argparse.Namespace) -> int:
    from app.services.network.publish import NetworkError, publish

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        for copied in publish(database, args.to):
            print(
                tr("Cohorte « {name} » publiée : {counts}.", "cli").format(
                    name=copied.name, counts=_counts(copied)
                )
            )
    except NetworkError as error:
        print(error, file=sys.stderr)
        return 2
    finally:
        database.close()
    return 0


def run_fetch(args: argparse.Namespace) -> int:
    from app.services.network.publish import NetworkError, fetch

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        copied = fetch(database, args.source, args.cohort)
    except NetworkError as error:
        print(error, file=sys.stderr)
        return 2
    finally:
        database.close()
    print(
        tr("Cohorte « {name} » récupérée : {counts}.", "cli").format(
            name=copied.name, counts=_counts(copied)
        )
    )
    return 0
