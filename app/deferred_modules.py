"""Modules a library imports at its top but a short command never uses, loaded at their first use.

SQLAlchemy imports `asyncio` (with `ssl`, `socket`, `concurrent.futures`, `logging`) for its async
engines and `importlib.metadata` for its plug-ins; reportlab imports Pillow's `PIL.Image` for
bitmaps. `print labels` uses none of them, yet importing them is a tenth of its time. `defer()`
puts a stand-in for each in `sys.modules`: the first attribute read from it (or a submodule
imported under it) imports the real module, which replaces the stand-in, and the read is answered
by the real module, so a program that does use one only pays the import later. The names a
library reads at its own import (SQLAlchemy binds `asyncio.iscoroutine`) are answered by a
function that calls the real one when called. A module already imported is left as it is.

Only the `print` and `export` commands run from the command line call `defer()` (app/cli.py),
before the libraries are imported; the window and the tests never do.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from types import ModuleType

# module -> the functions libraries read from it while they are imported (forwarded, see above)
DEFERRED: dict[str, tuple[str, ...]] = {
    "asyncio": ("iscoroutine",),
    "importlib.metadata": (),
    "PIL.Image": (),
}


class _StandIn(ModuleType):
    """A module not imported yet: reading an attribute imports it, but for a submodule of a
    package, imported alone (`from . import events` inside asyncio's own modules, when a
    submodule is imported first): the package, imported later, finds it in `sys.modules`."""

    def __getattr__(self, name: str):
        path = self.__dict__.get("__path__")
        if path is None and name == "__path__":
            raise AttributeError(name)  # not a package: the import system asks, nothing to load
        if (
            path is not None
            and not name.startswith("__")
            and importlib.machinery.PathFinder.find_spec(f"{self.__name__}.{name}", path)
        ):
            return importlib.import_module(f"{self.__name__}.{name}")
        return getattr(_load(self.__name__), name)


def _load(name: str) -> ModuleType:
    """The real module `name`, imported now if only its stand-in is in `sys.modules`."""
    stand_in = sys.modules.get(name)
    if not isinstance(stand_in, _StandIn):
        return stand_in if stand_in is not None else importlib.import_module(name)
    spec = stand_in.__spec__
    module = importlib.util.module_from_spec(spec)
    # the submodules imported under the stand-in are the package's attributes, as an import
    # through the package would have made them
    prefix = name + "."
    for key, submodule in list(sys.modules.items()):
        if key.startswith(prefix) and "." not in key[len(prefix) :]:
            setattr(module, key[len(prefix) :], submodule)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules[name] = stand_in
        raise
    module = sys.modules[name]  # a module may put another object in its place
    parent, _dot, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module


def _forwarder(module: str, name: str):
    def forward(*args, **kwargs):
        return getattr(_load(module), name)(*args, **kwargs)

    forward.__name__ = forward.__qualname__ = name
    return forward


def defer() -> None:
    """Put a stand-in for each module of DEFERRED that is not imported yet."""
    for name, functions in DEFERRED.items():
        if name in sys.modules:
            continue
        parent, _dot, child = name.rpartition(".")
        if parent and parent not in sys.modules:
            importlib.import_module(parent)  # PIL's own package is small; the image module is not
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue
        stand_in = _StandIn(name)
        stand_in.__spec__ = spec
        if spec.submodule_search_locations is not None:
            # `import asyncio.events` finds the submodule without loading the package first
            stand_in.__path__ = list(spec.submodule_search_locations)
        for function in functions:
            setattr(stand_in, function, _forwarder(name, function))
        sys.modules[name] = stand_in
        if parent:
            setattr(sys.modules[parent], child, stand_in)
