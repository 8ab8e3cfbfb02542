"""A "label: value" line takes its colon from the language ("Date :" in French, "Date:" in
English, "التاريخ:" in Arabic): no code in app/printing glues " :" to a translated label, and an
English day summary reads "Date:"."""

from __future__ import annotations

import ast
from pathlib import Path

from app.printing.label_value import label_line, label_text

PRINTING = Path(__file__).resolve().parents[2] / "app" / "printing"
TRANSLATING = {"tr", "tr_n", "doc_tr", "translate"}


def _translated_literals(tree: ast.AST) -> set[int]:
    """The ids of the string literals handed to a translation function (their punctuation is
    the translator's)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            name = node.func.attr if isinstance(node.func, ast.Attribute) else name
            if name in TRANSLATING:
                found |= {id(a) for a in node.args if isinstance(a, ast.Constant)}
    return found


def glued_colons(source: str, filename: str) -> list[str]:
    """Each string literal of `source` outside a translation call (docstrings aside) that holds a
    colon after a space or closing a bold label (" :", ":</b>")."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    allowed = _translated_literals(tree) | docstrings
    return [
        f"{filename}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in allowed
        and (" :" in node.value or ":</b>" in node.value)
    ]


def test_no_printing_code_glues_a_colon_to_a_label():
    found = []
    for path in sorted(PRINTING.glob("*.py")):
        found += glued_colons(path.read_text(encoding="utf-8"), path.name)
    assert found == [], "use app.printing.label_value.label_line / label_text"


def test_the_check_finds_a_glued_colon():
    planted = "line = f\"<b>{escape(tr('Date', 'x'))} :</b> {value}\"\nother = \"Lot : A\"\n"
    assert len(glued_colons(planted, "planted.py")) == 2
    assert glued_colons('text = tr("Date :", "x")\n', "fine.py") == []


def test_the_colon_follows_each_language(read_in):
    assert label_line("Date", "25/11/2022") == "<b>Date :</b> 25/11/2022"
    read_in("en")
    assert label_text("Date") == "Date:"
    assert label_line("Date") == "<b>Date:</b>"
    read_in("nl")
    assert label_text("Datum") == "Datum:"
    read_in("ar")
    assert label_text("التاريخ") == "التاريخ:"


def test_an_english_day_summary_reads_date_with_the_english_colon(demo_db_path, tmp_path):
    from tests.printing.test_cli_language import printed

    text = printed(demo_db_path, tmp_path, "--lang", "en", "day-summary", "--date", "2022-11-25")
    assert "Date: 25/11/2022" in text
    assert "Place: " in text and "Date :" not in text and "Place :" not in text
