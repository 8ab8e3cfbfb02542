"""Sub-commands of `coopactives`, one module each with `register(subparsers)`.

A module's `register` adds its sub-parser and sets `handler=function(args) -> int` on it.
"""
from __future__ import annotations

COMMAND_MODULES = ("app.commands.demo",)
