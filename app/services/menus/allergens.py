"""The 14 allergens of EU regulation 1169/2011 (annex II), with their official French names."""

from __future__ import annotations

from app.i18n import tr

# key -> official French name, in the order of annex II.
ALLERGENS: dict[str, str] = {
    "gluten": "Céréales contenant du gluten",
    "crustaceans": "Crustacés",
    "eggs": "Œufs",
    "fish": "Poissons",
    "peanuts": "Arachides",
    "soy": "Soja",
    "milk": "Lait",
    "nuts": "Fruits à coque",
    "celery": "Céleri",
    "mustard": "Moutarde",
    "sesame": "Graines de sésame",
    "sulphites": "Anhydride sulfureux et sulfites",
    "lupin": "Lupin",
    "molluscs": "Mollusques",
}


def allergen_name(key: str) -> str:
    """The French name (labels stay in French); the UI may translate it for display."""
    return ALLERGENS.get(key, key)


def allergen_label(key: str) -> str:
    """The allergen's name in the interface language."""
    return tr(ALLERGENS.get(key, key), "allergens")


def parse_keys(text: str | None) -> list[str]:
    """'gluten,nuts' -> ['gluten', 'nuts'] (unknown keys dropped, annex order)."""
    wanted = {part.strip() for part in (text or "").split(",") if part.strip()}
    return [key for key in ALLERGENS if key in wanted]


def join_keys(keys) -> str:
    return ",".join(key for key in ALLERGENS if key in set(keys))
