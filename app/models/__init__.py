"""All models, imported here so that `Base.metadata` knows every table (alembic reads it)."""
from app.models.base import Base
from app.models.delegate import (  # noqa: F401
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
from app.models.evaluation import (  # noqa: F401
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
from app.models.kitchen import (  # noqa: F401
    Ingredient,
    IngredientPrice,
    Recipe,
    RecipeLine,
)
from app.models.menus import (  # noqa: F401
    CustomerOrder,
    Menu,
    MenuItem,
    OrderLine,
    RecipeFormatVat,
)
from app.models.people import (  # noqa: F401
    Cohort,
    Cooperative,
    Membership,
    Person,
)
from app.models.schedule import (  # noqa: F401
    Attendance,
    Closure,
    Module,
    Morning,
    Prerequisite,
)
from app.models.settings import (  # noqa: F401
    Setting,
)

__all__ = [
    "Attendance",
    "Base",
    "ChecklistItem",
    "ChecklistTick",
    "Circle",
    "CircleMember",
    "Closure",
    "Cohort",
    "Cooperative",
    "CustomerOrder",
    "EvalAdjective",
    "EvalAdjectivePick",
    "EvalCampaign",
    "EvalCompetence",
    "EvalEvaluator",
    "EvalFeedback",
    "EvalRating",
    "EvalScaleLevel",
    "EvalSelfAnswer",
    "Handover",
    "Ingredient",
    "IngredientPrice",
    "Membership",
    "Menu",
    "MenuItem",
    "Module",
    "Morning",
    "OrderLine",
    "Person",
    "Prerequisite",
    "Recipe",
    "RecipeFormatVat",
    "RecipeLine",
    "RotationChange",
    "RotationDay",
    "Setting",
    "Task",
    "Tasting",
    "TastingAnswer",
    "Unavailability",
]
