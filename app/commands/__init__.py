"""Sub-commands of `coopactives`, one module each with `register(subparsers)`.

A module's `register` adds its sub-parser and sets `handler=function(args) -> int` on it.
`print` and `export` have their own registries (app/commands/print_cmd.py, export_cmd.py).
"""
from __future__ import annotations

COMMAND_MODULES = (
    "app.commands.demo",
    "app.commands.print_cmd",
    "app.commands.export_cmd",
    "app.commands.backup",
)
