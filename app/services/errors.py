"""The one exception a service raises for bad input: which field, and a message for a person."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input refused; nothing was written. `field` names the form field the message belongs to."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class NotFound(LookupError):
    """The thing asked for does not exist (any more)."""


class StaleError(ValidationError):
    """The record changed since the form was drawn (another page, a scanner, an undo): nothing was
    written; the page reloads and says so. A `ValidationError`, so a form that does not know it
    still shows the message and writes nothing."""

    def __init__(self, message: str):
        super().__init__("version", message)
