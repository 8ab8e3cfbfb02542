"""`coopactives print labels`, in a fresh interpreter as a person runs it, leaves out of its path
what it does not need: the mapped classes are never configured (every statement goes through the
tables), the modules below are never imported, and those its libraries import for other uses
(`app.deferred_modules`) stay stand-ins."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from tests.printing.test_labels_pdf import _cli_db

ROOT = Path(__file__).resolve().parent.parent.parent
# module -> why the command does without it
NOT_IMPORTED = {
    "alembic": "the schema is current",
    "PySide6": "no window",
    "app.ui": "no window",
    "app.models.directory": "orders' customers: the menus module maps them only when configured",
    "app.models.people": "cohorts and people: the cooperative's row has a module of its own",
}

SCRIPT = """
import sys
from app.cli import main

sys.argv[0] = "coopactives"
code = main()  # the command line as the program reads it
from app.deferred_modules import DEFERRED
from app.models.menus import Recipe

print(code, Recipe.__mapper__.configured)
print(" ".join(sorted(name for name in DEFERRED if type(sys.modules[name]) is type(sys))))
print(" ".join(sorted(sys.modules)))
"""


def test_print_labels_configures_no_mapped_class_and_imports_nothing_it_does_not_use(
    db_path, tmp_path
):
    _cli_db(db_path)
    out = tmp_path / "etiquettes.pdf"
    argv = ["--db", str(db_path), "print", "labels", "--product", "Energy balls Thị Hiền=42"]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *argv, "--template", "L7160", "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[1] == "0 False", result.stdout + result.stderr
    assert lines[2] == "", "imported for good: " + lines[2]
    modules = set(lines[3].split())
    assert [name for name in NOT_IMPORTED if name in modules] == []
    assert len(PdfReader(out).pages) == 2  # 42 labels, 21 a sheet
