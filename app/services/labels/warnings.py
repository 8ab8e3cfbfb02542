"""Warnings about what a label says, for a person to check before printing (nothing is refused):

- a product name in English with no French name for the food under it (art. 17; Belgian
  language rules): "Energy balls" says little to a French reader;
- an ingredient the product's name evokes ("coco" in "Energy balls coco-cajou") whose emphasis
  (its percentage on the label, QUID) no person has confirmed in the recipe yet;
- claims (Regulation 1924/2006): "sans sucre ajouté", "riche en", "source de", "allégé", "bon
  pour…" in the product's name or story are nutrition or health claims, each with conditions;
- the finished product's weight (yield × net quantity) far from its ingredients' weight: the
  percentages of the label (QUID) are computed on the finished product, so a cooking loss or
  added water must be stated in the recipe and agree with yield × net quantity;
- plausibility: the storage text, the kind of date and the ingredients disagree ("À réchauffer"
  on a fruit salad, a best-before date on a chilled product made with eggs or milk).

`label_warnings(...)` takes plain texts and returns sentences in the interface language.
"""

from __future__ import annotations

import functools
import re
from decimal import ROUND_HALF_UP, Decimal

from app.i18n import fill, tr
from app.services.text_match import folded

SUGAR_WORDS = ("sucre", "miel", "sirop", "agave", "caramel", "confiture")
NATURAL_SUGAR_WORDS = ("datte", "fruit", "banane", "raisin", "pomme", "figue", "abricot", "lait")
CHILLED_WORDS = ("frais", "refrigerateur", "frigo", "0 a 4", "4 °c", "4°c")
PERISHABLE_ALLERGENS = ("eggs", "milk", "fish", "crustaceans", "molluscs")
PERISHABLE_WORDS = ("oeuf", "lait", "creme", "viande", "poulet", "poisson", "boeuf", "agneau")
SHELF_STABLE_WORDS = ("au sec", "temperature ambiante")
COLD_DISH_WORDS = ("salade de fruits", "fruits frais", "glace", "sorbet", "smoothie", "jus")
HEALTH_WORDS = (
    "bon pour",
    "bonne pour",
    "renforce",
    "immunit",
    "detox",
    "booste",
    "brule-graisse",
    "anti-",
    "sante",
)


def _has(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` starts a word of `text`."""
    return _starting_any(words).search(text) is not None


@functools.cache
def _starting_any(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(word) for word in words) + ")")


def claim_warnings(name: str, story: str, ingredient_names: list[str]) -> list[str]:
    """Nutrition and health claims in the name or the story, with what each requires."""
    said = folded(f"{name} {story}")
    # "Cacao non sucré" says there is no sugar in it
    ingredients = re.sub(r"(non|sans) sucre", "", folded(" ".join(ingredient_names)))
    warnings = []
    if re.search(r"sans sucres? ajoutes?", said):
        if _has(ingredients, SUGAR_WORDS):
            warnings.append(
                tr(
                    "« Sans sucre ajouté » : la recette contient du sucre, du miel ou un sirop. "
                    "Retirez cette phrase.",
                    "labels",
                )
            )
        else:
            warnings.append(
                tr(
                    "« Sans sucre ajouté » est une allégation : elle n'est permise que sans aucun "
                    "sucre, miel ni sirop ajouté, et l'étiquette doit dire « contient des sucres "
                    "naturellement présents » quand les ingrédients en ont (dattes, fruits, lait).",
                    "labels",
                )
                if _has(ingredients, NATURAL_SUGAR_WORDS) and "naturellement present" not in said
                else tr(
                    "« Sans sucre ajouté » est une allégation : vérifiez qu'aucun sucre, miel ni "
                    "sirop n'est ajouté.",
                    "labels",
                )
            )
    if re.search(r"riche en|source de|teneur elevee", said):
        warnings.append(
            tr(
                "« Riche en » ou « source de » est une allégation nutritionnelle : elle demande "
                "une déclaration nutritionnelle et les quantités minimales fixées par la loi "
                "(par exemple 3 g de fibres pour 100 g pour « source de fibres »).",
                "labels",
            )
        )
    if re.search(r"allege|light|reduit en", said):
        warnings.append(
            tr(
                "« Allégé » demande au moins 30 % de moins qu'un produit semblable, dit sur "
                "l'étiquette, et une déclaration nutritionnelle.",
                "labels",
            )
        )
    if _has(said, HEALTH_WORDS):
        warnings.append(
            tr(
                "Une phrase sur la santé (« bon pour… », « renforce… ») n'est permise que si "
                "elle figure dans la liste européenne des allégations de santé autorisées. "
                "Retirez-la ou reprenez la phrase exacte de la liste.",
                "labels",
            )
        )
    return warnings


def plausibility_warnings(
    name: str,
    storage: str,
    date_kind: str,
    ingredient_names: list[str],
    allergen_keys: set[str],
) -> list[str]:
    """Storage text, kind of date and ingredients that disagree."""
    product = folded(name)
    kept = folded(storage)
    ingredients = folded(" ".join(ingredient_names))
    warnings = []
    if "rechauffer" in kept and _has(product, COLD_DISH_WORDS):
        warnings.append(
            tr(
                "« À réchauffer » sur un produit qui se mange froid : vérifiez les conditions de "
                "conservation.",
                "labels",
            )
        )
    perishable = bool(allergen_keys & set(PERISHABLE_ALLERGENS)) or _has(
        ingredients, PERISHABLE_WORDS
    )
    if date_kind == "best_before" and _has(kept, CHILLED_WORDS) and perishable:
        warnings.append(
            tr(
                "Un produit gardé au frais, avec des œufs, du lait, de la viande ou du poisson, "
                "demande « À consommer jusqu'au » (DLC), pas « de préférence avant » (DDM).",
                "labels",
            )
        )
    if date_kind == "use_by" and _has(kept, SHELF_STABLE_WORDS):
        warnings.append(
            tr(
                "« À consommer jusqu'au » (DLC) est pour les produits gardés au frais : celui-ci "
                "se garde au sec. Vérifiez le type de date.",
                "labels",
            )
        )
    return warnings


# ingredients and finished product may differ by this share before the label asks
WEIGHT_TOLERANCE = Decimal("0.05")


def weight_warnings(
    ingredients_g: Decimal, weighed_g: Decimal | None, stated_pct: Decimal | None = None
) -> list[str]:
    """The finished weight (yield × net quantity) and the ingredients' weight disagree: a cooking
    loss or a gain of water above 5 % the recipe does not state, or one it states that does not
    match."""
    if ingredients_g <= 0 or weighed_g is None or weighed_g <= 0:
        return []
    values = {
        "ingredients": _grams(ingredients_g),
        "finished": _grams(weighed_g),
    }
    if stated_pct is not None:
        expected = ingredients_g * (100 + stated_pct) / 100
        if expected > 0 and abs(weighed_g - expected) / expected <= WEIGHT_TOLERANCE:
            return []
        return [
            fill(
                tr(
                    "Avec le changement de poids à la cuisson indiqué ({change} %), {ingredients} "
                    "g d'ingrédients donnent {expected} g, mais rendement × quantité nette = "
                    "{finished} "
                    "g. Vérifiez la perte à la cuisson, le rendement et la quantité nette.",
                    "labels",
                ),
                change=_signed(stated_pct),
                expected=_grams(expected),
                **values,
            )
        ]
    change = (weighed_g - ingredients_g) / ingredients_g
    if abs(change) <= WEIGHT_TOLERANCE:
        return []
    values["percent"] = int((abs(change) * 100).to_integral_value(ROUND_HALF_UP))
    if change < 0:
        return [
            fill(
                tr(
                    "Les ingrédients pèsent {ingredients} g et le produit fini {finished} g "
                    "(rendement × quantité nette) : une perte à la cuisson de {percent} % ? Les "
                    "pourcentages de l'étiquette sont calculés sur le produit fini : indiquez la "
                    "perte dans la recette (« À la cuisson »), ou corrigez le rendement et la "
                    "quantité nette.",
                    "labels",
                ),
                **values,
            )
        ]
    return [
        fill(
            tr(
                "Les ingrédients pèsent {ingredients} g et le produit fini {finished} g (rendement "
                "× quantité nette) : {percent} % d'eau ajoutée à la cuisson ? Si oui, indiquez-le "
                "dans la recette (« À la cuisson ») ; sinon, corrigez le rendement et la "
                "quantité nette.",
                "labels",
            ),
            **values,
        )
    ]


def _grams(value: Decimal) -> int:
    return int(value.to_integral_value(ROUND_HALF_UP))


def _signed(value: Decimal) -> str:
    text = f"{value.normalize():f}".replace(".", ",")
    return text if value < 0 else f"+{text}"


def emphasis_warnings(product_name: str, ingredient_names: list[str]) -> list[str]:
    """The ingredients the product's name evokes whose emphasis no person confirmed."""
    return [
        fill(
            tr(
                "Le nom « {product} » évoque « {ingredient} » : son pourcentage est imprimé. "
                "Confirmez-le dans la recette (colonne « Mis en avant »), ou décochez.",
                "labels",
            ),
            product=product_name,
            ingredient=name,
        )
        for name in ingredient_names
    ]


# English words that often name products in a cooperative's kitchen
ENGLISH_WORDS = frozenset(
    "energy balls ball bites cake cakes cookies cookie brownie brownies muffin muffins wrap "
    "wraps bowl bowls smoothie smoothies pancakes crackers chips dip spread juice bars bar "
    "cheesecake crumble granola banana bread".split()
)


def name_warnings(name: str, descriptive_name: str) -> list[str]:
    """An English product name with no French name of the food to print under it."""
    words = set(re.findall(r"\w+", folded(name)))
    if descriptive_name.strip() or not words & ENGLISH_WORDS:
        return []
    return [
        fill(
            tr(
                "« {name} » n'est pas un nom français : écrivez dans la recette un nom descriptif "
                "(par exemple « Boules énergétiques aux dattes et au cacao »), imprimé sous le "
                "nom.",
                "labels",
            ),
            name=name,
        )
    ]
