"""All models, imported here so that `Base.metadata` knows every table (alembic reads it)."""
from app.models.base import Base
from app.models.people import Cohort, Cooperative, Membership, Person

__all__ = ["Base", "Cohort", "Cooperative", "Membership", "Person"]
