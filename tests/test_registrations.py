"""A new area registers itself once: what can be found (print and export kinds, demo seeders, model
modules) is found; for each list that stays written by hand, a test here names what a new module
is missing and where to add it. (The other checked lists and their tests are in
docs/DEVELOPING.md, "Adding an area".)
"""

from __future__ import annotations

import importlib
import inspect
import sys

from app.commands import COMMANDS
from app.demo import seeders
from app.discovery import modules_providing, submodule_names
from app.models import load_all
from app.services.safety.trash import kind_label

# Tables whose rows never go to the trash nor hold a row back (the cooperative's one description,
# its settings, the trash itself).
# (publication: which laptop publishes a cohort, written by publishing only, never deleted)
NEVER_IN_TRASH_MESSAGES = {"cooperative", "setting", "trash_item", "publication"}


def test_discovery_finds_the_modules_that_provide_a_name(tmp_path, monkeypatch):
    package = tmp_path / "area_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "b_area.py").write_text("def register_print(kinds):\n    pass\n")
    (package / "a_area.py").write_text("def register_print(kinds):\n    pass\n")
    (package / "helper.py").write_text("X = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert submodule_names("area_pkg") == [
            "area_pkg.a_area",
            "area_pkg.b_area",
            "area_pkg.helper",
        ]
        found = modules_providing("area_pkg", "register_print")
        assert [m.__name__ for m in found] == ["area_pkg.a_area", "area_pkg.b_area"]
    finally:
        for name in [n for n in sys.modules if n.startswith("area_pkg")]:
            del sys.modules[name]


def test_print_and_export_kinds_come_from_every_area_module():
    printing = {m.__name__ for m in modules_providing("app.commands", "register_print")}
    exporting = {m.__name__ for m in modules_providing("app.commands", "register_export")}
    areas = {f"app.commands.{a}" for a in ("schedule", "menus", "labels", "sales", "delegate")}
    assert areas | {"app.commands.evaluations"} <= printing
    assert {"app.commands.schedule", "app.commands.sales"} <= exporting


def test_every_command_module_with_register_is_named_in_commands():
    with_register = {m.__name__ for m in modules_providing("app.commands", "register")}
    missing = sorted(with_register - set(COMMANDS.values()))
    assert missing == [], "name its sub-command in COMMANDS (app/commands/__init__.py)"
    for name, module in COMMANDS.items():
        assert hasattr(importlib.import_module(module), "register"), (name, module)


def test_every_demo_module_seeds_in_a_declared_order():
    modules = [
        importlib.import_module(name)
        for name in submodule_names("app.demo")
        if name != "app.demo.context"
    ]
    without = [m.__name__ for m in modules if not hasattr(m, "seed")]
    assert without == [], "a demo module gives `seed(session, context)`"
    unordered = [m.__name__ for m in modules if not isinstance(getattr(m, "SEED_ORDER", None), int)]
    assert unordered == [], "give it SEED_ORDER = n (after the seeders whose data it uses)"
    orders = [m.SEED_ORDER for m in seeders()]
    assert len(set(orders)) == len(orders), "two seeders share a SEED_ORDER"
    assert [m.__name__.rsplit(".", 1)[1] for m in seeders()][:2] == ["people", "schedule"]


def test_every_tab_page_has_a_tab_spec():
    from app.ui.tab_page import TabPage
    from app.ui.tabs import TABS

    pages = set()
    for package in submodule_names("app.ui"):
        if not _is_package(package) or f"{package}.tab" not in submodule_names(package):
            continue
        module = importlib.import_module(f"{package}.tab")
        pages |= {
            (module.__name__, name)
            for name, value in inspect.getmembers(module, inspect.isclass)
            if issubclass(value, TabPage) and value.__module__ == module.__name__
        }
    specs = {(spec.module, spec.class_name) for spec in TABS}
    assert sorted(pages - specs) == [], "add a TabSpec for it to TABS (app/ui/tabs.py)"
    assert sorted(specs - pages) == []


def _is_package(name: str) -> bool:
    return hasattr(importlib.import_module(name), "__path__")


def test_every_table_has_a_name_for_the_trash():
    tables = set(load_all().metadata.tables) - NEVER_IN_TRASH_MESSAGES
    missing = sorted(t for t in tables if kind_label(t) == t)
    assert missing == [], "name it in kind_label (app/services/safety/trash.py)"
