"""The files with the longest tests run first, each keeping its own order (tests/run_order.py)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from tests.run_order import LONGEST_FIRST, longest_first

ROOT = Path(__file__).resolve().parent.parent


def test_every_listed_file_exists():
    assert [name for name in LONGEST_FIRST if not (ROOT / name).is_file()] == []


def test_the_listed_files_come_first_in_their_order_and_the_others_keep_theirs():
    def item(name: str, test: str):
        return SimpleNamespace(path=ROOT / name, name=test)

    first, second = LONGEST_FIRST[0], LONGEST_FIRST[1]
    items = [
        item("tests/db/test_a.py", "a1"),
        item(second, "s1"),
        item("tests/db/test_b.py", "b1"),
        item(first, "f1"),
        item(second, "s2"),
        item("tests/db/test_a.py", "a2"),
        item(first, "f2"),
    ]
    longest_first(ROOT, items)
    assert [i.name for i in items] == ["f1", "f2", "s1", "s2", "a1", "b1", "a2"]
