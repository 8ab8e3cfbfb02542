"""The allergens per dish of a menu, an order and a sale day, read from the recipes: what any
ingredient contains, traces of what none contains, and a product without a recipe as unknown."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.models.sales import SalesEventProduct
from app.services.kitchen import allergen_sheet
from app.services.menus import menus, orders, recipes
from app.services.sales import events
from tests.services.kitchen_fixtures import add_ingredient, balls_input, kitchen, line
from tests.services.sales_fixtures import make_shop

JUNE = dt.date(2022, 6, 1)


def two_recipes(session) -> tuple[int, int]:
    ids = kitchen(session)  # oats: gluten
    almonds = add_ingredient(session, "Amandes", "g", "200", 399, allergens=("nuts",))
    from app.services.menus import ingredients

    # cocoa "may contain" milk and nuts: nuts are in the recipe already, so only milk is a trace
    cocoa = ingredients.create_ingredient(
        session,
        ingredients.IngredientInput(
            "Cacao", "g", Decimal(250), 299, JUNE, "Colruyt", (), ("nuts", "milk")
        ),
    ).id
    balls = recipes.create_recipe(session, balls_input(ids), JUNE)
    nutty = recipes.create_recipe(
        session,
        balls_input(
            ids,
            name="Boules amandes",
            lines=(
                line(ids["dates"], "300", "g"),
                line(almonds, "100", "g"),
                line(cocoa, "20", "g"),
            ),
        ),
        JUNE,
    )
    return balls.id, nutty.id


def test_a_recipe_contains_its_ingredients_allergens_and_only_other_traces(session):
    balls, nutty = two_recipes(session)
    order = orders.create_order(
        session,
        orders.OrderInput(
            "Asbl",
            dt.date(2022, 6, 17),
            (
                orders.OrderLineInput(balls, Decimal(10), 500, 600),
                orders.OrderLineInput(nutty, Decimal(5), 500, 600),
                orders.OrderLineInput(balls, Decimal(2), 450, 600),  # the same dish once
            ),
        ),
        JUNE,
    )
    sheet = allergen_sheet.for_order(session, order.id)
    assert sheet.kind == "order" and sheet.name == "Asbl" and sheet.on == dt.date(2022, 6, 17)
    assert [(d.name, d.allergens, d.traces) for d in sheet.dishes] == [
        ("Energy balls", ("gluten",), ()),
        ("Boules amandes", ("nuts",), ("milk",)),
    ]
    assert sheet.all_allergens == ("gluten", "nuts")


def test_a_menu_lists_each_of_its_recipes(session):
    balls, nutty = two_recipes(session)
    menu = menus.create_menu(
        session,
        menus.MenuInput("Brunch", "catering", (menus.MenuItemInput(nutty, Decimal(1)),)),
        JUNE,
    )
    sheet = allergen_sheet.for_menu(session, menu.id)
    assert [d.name for d in sheet.dishes] == ["Boules amandes"]
    assert sheet.dishes[0].known


def test_a_sale_day_product_without_recipe_is_unknown_not_free_of_allergens(session):
    shop = make_shop(session)
    event = events.create_event(
        session,
        events.EventInput(shop.cohort_id, dt.date(2022, 10, 5), "stand", recipe_ids=(shop.balls,)),
    )
    session.add(SalesEventProduct(event_id=event.id, name="Thé", price_cents=100, vat_rate_bp=600))
    session.flush()
    sheet = allergen_sheet.for_sale_day(session, event.id)
    names = [d.name for d in sheet.dishes]
    assert "Thé" in names
    tea = sheet.dishes[names.index("Thé")]
    assert not tea.known and tea.allergens == ()
