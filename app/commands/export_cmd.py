"""`coopactives export WHAT ... -o FILE`: CSV and other files for the accountant or a calendar.

Every module of `app.commands` that defines `register_export(whats)` is found (`app.discovery`); it
adds its kinds and sets `handler`.
"""

from __future__ import annotations

from app.commands.kinds import kind_module
from app.discovery import modules_providing
from app.i18n import tr


def register(subparsers, modules=None) -> None:
    """`export` and its kinds: those of `modules`, by default of every module providing some."""
    parser = subparsers.add_parser(
        "export", help=tr("exporter des données (CSV, calendrier…)", "cli")
    )
    whats = parser.add_subparsers(dest="what", metavar=tr("QUOI", "cli"), required=True)
    for module in modules or modules_providing("app.commands", "register_export"):
        module.register_export(whats)


def register_kind(subparsers, kind: str) -> None:
    """`export` with the one kind `kind` (its module found by `kinds.kind_module`)."""
    register(subparsers, [kind_module("export", kind)])
