"""The models, one module per area (people, schedule, menus, sales, delegate, evaluations, safety,
settings). Import a model from the module that defines it: `from app.models.sales import SaleLine`
loads only that module and the modules its foreign keys point to, so start-up maps only what it
needs.

`load_all()` imports every module of this package (found on disk, nothing to register), so that
`Base.metadata` knows every table: alembic, the trash and the personal-data export rely on it. The
package is looked through once per process: the trash and the personal-data export call it for
every row they read.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from app.models.base import Base


def model_modules() -> list[str]:
    """The names of the model modules, e.g. ["delegate", "evaluations", ...] (base excluded)."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if info.name != "base")


@functools.cache
def load_all() -> type[Base]:
    """Import every model module (once) and return `Base`, whose metadata then holds every
    table."""
    for module in model_modules():
        importlib.import_module(f"{__name__}.{module}")
    return Base
