"""`coopactives print KIND ... -o FILE`: documents made without opening the window.

Every module of `app.commands` that defines `register_print(kinds)` is found (`app.discovery`): it
adds its kinds to the sub-parsers and sets `handler`. `add_output_argument` gives every kind the
same `-o FILE`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.commands.kinds import kind_module
from app.discovery import modules_providing
from app.i18n import tr


def add_output_argument(parser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=tr("FICHIER", "cli"),
        help=tr("fichier PDF à écrire", "cli"),
    )


def write_output(path: Path, data: bytes) -> int:
    """Write the document; a clear message and exit code 2 when the folder is not writable."""
    try:
        path.write_bytes(data)
    except OSError as error:
        print(
            tr("Impossible d'écrire « {path} » : {error}", "cli").format(
                path=path, error=error.strerror
            ),
            file=sys.stderr,
        )
        return 2
    print(path)
    return 0


def output_document(args, make) -> int:
    """The usual print or export command: `make(session)` returns the file's bytes (a PDF, a
    spreadsheet, a calendar), written to `-o FILE`."""
    from app.commands.database import run_in_session

    return run_in_session(args, lambda session: write_output(args.output, make(session)))


def register(subparsers, modules=None) -> None:
    """`print` and its kinds: those of `modules`, by default of every module providing some."""
    parser = subparsers.add_parser("print", help=tr("imprimer un document en PDF", "cli"))
    kinds = parser.add_subparsers(dest="kind", metavar=tr("DOCUMENT", "cli"), required=True)
    for module in modules or modules_providing("app.commands", "register_print"):
        module.register_print(kinds)


def register_kind(subparsers, kind: str) -> None:
    """`print` with the one kind `kind` (its module found by `kinds.kind_module`)."""
    register(subparsers, [kind_module("print", kind)])
