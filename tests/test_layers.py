"""The core stays free of Qt: models, services, printing, db and config import no PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.source_trees import APP, nodes, python_files, tree

# The command line may use QtCore (a lock file check, no display); the core may not use Qt at all.
QT_FREE = ["models", "services", "printing", "demo", "vocab", "db.py", "config.py", "i18n.py"]


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in nodes(tree(path)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_below_the_ui():
    offenders = []
    for part in QT_FREE:
        target = APP / part
        files = [target] if target.is_file() else python_files(target)
        for path in files:
            for name in imported_modules(path):
                if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("app.ui"):
                    offenders.append(f"{path.relative_to(APP)}: {name}")
    assert offenders == []


def test_every_module_says_what_it_is_for():
    missing = [
        str(path.relative_to(APP))
        for path in python_files(APP)
        if ast.get_docstring(tree(path)) is None
    ]
    assert missing == []
