"""The models, loaded on first use: `from app.models import Person` imports only the module that
defines Person, so start-up maps only the tables the first screen needs.

`Base` (and `load_all()`) bring in every model module, so that `Base.metadata` knows every table:
alembic, the trash and personal-data export rely on it. Regenerate the table below when a model
class is added (each class name -> the module under app/models that defines it).
"""

from __future__ import annotations

import importlib

MODULE_OF: dict[str, str] = {
    "Attendance": "schedule_records",
    "CashMovement": "sales",
    "ChecklistItem": "delegate",
    "ChecklistTick": "delegate",
    "Circle": "delegate",
    "CircleMember": "delegate",
    "Closure": "schedule_records",
    "Cohort": "people",
    "Cooperative": "people",
    "CustomerOrder": "menus",
    "EvalAdjective": "evaluation",
    "EvalAdjectivePick": "evaluation",
    "EvalCampaign": "evaluation",
    "EvalCompetence": "evaluation",
    "EvalEvaluator": "evaluation",
    "EvalFeedback": "evaluation",
    "EvalRating": "evaluation",
    "EvalScaleLevel": "evaluation",
    "EvalSelfAnswer": "evaluation",
    "Expense": "sales",
    "Handover": "delegate",
    "Ingredient": "kitchen",
    "IngredientPrice": "kitchen",
    "Membership": "people",
    "Menu": "menus",
    "MenuItem": "menus",
    "Module": "schedule",
    "Morning": "schedule",
    "OrderLine": "menus",
    "Person": "people",
    "Prerequisite": "schedule_records",
    "ProfitDecision": "sales",
    "ProfitObjection": "sales",
    "ProfitShare": "sales",
    "Recipe": "kitchen",
    "RecipeFormatVat": "menus",
    "RecipeLine": "kitchen",
    "RotationChange": "rotation_history",
    "RotationDay": "delegate",
    "SaleLine": "sales",
    "SalesEvent": "sales",
    "SalesEventProduct": "sales",
    "Setting": "settings",
    "Task": "delegate",
    "Tasting": "evaluation",
    "TastingAnswer": "evaluation",
    "TrashItem": "safety",
    "Unavailability": "rotation_history",
}


def load_all() -> None:
    """Import every model module (idempotent)."""
    for module in sorted(set(MODULE_OF.values())):
        importlib.import_module(f"app.models.{module}")


def __getattr__(name: str):
    if name == "Base":
        load_all()
        from app.models.base import Base

        return Base
    module = MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'app.models' has no attribute {name!r}")
    return getattr(importlib.import_module(f"app.models.{module}"), name)


__all__ = ["Base", "load_all", *MODULE_OF]
