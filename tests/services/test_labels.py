"""Label content from recipes, print job checks, templates and barcodes; hand-computed values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.menus import Recipe
from app.services.errors import ValidationError
from app.services.labels import content as labels
from app.services.labels import templates as lt
from tests.labels_fixtures import add_cooperative, energy_balls, ingredient, recipe

MADE = dt.date(2022, 10, 5)


def test_ingredients_by_descending_weight_across_units(session):
    add_cooperative(session)
    product = energy_balls(session)
    content = labels.label_content(session, product.id, MADE)
    # 0.4 kg = 400 g, 0.3 l = 300 ml (counted as 300 g), 250 g, 30 g
    assert [e.name for e in content.ingredients] == [
        "Dattes",
        "Lait de coco",
        "Flocons d'avoine",
        "Cacao",
    ]
    assert [e.quantity for e in content.ingredients] == [400, 300, 250, 30]


def test_same_ingredient_on_two_lines_adds_up_and_ties_keep_recipe_order(session):
    add_cooperative(session)
    sugar = ingredient(session, "Sucre")
    flour = ingredient(session, "Farine de blé", allergens="gluten")
    salt = ingredient(session, "Sel")
    product = recipe(
        session,
        "Gâteau",
        [(salt, 100, "g"), (sugar, 60, "g"), (flour, "0.1", "kg"), (sugar, 50, "g")],
    )
    content = labels.label_content(session, product.id, MADE)
    # sugar 110 g first; salt and flour tie at 100 g and keep the recipe's order
    assert [(e.name, e.quantity) for e in content.ingredients] == [
        ("Sucre", 110),
        ("Sel", 100),
        ("Farine de blé", 100),
    ]


def test_allergens_are_marked_and_named_when_the_name_does_not_say_them(session):
    add_cooperative(session)
    butter = ingredient(session, "Beurre", allergens="milk")
    pesto = ingredient(session, "Pesto", allergens="milk,nuts", traces="peanuts")
    oats = ingredient(session, "Flocons d'avoine", allergens="gluten", traces="milk,sesame")
    product = recipe(session, "Tartine", [(butter, 50, "g"), (pesto, 40, "g"), (oats, 30, "g")])
    content = labels.label_content(session, product.id, MADE)
    by_name = {e.name: e for e in content.ingredients}
    assert by_name["Beurre"].allergens == ("milk",)
    assert by_name["Beurre"].added_words == ()  # "beurre" already says milk
    assert by_name["Pesto"].added_words == ("lait", "fruits à coque")
    assert by_name["Flocons d'avoine"].added_words == ()  # oats are a gluten cereal
    # milk is an ingredient already: only peanuts and sesame remain as traces, in annex order
    assert content.traces == ("arachides", "sésame")
    assert content.allergens == ("gluten", "milk", "nuts")


def test_cereals_and_nuts_are_named_as_annex_ii_names_them(session):
    add_cooperative(session)
    semolina = ingredient(session, "Semoule de couscous", allergens="gluten")
    flour = ingredient(session, "Farine", allergens="gluten")
    gluten = ingredient(session, "Gluten", allergens="gluten")
    cashews = ingredient(session, "Noix de cajou", allergens="nuts")
    spelt = ingredient(session, "Pain d'épeautre", allergens="gluten")
    lines = [(semolina, 50, "g"), (flour, 40, "g"), (gluten, 5, "g"), (cashews, 30, "g")]
    product = recipe(session, "Taboulé", lines + [(spelt, 20, "g")])
    by_name = {e.name: e for e in labels.label_content(session, product.id, MADE).ingredients}
    assert by_name["Semoule de couscous"].added_words == ("blé dur",)
    assert by_name["Farine"].added_words == ("blé",)
    assert by_name["Gluten"].added_words == ()  # no cereal known, and the name says the allergen
    assert by_name["Noix de cajou"].added_words == ()  # the nut is named
    assert by_name["Pain d'épeautre"].added_words == ()  # spelt is named


def test_added_water_is_listed_only_above_5_percent_of_the_finished_product(session):
    add_cooperative(session)
    flour = ingredient(session, "Farine de blé", allergens="gluten")
    water = ingredient(session, "Eau")
    orange = ingredient(session, "Eau de fleur d'oranger")
    # 20 × 50 g = 1 000 g finished: 50 g of water is 5 % (not listed), 60 g is 6 % (listed)
    lines = [(flour, 900, "g"), (water, 50, "g"), (orange, 5, "g")]
    product = recipe(session, "Galettes", lines, yield_count=20, net_quantity=Decimal(50))
    names = [e.name for e in labels.label_content(session, product.id, MADE).ingredients]
    assert names == ["Farine de blé", "Eau de fleur d'oranger"]
    product.lines[1].quantity = Decimal(60)
    session.flush()
    names = [e.name for e in labels.label_content(session, product.id, MADE).ingredients]
    assert names == ["Farine de blé", "Eau", "Eau de fleur d'oranger"]


def test_best_before_and_use_by_wording_and_dates(session):
    add_cooperative(session)
    balls = energy_balls(session, shelf_life_days=14)
    content = labels.label_content(session, balls.id, MADE)
    assert content.date_wording == "À consommer de préférence avant le"
    assert content.date == dt.date(2022, 10, 19)
    assert content.date_text == "19/10/2022"
    soup = recipe(
        session,
        "Soupe",
        [(ingredient(session, "Carottes"), 1, "kg")],
        shelf_life_days=3,
        date_kind="use_by",
        storage="À conserver entre 0 et 4 °C.",
        net_quantity=Decimal(500),
        net_unit="ml",
    )
    content = labels.label_content(session, soup.id, dt.date(2022, 12, 30))
    assert content.date_wording == "À consommer jusqu'au"
    assert content.date_text == "02/01/2023"
    assert content.net_quantity == "500 ml"


def test_missing_data_is_listed_and_names_the_recipe(session):
    add_cooperative(session)
    empty = Recipe(name="Mystère", yield_count=1, net_quantity=None, shelf_life_days=None)
    session.add(empty)
    session.flush()
    with pytest.raises(labels.LabelRefused) as refused:
        labels.label_content(session, empty.id, MADE)
    assert refused.value.recipe_id == empty.id
    assert len(refused.value.missing) == 3
    assert "ingrédients" in refused.value.missing[0]
    assert "quantité nette" in refused.value.missing[1]
    assert "durée de conservation" in refused.value.missing[2]
    assert "Mystère" in refused.value.message


def test_use_by_needs_storage_and_pieces_need_a_weight(session):
    add_cooperative(session)
    eggs = ingredient(session, "Œufs", allergens="eggs", unit="piece")
    product = recipe(session, "Omelette", [(eggs, 6, "piece")], date_kind="use_by", storage="")
    with pytest.raises(labels.LabelRefused) as refused:
        labels.label_content(session, product.id, MADE)
    assert len(refused.value.missing) == 2
    assert "conservation" in refused.value.missing[0]
    assert "« Œufs »" in refused.value.missing[1]


def test_a_piece_with_its_weight_is_listed_by_weight(session):
    """6 eggs of 55 g weigh 330 g: more than the 200 g of milk, less than 400 g of flour."""
    from decimal import Decimal

    add_cooperative(session)
    eggs = ingredient(session, "Œufs", allergens="eggs", unit="piece")
    eggs.piece_weight_g = Decimal(55)
    milk = ingredient(session, "Lait", allergens="milk", unit="ml")
    flour = ingredient(session, "Farine de froment", allergens="gluten")
    product = recipe(
        session,
        "Crêpes",
        [(milk, 200, "ml"), (eggs, 6, "piece"), (flour, "0.4", "kg")],
        storage="Au frais.",
    )
    content = labels.label_content(session, product.id, MADE)
    assert [entry.name for entry in content.ingredients] == ["Farine de froment", "Œufs", "Lait"]
    assert [entry.quantity for entry in content.ingredients] == [400, 330, 200]


def test_no_cooperative_means_no_producer_line(session):
    product = energy_balls(session)
    with pytest.raises(labels.LabelRefused) as refused:
        labels.label_content(session, product.id, MADE)
    assert "coopérative" in refused.value.missing[0]


def test_lot_price_story_and_producer(session):
    add_cooperative(session)
    product = energy_balls(session, price_cents=350, story="La recette de Hằng.")
    plain = labels.label_content(session, product.id, MADE)
    assert plain.lot == "L221005"
    assert plain.price == "" and plain.story == ""
    assert plain.producer == "Produit par Coopér'Actives, Rue des Champs 67, 4020 Liège"
    full = labels.label_content(
        session,
        product.id,
        MADE,
        lot="  B-12 ",
        options=labels.LabelOptions(price=True, story=True),
    )
    assert full.lot == "B-12"
    assert full.price == "3,50\xa0€"
    assert full.story == "La recette de Hằng."
    with pytest.raises(ValidationError) as error:
        labels.label_content(session, product.id, MADE, lot="L" * 21)
    assert error.value.field == "lot"


def test_an_arabic_name_makes_a_label_as_typed(session):
    add_cooperative(session)
    product = energy_balls(session, name="Maamoul معمول")
    assert labels.label_content(session, product.id, MADE).name == "Maamoul معمول"


@pytest.mark.parametrize(
    ("quantity", "unit", "text"),
    [
        ("250", "g", "250 g"),
        ("1500", "g", "1,5 kg"),
        ("0.75", "l", "750 ml"),
        ("6", "piece", "6 pièces"),
        ("1", "piece", "1 pièce"),
        (None, "g", ""),
    ],
)
def test_net_quantity_text(quantity, unit, text):
    assert labels.net_quantity_text(Decimal(quantity) if quantity else None, unit) == text


def test_ean13_from_product_codes():
    # 2 0 0 0 0 0 0 0 1 2 3 4: 2 + 1 + 2·3 + 3 + 4·3 = 24 -> check digit 6
    assert labels.ean13_for_code("1234") == "2000000012346"
    assert labels.ean13_for_code("400638133393") == "4006381333931"
    assert labels.ean13_for_code("4006381333931") == "4006381333931"
    for bad in ("4006381333932", "12AB", "12345678901", ""):
        with pytest.raises(ValidationError):
            labels.ean13_for_code(bad)
    assert labels.matches_scan("1234", "2000000012346")
    assert labels.matches_scan("HOUMOUS-1", "HOUMOUS-1")
    assert not labels.matches_scan("1234", "2000000012353")


@given(st.text(alphabet="0123456789", min_size=1, max_size=10))
def test_every_short_code_gives_a_valid_in_store_ean13(code):
    ean = labels.ean13_for_code(code)
    assert len(ean) == 13 and ean.startswith("20")
    assert int(ean[2:12]) == int(code)
    weighted = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(ean))
    assert weighted % 10 == 0


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.integers(1, 5000), st.sampled_from(["g", "kg", "ml", "l"])),
        min_size=1,
        max_size=6,
    )
)
def test_order_is_never_increasing_in_grams(db, lines):
    factor = {"g": 1, "kg": 1000, "ml": 1, "l": 1000}
    with db.session() as session:  # rolled back at the end: every example starts empty
        add_cooperative(session)
        rows = [
            (ingredient(session, f"I{i}"), Decimal(q) / 1000 if u in ("kg", "l") else q, u)
            for i, (q, u) in enumerate(lines)
        ]
        product = recipe(session, "P", rows)
        content = labels.label_content(session, product.id, MADE)
        grams = [e.quantity for e in content.ingredients]
        assert grams == sorted(grams, reverse=True)
        expected = sorted(
            Decimal(q) * factor[u] / (1000 if u in ("kg", "l") else 1) for q, u in lines
        )
        assert sorted(grams) == expected
        session.rollback()


def _job(product_id, count=10, template="L7160", skip=0):
    return labels.LabelJobInput((labels.JobLine(product_id, count),), MADE, template, skip)


def test_job_checks_count_skip_template(session):
    add_cooperative(session)
    product = energy_balls(session)
    job = labels.prepare_job(session, _job(product.id, count=40, skip=5))
    assert (job.total, job.sheets, job.template.per_sheet) == (40, 3, 21)  # 45 places / 21
    assert labels.prepare_job(session, _job(product.id, count=1, skip=20)).sheets == 1
    for bad, field in (
        (_job(product.id, count=0), "count"),
        (_job(product.id, count=10_001), "count"),
        (_job(product.id, skip=21), "skip"),
        (_job(product.id, skip=-1), "skip"),
        (_job(product.id, template="L9999"), "template"),
        (_job(product.id, template="ROLL62", skip=1), "skip"),
        (labels.LabelJobInput((), MADE, "L7160"), "products"),
    ):
        with pytest.raises(ValidationError) as error:
            labels.prepare_job(session, bad)
        assert error.value.field == field
    assert labels.prepare_job(session, _job(product.id, count=10_000)).total == 10_000


def test_job_applies_the_printer_offset_and_suggests_larger_templates_on_the_same_paper(session):
    add_cooperative(session)
    product = energy_balls(session)
    lt.set_printer_offset(session, "L7160", 0.8, -1.3)
    job = labels.prepare_job(session, _job(product.id))
    assert job.template.left_mm == pytest.approx(8.0)
    assert job.template.top_mm == pytest.approx(13.85)
    assert [t.id for t in job.alternatives] == ["L7163", "L7165", "ROLL62"]
    with pytest.raises(ValidationError):
        lt.set_printer_offset(session, "L7160", 10.5, 0)


def test_last_template_and_date_are_remembered(session):
    assert labels.last_job(session) == ("L7163", None)  # the sheet every demo product fits
    labels.remember_job(session, "L7160", MADE)
    assert labels.last_job(session) == ("L7160", MADE)


def test_list_products_keeps_newest_version_and_says_what_is_missing(session):
    add_cooperative(session)
    v1 = energy_balls(session)
    v1.family_id = v1.id
    v2 = recipe(
        session,
        "Energy balls",
        [(v1.lines[0].ingredient, 10, "g")],
        version=2,
        family_id=v1.id,
        shelf_life_days=None,
    )
    recipe(session, "Ancien", [(v1.lines[0].ingredient, 10, "g")], active=False)
    products = labels.list_products(session)
    assert [(p.recipe_id, p.ready) for p in products] == [(v2.id, False)]
    assert "durée de conservation" in products[0].missing[0]
    assert labels.find_product(session, "ENERGY balls").recipe_id == v2.id
    with pytest.raises(ValidationError) as error:
        labels.find_product(session, "energy")
    assert "Energy balls" in error.value.message


def test_builtin_templates_have_the_libreoffice_dimensions():
    by_id = {t.id: t for t in lt.builtin_templates()}
    l7160 = by_id["L7160"]
    assert (l7160.label_width_mm, l7160.label_height_mm, l7160.left_mm, l7160.top_mm) == (
        63.5,
        38.1,
        7.2,
        15.15,
    )
    assert (l7160.pitch_x_mm, l7160.pitch_y_mm, l7160.per_sheet) == (66.04, 38.1, 21)
    assert by_id["L7163"].per_sheet == 14
    assert by_id["L7165"].per_sheet == 8
    assert by_id["L7651"].per_sheet == 65
    assert by_id["ROLL62"].label_width_mm == 62
    for template in by_id.values():
        lt.check_fits(template)
    # third column, seventh row of L7160
    assert l7160.position_mm(20) == pytest.approx((7.2 + 2 * 66.04, 15.15 + 6 * 38.1))


def test_custom_template_saved_checked_and_deleted(session):
    data = lt.TemplateInput(
        id="MON-70x36",
        name="Mes étiquettes",
        label_width_mm="70",
        label_height_mm="36",
        left_mm="0",
        top_mm="4,5",
        pitch_x_mm="70",
        pitch_y_mm="36",
        columns="3",
        rows="8",
    )
    saved = lt.save_custom_template(session, data)
    assert saved.per_sheet == 24 and saved.custom
    assert lt.get_template(session, "mon-70x36").top_mm == 4.5
    too_wide = lt.TemplateInput(**{**data.__dict__, "columns": "4"})
    with pytest.raises(ValidationError) as error:
        lt.save_custom_template(session, too_wide)
    assert error.value.field == "columns" and "droite" in error.value.message
    too_tall = lt.TemplateInput(**{**data.__dict__, "rows": "9"})
    with pytest.raises(ValidationError) as error:
        lt.save_custom_template(session, too_tall)
    assert error.value.field == "rows"
    with pytest.raises(ValidationError) as error:
        lt.save_custom_template(session, lt.TemplateInput(**{**data.__dict__, "id": "L7160"}))
    assert error.value.field == "id"
    with pytest.raises(ValidationError) as error:
        lt.save_custom_template(session, lt.TemplateInput(**{**data.__dict__, "pitch_x_mm": "abc"}))
    assert error.value.field == "pitch_x_mm"
    assert lt.get_template(session, "MON-70x36").columns == 3  # the refused ones changed nothing
    lt.delete_custom_template(session, "MON-70x36")
    with pytest.raises(ValidationError):
        lt.get_template(session, "MON-70x36")


def test_ingredients_named_in_the_product_name_show_their_percentage(session):
    add_cooperative(session)
    product = energy_balls(session, name="Energy balls dattes-cacao")
    content = labels.label_content(session, product.id, MADE)
    # on the finished product, 20 × 50 g = 1 000 g: dates 400 / 1000 = 40 %, cocoa 30 g = 3 %
    assert [(e.name, e.percent) for e in content.ingredients] == [
        ("Dattes", "40 %"),
        ("Lait de coco", ""),
        ("Flocons d'avoine", ""),
        ("Cacao", "3 %"),
    ]
    soup = recipe(
        session,
        "Soupe de lentilles",
        [
            (ingredient(session, "Eau"), 2000, "ml"),
            (ingredient(session, "Lentilles corail"), 300, "g"),
            (ingredient(session, "Sel"), 5, "g"),
        ],
    )
    entries = labels.label_content(session, soup.id, MADE).ingredients
    # 2 305 g of ingredients make 20 × 50 g = 1 000 g of soup: lentils 300 / 1000 = 30 %
    assert [e.percent for e in entries] == ["", "30 %", ""]


def test_quid_for_every_ingredient_the_name_evokes_on_the_finished_product(session):
    add_cooperative(session)
    dates = ingredient(session, "Dattes dénoyautées")
    cashews = ingredient(session, "Noix de cajou", allergens="nuts")
    coconut = ingredient(session, "Noix de coco râpée")
    oats = ingredient(session, "Flocons d'avoine", allergens="gluten")
    lines = [(dates, 500, "g"), (cashews, 200, "g"), (coconut, 100, "g"), (oats, 200, "g")]
    balls = recipe(session, "Energy balls coco-cajou", lines, net_quantity=Decimal(50))
    entries = labels.label_content(session, balls.id, MADE).ingredients
    assert {e.name: e.percent for e in entries} == {
        "Dattes dénoyautées": "",
        "Noix de cajou": "20 %",
        "Flocons d'avoine": "",
        "Noix de coco râpée": "10 %",
    }
    chicken = ingredient(session, "Cuisses de poulet")
    onions = ingredient(session, "Oignons")
    yassa = recipe(
        session,
        "Poulet yassa",
        [(chicken, 1500, "g"), (onions, 900, "g")],
        yield_count=6,
        net_quantity=Decimal(300),
    )
    # 2 400 g cooked down to 6 × 300 g = 1 800 g: chicken 1500 / 1800 = 83 %
    assert labels.label_content(session, yassa.id, MADE).ingredients[0].percent == "83 %"
    apples = ingredient(session, "Pommes")
    chips = recipe(
        session, "Chips de pommes", [(apples, 1000, "g")], yield_count=4, net_quantity=Decimal(50)
    )
    # 1 000 g of apples dried to 200 g: more than 100 %, said as the weight used per 100 g
    [entry] = labels.label_content(session, chips.id, MADE).ingredients
    assert entry.percent == "500 g pour 100 g"
    from app.services.labels.content import recipe_warnings

    [loss] = [w for w in recipe_warnings(chips) if "perte" in w]
    assert "1000 g" in loss and "200 g" in loss and "perte à la cuisson de 80 %" in loss


def test_emphasis_confirmed_refused_or_suggested_decides_the_percentage(session):
    add_cooperative(session)
    balls = energy_balls(session, name="Energy balls dattes-cacao")
    # suggested from the name (dates, cocoa), nobody decided yet: printed, and the recipe warns
    assert labels.unconfirmed_emphasis(balls) == ["Cacao", "Dattes"]  # recipe order
    warnings = labels.recipe_warnings(balls)
    assert any("évoque « Dattes »" in w and "Mis en avant" in w for w in warnings)
    # a person refuses cocoa and confirms coconut milk (not in the name)
    by_name = {line.ingredient.name: line for line in balls.lines}
    by_name["Cacao"].emphasis = "no"
    by_name["Dattes"].emphasis = "yes"
    by_name["Lait de coco"].emphasis = "yes"
    session.flush()
    content = labels.label_content(session, balls.id, MADE)
    # 20 × 50 g = 1 000 g finished: dates 400 g = 40 %, coconut milk 300 ml = 30 %
    assert [(e.name, e.percent) for e in content.ingredients] == [
        ("Dattes", "40 %"),
        ("Lait de coco", "30 %"),
        ("Flocons d'avoine", ""),
        ("Cacao", ""),
    ]
    assert labels.unconfirmed_emphasis(balls) == []
    assert not any("évoque" in w for w in labels.recipe_warnings(balls))


def test_a_stated_cooking_loss_gives_the_finished_weight_of_the_percentages(session):
    add_cooperative(session)
    chicken = ingredient(session, "Cuisses de poulet")
    onions = ingredient(session, "Oignons")
    water = ingredient(session, "Eau")
    # pieces: no weighed finished product, only the stated loss says what cooking does
    yassa = recipe(
        session,
        "Poulet yassa",
        [(chicken, 1500, "g"), (onions, 900, "g"), (water, 600, "ml")],
        net_quantity=Decimal(1),
        net_unit="piece",
        weight_change_pct=Decimal(-25),
    )
    yassa.lines[0].emphasis = "yes"
    session.flush()
    entries = labels.label_content(session, yassa.id, MADE).ingredients
    # 3 000 g lose 25 % = 750 g: 2 250 g finished; chicken 1500 / 2250 = 66,7 % → 67 %;
    # the water left is 600 − 750 < 0: none, so it is not listed
    assert [(e.name, e.percent) for e in entries] == [
        ("Cuisses de poulet", "67 %"),
        ("Oignons", ""),
    ]
    yassa.weight_change_pct = Decimal(-10)
    session.flush()
    entries = labels.label_content(session, yassa.id, MADE).ingredients
    # 3 000 g − 300 g = 2 700 g; water left 600 − 300 = 300 g = 11 % (> 5 %): listed at 300 g
    assert [(e.name, e.quantity, e.percent) for e in entries] == [
        ("Cuisses de poulet", Decimal(1500), "56 %"),
        ("Oignons", Decimal(900), ""),
        ("Eau", Decimal(300), ""),
    ]


def test_water_absorbed_in_cooking_is_listed_when_the_recipe_states_it(session):
    add_cooperative(session)
    rice = ingredient(session, "Riz basmati")
    oil = ingredient(session, "Huile d'olive", unit="l")
    lines = [(rice, 700, "g"), (oil, 20, "ml")]
    dish = recipe(session, "Riz basmati", lines, yield_count=10, net_quantity=Decimal(200))
    # 720 g of ingredients, 2 000 g of rice sold, no change stated: the recipe asks
    assert [e.name for e in labels.label_content(session, dish.id, MADE).ingredients] == [
        "Riz basmati",
        "Huile d'olive",
    ]
    assert any("d'eau ajoutée" in w for w in labels.recipe_warnings(dish))
    dish.weight_change_pct = Decimal(175)  # 720 g absorb 1 260 g of water: 1 980 g
    dish.lines[0].emphasis = "yes"
    session.flush()
    entries = labels.label_content(session, dish.id, MADE).ingredients
    # water 1 260 g first; rice 700 / 1980 = 35 %
    assert [(e.name, e.quantity, e.percent) for e in entries] == [
        ("Eau", Decimal(1260), ""),
        ("Riz basmati", Decimal(700), "35 %"),
        ("Huile d'olive", Decimal(20), ""),
    ]
    assert not any("produit fini" in w for w in labels.recipe_warnings(dish))  # 1 % off


def test_a_compound_ingredient_lists_its_ingredients_and_their_allergens(session):
    from app.models.menus import IngredientComponent

    add_cooperative(session)
    dates = ingredient(session, "Dattes")
    butter = ingredient(session, "Beurre de cacahuète", allergens="peanuts")
    butter.components = [
        IngredientComponent(position=0, name="Arachides grillées", allergens="peanuts"),
        IngredientComponent(position=1, name="Huile de palme", allergens=""),
        IngredientComponent(position=2, name="Lactosérum", allergens="milk"),
    ]
    balls = recipe(session, "Energy balls", [(dates, 300, "g"), (butter, 120, "g")])
    content = labels.label_content(session, balls.id, MADE)
    entry = content.ingredients[1]
    # the peanuts are named by the component, not again after "Beurre de cacahuète"
    assert entry.allergens == () and entry.added_words == ()
    assert [(p.name, p.allergens, p.added_words) for p in entry.components] == [
        ("Arachides grillées", ("peanuts",), ()),
        ("Huile de palme", (), ()),
        ("Lactosérum", ("milk",), ("lait",)),
    ]
    # a component's allergens are the product's allergens too
    assert content.allergens == ("peanuts", "milk")


def test_the_product_list_gives_each_product_its_own_warnings_in_a_fixed_number_of_queries(
    session, db
):
    """The list's warnings are `recipe_warnings` one by one; compound ingredients and nutrition
    are read for the whole list at once (as many statements for one product as for three)."""
    from sqlalchemy import event

    from app.models.menus import IngredientComponent

    def listed() -> tuple[list, int]:
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        session.expire_all()
        event.listen(db.engine, "before_cursor_execute", listener)
        products = labels.list_products(session)
        event.remove(db.engine, "before_cursor_execute", listener)
        return products, len(statements)

    add_cooperative(session)
    dates = ingredient(session, "Dattes")
    recipe(session, "Energy balls", [(dates, 300, "g")])
    session.flush()
    _one, alone = listed()
    for name in ("Beurre de cacahuète", "Pâte d'amande"):
        butter = ingredient(session, name, allergens="peanuts")
        butter.components = [IngredientComponent(position=0, name="Arachides", allergens="")]
        recipe(session, f"Boules {name}", [(dates, 200, "g"), (butter, 50, "g")])
    session.flush()
    products, three = listed()
    assert three == alone
    assert len(products) == 3
    for product in products:
        assert product.warnings == labels.recipe_warnings(session.get(Recipe, product.recipe_id))


@given(
    st.text(alphabet="ab é_1-' (", max_size=12),
    st.text(alphabet="ab é_1-' (", min_size=1, max_size=4),
)
def test_a_whole_phrase_is_found_as_the_regular_expression_finds_it(text, phrase):
    import re

    expected = re.search(rf"\b{re.escape(phrase)}\b", text) is not None
    assert labels.contains_whole(text, phrase) == expected


def test_the_labels_messages_list_with_the_interface_s_commas(session):
    """The products and templates a message names, and what a recipe lacks, are joined with the
    interface's comma and semicolon: "، " and "؛ " in Arabic (tests/test_list_separators.py)."""
    from app.commands.language import use_language
    from app.i18n import FIRST_STRONG_ISOLATE as FSI
    from app.i18n import POP_DIRECTIONAL_ISOLATE as PDI

    add_cooperative(session)
    for name in ("Energy balls", "Energy bars"):
        recipe(session, name, [(ingredient(session, "Dattes"), 10, "g")])
    empty = Recipe(name="Mystère", yield_count=1, net_quantity=None, shelf_life_days=None)
    session.add(empty)
    session.flush()
    templates = [t for t in lt.builtin_templates() if t.id in ("L7160", "L7163")]

    def messages() -> list[str]:
        said = []
        for ask in (
            lambda: labels.find_product(session, "energy"),
            lambda: lt.find_template(templates, "L9999"),
        ):
            with pytest.raises(ValidationError) as error:
                ask()
            said.append(error.value.message)
        with pytest.raises(labels.LabelRefused) as refused:
            labels.label_content(session, empty.id, MADE)
        return [*said, refused.value.message]

    product, template, missing = messages()
    assert "Energy balls, Energy bars ?" in product
    assert "L7160, L7163." in template
    assert "Il manque : les ingrédients; la quantité nette (poids" in missing
    use_language("ar")
    product, template, missing = messages()
    assert f"{FSI}Energy balls{PDI}، {FSI}Energy bars{PDI}" in product
    assert f"{FSI}L7160{PDI}، {FSI}L7163{PDI}" in template
    assert missing.count("؛ ") == 2 and "; " not in missing
    assert ", " not in product + template
