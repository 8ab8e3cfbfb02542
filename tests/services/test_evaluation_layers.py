"""The evaluation core stays Qt-free: services, printing, models and the CLI import without Qt."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "app.models.evaluations",
    "app.services.evaluation_framework",
    "app.services.evaluation_stats",
    "app.services.evaluation_campaigns",
    "app.services.evaluation_grid",
    "app.services.evaluation_peers",
    "app.services.evaluation_tastings",
    "app.services.evaluation_pin",
    "app.services.evaluation_report",
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
