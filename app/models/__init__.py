"""All models, imported here so that `Base.metadata` knows every table (alembic reads it)."""
from app.models.base import Base
from app.models.kitchen import Ingredient, IngredientPrice, Recipe, RecipeLine
from app.models.people import Cohort, Cooperative, Membership, Person
from app.models.safety import TrashItem
from app.models.schedule import Module, Morning
from app.models.settings import Setting

__all__ = [
    "Base",
    "Cohort",
    "Cooperative",
    "Ingredient",
    "IngredientPrice",
    "Membership",
    "Module",
    "Morning",
    "Person",
    "Recipe",
    "RecipeLine",
    "Setting",
    "TrashItem",
]
