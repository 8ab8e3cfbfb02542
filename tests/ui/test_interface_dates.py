"""Dates in the interface are written the interface language's way (issue #16, review item 1).

In Arabic, the charter's dates and the unavailable days read 04/10/2022 while every other table
read 2022/10/4: they were written with `strftime` and a fixed French pattern. Every date the
interface shows goes through `app.i18n.format_date` / `format_datetime` (or a Babel pattern in
the interface's locale); an AST check refuses `strftime` anywhere under app/ui.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from app.i18n import format_date, without_isolates
from app.services.delegate.rotation import UnavailabilityInfo
from app.ui.delegate.tab import _unavailable_when
from app.ui.language import apply_language

ROOT = Path(__file__).resolve().parents[2]
# Files another developer is changing at the moment (app/ui/sales is s16h's): still to be fixed
# there. The check below fails once a file here no longer calls strftime, so the list shrinks.
NOT_YET = {"app/ui/sales/dialogs.py"}


def strftime_calls(source: str) -> list[int]:
    """The lines of `source` that call `.strftime(…)`."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "strftime"
    ]


def test_the_check_finds_strftime():
    assert strftime_calls("x = day.strftime('%d/%m/%Y')\ny = format_date(day)\n") == [1]


def test_no_strftime_in_the_interface():
    found, cleared = [], []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        lines = strftime_calls(path.read_text(encoding="utf-8"))
        if name in NOT_YET:
            cleared += [] if lines else [name]
        else:
            found += [f"{name}:{line}" for line in lines]
    assert not found, "dates written with strftime; use app.i18n.format_date: " + ", ".join(found)
    assert not cleared, f"no strftime left: take {cleared} out of NOT_YET"


@pytest.fixture
def arabic(qapp):
    apply_language(qapp, "ar")
    yield
    apply_language(qapp, "fr")


def _off(on_date=None, weekday=None) -> UnavailabilityInfo:
    return UnavailabilityInfo(1, 1, "Zineb", on_date, weekday, "")


def test_an_unavailable_day_reads_like_the_other_dates_in_arabic(arabic):
    shown = _unavailable_when(_off(dt.date(2022, 10, 4)))
    assert shown == format_date(dt.date(2022, 10, 4))
    assert without_isolates(shown) != "04/10/2022"  # the service's French pattern
    assert "2022" in shown


def test_an_unavailable_weekday_keeps_its_words(qapp):
    assert _unavailable_when(_off(weekday=0)) == _off(weekday=0).when
    assert _unavailable_when(_off(dt.date(2022, 10, 4))) == "04/10/2022"  # French
