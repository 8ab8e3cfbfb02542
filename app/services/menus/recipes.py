"""Recipes (products) in versions: ingredient lines, yield, label data, price and VAT per format.

"New version" copies a recipe as v2, v3 … with the same family_id and keeps the old ones (tastings
and sales refer to versions). The recipe list carries cost, price and margin on a given date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from app.i18n import fill, tr
from app.models.menus import Ingredient, Recipe, RecipeFormatVat, RecipeLine
from app.services.errors import Field, NotFound, ValidationError
from app.services.menus import costing
from app.services.text_match import has_every_word, named_key, sort_key, words_of
from app.services.units import check_count, check_fits, check_quantity, dimension
from app.services.validation import clean_text, limited_text, required_text
from app.services.versions import claim_version
from app.vocab import values
from app.vocab.menus import NET_UNITS, DateKind, Emphasis, YieldKind
from app.vocab.sales import SaleFormat

# what cooking may do to a batch's weight, in % of its ingredients' weight
WEIGHT_LOSS_LIMIT = Decimal(-95)
WEIGHT_GAIN_LIMIT = Decimal(500)


@dataclass(frozen=True)
class LineInput:
    ingredient_id: int
    quantity: Decimal
    unit: str
    emphasis: str = Emphasis.AUTO  # whether the product's name emphasises it (QUID)


@dataclass(frozen=True)
class RecipeInput:
    name: str
    yield_count: int
    lines: tuple[LineInput, ...]
    category: str = ""
    yield_kind: str = "units"
    net_quantity: Decimal | None = None
    net_unit: str = "g"
    packaging_cost_cents: int = 0
    shelf_life_days: int | None = None
    date_kind: str = "best_before"
    storage: str = ""
    story: str = ""
    descriptive_name: str = ""  # the food's name in French, under a product name that is not
    price_cents: int = 0  # per unit, VAT included
    vat_rate_bp: int = 600
    format_vat: dict[str, int] = field(default_factory=dict)  # sales format -> bp
    product_code: str = ""
    small_package: bool = False
    active: bool = True
    # what cooking does to the weight, in % of the ingredients' weight: -20 a loss, +150 water
    # absorbed; None when not said
    weight_change_pct: Decimal | None = None
    nutrition_exempt: bool = False  # relies on the artisan exemption (Annex V point 19)


@dataclass(frozen=True)
class LineInfo:
    ingredient_id: int
    ingredient_name: str
    quantity: Decimal
    unit: str
    emphasis: str = Emphasis.AUTO


@dataclass(frozen=True)
class RecipeInfo:
    id: int
    family_id: int
    version: int
    name: str
    category: str
    yield_count: int
    yield_kind: str
    net_quantity: Decimal | None
    net_unit: str
    packaging_cost_cents: int
    shelf_life_days: int | None
    date_kind: str
    storage: str
    story: str
    price_cents: int
    vat_rate_bp: int
    format_vat: dict[str, int]
    product_code: str
    small_package: bool
    active: bool
    created_on: dt.date
    lines: tuple[LineInfo, ...]
    descriptive_name: str = ""
    edit_version: int = 0  # the edit counter a form was drawn from (not the v1, v2...)
    weight_change_pct: Decimal | None = None
    nutrition_exempt: bool = False

    @property
    def label(self) -> str:
        return f"{self.name} (v{self.version})"

    def vat_for(self, sales_format: str | None) -> int:
        return self.format_vat.get(sales_format or "", self.vat_rate_bp)

    def as_input(self) -> RecipeInput:
        return RecipeInput(
            name=self.name,
            yield_count=self.yield_count,
            lines=tuple(
                LineInput(line.ingredient_id, line.quantity, line.unit, line.emphasis)
                for line in self.lines
            ),
            category=self.category,
            yield_kind=self.yield_kind,
            net_quantity=self.net_quantity,
            net_unit=self.net_unit,
            packaging_cost_cents=self.packaging_cost_cents,
            shelf_life_days=self.shelf_life_days,
            date_kind=self.date_kind,
            storage=self.storage,
            story=self.story,
            descriptive_name=self.descriptive_name,
            price_cents=self.price_cents,
            vat_rate_bp=self.vat_rate_bp,
            format_vat=dict(self.format_vat),
            product_code=self.product_code,
            small_package=self.small_package,
            active=self.active,
            weight_change_pct=self.weight_change_pct,
            nutrition_exempt=self.nutrition_exempt,
        )


@dataclass(frozen=True)
class RecipeListing:
    """One line of the recipe list as read from the recipe's own row, before its cost: what a
    long list shows and sorts by before the rows in sight are costed (`with_costs`)."""

    id: int
    family_id: int
    version: int
    name: str
    category: str
    active: bool
    yield_count: int
    yield_kind: str
    price_cents: int
    vat_rate_bp: int

    @property
    def label(self) -> str:
        return f"{self.name} (v{self.version})"


@dataclass(frozen=True)
class RecipeRow(RecipeListing):
    """One line of the recipe list: the recipe with its cost and price check on a date."""

    check: costing.PriceCheck
    missing_prices: tuple[str, ...]


def _info(row: Recipe) -> RecipeInfo:
    return RecipeInfo(
        id=row.id,
        family_id=row.family_id or row.id,
        version=row.version,
        name=row.name,
        category=row.category,
        yield_count=row.yield_count,
        yield_kind=row.yield_kind,
        net_quantity=Decimal(row.net_quantity) if row.net_quantity is not None else None,
        net_unit=row.net_unit,
        packaging_cost_cents=row.packaging_cost_cents,
        shelf_life_days=row.shelf_life_days,
        date_kind=row.date_kind,
        storage=row.storage,
        story=row.story,
        descriptive_name=row.descriptive_name or "",
        edit_version=row.edit_version,
        price_cents=row.price_cents,
        vat_rate_bp=row.vat_rate_bp,
        format_vat=_format_vat(object_session(row), row.id),
        product_code=row.product_code,
        small_package=row.small_package,
        active=row.active,
        created_on=row.created_on,
        lines=tuple(
            LineInfo(
                line.ingredient_id,
                line.ingredient.name,
                Decimal(line.quantity),
                line.unit,
                line.emphasis,
            )
            for line in row.lines
        ),
        weight_change_pct=(
            Decimal(row.weight_change_pct) if row.weight_change_pct is not None else None
        ),
        nutrition_exempt=bool(row.nutrition_exempt),
    )


def _format_vat(session: Session, recipe_id: int) -> dict[str, int]:
    rows = session.scalars(select(RecipeFormatVat).where(RecipeFormatVat.recipe_id == recipe_id))
    return {row.sales_format: row.vat_rate_bp for row in rows}


def _check_vat(value: int, field_name: str) -> None:
    if value is None or not 0 <= value <= 10000:
        raise ValidationError(
            field_name, tr("Le taux de TVA doit être entre 0 et 100 %.", "recipes")
        )


def validate(session: Session, data: RecipeInput) -> None:
    """Every check of a recipe, before anything is written."""
    required_text(data.name, "name", tr("le nom de la recette", "recipes"))
    limited_text(data.category, "category", 80)
    if data.yield_count is None or data.yield_count <= 0:
        raise ValidationError(
            "yield_count",
            tr(
                "Le rendement doit être plus grand que zéro (par exemple 30 energy balls).",
                "recipes",
            ),
        )
    check_count(data.yield_count, "yield_count")
    if data.yield_kind not in values(YieldKind):
        raise ValidationError("yield_kind", tr("Choisissez unités ou portions.", "recipes"))
    if data.net_quantity is not None and Decimal(data.net_quantity) <= 0:
        raise ValidationError(
            "net_quantity", tr("Le poids net doit être plus grand que zéro.", "recipes")
        )
    if data.net_unit not in NET_UNITS:
        raise ValidationError("net_unit", tr("Choisissez g, ml ou pièce.", "recipes"))
    if data.net_quantity is not None:
        check_quantity(Decimal(data.net_quantity), data.net_unit, "net_quantity")
    if data.packaging_cost_cents is None or data.packaging_cost_cents < 0:
        raise ValidationError(
            "packaging", tr("L'emballage ne peut pas coûter moins que zéro.", "recipes")
        )
    if data.shelf_life_days is not None and not 0 < data.shelf_life_days <= 3650:
        raise ValidationError(
            "shelf_life_days", tr("La durée de conservation va de 1 à 3650 jours.", "recipes")
        )
    if data.date_kind not in values(DateKind):
        raise ValidationError("date_kind", tr("Choisissez le type de date.", "recipes"))
    limited_text(data.storage, "storage", 400)
    limited_text(data.story, "story", 1000)
    limited_text(data.descriptive_name, "descriptive_name", 200)
    if data.price_cents is None or data.price_cents < 0:
        raise ValidationError("price", tr("Le prix ne peut pas être négatif.", "recipes"))
    _check_vat(data.vat_rate_bp, "vat_rate")
    for sales_format, rate in data.format_vat.items():
        if sales_format not in values(SaleFormat):
            raise ValidationError("format_vat", tr("Format de vente inconnu.", "recipes"))
        _check_vat(rate, "format_vat")
    code = (data.product_code or "").strip()
    if code and (not code.isdigit() or len(code) > 12):
        raise ValidationError(
            "product_code",
            tr("Le code produit ne contient que des chiffres (12 au plus).", "recipes"),
        )
    change = data.weight_change_pct
    if change is not None and not WEIGHT_LOSS_LIMIT <= Decimal(change) <= WEIGHT_GAIN_LIMIT:
        raise ValidationError(
            "weight_change",
            fill(
                tr(
                    "Une perte à la cuisson va de 0 à {loss} % ; l'eau absorbée, de 0 à {gain} %.",
                    "recipes",
                ),
                loss=-WEIGHT_LOSS_LIMIT,
                gain=WEIGHT_GAIN_LIMIT,
            ),
        )
    if not data.lines:
        raise ValidationError("lines", tr("Ajoutez au moins un ingrédient.", "recipes"))
    for index, line in enumerate(data.lines):
        field_name = Field("lines", row=index)
        ingredient = session.get(Ingredient, line.ingredient_id)
        if ingredient is None:
            raise ValidationError(
                field_name, tr("Choisissez un ingrédient de la liste.", "recipes")
            )
        if line.quantity is None or Decimal(line.quantity) <= 0:
            raise ValidationError(
                field_name,
                fill(
                    tr("La quantité de « {name} » doit être plus grande que zéro.", "recipes"),
                    name=ingredient.name,
                ),
            )
        dimension(line.unit)
        check_quantity(Decimal(line.quantity), line.unit, field_name)
        check_fits(ingredient.name, ingredient.unit, line.unit, field_name)
        if line.emphasis not in values(Emphasis):
            raise ValidationError(field_name, tr("Choix « mis en avant » inconnu.", "recipes"))


def _write(session: Session, row: Recipe, data: RecipeInput) -> None:
    row.name = clean_text(data.name)
    row.category = clean_text(data.category)
    row.yield_count = data.yield_count
    row.yield_kind = data.yield_kind
    row.net_quantity = Decimal(data.net_quantity) if data.net_quantity is not None else None
    row.net_unit = data.net_unit
    row.packaging_cost_cents = data.packaging_cost_cents
    row.shelf_life_days = data.shelf_life_days
    row.date_kind = data.date_kind
    row.storage = (data.storage or "").strip()
    row.story = (data.story or "").strip()
    row.descriptive_name = " ".join((data.descriptive_name or "").split())
    row.price_cents = data.price_cents
    row.vat_rate_bp = data.vat_rate_bp
    row.product_code = (data.product_code or "").strip()
    row.small_package = data.small_package
    row.active = data.active
    row.nutrition_exempt = data.nutrition_exempt
    row.weight_change_pct = (
        Decimal(data.weight_change_pct) if data.weight_change_pct is not None else None
    )
    row.lines.clear()
    session.flush()
    for position, line in enumerate(data.lines):
        row.lines.append(
            RecipeLine(
                ingredient_id=line.ingredient_id,
                quantity=Decimal(line.quantity),
                unit=line.unit,
                position=position,
                emphasis=line.emphasis,
            )
        )
    session.flush()
    existing = {
        vat.sales_format: vat
        for vat in session.scalars(
            select(RecipeFormatVat).where(RecipeFormatVat.recipe_id == row.id)
        )
    }
    for sales_format, vat in existing.items():
        if sales_format not in data.format_vat:
            session.delete(vat)
    for sales_format, rate in data.format_vat.items():
        if sales_format in existing:
            existing[sales_format].vat_rate_bp = rate
        else:
            session.add(
                RecipeFormatVat(recipe_id=row.id, sales_format=sales_format, vat_rate_bp=rate)
            )
    session.flush()


def create_recipe(session: Session, data: RecipeInput, today: dt.date) -> RecipeInfo:
    validate(session, data)
    row = Recipe(
        name=clean_text(data.name), yield_count=data.yield_count, version=1, created_on=today
    )
    session.add(row)
    session.flush()
    row.family_id = row.id
    _write(session, row, data)
    session.refresh(row)
    return _info(row)


def claim_edit(session: Session, recipe_id: int, seen: int | None = None) -> int:
    """Move the recipe's edit counter on, in the caller's transaction; with `seen` (the counter
    the form was drawn from), `StaleError` when another write came first. Every write to a
    recipe calls this, so an open form sees it as a change."""
    return claim_version(
        session,
        Recipe,
        recipe_id,
        seen,
        tr(
            "Cette recette a changé depuis que vous avez ouvert cette fenêtre : les champs "
            "montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis "
            "enregistrez.",
            "recipes",
        ),
        column="edit_version",
    )


def update_recipe(
    session: Session, recipe_id: int, data: RecipeInput, seen_edit: int | None = None
) -> RecipeInfo:
    """Rewrite the recipe from the form; with `seen_edit` (the form's edit counter), refused with
    `StaleError` when another write came first (nothing written)."""
    row = session.get(Recipe, recipe_id)
    if row is None:
        raise NotFound(recipe_id)
    claim_edit(session, recipe_id, seen_edit)
    validate(session, data)
    _write(session, row, data)
    session.refresh(row)
    return _info(row)


def new_version(
    session: Session, recipe_id: int, today: dt.date, retire_previous: bool = True
) -> RecipeInfo:
    """Copy the recipe as the next version of its family; the old version stays, made inactive."""
    row = session.get(Recipe, recipe_id)
    if row is None:
        raise NotFound(recipe_id)
    family_id = row.family_id or row.id
    last = (
        session.scalar(select(func.max(Recipe.version)).where(Recipe.family_id == family_id))
        or row.version
    )
    data = _info(row).as_input()
    copy = Recipe(
        name=row.name,
        yield_count=row.yield_count,
        family_id=family_id,
        version=last + 1,
        created_on=today,
    )
    session.add(copy)
    session.flush()
    _write(session, copy, replace(data, active=True))
    if retire_previous:
        for older in session.scalars(
            select(Recipe).where(Recipe.family_id == family_id, Recipe.id != copy.id)
        ):
            if older.active:
                claim_edit(session, older.id)
                older.active = False
    session.flush()
    session.refresh(copy)
    return _info(copy)


def get_recipe(session: Session, recipe_id: int) -> RecipeInfo:
    row = session.get(Recipe, recipe_id)
    if row is None:
        raise NotFound(recipe_id)
    return _info(row)


def versions(session: Session, family_id: int) -> list[RecipeInfo]:
    rows = session.scalars(
        select(Recipe).where(Recipe.family_id == family_id).order_by(Recipe.version)
    )
    return [_info(row) for row in rows]


def recipe_listing(
    session: Session, search: str = "", include_inactive: bool = False
) -> list[RecipeListing]:
    """The recipe list without costs, newest version first within a name: one query of the
    recipes' own columns (no object loaded), for a list that costs only the rows it shows.
    `search` keeps the recipes with every word typed in their name or category."""
    query = select(
        Recipe.id,
        func.coalesce(Recipe.family_id, Recipe.id),
        Recipe.version,
        Recipe.name,
        Recipe.category,
        Recipe.active,
        Recipe.yield_count,
        Recipe.yield_kind,
        Recipe.price_cents,
        Recipe.vat_rate_bp,
    )
    if not include_inactive:
        query = query.where(Recipe.active.is_(True))
    words = words_of(search)
    listings = [
        listing
        for listing in (RecipeListing(*row) for row in session.execute(query))
        if has_every_word(words, listing.name, listing.category)
    ]
    listings.sort(key=lambda listing: (sort_key(listing.name), -listing.version))
    return listings


def with_costs(session: Session, listings: list[RecipeListing], on: dt.date) -> list[RecipeRow]:
    """The `listings` (in their order) with their cost and price check on `on`, in five queries
    whatever their number."""
    target = costing.target_food_cost(session)
    costs = costing.recipe_costs(session, [row.id for row in listings], on)
    result = []
    for row in listings:
        cost = costs[row.id]
        check = costing.check_price(cost.per_unit_exact, row.price_cents, row.vat_rate_bp, target)
        fields = {name: getattr(row, name) for name in RecipeListing.__dataclass_fields__}
        result.append(RecipeRow(**fields, check=check, missing_prices=tuple(cost.missing_prices)))
    return result


def list_recipes(
    session: Session, on: dt.date, search: str = "", include_inactive: bool = False
) -> list[RecipeRow]:
    """Recipes with their cost, price and margin on `on`, newest version first within a name."""
    return with_costs(session, recipe_listing(session, search, include_inactive), on)


def find_recipe(session: Session, name: str) -> int | None:
    """The newest version of the recipe called `name` (case-insensitive), or None."""
    return named_key(
        session.execute(select(Recipe.id, Recipe.name).order_by(Recipe.version.desc())), name
    )


@dataclass(frozen=True)
class CostPanel:
    """What the editor's live panel shows for unsaved recipe data."""

    cost: costing.RecipeCost
    check: costing.PriceCheck
    label_warnings: tuple[str, ...] = ()  # emphasis and cooking loss to check (labels/draft.py)


def preview(session: Session, data: RecipeInput, on: dt.date) -> CostPanel:
    """Cost and price check of recipe data as typed (nothing written). Raises ValidationError
    for lines that cannot be costed (unit that does not fit, yield 0)."""
    cost = costing.cost_of_lines(
        session,
        [(line.ingredient_id, Decimal(line.quantity), line.unit) for line in data.lines],
        data.yield_count,
        data.packaging_cost_cents,
        on,
    )
    check = costing.check_price(
        cost.per_unit_exact, data.price_cents, data.vat_rate_bp, costing.target_food_cost(session)
    )
    from app.services.labels.draft import draft_warnings

    return CostPanel(cost, check, draft_warnings(session, data))
