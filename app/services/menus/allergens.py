"""Allergens as stored on an ingredient: comma-separated keys of `app.vocab.menus.Allergen`
("gluten,nuts"), read and written in the order of annex II whatever order they were given in."""

from __future__ import annotations

from app.vocab.menus import Allergen


def parse_keys(text: str | None) -> list[str]:
    """'gluten,nuts' -> ['gluten', 'nuts'] (unknown keys dropped, annex order)."""
    wanted = {part.strip() for part in (text or "").split(",") if part.strip()}
    return [key.value for key in Allergen if key in wanted]


def join_keys(keys) -> str:
    return ",".join(key.value for key in Allergen if key in set(keys))
