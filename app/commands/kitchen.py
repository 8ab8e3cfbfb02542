"""The kitchen's documents on the command line: `print allergens (--menu NAME | --order ID |
--date YYYY-MM-DD [--cohort NAME])` and `print price-list --date YYYY-MM-DD [--cohort NAME]` and
`print temperatures --appliance NAME --month YYYY-MM` and
`print hygiene --cohort NAME --month YYYY-MM` and `print lot-trace --lot LOT` (a recall: the
purchases a lot comes from and the sale days it went to; exit 1 when no lot has that number)."""

from __future__ import annotations

import sys

from app.commands.print_cmd import output_document
from app.commands.sales import _cohort_id, _date
from app.i18n import tr


def register_print(kinds) -> None:
    from app.commands.print_cmd import add_output_argument

    parser = kinds.add_parser(
        "allergens",
        help=tr("les allergènes par plat d'un menu, d'une commande ou d'une vente", "cli"),
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--menu", metavar=tr("NOM", "cli"), help=tr("nom d'un menu", "cli"))
    source.add_argument("--order", type=int, metavar="ID", help=tr("numéro de la commande", "cli"))
    source.add_argument("--date", type=_date, metavar=tr("AAAA-MM-JJ", "cli"))
    parser.add_argument(
        "--cohort",
        metavar=tr("NOM", "cli"),
        help=tr("cohorte (si plusieurs ventes ce jour-là)", "cli"),
    )
    add_output_argument(parser)
    parser.set_defaults(handler=print_allergens)

    parser = kinds.add_parser(
        "price-list", help=tr("la liste des prix du stand, avec les allergènes", "cli")
    )
    parser.add_argument("--date", type=_date, required=True, metavar=tr("AAAA-MM-JJ", "cli"))
    parser.add_argument(
        "--cohort",
        metavar=tr("NOM", "cli"),
        help=tr("cohorte (si plusieurs ventes ce jour-là)", "cli"),
    )
    add_output_argument(parser)
    parser.set_defaults(handler=print_price_list)

    parser = kinds.add_parser(
        "temperatures", help=tr("le relevé mensuel des températures d'un frigo", "cli")
    )
    parser.add_argument(
        "--appliance",
        metavar=tr("NOM", "cli"),
        required=True,
        help=tr("nom du frigo ou du congélateur", "cli"),
    )
    parser.add_argument("--month", type=_month, required=True, metavar=tr("AAAA-MM", "cli"))
    add_output_argument(parser)
    parser.set_defaults(handler=print_temperatures)

    parser = kinds.add_parser(
        "hygiene", help=tr("le relevé mensuel du nettoyage et de l'hygiène d'une cohorte", "cli")
    )
    parser.add_argument("--cohort", metavar=tr("NOM", "cli"), required=True)
    parser.add_argument("--month", type=_month, required=True, metavar=tr("AAAA-MM", "cli"))
    add_output_argument(parser)
    parser.set_defaults(handler=print_hygiene)

    parser = kinds.add_parser(
        "lot-trace",
        help=tr("la traçabilité d'un lot : ses achats et ses jours de vente", "cli"),
    )
    parser.add_argument(
        "--lot", required=True, help=tr("numéro de lot (étiquette ou fournisseur)", "cli")
    )
    add_output_argument(parser)
    parser.set_defaults(handler=print_lot_trace)


def _month(text: str) -> tuple[int, int]:
    import argparse

    try:
        year, month = (int(part) for part in text.split("-"))
        if not 1 <= month <= 12:
            raise ValueError(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            tr("« {text} » n'est pas un mois AAAA-MM.", "cli").format(text=text)
        ) from error
    return year, month


def print_allergens(args) -> int:
    from sqlalchemy import select

    from app.commands.print_cmd import write_output
    from app.models.menus import Menu
    from app.printing.allergen_sheet import allergen_sheet_pdf
    from app.services.errors import NotFound
    from app.services.kitchen import allergen_sheet
    from app.services.people.cooperative import get_cooperative
    from app.services.sales.events import find_event_on

    def work(session) -> int:
        try:
            if args.menu is not None:
                menu_id = session.scalar(select(Menu.id).where(Menu.name == args.menu))
                if menu_id is None:
                    print(
                        tr("Pas de menu « {name} ».", "cli").format(name=args.menu), file=sys.stderr
                    )
                    return 2
                sheet = allergen_sheet.for_menu(session, menu_id)
            elif args.order is not None:
                sheet = allergen_sheet.for_order(session, args.order)
            else:
                event = find_event_on(session, args.date, _cohort_id(session, args.cohort))
                sheet = allergen_sheet.for_sale_day(session, event.id)
        except NotFound:
            print(tr("Pas de commande n° {id}.", "cli").format(id=args.order), file=sys.stderr)
            return 2
        return write_output(args.output, allergen_sheet_pdf(sheet, get_cooperative(session)))

    from app.commands.database import run_in_session

    return run_in_session(args, work)


def print_price_list(args) -> int:
    from app.printing.price_list import price_list_pdf
    from app.services.sales.events import find_event_on

    def make(session) -> bytes:
        event = find_event_on(session, args.date, _cohort_id(session, args.cohort))
        return price_list_pdf(session, event.id)

    return output_document(args, make)


def print_temperatures(args) -> int:
    from app.printing.temperature_month import temperature_month_pdf
    from app.services.kitchen import temperatures
    from app.services.people.cooperative import get_cooperative

    def make(session) -> bytes:
        appliance = temperatures.find_appliance(session, args.appliance)
        sheet = temperatures.month_sheet(session, appliance.id, *args.month)
        return temperature_month_pdf(sheet, get_cooperative(session))

    return output_document(args, make)


def print_hygiene(args) -> int:
    from app.printing.hygiene_month import hygiene_month_pdf
    from app.services.kitchen.hygiene import hygiene_month
    from app.services.people.cooperative import get_cooperative

    def make(session) -> bytes:
        record = hygiene_month(session, _cohort_id(session, args.cohort), *args.month)
        return hygiene_month_pdf(record, get_cooperative(session))

    return output_document(args, make)


def print_lot_trace(args) -> int:
    from app.commands.database import run_in_session
    from app.commands.print_cmd import write_output
    from app.printing.lot_trace import lot_trace_pdf
    from app.services.kitchen.trace import trace_lot
    from app.services.people.cooperative import get_cooperative

    def work(session) -> int:
        trace = trace_lot(session, args.lot)
        if not trace.found:
            print(tr("Aucun achat ni lot fabriqué avec ce numéro.", "lot_trace"), file=sys.stderr)
            return 1
        return write_output(args.output, lot_trace_pdf(trace, get_cooperative(session)))

    return run_in_session(args, work)
