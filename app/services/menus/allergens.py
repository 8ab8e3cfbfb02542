"""Allergens as stored on an ingredient: comma-separated keys of `app.vocab.menus.Allergen`
("gluten,nuts"), read and written in the order of annex II whatever order they were given in."""

from __future__ import annotations

from functools import lru_cache

from app.vocab.menus import Allergen

ANNEX_ORDER = tuple(key.value for key in Allergen)


def parse_keys(text: str | None) -> list[str]:
    """'gluten,nuts' -> ['gluten', 'nuts'] (unknown keys dropped, annex order)."""
    return list(_parsed(text or ""))


@lru_cache(maxsize=1024)  # a few dozen texts come back for every ingredient of every label
def _parsed(text: str) -> tuple[str, ...]:
    wanted = {part.strip() for part in text.split(",")}
    return tuple(key for key in ANNEX_ORDER if key in wanted)


def join_keys(keys) -> str:
    return ",".join(key.value for key in Allergen if key in set(keys))
