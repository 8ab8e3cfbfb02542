"""The command line: the GUI by default, and sub-commands that work without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import sys
import tempfile
from pathlib import Path

import app
from app.commands import COMMANDS
from app.config import DB_ENV_VAR
from app.i18n import DOCUMENT_LOCALES, tr


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            tr("« {text} » n'est pas une date AAAA-MM-JJ.", "cli").format(text=text)
        ) from error


def _db_help() -> str:
    return tr(
        "fichier de base de données (sinon ${var}, sinon le dossier de l'utilisateur)", "cli"
    ).replace("{var}", DB_ENV_VAR)


def sub_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parsers of `parser`'s sub-commands (print, print week, export sales …)."""
    return [
        sub
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for sub in dict.fromkeys(action.choices.values())
    ]


def accept_db_everywhere(parser: argparse.ArgumentParser) -> None:
    """`--db PATH` before or after the sub-command, at every level: each sub-parser takes it too,
    without a default (SUPPRESS), so that one given before the sub-command is kept."""
    for sub in sub_parsers(parser):
        if "--db" not in sub._option_string_actions:
            sub.add_argument(
                "--db", metavar=tr("CHEMIN", "cli"), default=argparse.SUPPRESS, help=_db_help()
            )
        accept_db_everywhere(sub)


def build_parser(with_commands: bool = True, only: tuple[str, ...] = ()) -> argparse.ArgumentParser:
    """The command line's parser; `only` (a command and its kind, e.g. ("print", "labels"))
    registers that command alone and, for `print` and `export`, that kind alone (see
    `_named_command`): what the other commands' modules cost to import and register is not paid
    by a command that does not use them."""
    from app.commands import parser_messages

    parser_messages.install()
    parser = argparse.ArgumentParser(
        prog="coopactives",
        description=tr(
            "Coopér'Actives Cuisine : l'application des coopératives éphémères de cuisine. "
            "Sans commande, ouvre la fenêtre de l'application.",
            "cli",
        ),
    )
    parser.add_argument("--version", action="version", version=f"coopactives {app.__version__}")
    parser.add_argument("--db", metavar=tr("CHEMIN", "cli"), help=_db_help())
    parser.add_argument(
        "--demo",
        action="store_true",
        help=tr("ouvrir une coopérative de démonstration (dans un dossier temporaire)", "cli"),
    )
    parser.add_argument(
        "--screenshot",
        metavar=tr("DOSSIER", "cli"),
        type=Path,
        help=tr(
            "enregistrer chaque onglet, page et fenêtre de dialogue en PNG dans DIR, puis quitter",
            "cli",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=sorted(DOCUMENT_LOCALES),
        help=tr(
            "la langue de l'interface, des messages et des documents imprimés pour cette fois "
            "(sans changer le réglage)",
            "cli",
        ),
    )
    parser.add_argument(
        "--large",
        action="store_true",
        default=None,
        help=tr("le grand affichage pour cette fois (sans changer le réglage)", "cli"),
    )
    parser.add_argument(
        "--today",
        metavar=tr("AAAA-MM-JJ", "cli"),
        type=_date,
        help=tr("faire comme si nous étions ce jour-là (démonstration, essais)", "cli"),
    )
    # For bench/startup.py: print the wall-clock time once the window is shown with its data, quit.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    if with_commands:
        subparsers = parser.add_subparsers(dest="command", metavar=tr("COMMANDE", "cli"))
        if only:
            _register_only(subparsers, *only)
        else:
            for module in dict.fromkeys(COMMANDS.values()):
                importlib.import_module(module).register(subparsers)
        accept_db_everywhere(parser)
    else:
        parser.set_defaults(command=None)
    return parser


def _names_a_command(argv: list[str]) -> bool:
    return any(word in COMMANDS or word in ("-h", "--help") for word in argv)


def _register_only(subparsers, command: str, kind: str) -> None:
    module = importlib.import_module(COMMANDS[command])
    register_kind = getattr(module, "register_kind", None)
    if register_kind is None:
        module.register(subparsers)
    else:
        register_kind(subparsers, kind)


def _named_command(argv: list[str]) -> tuple[str, ...]:
    """(command, kind) when the line names one command and no help is asked for, and that
    command's parser can be made alone: `print KIND` or `export KIND` when the module named after
    the kind provides it (app.commands.labels for `print labels`), any other command as is; ()
    otherwise (the whole parser is built)."""
    if any(word in ("-h", "--help") for word in argv):
        return ()
    named = [index for index, word in enumerate(argv) if word in COMMANDS]
    if not named:
        return ()
    command = argv[named[0]]
    if command not in ("print", "export"):
        return (command, "")
    kind = argv[named[0] + 1] if named[0] + 1 < len(argv) else ""
    from app.commands.kinds import kind_module

    return (command, kind) if kind_module(command, kind) is not None else ()


def _demo_database() -> Path:
    from app.demo import write_demo

    folder = Path(tempfile.mkdtemp(prefix="coopactives-demo-"))
    return write_demo(folder / "demo.sqlite3")


def run_command(args: argparse.Namespace) -> int:
    """Run a sub-command; a failure nobody foresaw is told in one line (where it happened goes to
    the log, without personal data), never as a traceback."""
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 (the last net: every known case has its message)
        from app.logs import log_crash, setup_logging

        setup_logging()
        log_crash(type(error), error.__traceback__, "command failed:")
        print(
            tr("Erreur inattendue ({kind}). Les détails sont dans le journal.", "cli").format(
                kind=type(error).__name__
            ),
            file=sys.stderr,
        )
        return 3


def main(argv: list[str] | None = None) -> int:
    if argv is None and {"print", "export"} & set(sys.argv[1:]):
        # a document made and the program ends: what its libraries import for other uses is
        # loaded at its first use (never, for `print labels`); not for the window, nor in tests
        from app.deferred_modules import defer

        defer()
    argv = sys.argv[1:] if argv is None else argv
    # Starting the window needs no sub-command modules: skip importing them.
    with_commands = _names_a_command(argv)
    if with_commands:
        from app.commands.language import language_in, use_language

        if language_in(argv):
            # The commands, their help and the documents they write speak `--lang` (the window
            # installs its own translators).
            use_language(language_in(argv))
    parser = build_parser(
        with_commands=with_commands, only=_named_command(argv) if with_commands else ()
    )
    args = parser.parse_args(argv)
    if args.command:
        if args.demo:
            args.db = str(_demo_database())
        return run_command(args)
    from app.config import resolve_db_target

    if args.screenshot is not None or args.startup_probe:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db_path = _demo_database() if args.demo else resolve_db_target(args.db)
    from app import startup

    startup.pause_gc()  # until the window is shown (see app/startup.py)
    try:
        startup.import_before_qt()  # PySide6 slows every import made after it
        try:
            from app.ui.app import run_gui
        except ImportError as error:
            print(
                tr("Impossible de charger Qt : {error}", "cli").format(error=error), file=sys.stderr
            )
            return 2
        return run_gui(
            db_path,
            args.screenshot,
            args.today,
            args.startup_probe,
            display=(args.lang, args.large),
        )
    finally:
        startup.resume_gc()
