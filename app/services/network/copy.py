"""Copy rows from one database to another by their global id (`uid`), whatever the engines.

Rows are matched by `uid`, else by a natural key (a unique constraint of the table, or
`MATCH_KEYS`: the cooperative by its name, a person by name and phone), so that shared rows are
not duplicated; then inserted, or updated only where a value differs: copying the same rows twice
changes nothing. Foreign keys are translated from the source's ids to the target's through the
parents' uids (parents are copied first); references within a table (a reversal, a recipe's first
version) are set in a second pass, once every row of the table has its id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Table, and_, bindparam, or_, select, text, update
from sqlalchemy.orm import Session

BATCH = 2000

# Tables without a unique constraint that still name the same thing on two laptops (the default
# checklist lines are seeded by a migration on every database, with their own uids).
MATCH_KEYS: dict[str, tuple[str, ...]] = {
    "checklist_item": ("day_kind", "default_key"),
    "cooperative": ("name",),
    "person": ("first_name", "last_name", "phone"),
}
# Integer columns that hold another row's id without a declared foreign key.
IMPLICIT_REFERENCES: dict[tuple[str, str], str] = {("recipe", "family_id"): "recipe"}

Progress = Callable[[int, int, str], None]  # (step, steps, table name)


@dataclass
class CopyResult:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    target_ids: dict[str, dict[str, int]] = field(default_factory=dict)  # table -> uid -> id


def key_column(table: Table):
    """The table's one-column primary key (`id`, or e.g. `ingredient_id` for a row that belongs
    to one ingredient)."""
    (column,) = table.primary_key.columns
    return column


def random_uid_sql(dialect: str) -> str:
    """SQL that makes a new 32-hex-digit global id per row, in the engine's own words."""
    if dialect == "postgresql":
        return "replace(gen_random_uuid()::text, '-', '')"
    return "lower(hex(randomblob(16)))"


def give_missing_uids(session: Session, tables: Iterable[Table]) -> None:
    """Rows written by plain SQL have no uid yet: give them one before they are copied, one
    statement per table (a million rows imported by hand take seconds, not one query each)."""
    new = text(random_uid_sql(session.get_bind().dialect.name))
    for table in tables:
        session.execute(update(table).where(table.c.uid.is_(None)).values(uid=new))


def _insert(session: Session, table: Table):
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def _references(table: Table) -> dict[str, str]:
    """{column: parent table} for the foreign keys and implicit references of `table`."""
    found = {}
    for constraint in table.foreign_key_constraints:
        if len(constraint.columns) == 1:
            found[next(iter(constraint.columns)).name] = constraint.referred_table.name
    for (name, column), parent in IMPLICIT_REFERENCES.items():
        if name == table.name:
            found[column] = parent
    return found


def _natural_keys(table: Table) -> list[tuple[str, ...]]:
    keys = [
        tuple(c.name for c in constraint.columns)
        for constraint in table.constraints
        if constraint.__class__.__name__ == "UniqueConstraint"
    ]
    keys += [
        tuple(c.name for c in index.columns)
        for index in table.indexes
        if index.unique and [c.name for c in index.columns] != ["uid"]
    ]
    if table.name in MATCH_KEYS:
        keys.append(MATCH_KEYS[table.name])
    if key_column(table).name != "id":  # a row that belongs to its parent (one per ingredient)
        keys.append((key_column(table).name,))
    return [k for k in keys if k and "uid" not in k and "id" not in k]


class RowCopier:
    """Copies chosen rows of each table, parents first, keeping the id maps between calls."""

    def __init__(self, source: Session, target: Session):
        self.source = source
        self.target = target
        self.source_uid: dict[str, dict[int, str]] = {}  # table -> source id -> uid
        self.result = CopyResult()

    def target_id(self, parent: str, source_id: int | None) -> int | None:
        if source_id is None:
            return None
        uid = self.source_uid.get(parent, {}).get(source_id)
        if uid is None:
            return None
        return self.result.target_ids.get(parent, {}).get(uid)

    def copy_table(self, table: Table, ids: set[int]) -> None:
        references = _references(table)
        later = {c: p for c, p in references.items() if p == table.name}  # within the table
        key = key_column(table)
        rows = []
        for chunk in _chunks(sorted(ids)):
            query = select(table).where(key.in_(chunk))
            rows += [dict(r) for r in self.source.execute(query).mappings()]
        self.source_uid[table.name] = {r[key.name]: r["uid"] for r in rows}
        pending_later = []
        prepared = []
        for row in rows:
            values = dict(row)
            if key.name not in references:  # an own number: the target numbers its rows
                values.pop(key.name)
            for column, parent in references.items():
                if column in later:
                    pending_later.append((values["uid"], column, values[column]))
                    values[column] = None
                elif values[column] is not None:
                    values[column] = self.target_id(parent, values[column])
            prepared.append(values)
        self._match_natural_keys(table, prepared)
        self._upsert(table, prepared, exclude=set(later))
        self.result.target_ids[table.name] = self._ids_of(table, [v["uid"] for v in prepared])
        self._set_later(table, pending_later)

    def _match_natural_keys(self, table: Table, rows: list[dict]) -> None:
        """A row the target has under another uid (same natural key) takes that uid here."""
        keys = _natural_keys(table)
        if not keys or not rows:
            return
        known = self._ids_of(table, [r["uid"] for r in rows])
        for key in keys:
            existing = {
                tuple(r[c] for c in key): r["uid"]
                for r in self.target.execute(
                    select(table.c.uid, *[table.c[c] for c in key])
                ).mappings()
            }
            for row in rows:
                if row["uid"] in known:
                    continue
                other = existing.get(tuple(row[c] for c in key))
                if other is not None and None not in tuple(row[c] for c in key):
                    self._alias(table.name, row["uid"], other)
                    row["uid"] = other
                    known[other] = 0

    def _alias(self, table: str, source_uid: str, target_uid: str) -> None:
        ids = self.source_uid[table]
        for source_id, uid in ids.items():
            if uid == source_uid:
                ids[source_id] = target_uid

    def _upsert(self, table: Table, rows: list[dict], exclude: set[str]) -> None:
        """Insert new rows, update those whose values differ, leave equal ones alone: one
        statement compiled once and sent for many rows at a time; the rows it wrote come back
        (RETURNING), which counts what changed."""
        if not rows:
            return
        columns = [c for c in rows[0] if c != "uid"]
        before = len(self._ids_of(table, [r["uid"] for r in rows]))
        statement = _insert(self.target, table)
        changing = [c for c in columns if c not in exclude]
        if changing:
            statement = statement.on_conflict_do_update(
                index_elements=[table.c.uid],
                set_={c: statement.excluded[c] for c in changing},
                where=or_(*[table.c[c].is_distinct_from(statement.excluded[c]) for c in changing]),
            )
        else:
            statement = statement.on_conflict_do_nothing(index_elements=[table.c.uid])
        statement = statement.returning(table.c.uid)
        affected = 0
        for chunk in _chunks(rows, BATCH):
            affected += len(self.target.execute(statement, chunk).all())
        inserted = len(rows) - before
        self.result.inserted += inserted
        self.result.updated += max(affected - inserted, 0)

    def _ids_of(self, table: Table, uids: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        key = key_column(table)
        for chunk in _chunks(uids):
            found.update(
                (uid, row_id)
                for row_id, uid in self.target.execute(
                    select(key, table.c.uid).where(table.c.uid.in_(chunk))
                )
            )
        return found

    def _set_later(self, table: Table, pending: list[tuple[str, str, int | None]]) -> None:
        """Set the references within the table, where they differ, many rows per round trip."""
        ids = self.result.target_ids[table.name]
        by_column: dict[str, list[dict]] = {}
        for uid, column, source_value in pending:
            value = None
            if source_value is not None:
                value = ids.get(self.source_uid[table.name].get(source_value, ""))
            by_column.setdefault(column, []).append({"row_uid": uid, "value": value})
        for column, values in by_column.items():
            statement = (
                update(table)
                .where(
                    and_(
                        table.c.uid == bindparam("row_uid"),
                        table.c[column].is_distinct_from(bindparam("value")),
                    )
                )
                .values({column: bindparam("value")})
            )
            for chunk in _chunks(values, BATCH):
                self.target.connection().execute(statement, chunk)

    def delete_missing(self, table: Table, target_ids: set[int], kept_uids: set[str]) -> None:
        """Delete the target's rows among `target_ids` whose uid was not copied."""
        key = key_column(table)
        gone = [
            row_id
            for chunk in _chunks(sorted(target_ids))
            for row_id, uid in self.target.execute(select(key, table.c.uid).where(key.in_(chunk)))
            if uid not in kept_uids
        ]
        for chunk in _chunks(gone):
            self.target.execute(table.delete().where(key.in_(chunk)))
        self.result.deleted += len(gone)


def _chunks(items: list, size: int = 5000):
    for start in range(0, len(items), size):
        yield items[start : start + size]
