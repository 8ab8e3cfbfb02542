"""The evaluation core stays Qt-free: services, printing, models and the CLI import without Qt."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "app.models.evaluations",
    "app.services.evaluations.framework",
    "app.services.evaluations.stats",
    "app.services.evaluations.campaigns",
    "app.services.evaluations.grid",
    "app.services.evaluations.peers",
    "app.models.tastings",
    "app.services.tastings.questions",
    "app.services.tastings.sessions",
    "app.services.tastings.forms",
    "app.services.tastings.summary",
    "app.demo.tastings",
    "app.services.evaluations.pin",
    "app.services.evaluations.report",
    "app.printing.evaluation_report",
    "app.commands.evaluations",
    "app.demo.evaluations",
]


def test_no_qt_imported_by_the_evaluation_core():
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in MODULES)
        + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
