"""What a food label says, computed from the recipe (EU regulation 1169/2011), and print jobs.

`label_content` reads a recipe and returns a `LabelContent`: the name, the ingredients in
descending order of weight (units converted; millilitres count as grams, density 1), each with its
allergens to emphasise, the "may contain traces" list, net quantity, the best-before or use-by date
from the production date and shelf life, the lot, storage, producer line, and optionally price,
story, logo and a barcode. A label that would be incomplete is refused (`LabelRefused`) with the
list of what is missing. `prepare_job` checks a whole print job (products, counts, template, skip).

Every word a label prints is in the cooperative's label language (`language_of`: the content
is made inside `app.i18n.in_customer_language`); what the recipe's data says (names, storage,
story) is printed as typed. Laying the content out on a sheet, and refusing a label that does not
fit, is in app/printing/labels.py.

The readers take a session (the Labels tab) or a Core connection (`print labels`, which then
imports neither the ORM nor a model module: app/services/tables.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Row, func, select

from app import i18n
from app.i18n import (
    doc_tr,
    document_locale,
    fill,
    for_the_interface,
    in_customer_language,
    list_separator,
    listing,
    tr,
    without_isolates,
)
from app.services.errors import ValidationError
from app.services.labels.recipe_facts import IngredientFacts, RecipeFacts, read_recipes
from app.services.labels.templates import (
    LabelTemplate,
    find_template,
    offset_in,
    templates_and_offsets,
    with_offset,
)
from app.services.locale_shapes import grouped_decimal_text
from app.services.menus.allergens import parse_keys
from app.services.money import format_amount
from app.services.people.cooperative import (
    cooperative_facts,
    language_of,
    printed_producer_line,
)
from app.services.settings import read_settings, set_setting
from app.services.tables import RECIPE, flush_pending
from app.services.text_match import folded
from app.services.units import to_base
from app.services.validation import plausible_date
from app.vocab.menus import Allergen, Emphasis

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlalchemy.orm import Session

    from app.models.menus import Ingredient, Recipe
    from app.services.tables import Reader

    # A recipe as read for its label (`recipe_facts`), or one being typed (model objects, draft.py)
    AnyRecipe: TypeAlias = RecipeFacts | Recipe

MAX_COUNT = 10_000
MAX_LOT_LENGTH = 20
# Minimum x-height of the characters (annex IV): 1.2 mm, 0.9 mm when the largest surface < 80 cm².
MIN_X_HEIGHT_MM = 1.2
MIN_X_HEIGHT_SMALL_MM = 0.9
BARCODE_KINDS = ("none", "ean13", "code128", "qr")

# Words that already name the allergen in an ingredient's name ("beurre" says milk). When none is
# there, the allergen's word is added after the name: "Pesto (lait, fruits à coque)". For cereals
# and nuts, Annex II names the cereal or the nut itself (art. 21): "gluten" or "semoule" do not.
ALLERGEN_WORDS: dict[str, tuple[str, ...]] = {
    "gluten": ("blé", "seigle", "orge", "avoine", "épeautre", "kamut", "khorasan"),
    "crustaceans": ("crustacé", "crevette", "crabe", "homard", "langoustine"),
    "eggs": ("œuf", "oeuf"),
    "fish": ("poisson", "thon", "saumon", "cabillaud", "sardine", "anchois", "maquereau"),
    "peanuts": ("arachide", "cacahuète", "cacahouète"),
    "soy": ("soja",),
    "milk": ("lait", "beurre", "crème", "fromage", "yaourt", "yogourt", "mozzarella", "feta"),
    "nuts": (
        "amande",
        "noisette",
        "noix",
        "cajou",
        "pistache",
        "pécan",
        "macadamia",
    ),
    "celery": ("céleri",),
    "mustard": ("moutarde",),
    "sesame": ("sésame", "tahin"),
    "sulphites": ("sulfite", "anhydride sulfureux"),
    "lupin": ("lupin",),
    "molluscs": ("mollusque", "moule", "calamar", "poulpe", "huître", "seiche", "escargot"),
}
# The cereal an ingredient is made of, when its name says it without naming the cereal: added after
# the name instead of the generic "gluten" ("Semoule de couscous (blé dur)"); `cereal_word` says it
# in the label language.
CEREAL_OF: tuple[tuple[str, str], ...] = (
    ("semoule", "durum"),
    ("couscous", "durum"),
    ("boulgour", "durum"),
    ("pâtes", "durum"),
    ("spaghetti", "durum"),
    ("farine", "wheat"),
    ("pain", "wheat"),
    ("chapelure", "wheat"),
    ("biscuit", "wheat"),
)


def cereal_word(cereal: str) -> str:
    """The cereal of CEREAL_OF in the label language ("blé dur", "harde tarwe")."""
    if cereal == "durum":
        return doc_tr("blé dur", "labels")
    return doc_tr("blé", "labels")


def allergen_word(key: str, language: str | None = None) -> str:
    """The word printed after an ingredient's name when nothing more precise is known, and in the
    traces sentence and the allergen sheets ("lait", "fruits à coque"), in the label language (or
    in `language`)."""
    words = {
        Allergen.GLUTEN: doc_tr("gluten", "labels", language),
        Allergen.CRUSTACEANS: doc_tr("crustacés", "labels", language),
        Allergen.EGGS: doc_tr("œufs", "labels", language),
        Allergen.FISH: doc_tr("poisson", "labels", language),
        Allergen.PEANUTS: doc_tr("arachides", "labels", language),
        Allergen.SOY: doc_tr("soja", "labels", language),
        Allergen.MILK: doc_tr("lait", "labels", language),
        Allergen.NUTS: doc_tr("fruits à coque", "labels", language),
        Allergen.CELERY: doc_tr("céleri", "labels", language),
        Allergen.MUSTARD: doc_tr("moutarde", "labels", language),
        Allergen.SESAME: doc_tr("sésame", "labels", language),
        Allergen.SULPHITES: doc_tr("sulfites", "labels", language),
        Allergen.LUPIN: doc_tr("lupin", "labels", language),
        Allergen.MOLLUSCS: doc_tr("mollusques", "labels", language),
    }
    return words[Allergen(key)]


@dataclass(frozen=True)
class ComponentEntry:
    """One ingredient of a compound ingredient, printed in its brackets (Annex VII part E)."""

    name: str
    allergens: tuple[str, ...]  # allergen keys: the name is emphasised
    added_words: tuple[str, ...]  # allergen words printed after the name, emphasised too


@dataclass(frozen=True)
class IngredientEntry:
    name: str
    quantity: Decimal  # in g (ml counted as g) for the whole batch
    allergens: tuple[str, ...]  # allergen keys: the name is emphasised
    added_words: tuple[str, ...]  # allergen words printed after the name, emphasised too
    percent: str = ""  # "41 %" when the product's name names this ingredient (QUID, article 22)
    components: tuple[ComponentEntry, ...] = ()  # a compound ingredient's own ingredients

    @property
    def all_allergens(self) -> set[str]:
        return set(self.allergens).union(*(part.allergens for part in self.components))


@dataclass(frozen=True)
class Barcode:
    kind: str  # "ean13" | "code128" | "qr"
    value: str  # the 13 digits, or the QR text


@dataclass(frozen=True)
class LabelOptions:
    price: bool = False
    story: bool = False
    logo: bool = True
    barcode: str = "none"  # one of BARCODE_KINDS


@dataclass(frozen=True)
class LabelContent:
    recipe_id: int
    name: str
    ingredients: tuple[IngredientEntry, ...]
    traces: tuple[str, ...]  # words for "Peut contenir des traces de …"
    net_quantity: str  # "250 g"
    date_kind: str  # best_before | use_by
    date_wording: str  # "À consommer de préférence avant le"
    date: dt.date
    date_text: str  # "12/10/2022"
    lot: str
    storage: str
    producer: str
    price: str = ""
    story: str = ""
    logo_png: bytes | None = None
    barcode: Barcode | None = None
    min_x_height_mm: float = MIN_X_HEIGHT_MM
    net_figure_mm: float = 0.0  # the least height of the net quantity's figures
    small_package: bool = False  # the package's largest face is under 80 cm²
    descriptive_name: str = ""  # the food's name in French, under `name` (art. 17)
    nutrition: str = ""  # the nutrition declaration per 100 g, in its linear form (art. 34(2))
    nutrition_required: bool = False  # a claim makes it due: a label without room is refused

    @property
    def allergens(self) -> tuple[str, ...]:
        keys = {key for entry in self.ingredients for key in entry.all_allergens}
        return tuple(key.value for key in Allergen if key in keys)


class LabelRefused(ValidationError):
    """This product's label cannot be made; `missing` lists what the recipe lacks (may be empty)."""

    def __init__(self, recipe_id: int, name: str, message: str, missing: tuple[str, ...] = ()):
        super().__init__("recipe", message)
        self.recipe_id = recipe_id
        self.product_name = name
        self.missing = missing


@dataclass(frozen=True)
class ProductListing:
    """A product of the list before its label is looked at (`product_choices` completes it)."""

    recipe_id: int
    name: str
    version: int


@dataclass(frozen=True)
class ProductChoice(ProductListing):
    """A product the delegate can print labels for; `missing` is empty when its label is ready."""

    net_quantity: str
    missing: tuple[str, ...]
    warnings: tuple[str, ...] = ()  # claims and disagreements to check (labels/warnings.py)

    @property
    def ready(self) -> bool:
        return not self.missing


# --- formatting -------------------------------------------------------------------------------
def format_date(day: dt.date) -> str:
    """A label's date as its language writes it ("05/10/2022" in French), without the isolate
    marks of an Arabic interface (it is printed, and put into QR codes)."""
    return without_isolates(i18n.format_date(day, document_locale()))


def default_lot(production_date: dt.date) -> str:
    """The lot when the delegate types none: L + production date, e.g. L221005."""
    return "L" + production_date.strftime("%y%m%d")


@functools.lru_cache(maxsize=1024)  # a list shows the same few quantities on many rows
def _number_text(value: Decimal) -> str:
    """Babel's "#,##0.###" in fr_BE, written from the kept locale facts (no Babel loaded)."""
    text = grouped_decimal_text(value.normalize(), 3, "fr_BE")
    if text is not None:
        return text
    from babel.numbers import format_decimal

    return format_decimal(value.normalize(), format="#,##0.###", locale="fr_BE")


def net_quantity_text(quantity: Decimal | None, unit: str) -> str:
    """'250 g', '1,5 kg', '330 ml', '6 pièces'; '' when unknown."""
    if quantity is None or quantity <= 0:
        return ""
    quantity = Decimal(quantity)
    if unit == "piece":
        word = doc_tr("pièce", "labels") if quantity == 1 else doc_tr("pièces", "labels")
        return f"{_number_text(quantity)} {word}"
    base, base_unit = to_base(quantity, unit)
    if base >= 1000:
        return f"{_number_text(base / 1000)} {'kg' if base_unit == 'g' else 'l'}"
    return f"{_number_text(base)} {base_unit}"


# Directive 76/211/EEC, Annex I §3: the least height of the net quantity's figures, by quantity
# (grams or millilitres, up to and including): 2 mm up to 50, 3 mm up to 200, 4 mm up to 1000,
# 6 mm above.
NET_FIGURE_HEIGHTS_MM = ((Decimal(50), 2.0), (Decimal(200), 3.0), (Decimal(1000), 4.0))
NET_FIGURE_HEIGHT_ABOVE_MM = 6.0


def net_figure_height_mm(quantity: Decimal | None, unit: str) -> float:
    """The least height of the net quantity's figures; 0 for a count of pieces."""
    if quantity is None or quantity <= 0 or unit == "piece":
        return 0.0
    base, _base_unit = to_base(Decimal(quantity), unit)
    for limit, height in NET_FIGURE_HEIGHTS_MM:
        if base <= limit:
            return height
    return NET_FIGURE_HEIGHT_ABOVE_MM


def date_wording(date_kind: str) -> str:
    if date_kind == "use_by":
        return doc_tr("À consommer jusqu'au", "labels")
    return doc_tr("À consommer de préférence avant le", "labels")


# --- barcodes ---------------------------------------------------------------------------------
def ean13_check_digit(first12: str) -> str:
    total = sum(int(ch) * (3 if index % 2 else 1) for index, ch in enumerate(first12))
    return str((10 - total % 10) % 10)


def ean13_for_code(product_code: str) -> str:
    """The EAN-13 a product's internal code prints as.

    13 digits: used as is (the check digit must be right); 12 digits: the check digit is added;
    1 to 10 digits: an in-store number "20" + code on 10 digits + check digit (GS1 prefix 20-29 is
    for restricted circulation, so it never clashes with a real product's barcode).
    """
    code = (product_code or "").strip()
    if not code.isdigit() or not code.isascii():
        raise ValidationError(
            "barcode",
            fill(
                tr(
                    "Le code produit « {code} » n'a pas que des chiffres : choisissez le QR "
                    "code, ou "
                    "donnez un code en chiffres dans la recette.",
                    "labels",
                ),
                code=code,
            ),
        )
    if len(code) == 13:
        if ean13_check_digit(code[:12]) != code[12]:
            raise ValidationError(
                "barcode",
                fill(
                    tr("Le code EAN-13 « {code} » a une erreur (dernier chiffre).", "labels"),
                    code=code,
                ),
            )
        return code
    if len(code) == 12:
        return code + ean13_check_digit(code)
    if len(code) <= 10:
        first12 = "20" + code.zfill(10)
        return first12 + ean13_check_digit(first12)
    raise ValidationError(
        "barcode",
        tr("Un code produit a 10 chiffres au plus, ou 12 ou 13 chiffres (EAN).", "labels"),
    )


def matches_scan(product_code: str, scanned: str) -> bool:
    """Whether a scanned barcode (EAN-13, Code 128 or a QR code's text, whose first line is the
    code) is this product's (for the Sales tally)."""
    code = (product_code or "").strip()
    scanned = ((scanned or "").strip().splitlines() or [""])[0].strip()
    if not code or not scanned:
        return False
    if scanned == code:
        return True
    try:
        return ean13_for_code(code) == scanned
    except ValidationError:
        return False


# --- reading recipes --------------------------------------------------------------------------
def _recipe(session: Reader, recipe_id: int) -> RecipeFacts:
    recipe = read_recipes(session, [recipe_id]).get(recipe_id)
    if recipe is None:
        raise ValidationError("recipe", tr("Ce produit n'existe plus.", "labels"))
    return recipe


# Words of an ingredient's name that say its form, not what it is: "Noix de cajou" is evoked by
# "cajou", "Cacao en poudre" by "cacao", "Cuisses de poulet" by "poulet".
FORM_WORDS = frozenset(
    "poudre noix graine graines farine huile pate sauce rapee denoyautee denoyautees frais "
    "fraiche fraiches sucre sucree sans avec cuite cuites cuisse cuisses filet filets blanc "
    "blancs hache hachee moulu moulue sechee sechees entier entiere concasse concassees "
    "tranche tranches morceaux".split()
)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word[-1] in "sx" else word


def _word_char(text: str, index: int) -> bool:
    """Whether text[index] is what `\\w` matches (False outside the text)."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def contains_whole(text: str, phrase: str) -> bool:
    """`re.search(rf"\\b{re.escape(phrase)}\\b", text)` without compiling a pattern per phrase
    (a hundred ingredient names per screen of labels): `phrase` somewhere in `text` with a word
    boundary at both ends."""

    def boundary(index: int) -> bool:
        return _word_char(text, index - 1) != _word_char(text, index)

    start = text.find(phrase)
    while start >= 0:
        if boundary(start) and boundary(start + len(phrase)):
            return True
        start = text.find(phrase, start + 1)
    return False


@functools.lru_cache(maxsize=8192)  # asked for every line of a product, twice (label, warnings)
def name_evokes(ingredient_name: str, product_name: str) -> bool:
    """Whether the product's name evokes the ingredient (art. 22, QUID): its full name, or one of
    its words of 4 letters or more that is not a word of form ("Noix de coco râpée" in "Energy
    balls coco-cajou", "Cuisses de poulet" in "Poulet yassa"), singular or plural."""
    plain = folded(ingredient_name).strip()
    product = folded(product_name)
    if plain and contains_whole(product, plain):
        return True
    product_words = {_stem(w) for w in re.findall(r"\w+", product)}
    return any(
        len(word) >= 4 and word not in FORM_WORDS and _stem(word) in product_words
        for word in re.findall(r"\w+", plain)
    )


def _percent_text(part: Decimal, whole: Decimal) -> str:
    """The ingredient's share of the finished product (Annex VIII 3(a)); above 100 % (a product
    that lost water), the weight used for 100 g of product."""
    if whole <= 0:
        return ""
    value = part * 100 / whole
    if value < 1:
        return without_isolates(fill(doc_tr("< {value} %", "units"), value=1))
    if value > 100:
        return fill(
            doc_tr("{grams} g pour 100 g", "labels"),
            grams=int(value.to_integral_value(ROUND_HALF_UP)),
        )
    return without_isolates(
        fill(doc_tr("{value} %", "units"), value=int(value.to_integral_value(ROUND_HALF_UP)))
    )


# Water as an ingredient (not a flavouring such as "eau de fleur d'oranger").
_WATER = re.compile(
    r"eau( (du robinet|minerale|de source|plate|chaude|froide|tiede|bouillante|potable))?"
)
# Annex VII part A 1: added water need not be listed up to 5 % of the finished product's weight.
ADDED_WATER_LISTED_ABOVE = Decimal("0.05")


def weighed_finished_g(recipe: AnyRecipe) -> Decimal | None:
    """Yield × net quantity in grams, when the product is sold by weight or volume."""
    if recipe.net_quantity and recipe.net_unit != "piece" and recipe.yield_count:
        base, _unit = to_base(Decimal(recipe.net_quantity), recipe.net_unit)
        return base * recipe.yield_count
    return None


def finished_weight_g(recipe: AnyRecipe, ingredients_g: Decimal) -> Decimal:
    """The batch's finished weight (Annex VIII 3(a)): its ingredients' weight changed by the
    cooking loss or the water absorbed the recipe states; else yield × net quantity when
    weighed; else its ingredients' weight."""
    if recipe.weight_change_pct is not None:
        return ingredients_g * (100 + Decimal(recipe.weight_change_pct)) / 100
    weighed = weighed_finished_g(recipe)
    return weighed if weighed is not None else ingredients_g


def is_emphasised(emphasis: str, ingredient_name: str, product_name: str) -> bool:
    """Whether the label prints this ingredient's percentage: a person confirmed it, or the name
    suggests it and nobody decided yet (the recipe then warns)."""
    if emphasis == Emphasis.YES:
        return True
    return emphasis == Emphasis.AUTO and name_evokes(ingredient_name, product_name)


def unconfirmed_emphasis(recipe: AnyRecipe) -> list[str]:
    """The ingredients the product's name evokes that no person has confirmed or refused."""
    names: list[str] = []
    for line in recipe.lines:
        name = line.ingredient.name
        if (
            line.emphasis == Emphasis.AUTO
            and name_evokes(name, recipe.name)
            and name not in names
            and not any(
                other.emphasis != Emphasis.AUTO
                for other in recipe.lines
                if other.ingredient_id == line.ingredient_id
            )
        ):
            names.append(name)
    return names


@dataclass(frozen=True)
class Composition:
    """A recipe's ingredients as the label lists them, and the weights behind the percentages."""

    entries: tuple[IngredientEntry, ...]  # by descending weight
    traces: tuple[str, ...]
    missing: tuple[str, ...]
    ingredients_g: Decimal  # the batch's ingredients, as weighed before cooking
    finished_g: Decimal  # the batch once made (Annex VIII 3(a))
    used: tuple[
        tuple[IngredientFacts | Ingredient, Decimal, bool], ...
    ] = ()  # (ingredient, grams, is water)


def _water_in_finished(
    recipe: AnyRecipe, used: Decimal, ingredients_g: Decimal, finished_g: Decimal
) -> Decimal:
    """The added water left in the finished product (Annex VII A 1): the water used, less what
    cooking evaporated, plus what the food absorbed when the recipe states it."""
    change = finished_g - ingredients_g
    if change > 0 and recipe.weight_change_pct is None:
        change = Decimal(0)  # a gain nobody confirmed: the recipe warns instead
    return max(Decimal(0), used + change)


def _allergen_word(key: str, plain_name: str) -> str:
    """The allergen named after an ingredient, in the label language: its cereal when the name
    tells it, else the allergen's own word."""
    if key == "gluten":
        for word, cereal in CEREAL_OF:
            if folded(word) in plain_name:
                return cereal_word(cereal)
    word = allergen_word(key)
    # "" when the name is the allergen's word already, in French (the recipes' language) or in
    # the label's ("Gluten" needs no "(gluten)")
    if folded(word) in plain_name or folded(allergen_word(key, "fr")) in plain_name:
        return ""
    return word


def _added_words(name: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    plain_name = folded(name)
    return tuple(
        word
        for key in keys
        if not any(folded(allergen) in plain_name for allergen in ALLERGEN_WORDS[key])
        and (word := _allergen_word(key, plain_name))
    )


def _components(ingredient) -> tuple[ComponentEntry, ...]:
    parts = []
    for part in ingredient.components:
        keys = tuple(parse_keys(part.allergens))
        parts.append(ComponentEntry(part.name, keys, _added_words(part.name, keys)))
    return tuple(parts)


def composition(recipe: AnyRecipe) -> Composition:
    """The label's ingredient list of a recipe, with the percentages of the emphasised ones."""
    totals: dict[int, Decimal] = {}
    first_seen: dict[int, int] = {}
    emphasised: set[int] = set()
    by_id = {}
    missing: list[str] = []
    for index, line in enumerate(recipe.lines):
        ingredient = line.ingredient
        by_id[ingredient.id] = ingredient
        first_seen.setdefault(ingredient.id, index)
        if is_emphasised(line.emphasis, ingredient.name, recipe.name):
            emphasised.add(ingredient.id)
        quantity, base_unit = to_base(Decimal(line.quantity), line.unit)
        if base_unit == "piece" and ingredient.piece_weight_g:
            quantity, base_unit = quantity * Decimal(ingredient.piece_weight_g), "g"
        if base_unit == "piece":
            missing.append(
                fill(
                    tr("le poids en g de « {name} » (compté en pièces)", "labels"),
                    name=ingredient.name,
                )
            )
            continue
        totals[ingredient.id] = totals.get(ingredient.id, Decimal(0)) + quantity
    ingredients_g = sum(totals.values(), Decimal(0))
    # QUID on the finished product, after its cooking loss or the water it absorbed
    finished = finished_weight_g(recipe, ingredients_g)
    water = [key for key in totals if _WATER.fullmatch(folded(by_id[key].name).strip())]
    weights = dict(totals)
    for key in water:
        del weights[key]
    used = sum((totals[key] for key in water), Decimal(0))
    water_g = _water_in_finished(recipe, used, ingredients_g, finished)
    if water and finished > 0 and water_g / finished > ADDED_WATER_LISTED_ABOVE:
        weights[water[0]] = water_g
    elif not water and finished > 0 and water_g / finished > ADDED_WATER_LISTED_ABOVE:
        weights[0] = water_g  # water absorbed in cooking, not a line of the recipe
        first_seen[0] = len(recipe.lines)
    order = sorted(weights, key=lambda key: (-weights[key], first_seen[key]))
    entries = []
    present: set[str] = set()
    trace_keys: set[str] = set()
    for key in order:
        if key == 0:
            entries.append(IngredientEntry(doc_tr("Eau", "labels"), weights[key], (), ()))
            continue
        ingredient = by_id[key]
        parts = _components(ingredient)
        in_parts = {allergen for part in parts for allergen in part.allergens}
        # the ingredient's own allergens that none of its ingredients names
        keys = tuple(key for key in parse_keys(ingredient.allergens) if key not in in_parts)
        present.update(keys, in_parts)
        trace_keys.update(parse_keys(ingredient.traces))
        percent = _percent_text(totals[key], finished) if key in emphasised else ""
        entries.append(
            IngredientEntry(
                ingredient.name,
                weights[key],
                keys,
                _added_words(ingredient.name, keys),
                percent,
                parts,
            )
        )
    traces = [allergen_word(key) for key in Allergen if key in trace_keys and key not in present]
    used = tuple((by_id[key], totals[key], key in water) for key in totals)
    return Composition(tuple(entries), tuple(traces), tuple(missing), ingredients_g, finished, used)


def label_nutrition(recipe: AnyRecipe, made: Composition) -> tuple[str, bool, list[str]]:
    """(the declaration's text or "", whether a claim requires it, the warnings about it).

    Not given when the recipe relies on the artisan exemption and makes no claim; required when
    the name or the story makes a claim (Regulation 1924/2006, art. 7); given when every
    ingredient's values are known (water counts as nothing). A claim with values unknown is
    warned about (the claim's own warning says what it needs), not refused."""
    from app.services.labels.nutrition import ZERO, declaration_text, per_100_g
    from app.services.labels.warnings import claim_warnings
    from app.services.menus.nutrition_values import nutrition_of

    names = [line.ingredient.name for line in recipe.lines]
    required = bool(claim_warnings(recipe.name, recipe.story, names))
    if recipe.nutrition_exempt and not required:
        return "", False, []
    parts, unknown = [], []
    for ingredient, grams, is_water in made.used:
        values = ZERO if is_water else nutrition_of(ingredient)
        if values is None:
            unknown.append(ingredient.name)
        else:
            parts.append((grams, values))
    if unknown:
        with for_the_interface():  # a message for the screen, not a word of the label
            names = listing(unknown)
        warnings = [
            fill(
                tr(
                    "Le nom ou l'histoire fait une allégation : l'étiquette doit donner les "
                    "valeurs nutritionnelles. Entrez celles de : {names} (fiche de l'ingrédient, « "
                    "Valeurs "
                    "nutritionnelles… »).",
                    "labels",
                ),
                names=names,
            )
        ]
        return "", required, warnings if required else []
    return declaration_text(per_100_g(parts, made.finished_g)), required, []


def _missing(recipe: AnyRecipe, producer: str, options: LabelOptions) -> list[str]:
    missing = []
    if not recipe.lines:
        missing.append(tr("les ingrédients", "labels"))
    if recipe.net_quantity is None or recipe.net_quantity <= 0:
        missing.append(tr("la quantité nette (poids, volume ou nombre)", "labels"))
    if recipe.shelf_life_days is None or recipe.shelf_life_days < 0:
        missing.append(tr("la durée de conservation (en jours)", "labels"))
    if recipe.date_kind == "use_by" and not recipe.storage.strip():
        missing.append(
            tr(
                "les conditions de conservation (obligatoires avec « à consommer jusqu'au »)",
                "labels",
            )
        )
    if not producer:
        missing.append(tr("le nom et l'adresse de la coopérative (Fichier > Paramètres)", "labels"))
    if options.barcode != "none" and not recipe.product_code.strip():
        missing.append(tr("le code produit (pour le code-barres)", "labels"))
    return missing


def _producer(row: Row | None) -> tuple[str, bytes | None]:
    """The producer line and the logo, from `cooperative_facts`."""
    if row is None or not row.name.strip():
        return "", None
    line = printed_producer_line(row.producer_line, row.name, row.address, row.label_language)
    return line, row.logo_png


def qr_text(cooperative: Row | None, code: str, name: str, lot: str, best: str) -> str:
    """What the QR code holds, one item a line: the product code first (a scanner that types
    what it reads ends the first line with Enter, so the Sales tally gets the code alone), then
    the product's name, the lot and the date (what a customer or an inspector asks about a
    package), and how to reach the cooperative (its phone and e-mail, else its name)."""
    info = cooperative
    contact = ""
    if info is not None:
        contact = " ".join(part for part in (info.phone.strip(), info.email.strip()) if part)
        contact = contact or info.name.strip()
    lines = (code, name, fill(doc_tr("Lot : {lot}", "labels"), lot=lot), best, contact)
    # a scanner reads the characters as they are: no isolate marks (an Arabic label's)
    return without_isolates("\n".join(line for line in lines if line))


def _refuse_missing(recipe: AnyRecipe, missing: list[str]) -> LabelRefused:
    with for_the_interface():  # a message for the screen, not a word of the label
        return _missing_refusal(recipe, missing)


def _missing_refusal(recipe: AnyRecipe, missing: list[str]) -> LabelRefused:
    message = fill(
        tr(
            "Impossible de faire l'étiquette de « {name} ». "
            "Il manque : {missing}. Complétez la recette.",
            "labels",
        ),
        name=recipe.name,
        missing=list_separator(";").join(missing),
    )
    return LabelRefused(recipe.id, recipe.name, message, tuple(missing))


def check_lot(lot: str) -> str:
    text = " ".join((lot or "").split())
    if len(text) > MAX_LOT_LENGTH:
        raise ValidationError(
            "lot", fill(tr("Un numéro de lot a {n} signes au plus.", "labels"), n=MAX_LOT_LENGTH)
        )
    return text


def label_content(
    session: Reader,
    recipe_id: int,
    production_date: dt.date,
    lot: str = "",
    options: LabelOptions = LabelOptions(),
) -> LabelContent:
    """The label of one product made on `production_date`, every word in the cooperative's label
    language; LabelRefused (in the interface language) when data is missing."""
    cooperative = cooperative_facts(session)
    with in_customer_language(language_of(cooperative)):
        return _label_content(session, cooperative, recipe_id, production_date, lot, options)


def _label_content(
    session: Reader,
    cooperative: Row | None,
    recipe_id: int,
    production_date: dt.date,
    lot: str,
    options: LabelOptions,
) -> LabelContent:
    if options.barcode not in BARCODE_KINDS:
        raise ValidationError("barcode", tr("Type de code-barres inconnu.", "labels"))
    recipe = _recipe(session, recipe_id)
    producer, logo = _producer(cooperative)
    missing = _missing(recipe, producer, options)
    made = composition(recipe)
    missing += made.missing
    nutrition, nutrition_required, _warnings = label_nutrition(recipe, made)
    if missing:
        raise _refuse_missing(recipe, missing)
    lot_text = check_lot(lot) or default_lot(production_date)
    barcode = None
    if options.barcode == "ean13":
        barcode = Barcode("ean13", ean13_for_code(recipe.product_code))
    elif options.barcode == "code128":
        # the product code as typed, letters allowed
        barcode = Barcode(options.barcode, recipe.product_code.strip())
    plausible_date(production_date, "date")
    best = production_date + dt.timedelta(days=recipe.shelf_life_days or 0)
    if options.barcode == "qr":
        wording = f"{date_wording(recipe.date_kind)} {format_date(best)}"
        text = qr_text(
            cooperative, recipe.product_code.strip(), recipe.name.strip(), lot_text, wording
        )
        barcode = Barcode("qr", text)
    content = LabelContent(
        recipe_id=recipe.id,
        name=recipe.name.strip(),
        ingredients=made.entries,
        traces=made.traces,
        net_quantity=net_quantity_text(recipe.net_quantity, recipe.net_unit),
        date_kind=recipe.date_kind,
        date_wording=date_wording(recipe.date_kind),
        date=best,
        date_text=format_date(best),
        lot=lot_text,
        storage=" ".join(recipe.storage.split()),
        producer=producer,
        price=format_amount(recipe.price_cents, locale=document_locale())
        if options.price and recipe.price_cents > 0
        else "",
        story=" ".join(recipe.story.split()) if options.story else "",
        logo_png=logo if options.logo else None,
        barcode=barcode,
        min_x_height_mm=MIN_X_HEIGHT_SMALL_MM if recipe.small_package else MIN_X_HEIGHT_MM,
        net_figure_mm=net_figure_height_mm(recipe.net_quantity, recipe.net_unit),
        small_package=bool(recipe.small_package),
        descriptive_name=recipe.descriptive_name or "",
        nutrition=nutrition,
        nutrition_required=nutrition_required,
    )
    return content


def list_product_names(session: Reader) -> list[ProductListing]:
    """Active products (the newest version of each), by name: one query of three columns, for a
    list that looks at the labels of the rows it shows only (`product_choices`)."""
    newest: dict[int, ProductListing] = {}
    flush_pending(session)  # read through the table: a session's changes, as autoflush would
    rows = session.execute(
        select(
            RECIPE.c.id,
            func.coalesce(RECIPE.c.family_id, RECIPE.c.id),
            RECIPE.c.version,
            RECIPE.c.name,
        ).where(RECIPE.c.active.is_(True))
    )
    for recipe_id, family, version, name in rows:
        if family not in newest or version > newest[family].version:
            newest[family] = ProductListing(recipe_id, name, version)
    return sorted(newest.values(), key=lambda p: (folded(p.name), p.version))


def product_choices(session: Reader, recipe_ids: list[int]) -> list[ProductChoice]:
    """The products `recipe_ids` (in that order), each with what its label lacks and what to
    check on it."""
    by_id = read_recipes(session, recipe_ids)
    producer, _logo = _producer(cooperative_facts(session))
    result = []
    for recipe_id in recipe_ids:
        recipe = by_id[recipe_id]
        missing = _missing(recipe, producer, LabelOptions())
        made = composition(recipe)
        missing += made.missing
        result.append(
            ProductChoice(
                recipe_id=recipe.id,
                name=recipe.name,
                version=recipe.version,
                net_quantity=net_quantity_text(recipe.net_quantity, recipe.net_unit),
                missing=tuple(missing),
                warnings=recipe_warnings(recipe, made),
            )
        )
    return result


def list_products(session: Reader) -> list[ProductChoice]:
    """Active products (the newest version of each), by name, each with what its label lacks."""
    return product_choices(session, [p.recipe_id for p in list_product_names(session)])


def recipe_warnings(recipe: AnyRecipe, made: Composition | None = None) -> tuple[str, ...]:
    """What a person should check on this product's label: claims and disagreements. `made` is
    the recipe's `composition` when the caller has it (a list computes it once per product)."""
    from app.services.labels.warnings import (
        claim_warnings,
        emphasis_warnings,
        name_warnings,
        plausibility_warnings,
        weight_warnings,
    )

    names = [line.ingredient.name for line in recipe.lines]
    allergens = {key for line in recipe.lines for key in parse_keys(line.ingredient.allergens)}
    made = made or composition(recipe)
    return tuple(
        name_warnings(recipe.name, recipe.descriptive_name or "")
        + emphasis_warnings(recipe.name, unconfirmed_emphasis(recipe))
        + label_nutrition(recipe, made)[2]
        + claim_warnings(recipe.name, recipe.story, names)
        + plausibility_warnings(recipe.name, recipe.storage, recipe.date_kind, names, allergens)
        + weight_warnings(
            made.ingredients_g,
            weighed_finished_g(recipe),
            Decimal(recipe.weight_change_pct) if recipe.weight_change_pct is not None else None,
        )
    )


def find_product(session: Reader, name: str, field: str = "product") -> ProductListing:
    """The active product named `name` (case and accents ignored) for the command line: matched
    on the names alone (what its label lacks is said when the label is made, `label_content`)."""
    wanted = folded(" ".join((name or "").split()))
    products = list_product_names(session)
    found = [p for p in products if folded(p.name) == wanted]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ValidationError(
            field, fill(tr("Plusieurs produits s'appellent « {name} ».", "labels"), name=name)
        )
    close = [p.name for p in products if wanted and wanted in folded(p.name)]
    hint = (
        fill(tr(" Vouliez-vous dire : {names} ?", "labels"), names=listing(close[:5]))
        if close
        else ""
    )
    raise ValidationError(
        field, fill(tr("Aucun produit ne s'appelle « {name} ».", "labels"), name=name) + hint
    )


# --- print jobs -------------------------------------------------------------------------------
@dataclass(frozen=True)
class JobLine:
    recipe_id: int
    count: int


@dataclass(frozen=True)
class LabelJobInput:
    lines: tuple[JobLine, ...]
    production_date: dt.date
    template_id: str
    skip: int = 0
    lot: str = ""
    options: LabelOptions = LabelOptions()


@dataclass(frozen=True)
class LabelJob:
    """A checked print job: the template with the printer offset applied, each label and count."""

    template: LabelTemplate
    labels: tuple[tuple[LabelContent, int], ...]
    skip: int
    production_date: dt.date
    alternatives: tuple[LabelTemplate, ...] = field(default=())  # larger labels, to suggest
    maker: str = ""  # the cooperative's name: the sheets' author
    language: str = "fr"  # the label language, every word on the labels is in it

    @property
    def total(self) -> int:
        return sum(count for _content, count in self.labels)

    @property
    def sheets(self) -> int:
        return -(-(self.skip + self.total) // self.template.per_sheet)


def check_count(count: int, field: str = "count") -> int:
    if not isinstance(count, int) or count < 1 or count > MAX_COUNT:
        raise ValidationError(
            field,
            fill(
                tr("Le nombre d'étiquettes va de 1 à {max} par produit.", "labels"),
                max=f"{MAX_COUNT:,}".replace(",", " "),
            ),
        )
    return count


def check_skip(skip: int, template: LabelTemplate) -> int:
    if skip < 0 or skip >= template.per_sheet:
        if template.per_sheet == 1:
            message = tr("Ce modèle n'a qu'une étiquette par page : rien à sauter.", "labels")
        else:
            message = fill(
                tr(
                    "On peut sauter de 0 à {max} étiquettes (une feuille {name} en a {n}).",
                    "labels",
                ),
                max=template.per_sheet - 1,
                name=template.name,
                n=template.per_sheet,
            )
        raise ValidationError("skip", message)
    return skip


def prepare_job(session: Reader, job: LabelJobInput) -> LabelJob:
    """Check everything and compute every label; raises before anything is printed or saved.
    The cooperative, the templates and the printer offsets are read once for the whole job."""
    templates, offsets = templates_and_offsets(session)
    base = find_template(templates, job.template_id)
    skip = check_skip(job.skip, base)
    if not job.lines:
        raise ValidationError(
            "products", tr("Choisissez au moins un produit et un nombre d'étiquettes.", "labels")
        )
    for line in job.lines:
        check_count(line.count)
    lot = check_lot(job.lot)
    cooperative = cooperative_facts(session)
    language = language_of(cooperative)
    with in_customer_language(language):
        labels = tuple(
            (
                _label_content(
                    session, cooperative, line.recipe_id, job.production_date, lot, job.options
                ),
                line.count,
            )
            for line in job.lines
        )
    right, down = offset_in(offsets, base.id)
    alternatives = tuple(
        sorted(
            (t for t in templates if t.label_area_mm2 > base.label_area_mm2 + 1),
            key=lambda t: (
                (t.page_width_mm, t.page_height_mm) != (base.page_width_mm, base.page_height_mm),
                t.label_area_mm2,
                t.id,
            ),
        )
    )
    return LabelJob(
        with_offset(base, right, down),
        labels,
        skip,
        job.production_date,
        alternatives,
        maker=cooperative.name if cooperative is not None else "",
        language=language,
    )


def remember_job(session: Session, template_id: str, production_date: dt.date) -> None:
    """Keep the last template and production date for the next time."""
    set_setting(session, "labels.last_template", template_id)
    set_setting(session, "labels.last_date", production_date.isoformat())


def last_job(session: Reader) -> tuple[str, dt.date | None]:
    template_id, text = read_settings(session, "labels.last_template", "labels.last_date")
    try:
        day = dt.date.fromisoformat(text) if text else None
    except ValueError:
        day = None
    return template_id, day
