"""All models, imported here so that `Base.metadata` knows every table (alembic reads it)."""
from app.models.base import Base
from app.models.delegate import (
    ChecklistItem,
    ChecklistTick,
    Circle,
    CircleMember,
    Handover,
    RotationChange,
    RotationDay,
    Task,
    Unavailability,
)
from app.models.kitchen import Ingredient, IngredientPrice, Recipe, RecipeLine
from app.models.menus import CustomerOrder, Menu, MenuItem, OrderLine, RecipeFormatVat
from app.models.people import Cohort, Cooperative, Membership, Person
from app.models.schedule import Module, Morning
from app.models.settings import Setting

__all__ = [
    "Base",
    "ChecklistItem",
    "ChecklistTick",
    "Circle",
    "CircleMember",
    "Handover",
    "RotationChange",
    "RotationDay",
    "Task",
    "Unavailability",
    "Cohort",
    "Cooperative",
    "CustomerOrder",
    "Ingredient",
    "IngredientPrice",
    "Membership",
    "Menu",
    "MenuItem",
    "Module",
    "Morning",
    "OrderLine",
    "Person",
    "Recipe",
    "RecipeFormatVat",
    "RecipeLine",
    "Setting",
]
