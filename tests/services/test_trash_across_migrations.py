"""The trash across a migration: a snapshot taken under one schema is restored into another.

Real migrations (0008 -> 0009 added `ingredient.piece_weight_g`, its downgrade removes it) and
simulated later ones (alembic batch operations on a temporary database) that remove, add or require
columns. Restoring keeps the columns the table has now, lets defaults fill new ones, and turns what
cannot go back into a clear message with nothing written.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.migration import MigrationContext
from alembic.operations import Operations

from app.db import SCHEMA_HEAD, Database, alembic_config, upgrade_to_head
from app.services.errors import ValidationError
from app.services.safety import row_graph, trash
from tests.empty_revisions import copy_of_empty_at

NOW = dt.datetime(2026, 11, 30, 10, 0)
DATTES = {
    "id": 7,
    "name": "Dattes",
    "unit": "kg",
    "supplier": "Grossiste",
    "allergens": "",
    "traces": "fruits à coque",
    "notes": "bio",
    "active": 1,
}


def later_migration(path, change) -> None:
    """Run `change(operations)` as a migration would: alembic operations, no foreign-key pragma."""
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            change(Operations(MigrationContext.configure(connection)))
    finally:
        engine.dispose()


def rows(path, table_name: str) -> list[dict]:
    """The rows as stored, without their global id (not what these tests look at; a row restored
    from a snapshot taken before the ids existed gets one when it is first published)."""
    database = Database(path)
    try:
        with database.session() as session:
            found = row_graph.select_rows(session, table_name, {})
            return [{k: v for k, v in row.items() if k != "uid"} for row in found]
    finally:
        database.close()


def trash_row(path, table_name: str, row_id: int, label: str) -> int:
    database = Database(path)
    try:
        with database.session() as session:
            return trash.move_to_trash(session, table_name, row_id, label, NOW).id
    finally:
        database.close()


def restore(path, item_id: int) -> trash.Restored:
    database = Database(path)
    try:
        with database.session() as session:
            return trash.restore_from_trash(session, item_id)
    finally:
        database.close()


def insert(path, table_name: str, row: dict) -> None:
    database = Database(path)
    try:
        with database.session() as session:
            row_graph.insert_row(session, table_name, row)
    finally:
        database.close()


def test_a_snapshot_says_which_schema_it_was_taken_under(db_path):
    insert(db_path, "module", {"id": 1, "name": "Hygiène", "kind": "theory", "description": ""})
    trash_row(db_path, "module", 1, "Hygiène")
    database = Database(db_path)
    with database.session() as session:
        item = session.get(trash.TrashItem, trash.list_trash(session)[0].id)
        assert '"revision": "' + SCHEMA_HEAD + '"' in item.snapshot_json
    database.close()


def test_trashed_before_a_migration_that_adds_a_column_restored_after_it(
    tmp_path, tmp_path_factory
):
    # before piece_weight_g existed
    path = copy_of_empty_at(tmp_path_factory, "0008", tmp_path / "old.sqlite3")
    insert(path, "ingredient", DATTES)
    item_id = trash_row(path, "ingredient", 7, "Dattes")
    assert rows(path, "ingredient") == []

    upgrade_to_head(path, backup=False)
    assert restore(path, item_id) == trash.Restored("ingredient", 7, "Dattes")
    assert rows(path, "ingredient") == [DATTES | {"piece_weight_g": None}]


def test_trashed_before_a_migration_that_removes_a_column_restored_after_it(db_path):
    """The reported bug: the snapshot holds a column the table no longer has."""
    insert(db_path, "ingredient", DATTES | {"unit": "piece", "piece_weight_g": 12.5})
    item_id = trash_row(db_path, "ingredient", 7, "Dattes")

    command.downgrade(alembic_config(db_path), "0008")  # removes piece_weight_g
    restore(db_path, item_id)
    assert rows(db_path, "ingredient") == [DATTES | {"unit": "piece"}]
    assert rows(db_path, "trash_item") == []


def test_a_removed_column_is_left_out_and_a_new_one_takes_the_database_default(db_path):
    insert(
        db_path, "module", {"id": 3, "name": "Hygiène", "kind": "kitchen", "description": "HACCP"}
    )
    item_id = trash_row(db_path, "module", 3, "Hygiène")

    def change(op):
        with op.batch_alter_table("module") as batch:
            batch.drop_column("description")
            batch.add_column(
                sa.Column("colour", sa.String(16), nullable=False, server_default="vert")
            )

    later_migration(db_path, change)
    restore(db_path, item_id)
    assert rows(db_path, "module") == [
        {"id": 3, "name": "Hygiène", "kind": "kitchen", "colour": "vert"}
    ]


def test_a_new_required_column_without_database_default_takes_the_model_default(db_path):
    """The snapshot predates `description`; the model's default ("") fills it."""
    later_migration(db_path, lambda op: op.drop_column("module", "description"))
    insert(db_path, "module", {"id": 4, "name": "Caisse", "kind": "theory"})
    item_id = trash_row(db_path, "module", 4, "Caisse")

    def change(op):
        with op.batch_alter_table("module") as batch:
            batch.add_column(sa.Column("description", sa.Text, nullable=False))

    later_migration(db_path, change)
    restore(db_path, item_id)
    assert rows(db_path, "module") == [
        {"id": 4, "name": "Caisse", "kind": "theory", "description": ""}
    ]


def refused(path, item_id: int) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        restore(path, item_id)
    assert caught.value.field == "trash"
    assert "a été mise à jour" in caught.value.message
    assert len(rows(path, "trash_item")) == 1  # still in the trash
    return caught.value


def test_a_new_required_column_nobody_can_fill_is_a_clear_refusal(db_path):
    insert(db_path, "module", {"id": 5, "name": "Vente", "kind": "theory", "description": ""})
    item_id = trash_row(db_path, "module", 5, "Vente")

    def change(op):
        with op.batch_alter_table("module") as batch:
            batch.add_column(sa.Column("hours", sa.Integer, nullable=False))

    later_migration(db_path, change)
    assert "« Vente »" in refused(db_path, item_id).message
    assert rows(db_path, "module") == []


def test_any_other_database_error_is_a_clear_refusal(db_path):
    insert(db_path, "module", {"id": 6, "name": "Stock", "kind": "theory", "description": ""})
    item_id = trash_row(db_path, "module", 6, "Stock")
    later_migration(
        db_path,
        lambda op: op.execute(
            "CREATE TRIGGER module_log AFTER INSERT ON module "
            "BEGIN INSERT INTO table_gone (id) VALUES (new.id); END"
        ),
    )
    refused(db_path, item_id)
    assert rows(db_path, "module") == []


def test_a_table_a_migration_removed_is_a_clear_refusal(db_path):
    insert(db_path, "module", {"id": 8, "name": "Accueil", "kind": "theory", "description": ""})
    item_id = trash_row(db_path, "module", 8, "Accueil")
    later_migration(db_path, lambda op: op.rename_table("module", "old_module"))
    refused(db_path, item_id)
