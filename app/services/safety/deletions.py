"""Deleting a recipe, an ingredient, an order, a sales event or a morning: each goes to the
Corbeille (30 days, restorable), named in words people recognise, after the checks of its area.

Decisions:
- A recipe that was sold (it appears in a sales day) is refused: the sales history keeps its link;
  the message says to deactivate it. A recipe used by an order, a menu or a tasting is refused by
  the trash itself, naming what holds it.
- An ingredient a recipe uses is refused, naming the recipes (it can be made inactive); an unused
  one goes with its prices.
- An order goes with its lines; sales days and expenses linked to it lose the link, which comes
  back when the order is restored.
- An open sales event goes with its products, its lines and its cash movements (the whole day);
  a closed day is history and is refused (correct it with reversing entries).
- A morning goes with its attendance; restoring it brings the attendance back.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, format_date, tr, tr_n
from app.models.sales import SalesEventProduct
from app.services.errors import ValidationError
from app.services.menus import ingredients, orders, recipes
from app.services.safety import trash
from app.services.safety.trash import TrashEntry
from app.services.sales import events
from app.services.schedule import mornings


def recipe_label(info) -> str:
    return f"{info.name} (v{info.version})"


def trash_recipe(session: Session, recipe_id: int) -> TrashEntry:
    info = recipes.get_recipe(session, recipe_id)
    label = recipe_label(info)
    sold_in = session.scalar(
        select(func.count(func.distinct(SalesEventProduct.event_id))).where(
            SalesEventProduct.recipe_id == recipe_id
        )
    )
    if sold_in:
        raise ValidationError(
            "delete",
            fill(
                tr_n(
                    "« {label} » ne peut pas être supprimée : elle figure dans %n journée(s) de "
                    "vente. Désactivez-la plutôt.",
                    "trash",
                    sold_in,
                ),
                label=label,
            ),
        )
    return trash.move_to_trash(session, "recipe", recipe_id, label)


def order_label(info) -> str:
    return fill(
        tr("Commande {customer} du {date}", "trash"),
        customer=info.customer,
        date=format_date(info.event_date),
    )


def trash_ingredient(session: Session, ingredient_id: int) -> TrashEntry:
    name = ingredients.name_if_unused(session, ingredient_id)
    return trash.move_to_trash(session, "ingredient", ingredient_id, name)


def trash_order(session: Session, order_id: int) -> TrashEntry:
    info = orders.get_order(session, order_id)
    return trash.move_to_trash(session, "customer_order", order_id, order_label(info))


def event_label(info) -> str:
    return fill(tr("Vente du {title}", "trash"), title=info.title)


def trash_event(session: Session, event_id: int) -> TrashEntry:
    info = events.get_event(session, event_id)
    if info.closed:
        raise ValidationError(
            "delete",
            fill(
                tr(
                    "« {label} » est clôturée : elle ne peut plus être supprimée. Corrigez-la par "
                    "une correction.",
                    "trash",
                ),
                label=event_label(info),
            ),
        )
    return trash.move_to_trash(session, "sales_event", event_id, event_label(info))


def morning_label(info) -> str:
    return fill(
        tr("Matinée du {date} ({title})", "trash"),
        date=format_date(info.date),
        title=info.title,
    )


def trash_morning(session: Session, morning_id: int) -> TrashEntry:
    info = mornings.get_morning(session, morning_id)
    return trash.move_to_trash(session, "morning", morning_id, morning_label(info))
