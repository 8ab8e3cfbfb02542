"""The files holding the longest single tests run first.

With two xdist workers (`--dist worksteal`), each worker takes one half of the collected tests in
order, and a worker that runs out takes the last tests still waiting in the other's queue. A test
cannot be shared: when one of the longest (a child process taking every screenshot, the walk that
clicks every button in the pseudo-locale) starts late, one worker runs it alone at the end while
the other waits. Run first, they are spread over the run's start, and what is left at the end are
short tests, which the workers share evenly. Each file keeps its own tests' order (module-scoped
fixtures rely on it), and the other files keep the collected order.
"""

from __future__ import annotations

from pathlib import Path

# By the duration of their longest test on this machine (`--durations`), longest first.
LONGEST_FIRST = (
    "tests/ui/test_pseudo_locale.py",
    "tests/test_cli.py",
    "tests/ui/test_sale_day_property.py",
    "tests/ui/test_screen_fit.py",
    "tests/printing/test_every_document_layout.py",
    "tests/ui/test_large_mode.py",
    "tests/services/test_today_two_paths.py",
    "tests/services/test_demo_in_every_language.py",
    "tests/db/test_migrations.py",
    "tests/db/test_database_identity.py",
    "tests/db/test_crash_safety.py",
    "tests/services/test_text_inputs.py",
)


def longest_first(root: Path, items: list) -> None:
    """Reorder `items` in place: the tests of `LONGEST_FIRST`'s files first, in that order."""
    rank = {str(root / name): index for index, name in enumerate(LONGEST_FIRST)}
    last = len(LONGEST_FIRST)
    items.sort(key=lambda item: rank.get(str(item.path), last))  # stable: each order is kept
