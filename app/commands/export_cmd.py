"""`coopactives export WHAT ... -o FILE`: CSV and other files for the accountant or a calendar.

Each area adds a module to EXPORT_MODULES with `register_export(whats)` setting `handler`.
"""

from __future__ import annotations

import importlib

from app.i18n import tr

EXPORT_MODULES: tuple[str, ...] = (
    "app.commands.schedule",
    "app.commands.sales",
    "app.commands.people",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help=tr("exporter des données (CSV, calendrier…)", "cli")
    )
    whats = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name in EXPORT_MODULES:
        importlib.import_module(name).register_export(whats)
