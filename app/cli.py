"""The command line: the GUI by default, and sub-commands that work without a window."""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
import tempfile
from pathlib import Path

import app
from app.commands import COMMAND_MODULES
from app.config import DB_ENV_VAR
from app.i18n import tr


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            tr("« {text} » n'est pas une date AAAA-MM-JJ.", "cli").format(text=text)
        ) from error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coopactives",
        description=tr(
            "Coopér'Actives Cuisine : l'application des coopératives éphémères de cuisine. "
            "Sans commande, ouvre la fenêtre de l'application.",
            "cli",
        ),
    )
    parser.add_argument("--version", action="version", version=f"coopactives {app.__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=tr("fichier de base de données (sinon ${var}, sinon le dossier de l'utilisateur)", "cli")
        .replace("{var}", DB_ENV_VAR),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=tr("ouvrir une coopérative de démonstration (dans un dossier temporaire)", "cli"),
    )
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        type=Path,
        help=tr("enregistrer chaque onglet en PNG dans DIR, puis quitter", "cli"),
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_date,
        help=tr("faire comme si nous étions ce jour-là (démonstration, essais)", "cli"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _demo_database() -> Path:
    from app.demo import write_demo

    folder = Path(tempfile.mkdtemp(prefix="coopactives-demo-"))
    return write_demo(folder / "demo.sqlite3")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command:
        if args.demo:
            args.db = str(_demo_database())
        return args.handler(args)
    from app.config import resolve_db_path

    db_path = _demo_database() if args.demo else resolve_db_path(args.db)
    try:
        from app.ui.app import run_gui
    except ImportError as error:
        print(tr("Impossible de charger Qt : {error}", "cli").format(error=error), file=sys.stderr)
        return 2
    return run_gui(db_path, args.screenshot, args.today)
