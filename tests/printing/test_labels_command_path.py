"""`coopactives print labels`, in a fresh interpreter as a person runs it, leaves out of its path
what it does not need: it reads through SQLAlchemy Core on a connection, so neither the ORM nor
any model module is imported (nor the modules below), and those its libraries import for other
uses (`app.deferred_modules`) stay stand-ins; the labels it prints are still right."""

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
    "sqlalchemy.orm": "every statement is a Core statement on a connection",
    "app.models": "the tables it reads are named in app/services/tables.py",
}

SCRIPT = """
import sys
from app.cli import main

sys.argv[0] = "coopactives"
code = main()  # the command line as the program reads it
from app.deferred_modules import DEFERRED

print(code)
print(" ".join(sorted(name for name in DEFERRED if type(sys.modules[name]) is type(sys))))
print(" ".join(sorted(sys.modules)))
"""


def test_print_labels_imports_neither_the_orm_nor_a_model_and_prints_the_labels(db_path, tmp_path):
    _cli_db(db_path)
    out = tmp_path / "etiquettes.pdf"
    argv = ["--db", str(db_path), "print", "labels", "--product", "Energy balls Thị Hiền=42"]
    argv += ["--template", "L7160", "--date", "2022-10-05", "-o", str(out)]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[1] == "0", result.stdout + result.stderr
    assert lines[2] == "", "imported for good: " + lines[2]
    modules = lines[3].split()
    assert [m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_IMPORTED)] == []
    assert "sqlalchemy" in modules  # what the assertion above looks for is the names in use
    pages = PdfReader(out).pages
    assert len(pages) == 2  # 42 labels, 21 a sheet
    first = " ".join(pages[0].extract_text().split())
    # by descending weight: dates 400 g, coconut milk 300 ml (as grams), oats 250 g, cocoa 30 g;
    # 14 days after 5 October 2022; the lot is L + the production date
    assert "Ingrédients : Dattes, Lait de coco, Flocons d'avoine, Cacao." in first
    assert "de préférence avant le 19/10/2022" in first and "Lot : L221005" in first
    assert first.count("Energy balls") == 21
    assert " ".join(pages[1].extract_text().split()).count("Energy balls") == 21
