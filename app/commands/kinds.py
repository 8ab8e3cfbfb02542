"""One `print` or `export` kind's module, found without importing every command module.

`coopactives print labels ...` needs only the parser of `print labels`: when the module named
after the kind (`app.commands.labels`, `-` read as `_`) provides it, the command line registers
that module alone (app/cli.py `_named_command`); otherwise every module is found and registered
as usual (`app.discovery`), so a kind provided by a module of another name still works.
"""

from __future__ import annotations

import argparse
import importlib
from types import ModuleType

REGISTER = {"print": "register_print", "export": "register_export"}


def kind_module(command: str, kind: str) -> ModuleType | None:
    """The module named after `kind` when it registers that kind of `command`, else None."""
    name = kind.replace("-", "_")
    if not name.isidentifier():
        return None
    try:
        module = importlib.import_module(f"app.commands.{name}")
    except ModuleNotFoundError:
        return None
    register = getattr(module, REGISTER[command], None)
    if register is None:
        return None
    scratch = argparse.ArgumentParser().add_subparsers()
    register(scratch)
    return module if kind in scratch.choices else None
