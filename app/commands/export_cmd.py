"""`coopactives export WHAT ... -o FILE`: CSV and other files for the accountant or a calendar.

Every module of `app.commands` that defines `register_export(whats)` is found (`app.discovery`); it
adds its kinds and sets `handler`.
"""

from __future__ import annotations

from app.discovery import modules_providing
from app.i18n import tr


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help=tr("exporter des données (CSV, calendrier…)", "cli")
    )
    whats = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    for module in modules_providing("app.commands", "register_export"):
        module.register_export(whats)
