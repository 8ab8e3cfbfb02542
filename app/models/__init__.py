"""All models, imported here so that `Base.metadata` knows every table (alembic reads it)."""
from app.models.base import Base
from app.models.evaluation import (
    EvalAdjective,
    EvalAdjectivePick,
    EvalCampaign,
    EvalCompetence,
    EvalEvaluator,
    EvalFeedback,
    EvalRating,
    EvalScaleLevel,
    EvalSelfAnswer,
    Tasting,
    TastingAnswer,
)
from app.models.kitchen import Ingredient, IngredientPrice, Recipe, RecipeLine
from app.models.people import Cohort, Cooperative, Membership, Person
from app.models.schedule import Module, Morning
from app.models.settings import Setting

__all__ = [
    "Base",
    "Cohort",
    "Cooperative",
    "EvalAdjective",
    "EvalAdjectivePick",
    "EvalCampaign",
    "EvalCompetence",
    "EvalEvaluator",
    "EvalFeedback",
    "EvalRating",
    "EvalScaleLevel",
    "EvalSelfAnswer",
    "Ingredient",
    "IngredientPrice",
    "Membership",
    "Module",
    "Morning",
    "Person",
    "Recipe",
    "RecipeLine",
    "Setting",
    "Tasting",
    "TastingAnswer",
]
