"""The core stays free of Qt: models, services, printing, db and config import no PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
# The command line may use QtCore (a lock file check, no display); the core may not use Qt at all.
QT_FREE = ["models", "services", "printing", "demo", "vocab", "db.py", "config.py", "i18n.py"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_below_the_ui():
    offenders = []
    for part in QT_FREE:
        target = APP / part
        files = [target] if target.is_file() else sorted(target.rglob("*.py"))
        for path in files:
            for name in imported_modules(path):
                if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("app.ui"):
                    offenders.append(f"{path.relative_to(APP)}: {name}")
    assert offenders == []


def test_every_module_says_what_it_is_for():
    missing = [
        str(path.relative_to(APP))
        for path in sorted(APP.rglob("*.py"))
        if ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
