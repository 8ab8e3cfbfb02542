"""Sub-commands of `coopactives`: each name maps to the module whose `register(subparsers)` adds it.

A module's `register` adds its sub-parser(s) and sets `handler=function(args) -> int` on each.
`print` and `export` have their own registries (app/commands/print_cmd.py, export_cmd.py).
The GUI start imports none of these modules: only a command line that names one does.
"""

from __future__ import annotations

COMMANDS: dict[str, str] = {
    "demo": "app.commands.demo",
    "print": "app.commands.print_cmd",
    "export": "app.commands.export_cmd",
    "backup": "app.commands.backup",
    "restore": "app.commands.backup",
    "publish": "app.commands.network",
    "fetch": "app.commands.network",
    "cohort": "app.commands.cohort",
    "directory": "app.commands.directory",
}
