"""`coopactives print tasting-form --recipe NAME [--version N] -o FILE`: the paper questionnaire
of a recipe version's tasting (the newest version when --version is not given)."""

from __future__ import annotations

import argparse
import sys

from app.commands.print_cmd import add_output_argument, write_output
from app.i18n import fill, tr


def register_print(kinds) -> None:
    parser = kinds.add_parser(
        "tasting-form", help=tr("le questionnaire papier d'une dégustation", "cli")
    )
    parser.add_argument(
        "--recipe", required=True, metavar=tr("NOM", "cli"), help=tr("nom de la recette", "cli")
    )
    parser.add_argument(
        "--version",
        type=int,
        metavar="N",
        help=tr("numéro de la version (la dernière sinon)", "cli"),
    )
    add_output_argument(parser)
    parser.set_defaults(handler=run_print)


def run_print(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.commands.database import open_for_command
    from app.models.menus import Recipe
    from app.printing.tasting_form import tasting_form_pdf
    from app.services.menus.recipes import find_recipe

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.session() as session:
            newest = find_recipe(session, args.recipe)
            recipe_id = newest
            if newest is not None and args.version is not None:
                family = session.get(Recipe, newest).family_id or newest
                recipe_id = session.scalar(
                    select(Recipe.id).where(
                        Recipe.family_id == family, Recipe.version == args.version
                    )
                )
            if recipe_id is None:
                print(
                    fill(
                        tr("Pas de recette « {name} » dans cette version.", "cli"),
                        name=args.recipe,
                    ),
                    file=sys.stderr,
                )
                return 2
            data = tasting_form_pdf(session, recipe_id)
    finally:
        database.close()
    return write_output(args.output, data)
