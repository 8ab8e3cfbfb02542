"""`coopactives print quote --order ID -o FILE` and
`coopactives print shopping-list (--order ID | --recipe NAME --batches N ... |
--menu NAME --guests N) [--cohort NAME] -o FILE`.

A shopping list written to a file ending in .csv is CSV; otherwise PDF. Like the Menus tab, it
buys only beyond what the cohort has in stock: the cohort named by --cohort, else the one cohort
whose programme includes the date (the order's day, or --date, or today); when none or several
do, nothing is taken from stock and the command says so.
"""

from __future__ import annotations

import datetime as dt
import sys

from app.commands.print_cmd import add_output_argument, write_output
from app.i18n import tr


def register_print(kinds) -> None:
    quote = kinds.add_parser("quote", help=tr("le devis d'une commande", "cli"))
    quote.add_argument(
        "--order", type=int, required=True, metavar="ID", help=tr("numéro de la commande", "cli")
    )
    add_output_argument(quote)
    quote.set_defaults(handler=print_quote)

    shopping = kinds.add_parser("shopping-list", help=tr("la liste de courses (PDF ou CSV)", "cli"))
    source = shopping.add_mutually_exclusive_group(required=True)
    source.add_argument("--order", type=int, metavar="ID", help=tr("numéro de la commande", "cli"))
    source.add_argument(
        "--recipe",
        action="append",
        metavar=tr("NOM", "cli"),
        help=tr("nom d'une recette (répétable)", "cli"),
    )
    source.add_argument("--menu", metavar=tr("NOM", "cli"), help=tr("nom d'un menu", "cli"))
    shopping.add_argument(
        "--batches",
        action="append",
        metavar="N",
        help=tr("nombre de fournées, une par --recipe", "cli"),
    )
    shopping.add_argument(
        "--guests", type=int, metavar="N", help=tr("nombre de personnes (avec --menu)", "cli")
    )
    shopping.add_argument(
        "--date",
        metavar=tr("AAAA-MM-JJ", "cli"),
        help=tr("date des prix (par défaut : aujourd'hui)", "cli"),
    )
    shopping.add_argument(
        "--cohort",
        metavar=tr("NOM", "cli"),
        help=tr("la cohorte dont le stock est déduit (par défaut : celle du jour)", "cli"),
    )
    add_output_argument(shopping)
    shopping.set_defaults(handler=print_shopping_list)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def print_quote(args) -> int:
    from app.commands.print_cmd import output_document
    from app.printing.quote import quote_pdf
    from app.services.errors import NotFound, ValidationError
    from app.services.kitchen import allergen_sheet
    from app.services.menus import orders
    from app.services.people import cooperative

    def make(session) -> bytes:
        try:
            order = orders.get_order(session, args.order)
        except NotFound:
            raise ValidationError(
                "order", tr("Pas de commande n° {id}.", "cli").format(id=args.order)
            ) from None
        sheet = allergen_sheet.for_order(session, order.id)
        return quote_pdf(order, cooperative.get_cooperative(session), sheet)

    return output_document(args, make)


def _price_date(args) -> dt.date | None:
    text = getattr(args, "date", None)
    if text:
        return dt.date.fromisoformat(text)
    return getattr(args, "today", None) or dt.date.today()


def _stock_of(session, args, day: dt.date) -> dict:
    """What the cohort of the list has on hand per ingredient (see the module's docstring)."""
    from app.services.kitchen.stock import ingredients_on_hand
    from app.services.people import cohorts

    if args.cohort:
        return ingredients_on_hand(session, cohorts.find_cohort(session, args.cohort).id)
    running = cohorts.running_on(session, day)
    if len(running) != 1:
        print(tr("Stock non déduit : donnez la cohorte avec --cohort NOM.", "cli"), file=sys.stderr)
        return {}
    return ingredients_on_hand(session, running[0].id)


def print_shopping_list(args) -> int:
    from app.commands.database import open_for_command
    from app.printing.shopping_list import shopping_list_csv, shopping_list_pdf
    from app.services.errors import NotFound, ValidationError
    from app.services.menus import menus, shopping
    from app.services.menus.recipes import find_recipe
    from app.services.people import cooperative
    from app.services.units import parse_quantity

    try:
        on = _price_date(args)
    except ValueError:
        return _fail(tr("« {text} » n'est pas une date AAAA-MM-JJ.", "cli").format(text=args.date))
    if args.recipe:
        batches = args.batches or []
        if len(batches) != len(args.recipe):
            return _fail(tr("Donnez un --batches pour chaque --recipe.", "cli"))
    if args.menu and not args.guests:
        return _fail(tr("Avec --menu, donnez --guests (le nombre de personnes).", "cli"))
    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.session() as session:
            try:
                if args.order is not None:
                    from app.models.menus import CustomerOrder

                    order = session.get(CustomerOrder, args.order)
                    if order is None:
                        raise NotFound(args.order)
                    stock = _stock_of(session, args, order.event_date)
                    result = shopping.for_order(session, args.order, stock)
                elif args.menu:
                    menu_id = menus.find_menu(session, args.menu)
                    if menu_id is None:
                        return _fail(tr("Pas de menu « {name} ».", "cli").format(name=args.menu))
                    stock = _stock_of(session, args, on)
                    result = shopping.for_menu(session, menu_id, args.guests, on, stock)
                else:
                    wanted = []
                    for name, count in zip(args.recipe, args.batches, strict=True):
                        recipe_id = find_recipe(session, name)
                        if recipe_id is None:
                            return _fail(tr("Pas de recette « {name} ».", "cli").format(name=name))
                        wanted.append((recipe_id, parse_quantity(count, "batches")))
                    stock = _stock_of(session, args, on)
                    result = shopping.for_batches(session, wanted, on, "", stock)
            except NotFound:
                return _fail(tr("Pas de commande n° {id}.", "cli").format(id=args.order))
            except ValidationError as error:
                return _fail(error.message)
            if str(args.output).lower().endswith(".csv"):
                data = shopping_list_csv(result).encode("utf-8-sig")
            else:
                data = shopping_list_pdf(result, cooperative.get_cooperative(session))
    finally:
        database.close()
    return write_output(args.output, data)
