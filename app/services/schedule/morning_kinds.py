"""The names of the kinds of mornings and the title a morning is shown with.

One rule for both ways the app reads mornings: the Schedule's services (ORM,
`app/services/schedule/mornings.py`) and the Today screen (plain SQL,
`app/services/today/first_screen.py`, which must not load the models). No database here.
"""

from __future__ import annotations

from app.i18n import tr


def kind_label(kind: str) -> str:
    """What a kind of morning is called for people ("theory" -> "Théorie")."""
    labels = {
        "theory": tr("Théorie", "schedule"),
        "practice": tr("Pratique", "schedule"),
        "kitchen": tr("Cuisine", "schedule"),
        "visit": tr("Visite", "schedule"),
        "sale": tr("Vente", "schedule"),
        "mentoring": tr("Marrainage", "schedule"),
        "evaluation": tr("Évaluation", "schedule"),
        "other": tr("Autre", "schedule"),
    }
    return labels.get(kind, kind)


def morning_title(module_name: str | None, kind: str) -> str:
    """What a morning is about: its module, or its kind when it has none."""
    return module_name or kind_label(kind)
