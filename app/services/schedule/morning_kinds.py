"""The title a morning is shown with: its module, or the name of its kind.

One rule for both ways the app reads mornings: the Schedule's services (ORM,
`app/services/schedule/mornings.py`) and the Today screen (plain SQL,
`app/services/today/first_screen.py`, which must not load the models). No database here; the
names of the kinds are the vocabulary's (`app/vocab/schedule.py`).
"""

from __future__ import annotations

from app.vocab.schedule import module_label, morning_kind_label


def morning_title(module_name: str | None, kind: str) -> str:
    """What a morning is about: its module (a seeded one in the interface language), or its kind
    when it has none."""
    return module_label(module_name) or morning_kind_label(kind)
