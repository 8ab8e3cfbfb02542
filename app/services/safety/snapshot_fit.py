"""Fit rows kept in the trash under one schema revision to the tables as they are now.

A snapshot records the alembic revision it was taken at (`schema_revision`). A later migration may
have removed a column, added one or dropped a table: on restore, `LiveTables.fit` keeps the columns
the table has now, leaves new columns to their defaults (the database's, else the model's plain
value) and says `SchemaChanged` when a new column needs a value nobody can give.
"""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.models import load_all


class SchemaChanged(Exception):
    """The rows cannot go back into the tables as they are now (named in the message, for logs)."""


def schema_revision(session: Session) -> str | None:
    """The alembic revision of the database the session is on (None when it has none)."""
    connection = session.connection()
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _model_default(table_name: str, column_name: str):
    """The model's plain default value for a column (None when it has none or computes one)."""
    model_table = load_all().metadata.tables.get(table_name)
    column = model_table.columns.get(column_name) if model_table is not None else None
    default = column.default if column is not None else None
    if default is not None and default.is_scalar and isinstance(default.arg, (str, int, float)):
        return default.arg
    return None


class LiveTables:
    """The columns each table has in the database now, read once per restore."""

    def __init__(self, session: Session):
        self._inspector = inspect(session.connection())
        self._columns: dict[str, list[dict] | None] = {}

    def columns(self, table_name: str) -> list[dict] | None:
        """The table's columns as the database reports them; None when the table is gone."""
        if table_name not in self._columns:
            known = table_name in load_all().metadata.tables
            exists = known and self._inspector.has_table(table_name)
            self._columns[table_name] = self._inspector.get_columns(table_name) if exists else None
        return self._columns[table_name]

    def has_table(self, table_name: str) -> bool:
        return self.columns(table_name) is not None

    def fit(self, table_name: str, row: dict) -> dict:
        """`row` with only the columns the table has now, new required columns given the model's
        default; raises SchemaChanged when a new required column has no default at all."""
        columns = self.columns(table_name)
        if columns is None:
            raise SchemaChanged(f"table {table_name} is gone")
        key = set(self._inspector.get_pk_constraint(table_name)["constrained_columns"])
        fitted = {c["name"]: row[c["name"]] for c in columns if c["name"] in row}
        for column in columns:
            name = column["name"]
            if name in fitted or column["nullable"] or column.get("default") is not None:
                continue
            if name in key:
                continue  # the database gives the key
            value = _model_default(table_name, name)
            if value is None:
                raise SchemaChanged(f"{table_name}.{name} is new, required and has no default")
            fitted[name] = value
        return fitted

    def fit_columns(self, table_name: str, values: dict) -> dict:
        """The entries of `values` whose column the table still has (for links to set back)."""
        names = {c["name"] for c in self.columns(table_name) or []}
        return {name: value for name, value in values.items() if name in names}
