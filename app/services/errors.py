"""The one exception a service raises for bad input: which field, and a message for a person.

A field in a table or a list is named with a `Field`: its name and, where it matters, the row (an
index, or the id of the thing the row shows) and the column, so the UI can find the cell without
parsing a string: `ValidationError(Field("sold", row=product_id, column="cash"), message)`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """Where an error belongs: a form field `name`, and optionally a `row` and a `column` in it."""

    name: str
    row: int | None = None
    column: str | None = None


class ValidationError(ValueError):
    """Input refused; nothing was written. `field` names the form field the message belongs to;
    `row` and `column` say where in it, for a table or a list (None otherwise)."""

    def __init__(self, field: str | Field, message: str):
        super().__init__(message)
        self.where = field if isinstance(field, Field) else Field(field)
        self.field = self.where.name
        self.row = self.where.row
        self.column = self.where.column
        self.message = message


class NotFound(LookupError):
    """The thing asked for does not exist (any more)."""


class StaleError(ValidationError):
    """The record changed since the form was drawn (another page, a scanner, an undo): nothing was
    written; the page reloads and says so. A `ValidationError`, so a form that does not know it
    still shows the message and writes nothing."""

    def __init__(self, message: str):
        super().__init__("version", message)
