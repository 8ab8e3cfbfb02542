"""Claims and disagreements a person checks before printing a label."""

from __future__ import annotations

from decimal import Decimal

from app.services.labels.content import list_products
from app.services.labels.warnings import (
    claim_warnings,
    plausibility_warnings,
    weight_warnings,
)

BALLS = ["Dattes dénoyautées", "Flocons d'avoine", "Cacao en poudre non sucré"]


def test_no_added_sugar_asks_for_the_naturally_present_sugars_sentence():
    [warning] = claim_warnings("Energy balls", "Sans sucre ajouté.", BALLS)
    assert "contient des sucres naturellement présents" in warning
    # said on the label already: only the reminder that nothing may be added
    [warning] = claim_warnings(
        "Energy balls", "Sans sucre ajouté, contient des sucres naturellement présents.", BALLS
    )
    assert "naturellement" not in warning and "vérifiez" in warning


def test_no_added_sugar_with_honey_in_the_recipe_is_to_be_removed():
    [warning] = claim_warnings("Energy balls", "sans sucre ajouté", [*BALLS, "Miel"])
    assert "Retirez cette phrase" in warning


def test_nutrition_and_health_claims_say_what_they_require():
    assert "déclaration nutritionnelle" in claim_warnings("Pain", "Riche en fibres", [])[0]
    assert "déclaration nutritionnelle" in claim_warnings("Biscuits", "Source de protéines", [])[0]
    assert "30 %" in claim_warnings("Mayonnaise allégée", "", [])[0]
    assert "liste européenne" in claim_warnings("Tisane", "Bon pour la digestion", [])[0]
    assert claim_warnings("Houmous", "Une recette de Leïla.", ["Pois chiches"]) == []


def test_storage_date_kind_and_ingredients_that_disagree():
    reheat = plausibility_warnings(
        "Salade de fruits frais", "À réchauffer avant de servir.", "use_by", ["Pommes"], set()
    )
    assert len(reheat) == 1 and "À réchauffer" in reheat[0]
    crepes = plausibility_warnings(
        "Crêpes", "À conserver au réfrigérateur (0 à 4 °C).", "best_before", ["Farine"], {"eggs"}
    )
    assert len(crepes) == 1 and "À consommer jusqu'au" in crepes[0]
    dry = plausibility_warnings("Biscuits", "À conserver au sec.", "use_by", ["Farine"], set())
    assert len(dry) == 1 and "se garde au sec" in dry[0]
    soup = plausibility_warnings(
        "Soupe", "À conserver au frais. À réchauffer.", "use_by", ["Lentilles"], set()
    )
    assert soup == []


def test_the_demo_products_to_check(demo_db):
    with demo_db.session() as s:
        products = list_products(s)
    ignored = ("produit fini", "nom français")  # weights and names: tested below
    warned = {p.name for p in products if any(not any(i in w for i in ignored) for w in p.warnings)}
    assert warned == {"Crêpes", "Energy balls dattes-cacao", "Salade de fruits frais"}
    unnamed = {p.name for p in products if any("nom français" in w for w in p.warnings)}
    assert unnamed == {"Energy balls dattes-cacao", "Energy balls cacahuète-sésame"}
    # only the dattes-cacao energy balls have suggested emphases nobody confirmed
    unconfirmed = {p.name for p in products if any("Mis en avant" in w for w in p.warnings)}
    assert unconfirmed == {"Energy balls dattes-cacao"}
    # cooked rice weighs more than the raw rice: the label asks whether water was added
    rice = next(p for p in products if p.name == "Riz basmati")
    assert any("d'eau ajoutée à la cuisson" in w for w in rice.warnings)


def test_weights_far_from_the_finished_product_ask_for_the_cooking_loss_or_the_water():
    assert weight_warnings(Decimal(1000), Decimal(960)) == []  # 4 %: as typed
    [loss] = weight_warnings(Decimal(1000), Decimal(900))
    assert "perte à la cuisson de 10 %" in loss
    [water] = weight_warnings(Decimal(720), Decimal(2000))
    assert "178 % d'eau ajoutée" in water  # (2000 − 720) / 720
    # a stated loss of 10 %: 1000 g give 900 g, as yield × net quantity says (within 5 %)
    assert weight_warnings(Decimal(1000), Decimal(900), Decimal(-10)) == []
    assert weight_warnings(Decimal(1000), Decimal(870), Decimal(-10)) == []  # 3.3 % off
    [wrong] = weight_warnings(Decimal(1000), Decimal(700), Decimal(-10))
    assert "(-10 %)" in wrong and "donnent 900 g" in wrong and "= 700 g" in wrong
    [gain] = weight_warnings(Decimal(700), Decimal(2000), Decimal(150))  # 700 → 1750 g
    assert "(+150 %)" in gain and "1750 g" in gain
    assert weight_warnings(Decimal(700), None, Decimal(150)) == []  # sold in pieces: no check


def test_an_english_name_asks_for_the_french_name_of_the_food():
    from app.services.labels.warnings import name_warnings

    [warning] = name_warnings("Energy balls dattes-cacao", "")
    assert "« Energy balls dattes-cacao » n'est pas un nom français" in warning
    assert name_warnings("Energy balls", "Boules énergétiques aux dattes") == []
    assert name_warnings("Soupe de lentilles", "") == []
