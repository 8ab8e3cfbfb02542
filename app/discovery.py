"""Finding the modules of a package that provide something, instead of keeping their list by hand.

`modules_providing("app.commands", "register_print")` imports every module of the package (found
on disk, in name order) and returns those that define the name: a new area's module is found as
soon as its file exists. Used for the `print` and `export` kinds and the demo seeders; the model
modules are found the same way by `app.models.load_all()`.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def submodule_names(package: str) -> list[str]:
    """The full names of the package's modules and sub-packages, in name order."""
    path = importlib.import_module(package).__path__
    return sorted(f"{package}.{info.name}" for info in pkgutil.iter_modules(path))


def modules_providing(package: str, name: str) -> list[ModuleType]:
    """The package's modules that define `name` (each imported), in module name order."""
    modules = [importlib.import_module(module) for module in submodule_names(package)]
    return [module for module in modules if hasattr(module, name)]
