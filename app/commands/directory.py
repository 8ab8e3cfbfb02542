"""`coopactives directory list [--search WORDS] [--kind KIND]`: the directory's organisations
(with their people and how many orders) and its outside people, as text."""

from __future__ import annotations

import argparse

from app.commands.database import open_for_command
from app.i18n import tr
from app.vocab import values
from app.vocab.directory import OrganisationKind


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "directory", help=tr("le répertoire : organisations et personnes extérieures", "cli")
    )
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help=tr("montrer le répertoire", "cli"))
    listing.add_argument(
        "--search", default="", metavar=tr("MOTS", "cli"), help=tr("mots cherchés", "cli")
    )
    listing.add_argument(
        "--kind",
        choices=values(OrganisationKind),
        help=tr("seulement ce type d'organisation", "cli"),
    )
    listing.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    from app.services.directory import contacts, organisations

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.session() as session:
            found = organisations.list_organisations(session, args.search, args.kind)
            people = contacts.list_contacts(session, args.search)
    finally:
        database.close()
    for organisation in found:
        print(f"{organisation.name} — {organisation.kind_label}")
        for detail in (organisation.address, organisation.phone, organisation.email):
            if detail:
                print(f"    {detail}")
        if organisation.order_count:
            print("    " + tr("commandes : {n}", "cli").format(n=organisation.order_count))
    if people and args.kind is None:
        print()
        print(tr("Personnes extérieures :", "cli"))
        for person in people:
            where = f", {person.organisation_name}" if person.organisation_name else ""
            print(f"  {person.full_name} — {person.role_label}{where}")
    if not found and not people:
        print(tr("Rien dans le répertoire.", "cli"))
    return 0
