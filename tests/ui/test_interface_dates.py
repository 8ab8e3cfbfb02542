"""Dates are written the reader's language's way (issue #16, review item 1).

In Arabic, the charter's dates and the unavailable days read 04/10/2022 while every other table
read 2022/10/4: they were written with `strftime` and a fixed French pattern. Every date the
interface shows, and every date a service's message or a document writes, goes through
`app.i18n.format_date` / `format_day_month` / `format_datetime` (or a Babel pattern in the
reader's locale); an AST check refuses `strftime` anywhere under app/ui, app/services and
app/printing, but for the few functions that write a machine format, listed in `MACHINE_FORMATS`.
"""

from __future__ import annotations

import ast
import datetime as dt

import pytest

from app.i18n import format_date, without_isolates
from app.services.delegate.rotation import UnavailabilityInfo
from app.ui.language import apply_language
from tests.source_trees import ROOT, parsed, python_files, tree

CHECKED = ("app/ui", "app/services", "app/printing")
# (file, function) that write a date for a machine, never for a person to read, and why.
MACHINE_FORMATS = {
    ("app/services/labels/content.py", "default_lot"): "the lot number L221005, printed as is",
    ("app/services/safety/row_graph.py", "stored_value"): "a snapshot's value as SQLite stores it",
    ("app/services/safety/backup.py", "external_backup"): "a backup's file name",
}


def strftime_calls(source: str | ast.Module) -> list[tuple[int, str]]:
    """(line, enclosing function or "") of each call to `.strftime(…)` in `source`."""
    found = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = child.name
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "strftime"
            ):
                found.append((child.lineno, name))
            visit(child, name)

    visit(parsed(source), "")
    return found


def test_the_check_finds_strftime():
    source = (
        "x = day.strftime('%d/%m/%Y')\ny = format_date(day)\ndef lot(d):\n    d.strftime('%y')\n"
    )
    assert strftime_calls(source) == [(1, ""), (4, "lot")]


def test_no_strftime_for_people_to_read():
    found, allowed = [], set()
    for folder in CHECKED:
        for path in python_files(folder):
            name = path.relative_to(ROOT).as_posix()
            for line, function in strftime_calls(tree(path)):
                if (name, function) in MACHINE_FORMATS:
                    allowed.add((name, function))
                else:
                    found.append(f"{name}:{line} ({function})")
    assert not found, "dates written with strftime; use app.i18n.format_date: " + ", ".join(found)
    assert allowed == set(MACHINE_FORMATS), "no strftime left there: shorten MACHINE_FORMATS"


@pytest.fixture
def arabic(qapp):
    apply_language(qapp, "ar")
    yield
    apply_language(qapp, "fr")


def _off(on_date=None, weekday=None) -> UnavailabilityInfo:
    return UnavailabilityInfo(1, 1, "Zineb", on_date, weekday, "")


def test_an_unavailable_day_reads_like_the_other_dates_in_arabic(arabic):
    shown = _off(dt.date(2022, 10, 4)).when
    assert shown == format_date(dt.date(2022, 10, 4))
    assert without_isolates(shown) != "04/10/2022"  # the service's old French pattern
    assert "2022" in shown


def test_an_unavailable_weekday_keeps_its_words(qapp):
    assert _off(weekday=0).when == "chaque lundi"
    assert _off(dt.date(2022, 10, 4)).when == "04/10/2022"  # French
