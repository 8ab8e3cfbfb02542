"""All models, imported here so that `Base.metadata` knows every table (alembic reads it)."""
from app.models.base import Base
from app.models.kitchen import Ingredient, IngredientPrice, Recipe, RecipeLine
from app.models.people import Cohort, Cooperative, Membership, Person
from app.models.schedule import Attendance, Closure, Module, Morning, Prerequisite
from app.models.settings import Setting

__all__ = [
    "Attendance",
    "Base",
    "Closure",
    "Cohort",
    "Cooperative",
    "Ingredient",
    "IngredientPrice",
    "Membership",
    "Module",
    "Morning",
    "Person",
    "Prerequisite",
    "Recipe",
    "RecipeLine",
    "Setting",
]
