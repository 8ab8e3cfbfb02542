"""Which rows a cohort owns, found through the foreign keys declared in the models.

A cohort owns its own row and every row that refers to it, directly or through other owned rows
(its mornings and their attendance, its sale days and their lines…). Rows no cohort owns (the
cooperative, people, recipes, ingredients, orders…) are shared: published with every cohort,
matched on the server, never deleted by a publication. Settings, the trash and the publications
themselves stay where they are.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.models import load_all

NOT_COPIED = frozenset({"setting", "trash_item", "publication"})


def copied_tables() -> list[Table]:
    """The tables a publication copies, parents before the tables that refer to them."""
    return [t for t in load_all().metadata.sorted_tables if t.name not in NOT_COPIED]


def _children(table_name: str) -> list[tuple[Table, list[str]]]:
    """(child table, its columns referring to `table_name`), self-references left out."""
    found = []
    for child in copied_tables():
        if child.name == table_name:
            continue
        for constraint in child.foreign_key_constraints:
            if constraint.referred_table.name == table_name:
                found.append((child, [c.name for c in constraint.columns]))
    return found


def owned_rows(session: Session, cohort_ids: set[int]) -> dict[str, set[int]]:
    """{table name: ids} of the rows the cohorts `cohort_ids` own (the cohort rows included)."""
    owned: dict[str, set[int]] = defaultdict(set)
    owned["cohort"] |= set(cohort_ids)
    pending = [("cohort", set(cohort_ids))]
    while pending:
        parent, ids = pending.pop()
        if not ids:
            continue
        for child, columns in _children(parent):
            new: set[int] = set()
            for column in columns:
                for chunk in _chunks(sorted(ids)):
                    (key,) = child.primary_key.columns
                    rows = session.execute(select(key).where(child.c[column].in_(chunk))).scalars()
                    new.update(rows)
            new -= owned[child.name]
            if new:
                owned[child.name] |= new
                pending.append((child.name, new))
    return dict(owned)


def all_cohort_ids(session: Session) -> set[int]:
    cohort = load_all().metadata.tables["cohort"]
    return set(session.execute(select(cohort.c.id)).scalars())


def _chunks(ids: list[int], size: int = 5000):
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
