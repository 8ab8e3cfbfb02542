"""The app's vocabularies: every closed set of values stored in a column (sales formats, payment
methods, kinds, statuses, units, allergens, roles…) as one `StrEnum` with one label function.

Each module holds the vocabularies of one area (`sales`, `menus`, `schedule`, `delegate`,
`evaluations`, `people`). Models build their CheckConstraints from these enums
(`app.models.base.in_constraint`), services validate against them, the UI fills its combos with
them and printing names them with the same label function. The modules import nothing but `enum`
and `app.i18n`: the first window (which loads no model) and every layer can use them.
"""

from __future__ import annotations

from enum import StrEnum


def values(vocabulary: type[StrEnum]) -> tuple[str, ...]:
    """The stored values of a vocabulary, in its order: ("cash", "card", ...)."""
    return tuple(member.value for member in vocabulary)
