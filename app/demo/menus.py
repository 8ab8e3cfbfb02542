"""Demo kitchen: ingredients with 2022 price rises, energy balls in three flavours (one family in
versions v1 to v3), a catering buffet of complete dishes, a brunch menu, and orders — among them
the 2022 order from a local non-profit priced near cost, which the app lights up in red.

Leaves for later seeders: context.extra["recipe_ids"] (name -> newest version id),
["energy_ball_versions"] ([v1, v2, v3] ids), ["order_ids"] (key -> id), ["menu_ids"].
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.services.labels.content import name_evokes
from app.services.menus import costing, ingredients, menus, orders, recipes
from app.vocab.menus import Emphasis

D = Decimal
JAN = dt.date(2022, 1, 1)

# name, unit, pack size, pack price (cents), supplier, allergens, traces
INGREDIENTS = [
    ("Dattes dénoyautées", "kg", "1", 649, "Colruyt", (), ()),
    ("Flocons d'avoine", "g", "500", 129, "Colruyt", ("gluten",), ()),
    ("Amandes", "g", "200", 329, "Colruyt", ("nuts",), ("peanuts",)),
    ("Noix de cajou", "g", "200", 399, "Épicerie bio d'Outremeuse", ("nuts",), ()),
    ("Beurre de cacahuète", "g", "350", 349, "Colruyt", ("peanuts",), ("nuts",)),
    ("Cacao en poudre non sucré", "g", "250", 299, "Colruyt", (), ("milk",)),
    ("Noix de coco râpée", "g", "200", 189, "Colruyt", (), ()),
    ("Miel", "g", "500", 599, "Marché de la Batte", (), ()),
    ("Graines de chia", "g", "300", 399, "Épicerie bio d'Outremeuse", (), ()),
    ("Graines de sésame", "g", "250", 219, "Colruyt", ("sesame",), ()),
    ("Citron", "piece", "4", 199, "Marché de la Batte", (), ()),
    ("Riz basmati", "kg", "2", 549, "Épicerie du Monde", (), ()),
    ("Cuisses de poulet", "kg", "1", 749, "Boucherie du quartier", (), ()),
    ("Oignons", "kg", "2", 299, "Marché de la Batte", (), ()),
    ("Carottes", "kg", "1", 129, "Marché de la Batte", (), ()),
    ("Courgettes", "kg", "1", 249, "Marché de la Batte", (), ()),
    ("Poivrons", "kg", "1", 399, "Marché de la Batte", (), ()),
    ("Pois chiches cuits", "g", "400", 99, "Colruyt", (), ()),
    ("Semoule de couscous", "kg", "1", 239, "Épicerie du Monde", ("gluten",), ()),
    ("Tomates concassées", "g", "400", 89, "Colruyt", (), ()),
    ("Huile d'olive", "l", "1", 899, "Colruyt", (), ()),
    ("Moutarde", "g", "370", 169, "Colruyt", ("mustard",), ()),
    ("Ras el hanout", "g", "100", 249, "Épicerie du Monde", (), ("celery", "mustard")),
    ("Œufs", "piece", "12", 399, "Colruyt", ("eggs",), ()),
    ("Farine de blé", "kg", "1", 119, "Colruyt", ("gluten",), ()),
    ("Lait demi-écrémé", "l", "1", 109, "Colruyt", ("milk",), ()),
    ("Beurre", "g", "250", 299, "Colruyt", ("milk",), ()),
    ("Sucre", "kg", "1", 149, "Colruyt", (), ()),
    ("Pommes", "kg", "1.5", 349, "Marché de la Batte", (), ()),
    ("Bananes", "kg", "1", 179, "Colruyt", (), ()),
    ("Oranges", "kg", "2", 399, "Marché de la Batte", (), ()),
    ("Menthe fraîche (bouquet)", "piece", "1", 129, "Marché de la Batte", (), ()),
]
# 2022: prices rose during the year (ingredient, from, pack price).
PRICE_RISES = [
    ("Dattes dénoyautées", dt.date(2022, 9, 1), 699),
    ("Huile d'olive", dt.date(2022, 7, 1), 1049),
    ("Cuisses de poulet", dt.date(2022, 9, 1), 829),
    ("Farine de blé", dt.date(2022, 6, 1), 149),
]

BALLS_STORAGE = "À conserver au frais (0 à 4 °C), dans une boîte fermée."
BALLS_STORY = (
    "Une recette de la Coopérative 2, améliorée après chaque dégustation : des dattes, de "
    "l'avoine et du cacao, sans sucre ajouté."
)
DISH_STORAGE = "À conserver au réfrigérateur (0 à 4 °C). À réchauffer à cœur avant de servir."


def _balls(name, lines, price, code, story=BALLS_STORY, descriptive_name=""):
    return dict(
        name=name,
        descriptive_name=descriptive_name,
        category="Energy balls",
        yield_count=5,
        yield_kind="units",
        net_quantity=D(150),
        net_unit="g",
        packaging_cost_cents=45,
        shelf_life_days=10,
        date_kind="best_before",
        storage=BALLS_STORAGE,
        story=story,
        price_cents=price,
        vat_rate_bp=600,
        product_code=code,
        lines=lines,
    )


def _dish(name, category, portions, net, lines, price, code, days=2, story="", kind="use_by"):
    return dict(
        name=name,
        category=category,
        yield_count=portions,
        yield_kind="portions",
        net_quantity=D(net),
        net_unit="g",
        packaging_cost_cents=15,
        shelf_life_days=days,
        date_kind=kind,
        storage=DISH_STORAGE,
        story=story,
        price_cents=price,
        vat_rate_bp=600,
        product_code=code,
        lines=lines,
        format_vat={"catering": 1200, "brunch": 1200},
    )


ENERGY_BALLS_V1 = _balls(
    "Energy balls dattes-cacao",
    [
        ("Dattes dénoyautées", "400", "g"),
        ("Flocons d'avoine", "150", "g"),
        ("Cacao en poudre non sucré", "40", "g"),
        ("Amandes", "100", "g"),
        ("Miel", "30", "g"),
    ],
    500,
    "20001",
)
# v2 after the first tasting: less sweet, no honey (vegan), a little coconut.
ENERGY_BALLS_V2_LINES = [
    ("Dattes dénoyautées", "350", "g"),
    ("Flocons d'avoine", "150", "g"),
    ("Cacao en poudre non sucré", "50", "g"),
    ("Amandes", "120", "g"),
    ("Noix de coco râpée", "30", "g"),
]
# v3 after the second tasting: chia seeds, more coconut; a slightly higher price.
ENERGY_BALLS_V3_LINES = [
    ("Dattes dénoyautées", "350", "g"),
    ("Flocons d'avoine", "130", "g"),
    ("Cacao en poudre non sucré", "50", "g"),
    ("Amandes", "120", "g"),
    ("Noix de coco râpée", "40", "g"),
    ("Graines de chia", "20", "g"),
]
OTHER_RECIPES = [
    _balls(
        "Energy balls coco-cajou",
        [
            ("Dattes dénoyautées", "350", "g"),
            ("Noix de cajou", "150", "g"),
            ("Noix de coco râpée", "80", "g"),
            ("Flocons d'avoine", "100", "g"),
            ("Citron", "1", "piece"),
        ],
        550,
        "20002",
        "Coco, cajou et un zeste de citron : la saveur préférée des clientes du stand.",
        # the others have no French name yet: their label does not fit L7163 with one, and the
        # Labels tab asks for it
        descriptive_name="Boules énergétiques aux dattes, noix de cajou et noix de coco",
    ),
    _balls(
        "Energy balls cacahuète-sésame",
        [
            ("Dattes dénoyautées", "300", "g"),
            ("Beurre de cacahuète", "120", "g"),
            ("Flocons d'avoine", "180", "g"),
            ("Graines de sésame", "40", "g"),
            ("Miel", "40", "g"),
        ],
        500,
        "20003",
        "Cacahuète et sésame grillé, pour les sportives et les goûters.",
    ),
    _dish(
        "Poulet yassa",
        "Plat (protéine)",
        10,
        300,
        [
            ("Cuisses de poulet", "1.5", "kg"),
            ("Oignons", "1", "kg"),
            ("Citron", "4", "piece"),
            ("Moutarde", "40", "g"),
            ("Huile d'olive", "60", "ml"),
        ],
        650,
        "20010",
        story=(
            "Le plat du dimanche au Sénégal et en Guinée : poulet mariné au citron et aux oignons."
        ),
    ),
    _dish(
        "Riz basmati",
        "Accompagnement (féculent)",
        10,
        200,
        [("Riz basmati", "700", "g"), ("Huile d'olive", "20", "ml")],
        150,
        "20011",
    ),
    _dish(
        "Couscous aux légumes et pois chiches",
        "Plat végétarien",
        10,
        350,
        [
            ("Semoule de couscous", "800", "g"),
            ("Pois chiches cuits", "800", "g"),
            ("Carottes", "600", "g"),
            ("Courgettes", "600", "g"),
            ("Oignons", "300", "g"),
            ("Tomates concassées", "400", "g"),
            ("Ras el hanout", "20", "g"),
            ("Huile d'olive", "50", "ml"),
        ],
        450,
        "20012",
        story="Le couscous de légumes du Maghreb, complet : féculent, légumes et protéines.",
    ),
    _dish(
        "Salade de carottes à la marocaine",
        "Entrée (légumes)",
        10,
        150,
        [
            ("Carottes", "1", "kg"),
            ("Citron", "2", "piece"),
            ("Huile d'olive", "50", "ml"),
            ("Ras el hanout", "5", "g"),
            ("Menthe fraîche (bouquet)", "1", "piece"),
        ],
        220,
        "20013",
    ),
    _dish(
        "Shakshuka",
        "Brunch",
        8,
        300,
        [
            ("Œufs", "8", "piece"),
            ("Tomates concassées", "800", "g"),
            ("Poivrons", "500", "g"),
            ("Oignons", "200", "g"),
            ("Huile d'olive", "40", "ml"),
        ],
        400,
        "20020",
        days=1,
    ),
    _dish(
        "Crêpes",
        "Brunch",
        20,
        60,
        [
            ("Farine de blé", "250", "g"),
            ("Œufs", "4", "piece"),
            ("Lait demi-écrémé", "500", "ml"),
            ("Beurre", "30", "g"),
            ("Sucre", "30", "g"),
        ],
        100,
        "20021",
        days=2,
        kind="best_before",
    ),
    _dish(
        "Salade de fruits frais",
        "Brunch",
        10,
        200,
        [
            ("Pommes", "1", "kg"),
            ("Bananes", "600", "g"),
            ("Oranges", "1", "kg"),
            ("Menthe fraîche (bouquet)", "1", "piece"),
        ],
        300,
        "20022",
        days=1,
    ),
]


# The products whose emphasised ingredients (QUID) nobody has confirmed yet: the recipe and the
# Labels tab ask for it. The others' suggestions were confirmed by a person.
EMPHASIS_TO_CONFIRM = {"Energy balls dattes-cacao"}


def _recipe_input(spec: dict, ingredient_ids: dict[str, int], lines=None) -> recipes.RecipeInput:
    spec = dict(spec)
    raw_lines = lines if lines is not None else spec.pop("lines")
    spec.pop("lines", None)
    confirmed = spec["name"] not in EMPHASIS_TO_CONFIRM

    def emphasis(name: str) -> str:
        evoked = confirmed and name_evokes(name, spec["name"])
        return Emphasis.YES if evoked else Emphasis.AUTO

    return recipes.RecipeInput(
        lines=tuple(
            recipes.LineInput(ingredient_ids[name], D(qty), unit, emphasis(name))
            for name, qty, unit in raw_lines
        ),
        **spec,
    )


# The weight of one piece of the ingredients counted in pieces, in grams.
PIECE_WEIGHTS_G = {"Citron": "100", "Œufs": "55", "Menthe fraîche (bouquet)": "30"}


SEED_ORDER = 30  # build_demo runs the seeders in increasing order (app/demo/__init__.py)


def seed(session: Session, context: DemoContext) -> None:
    ingredient_ids: dict[str, int] = {}
    for name, unit, size, price, supplier, allergens, traces in INGREDIENTS:
        info = ingredients.create_ingredient(
            session,
            ingredients.IngredientInput(
                name, unit, D(size), price, JAN, supplier, allergens, traces
            ),
        )
        ingredient_ids[name] = info.id
    for name, grams in PIECE_WEIGHTS_G.items():  # so the labels can list them by weight
        current = ingredients.get_ingredient(session, ingredient_ids[name], JAN)
        ingredients.update_ingredient(
            session,
            current.id,
            replace(current.as_input(JAN), piece_weight_g=D(grams)),
        )
    for name, valid_from, price in PRICE_RISES:
        current = ingredients.get_ingredient(session, ingredient_ids[name], valid_from)
        ingredients.set_price(session, current.id, valid_from, current.price.pack_size, price)

    recipe_ids: dict[str, int] = {}
    v1 = recipes.create_recipe(
        session, _recipe_input(ENERGY_BALLS_V1, ingredient_ids), dt.date(2022, 10, 3)
    )
    v2 = recipes.new_version(session, v1.id, dt.date(2022, 10, 24))
    recipes.update_recipe(
        session,
        v2.id,
        _recipe_input(
            {
                **ENERGY_BALLS_V1,
                "story": BALLS_STORY.replace(", sans sucre ajouté", ", sans miel ni sucre ajouté"),
            },
            ingredient_ids,
            ENERGY_BALLS_V2_LINES,
        ),
    )
    v3 = recipes.new_version(session, v2.id, dt.date(2022, 11, 14))
    recipes.update_recipe(
        session,
        v3.id,
        _recipe_input(
            {**ENERGY_BALLS_V1, "price_cents": 600}, ingredient_ids, ENERGY_BALLS_V3_LINES
        ),
    )
    recipe_ids[v3.name] = v3.id
    context.extra["energy_ball_versions"] = [v1.id, v2.id, v3.id]
    for spec in OTHER_RECIPES:
        created_on = (
            dt.date(2022, 10, 10) if spec["category"] == "Energy balls" else dt.date(2022, 5, 2)
        )
        info = recipes.create_recipe(session, _recipe_input(spec, ingredient_ids), created_on)
        recipe_ids[info.name] = info.id
    context.extra["recipe_ids"] = recipe_ids
    context.extra["ingredient_ids"] = ingredient_ids

    today = dt.date(2022, 5, 20)
    buffet = menus.create_menu(
        session,
        menus.MenuInput(
            "Buffet traiteur complet",
            "catering",
            (
                menus.MenuItemInput(recipe_ids["Salade de carottes à la marocaine"], D(1)),
                menus.MenuItemInput(recipe_ids["Poulet yassa"], D(1)),
                menus.MenuItemInput(recipe_ids["Riz basmati"], D(1)),
                menus.MenuItemInput(recipe_ids["Couscous aux légumes et pois chiches"], D("0.5")),
            ),
            "Un plat complet : féculent, protéine et légumes, comme les clients le demandent.",
        ),
        today,
    )
    brunch = menus.create_menu(
        session,
        menus.MenuInput(
            "Brunch des 20 ans",
            "brunch",
            (
                menus.MenuItemInput(recipe_ids["Shakshuka"], D(1)),
                menus.MenuItemInput(recipe_ids["Crêpes"], D(2)),
                menus.MenuItemInput(recipe_ids["Salade de fruits frais"], D(1)),
            ),
            "Le brunch des 20 ans d'une maison de quartier.",
        ),
        today,
    )
    context.extra["menu_ids"] = {"buffet": buffet.id, "brunch": brunch.id}

    # The 2022 case: the first paid order, priced before the cooperative learnt costing.
    event = dt.date(2022, 6, 17)
    guests = 40
    lines = orders.lines_from_menu(session, buffet.id, guests, "catering")
    near_cost = []
    for line in lines:
        unit_cost = costing.recipe_cost(session, line.recipe_id, event).per_unit_exact
        price = costing.to_cents(costing.including_vat(unit_cost, line.vat_rate_bp)) + 2
        near_cost.append(
            orders.OrderLineInput(line.recipe_id, line.quantity, price, line.vat_rate_bp)
        )
    asbl = orders.create_order(
        session,
        orders.OrderInput(
            customer="Asbl Les Jardins de Bressoux",
            contact="Mme Delvaux, 04 343 00 00",
            event_date=event,
            guests=guests,
            lines=tuple(near_cost),
            menu_id=buffet.id,
            sales_format="catering",
            fulfilment="delivery",
            address="Rue de Visé 120\n4020 Liège",
            status="delivered",
            notes="Prix fixés avant le cours de comptabilité : marge de 2 € environ.",
        ),
        dt.date(2022, 6, 1),
    )
    brunch_order = orders.create_order(
        session,
        orders.OrderInput(
            customer="Maison de quartier Saint-Léonard",
            contact="Karim, 0470 11 22 33",
            event_date=dt.date(2022, 11, 26),
            guests=20,
            lines=tuple(orders.lines_from_menu(session, brunch.id, 20, "brunch")),
            menu_id=brunch.id,
            sales_format="brunch",
            fulfilment="pickup",
            status="draft",
        ),
        dt.date(2022, 11, 7),
    )
    balls = orders.create_order(
        session,
        orders.OrderInput(
            customer="Épicerie coopérative Oufticoop",
            contact="Commande pour le stand du samedi",
            event_date=dt.date(2022, 11, 19),
            lines=(
                orders.OrderLineInput(v3.id, D(30)),
                orders.OrderLineInput(recipe_ids["Energy balls coco-cajou"], D(20)),
            ),
            sales_format="stand",
            fulfilment="delivery",
            status="accepted",
        ),
        dt.date(2022, 11, 10),
    )
    context.extra["order_ids"] = {
        "asbl_2022": asbl.id,
        "brunch": brunch_order.id,
        "energy_balls": balls.id,
    }
