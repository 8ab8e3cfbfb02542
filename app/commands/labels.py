"""`coopactives print labels --product NAME[=COUNT] ... --template L7160 --date YYYY-MM-DD
[--skip N] -o FILE`: label sheets without opening the window; `--calibration` prints the
calibration page of the template instead.

It only reads, through SQLAlchemy Core (`Database.connection`): it imports neither the ORM nor a
model module (tests/printing/test_labels_command_path.py).
"""

from __future__ import annotations

import argparse
import sys

from app.i18n import tr


def _product(text: str) -> tuple[str, int]:
    name, sep, count = text.rpartition("=")
    if not sep:
        return text.strip(), 1
    try:
        return name.strip(), int(count)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            tr(
                "« {text} » : après le = vient un nombre d'étiquettes (ex. Houmous=42).", "cli"
            ).format(text=text)
        ) from error


def register_print(kinds) -> None:
    from app.cli import _date
    from app.commands.print_cmd import add_output_argument

    parser = kinds.add_parser(
        "labels",
        help=tr("étiquettes de produits sur des feuilles d'étiquettes", "cli"),
        description=tr(
            "Imprime les étiquettes des produits (ingrédients, allergènes, date, lot) sur un "
            'modèle de feuille. Exemple : coopactives print labels --product "Energy balls=42" '
            "--template L7160 --date 2022-10-05 -o etiquettes.pdf",
            "cli",
        ),
    )
    parser.add_argument(
        "--product",
        action="append",
        type=_product,
        default=[],
        metavar=tr("NOM[=NOMBRE]", "cli"),
        help=tr("un produit et son nombre d'étiquettes (1 si absent) ; répétable", "cli"),
    )
    parser.add_argument(
        "--template",
        default=None,
        metavar=tr("MODÈLE", "cli"),
        help=tr("modèle de feuille : L7160, L7163, L7165, L7651, ROLL62…", "cli"),
    )
    parser.add_argument(
        "--date",
        type=_date,
        default=None,
        metavar=tr("AAAA-MM-JJ", "cli"),
        help=tr("date de production (par défaut : aujourd'hui)", "cli"),
    )
    parser.add_argument(
        "--skip",
        type=int,
        default=0,
        metavar="N",
        help=tr("étiquettes déjà utilisées au début de la feuille", "cli"),
    )
    parser.add_argument(
        "--lot", default="", help=tr("numéro de lot (par défaut : L + date)", "cli")
    )
    parser.add_argument(
        "--barcode",
        choices=("none", "ean13", "code128", "qr"),
        default="none",
        help=tr("code-barres du code produit", "cli"),
    )
    parser.add_argument("--price", action="store_true", help=tr("imprimer le prix", "cli"))
    parser.add_argument(
        "--story", action="store_true", help=tr("imprimer la petite histoire", "cli")
    )
    parser.add_argument("--no-logo", action="store_true", help=tr("sans le logo", "cli"))
    parser.add_argument(
        "--calibration",
        action="store_true",
        help=tr("imprimer la page de réglage du modèle", "cli"),
    )
    add_output_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import gc

    # A short batch that builds few objects and exits: the cycle collector would only slow the
    # imports below (about a tenth of the command's time). Restored for callers in-process.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(args)
    finally:
        if was_enabled:
            gc.enable()


def _run(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.commands.database import open_for_command
    from app.commands.print_cmd import write_output
    from app.services.errors import ValidationError
    from app.services.labels import content, templates

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.connection() as connection:
            template_id = args.template or content.last_job(connection)[0]
            if args.calibration:
                from app.printing.labels import calibration_pdf

                template = templates.get_template(connection, template_id)
                offset = templates.printer_offset(connection, template.id)
                return write_output(args.output, calibration_pdf(template, offset))
            if not args.product:
                raise ValidationError(
                    "product", tr('Indiquez au moins un produit : --product "Nom=42".', "cli")
                )
            lines = tuple(
                content.JobLine(content.find_product(connection, name).recipe_id, count)
                for name, count in args.product
            )
            production_date = args.date or getattr(args, "today", None) or dt.date.today()
            job = content.prepare_job(
                connection,
                content.LabelJobInput(
                    lines=lines,
                    production_date=production_date,
                    template_id=template_id,
                    skip=args.skip,
                    lot=args.lot,
                    options=content.LabelOptions(
                        price=args.price,
                        story=args.story,
                        logo=not args.no_logo,
                        barcode=args.barcode,
                    ),
                ),
            )
            from app.printing.labels import labels_pdf

            pdf = labels_pdf(job)
        return write_output(args.output, pdf)
    except ValidationError as error:
        print(error.message, file=sys.stderr)
        return 2
    finally:
        database.close()
