"""Sales events: a day of selling with its format, place, delegate and products on sale.

The products' name, price, VAT rate and code are copied from the recipes when the event is made:
changing a recipe later never changes a past sale. A closed event is locked (`ensure_open`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.i18n import fill, format_date, tr
from app.models.menus import CustomerOrder, Recipe
from app.models.people import Cohort, Person
from app.models.sales import SalesEvent, SalesEventProduct
from app.services.errors import NotFound, ValidationError
from app.services.people.genders import gender_of
from app.services.text_match import sort_key
from app.services.validation import limited_text
from app.services.versions import claim_version
from app.vocab import values
from app.vocab.sales import PaymentMethod, SaleFormat, sale_format_label


@dataclass(frozen=True)
class ProductInfo:
    id: int
    recipe_id: int | None
    name: str
    product_code: str
    price_cents: int
    vat_rate_bp: int
    unit_cost_cents: int | None


@dataclass(frozen=True)
class EventInput:
    cohort_id: int | None
    date: dt.date | None
    format: str
    place: str = ""
    delegate_id: int | None = None
    recipe_ids: tuple[int, ...] = ()
    opening_float_cents: int = 0
    order_ref: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class EventInfo:
    id: int
    cohort_id: int
    date: dt.date
    format: str
    place: str
    delegate_id: int | None
    delegate_name: str
    order_ref: int | None
    opening_float_cents: int
    notes: str
    closed_at: dt.datetime | None
    closed_by_name: str
    products: tuple[ProductInfo, ...]
    version: int = 0  # what a form saw; its save is refused once the day has moved on
    delegate_gender: str = "unstated"  # app.vocab.people.Gender: the word over her name

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    @property
    def format_label(self) -> str:
        return sale_format_label(self.format)

    @property
    def title(self) -> str:
        """ "04/10/2022 · Marché – Place Flagey": the date as the language writes it, each part
        isolated (in Arabic the parts read from the right)."""
        if self.place:
            return fill(
                tr("{date} · {kind} – {place}", "sales"),
                date=format_date(self.date),
                kind=self.format_label,
                place=self.place,
            )
        return fill(
            tr("{date} · {kind}", "sales"), date=format_date(self.date), kind=self.format_label
        )


@dataclass(frozen=True)
class RecipeChoice:
    """A recipe that can be put on sale (read directly from the Recipe rows)."""

    id: int
    name: str
    price_cents: int
    vat_rate_bp: int
    product_code: str


def _person_name(session: Session, person_id: int | None) -> str:
    if person_id is None:
        return ""
    person = session.get(Person, person_id)
    return f"{person.first_name} {person.last_name}".strip() if person else ""


def product_info(row: SalesEventProduct) -> ProductInfo:
    return ProductInfo(
        row.id,
        row.recipe_id,
        row.name,
        row.product_code,
        row.price_cents,
        row.vat_rate_bp,
        row.unit_cost_cents,
    )


def event_info(session: Session, row: SalesEvent) -> EventInfo:
    return EventInfo(
        id=row.id,
        cohort_id=row.cohort_id,
        date=row.date,
        format=row.format,
        place=row.place,
        delegate_id=row.delegate_id,
        delegate_name=_person_name(session, row.delegate_id),
        delegate_gender=gender_of(session, row.delegate_id),
        order_ref=row.order_ref,
        opening_float_cents=row.opening_float_cents,
        notes=row.notes,
        closed_at=row.closed_at,
        closed_by_name=_person_name(session, row.closed_by_id),
        products=tuple(product_info(p) for p in row.products),
        version=row.version or 0,
    )


def load_event(session: Session, event_id: int) -> SalesEvent:
    row = session.get(SalesEvent, event_id)
    if row is None:
        raise NotFound(event_id)
    return row


def touch_day(session: Session, event_id: int, seen_version: int | None = None) -> int:
    """Move the day's version on (every write to the day does, in its own transaction).

    With `seen_version` (a form's save), only if the day has not changed since the form was
    drawn; else `StaleError` and nothing is written. Returns the new version.
    """
    return claim_version(
        session,
        SalesEvent,
        event_id,
        seen_version,
        tr(
            "Ce jour a changé depuis que vous avez ouvert cette page : les chiffres ont été mis "
            "à jour.",
            "sales",
        ),
    )


def ensure_open(row: SalesEvent) -> None:
    """Refuse any change to a closed day: corrections go through sales_closing."""
    if row.closed_at is not None:
        raise ValidationError(
            "event",
            tr(
                "Cette journée est clôturée. Pour changer quelque chose, faites une correction.",
                "sales",
            ),
        )


def check_method(method: str | None) -> str:
    if method not in values(PaymentMethod):
        raise ValidationError("payment_method", tr("Choisissez un moyen de paiement.", "sales"))
    return method


def list_recipes_for_sale(session: Session) -> list[RecipeChoice]:
    """Active recipes, the newest version of each family only, by name."""
    rows = session.scalars(
        select(Recipe).where(Recipe.active.is_(True)).order_by(Recipe.name)
    ).all()
    newest: dict[int, Recipe] = {}
    for row in rows:
        family = row.family_id or row.id
        if family not in newest or row.version > newest[family].version:
            newest[family] = row
    return sorted(
        (
            RecipeChoice(r.id, r.name, r.price_cents, r.vat_rate_bp, r.product_code)
            for r in newest.values()
        ),
        key=lambda r: sort_key(r.name),
    )


def _validated(session: Session, data: EventInput) -> EventInput:
    if data.cohort_id is None or session.get(Cohort, data.cohort_id) is None:
        raise ValidationError("cohort", tr("Choisissez d'abord une cohorte.", "sales"))
    if data.date is None:
        raise ValidationError("date", tr("Indiquez la date de la vente.", "sales"))
    if data.format not in values(SaleFormat):
        raise ValidationError("format", tr("Choisissez le type de vente.", "sales"))
    if data.delegate_id is not None and session.get(Person, data.delegate_id) is None:
        raise ValidationError("delegate", tr("Cette personne n'existe plus.", "sales"))
    if data.opening_float_cents < 0:
        raise ValidationError(
            "opening_float", tr("Le fonds de caisse ne peut pas être négatif.", "sales")
        )
    if not data.recipe_ids:
        raise ValidationError("products", tr("Choisissez au moins un produit à vendre.", "sales"))
    if len(set(data.recipe_ids)) != len(data.recipe_ids):
        raise ValidationError("products", tr("Un produit est choisi deux fois.", "sales"))
    for recipe_id in data.recipe_ids:
        if session.get(Recipe, recipe_id) is None:
            raise ValidationError("products", tr("Un produit choisi n'existe plus.", "sales"))
    if data.order_ref is not None and session.get(CustomerOrder, data.order_ref) is None:
        raise ValidationError("order_ref", tr("Cette commande n'existe plus.", "sales"))
    return EventInput(
        cohort_id=data.cohort_id,
        date=data.date,
        format=data.format,
        place=limited_text(data.place, "place", 160),
        delegate_id=data.delegate_id,
        recipe_ids=tuple(data.recipe_ids),
        opening_float_cents=data.opening_float_cents,
        order_ref=data.order_ref,
        notes=limited_text(data.notes, "notes", 2000),
    )


def vat_rate_for(session: Session, recipe_rate_bp: int, format_code: str) -> int:
    """The recipe's VAT rate, except food sold as a served meal (setting "sales.vat_by_format")."""
    from app.services.settings import get_setting

    override = (get_setting(session, "sales.vat_by_format") or {}).get(format_code)
    if override is not None and recipe_rate_bp == get_setting(session, "vat.food_bp"):
        return int(override)
    return recipe_rate_bp


def create_event(session: Session, data: EventInput) -> EventInfo:
    """A new sales day; each recipe's price, VAT rate (per format) and code are copied now."""
    clean = _validated(session, data)
    row = SalesEvent(
        cohort_id=clean.cohort_id,
        date=clean.date,
        format=clean.format,
        place=clean.place,
        delegate_id=clean.delegate_id,
        order_ref=clean.order_ref,
        opening_float_cents=clean.opening_float_cents,
        notes=clean.notes,
    )
    for position, recipe_id in enumerate(clean.recipe_ids):
        recipe = session.get(Recipe, recipe_id)
        row.products.append(
            SalesEventProduct(
                recipe_id=recipe.id,
                name=recipe.name,
                product_code=recipe.product_code or "",
                price_cents=recipe.price_cents,
                vat_rate_bp=vat_rate_for(session, recipe.vat_rate_bp, clean.format),
                position=position,
            )
        )
    session.add(row)
    session.flush()
    return event_info(session, row)


def update_event(
    session: Session,
    event_id: int,
    place: str,
    delegate_id: int | None,
    opening_float_cents: int,
    notes: str,
    seen_version: int | None = None,
) -> EventInfo:
    """Change what may change while the day is open (never the products' prices).

    A form passes the `version` it was drawn from: a day changed meanwhile is refused."""
    row = load_event(session, event_id)
    ensure_open(row)
    touch_day(session, event_id, seen_version)
    if opening_float_cents < 0:
        raise ValidationError(
            "opening_float", tr("Le fonds de caisse ne peut pas être négatif.", "sales")
        )
    if delegate_id is not None and session.get(Person, delegate_id) is None:
        raise ValidationError("delegate", tr("Cette personne n'existe plus.", "sales"))
    row.place = limited_text(place, "place", 160)
    row.delegate_id = delegate_id
    row.opening_float_cents = opening_float_cents
    row.notes = limited_text(notes, "notes", 2000)
    session.flush()
    return event_info(session, row)


def get_event(session: Session, event_id: int) -> EventInfo:
    return event_info(session, load_event(session, event_id))


def list_events(session: Session, cohort_id: int | None) -> list[EventInfo]:
    """The cohort's events, newest first."""
    if cohort_id is None:
        return []
    rows = session.scalars(
        select(SalesEvent)
        .where(SalesEvent.cohort_id == cohort_id)
        .order_by(SalesEvent.date.desc(), SalesEvent.id.desc())
        .options(selectinload(SalesEvent.products))  # one query for all days, not one per day
    ).all()
    return [event_info(session, row) for row in rows]


def find_event_on(session: Session, day: dt.date, cohort_id: int | None = None) -> EventInfo:
    """The one event of that date (for the command line)."""
    query = select(SalesEvent).where(SalesEvent.date == day)
    if cohort_id is not None:
        query = query.where(SalesEvent.cohort_id == cohort_id)
    rows = session.scalars(query.order_by(SalesEvent.id)).all()
    if not rows:
        raise ValidationError(
            "date", fill(tr("Aucune vente le {date}.", "sales"), date=day.isoformat())
        )
    if len(rows) > 1:
        raise ValidationError(
            "date",
            fill(
                tr("Plusieurs ventes le {date} : précisez la cohorte.", "sales"),
                date=day.isoformat(),
            ),
        )
    return event_info(session, rows[0])


def product_by_code(session: Session, event_id: int, code: str) -> ProductInfo:
    """The product of the day whose code the scanner read (the code alone or inside an EAN-13)."""
    code = (code or "").strip()
    if code:
        products = session.scalars(
            select(SalesEventProduct).where(SalesEventProduct.event_id == event_id)
        ).all()
        for product in products:
            if product.product_code and product.product_code == code:
                return product_info(product)
        # An EAN-13 built from an internal code: 2 + code (zero-padded) + check digit.
        if code.isdigit() and len(code) == 13:
            for product in products:
                code_is_number = product.product_code and product.product_code.isdigit()
                if code_is_number and int(code[1:12]) == int(product.product_code):
                    return product_info(product)
    raise ValidationError(
        "barcode",
        fill(
            tr("Le code « {code} » ne correspond à aucun produit de la vente.", "sales"), code=code
        ),
    )


def product_for_recipe(session: Session, event_id: int, recipe_id: int) -> ProductInfo:
    """The event's product made from this recipe (to tap by recipe id, e.g. from another area)."""
    row = session.scalars(
        select(SalesEventProduct).where(
            SalesEventProduct.event_id == event_id, SalesEventProduct.recipe_id == recipe_id
        )
    ).first()
    if row is None:
        raise ValidationError("product", tr("Ce produit n'est pas en vente ce jour-là.", "sales"))
    return product_info(row)


def count_events(session: Session, cohort_id: int) -> int:
    return (
        session.scalar(select(func.count(SalesEvent.id)).where(SalesEvent.cohort_id == cohort_id))
        or 0
    )


@dataclass(frozen=True)
class DaysToClose:
    """What "Clôturer la journée" can open on a date: that date's sale days, and the days of the
    cohort still open (other dates included, to be named, never opened silently)."""

    on_date: tuple[EventInfo, ...]
    still_open: tuple[EventInfo, ...]


def days_to_close(session: Session, cohort_id: int, day: dt.date) -> DaysToClose:
    events = list_events(session, cohort_id)
    return DaysToClose(
        on_date=tuple(e for e in events if e.date == day),
        still_open=tuple(e for e in events if not e.closed),
    )
