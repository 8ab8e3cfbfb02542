"""Orders and quotes: a customer, a date, guests, lines (from a menu × guests or typed), and
before anything is sent what the order costs, brings in and leaves as margin.

Unit prices and VAT rates are copied into the order lines when they are entered: a later change of
a recipe's price does not rewrite a quote already sent. A recipe's price is stored VAT included
at its own rate; for a sales format with another VAT rate (12 % for catering) the price without
VAT is kept and the VAT added on top.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import DOCUMENT_LANGUAGE, doc_tr, tr
from app.models.menus import CustomerOrder, Menu, OrderLine, Recipe
from app.services.errors import Field, NotFound, ValidationError
from app.services.menus import costing
from app.services.menus.customers import directory_name
from app.services.menus.recipes import get_recipe
from app.services.people.cooperative import label_language
from app.services.units import check_count, check_quantity
from app.services.validation import clean_text, limited_text, required_text
from app.services.versions import claim_version
from app.vocab import values
from app.vocab.menus import Fulfilment, OrderStatus, order_status_label
from app.vocab.sales import SaleFormat


def default_conditions(language: str = DOCUMENT_LANGUAGE) -> str:
    """The conditions a new order starts with: printed on the quote, a document for the customer,
    so written in the quote's language (`doc_tr`, as the rest of the quote), not the interface's;
    the coordinator may rewrite them for each order."""
    return doc_tr(
        "Acompte de 30 % à la confirmation. Solde à la livraison, en espèces, par carte ou par "
        "virement. Les quantités peuvent être modifiées jusqu'à 5 jours avant la date.",
        "quote",
        language,
    )


def new_order_conditions(session: Session) -> str:
    """What a new order's conditions start with: the default conditions in the cooperative's
    label language, the language its quote is printed in."""
    return default_conditions(label_language(session))


@dataclass(frozen=True)
class OrderLineInput:
    recipe_id: int
    quantity: Decimal
    unit_price_cents: int | None = None  # None: take the recipe's price for the sales format
    vat_rate_bp: int | None = None


@dataclass(frozen=True)
class OrderInput:
    customer: str
    event_date: dt.date
    lines: tuple[OrderLineInput, ...]
    guests: int = 0
    contact: str = ""
    menu_id: int | None = None
    sales_format: str = "catering"
    fulfilment: str = "delivery"
    address: str = ""
    status: str = "draft"
    notes: str = ""
    conditions: str = field(default_factory=default_conditions)
    quote_valid_days: int = 30
    organisation_id: int | None = None  # the customer chosen from the directory, if any


@dataclass(frozen=True)
class OrderLineInfo:
    recipe_id: int
    recipe_label: str
    quantity: Decimal
    unit_price_cents: int
    vat_rate_bp: int
    unit_cost_exact: Decimal
    # the name without the recipe's version, for what customers read (the quote)
    recipe_name: str = ""

    @property
    def total_incl_cents(self) -> int:
        return costing.to_cents(self.quantity * self.unit_price_cents)

    @property
    def cost_exact(self) -> Decimal:
        return self.quantity * self.unit_cost_exact

    def as_input(self) -> OrderLineInput:
        return OrderLineInput(
            self.recipe_id, self.quantity, self.unit_price_cents, self.vat_rate_bp
        )


@dataclass(frozen=True)
class VatGroup:
    vat_rate_bp: int
    total_incl_cents: int
    base_cents: int  # without VAT
    vat_cents: int


@dataclass(frozen=True)
class OrderInfo:
    id: int
    customer: str
    contact: str
    event_date: dt.date
    guests: int
    menu_id: int | None
    sales_format: str
    fulfilment: str
    address: str
    status: str
    notes: str
    conditions: str
    quote_valid_days: int
    created_on: dt.date
    lines: tuple[OrderLineInfo, ...]
    vat_groups: tuple[VatGroup, ...]
    check: costing.PriceCheck
    version: int = 0  # what the form saw; its save is refused once the order has moved on
    organisation_id: int | None = None

    @property
    def total_incl_cents(self) -> int:
        return sum(group.total_incl_cents for group in self.vat_groups)

    @property
    def total_excl_cents(self) -> int:
        return sum(group.base_cents for group in self.vat_groups)

    @property
    def total_vat_cents(self) -> int:
        return sum(group.vat_cents for group in self.vat_groups)

    @property
    def valid_until(self) -> dt.date:
        return self.created_on + dt.timedelta(days=self.quote_valid_days)

    @property
    def status_label(self) -> str:
        return order_status_label(self.status)

    def as_input(self) -> OrderInput:
        return OrderInput(
            self.customer,
            self.event_date,
            tuple(line.as_input() for line in self.lines),
            self.guests,
            self.contact,
            self.menu_id,
            self.sales_format,
            self.fulfilment,
            self.address,
            self.status,
            self.notes,
            self.conditions,
            self.quote_valid_days,
            self.organisation_id,
        )


def format_price_cents(session: Session, recipe_id: int, sales_format: str) -> tuple[int, int]:
    """(unit price VAT included, VAT rate) of a recipe for a sales format."""
    recipe = get_recipe(session, recipe_id)
    rate = recipe.vat_for(sales_format)
    if rate == recipe.vat_rate_bp:
        return recipe.price_cents, rate
    excl = costing.excluding_vat(recipe.price_cents, recipe.vat_rate_bp)
    return costing.to_cents(costing.including_vat(excl, rate)), rate


def lines_from_menu(
    session: Session, menu_id: int, guests: int, sales_format: str | None = None
) -> list[OrderLineInput]:
    """Order lines for a menu × guests: portions per guest × guests, rounded up to whole units."""
    menu = session.get(Menu, menu_id)
    if menu is None:
        raise NotFound(menu_id)
    if guests <= 0:
        raise ValidationError("guests", tr("Indiquez le nombre de personnes.", "orders"))
    check_count(guests, "guests")
    lines = []
    for item in menu.items:
        quantity = (Decimal(item.portions_per_guest) * guests).to_integral_value(ROUND_CEILING)
        price, rate = format_price_cents(session, item.recipe_id, sales_format or menu.sales_format)
        lines.append(OrderLineInput(item.recipe_id, quantity, price, rate))
    return lines


def _validate(session: Session, data: OrderInput) -> tuple[str, list[OrderLineInput]]:
    customer = required_text(
        data.customer or directory_name(session, data.organisation_id),
        "customer",
        tr("le client", "orders"),
        160,
    )
    limited_text(data.contact, "contact", 200)
    if data.event_date is None:
        raise ValidationError("event_date", tr("Indiquez la date.", "orders"))
    if data.guests is None or data.guests < 0:
        raise ValidationError("guests", tr("Le nombre de personnes doit être positif.", "orders"))
    if data.guests:
        check_count(data.guests, "guests")
    if data.menu_id is not None and session.get(Menu, data.menu_id) is None:
        raise ValidationError("menu", tr("Ce menu n'existe plus.", "orders"))
    if data.sales_format not in values(SaleFormat):
        raise ValidationError("sales_format", tr("Choisissez un format de vente.", "orders"))
    if data.fulfilment not in values(Fulfilment):
        raise ValidationError(
            "fulfilment", tr("Choisissez livraison ou à venir chercher.", "orders")
        )
    if data.status not in values(OrderStatus):
        raise ValidationError("status", tr("Statut inconnu.", "orders"))
    limited_text(data.address, "address", 400)
    limited_text(data.notes, "notes", 2000)
    limited_text(data.conditions, "conditions", 2000)
    if data.quote_valid_days is None or not 1 <= data.quote_valid_days <= 365:
        raise ValidationError(
            "quote_valid_days", tr("Un devis est valable de 1 à 365 jours.", "orders")
        )
    if not data.lines:
        raise ValidationError(
            "lines", tr("Ajoutez au moins une ligne (ou choisissez un menu).", "orders")
        )
    lines = []
    for index, line in enumerate(data.lines):
        field_name = Field("lines", row=index)
        if session.get(Recipe, line.recipe_id) is None:
            raise ValidationError(field_name, tr("Choisissez une recette de la liste.", "orders"))
        if line.quantity is None or Decimal(line.quantity) <= 0:
            raise ValidationError(
                field_name, tr("La quantité doit être plus grande que zéro.", "orders")
            )
        check_quantity(Decimal(line.quantity), "piece", field_name)
        price, rate = line.unit_price_cents, line.vat_rate_bp
        if price is None or rate is None:
            default_price, default_rate = format_price_cents(
                session, line.recipe_id, data.sales_format
            )
            price = default_price if price is None else price
            rate = default_rate if rate is None else rate
        if price < 0:
            raise ValidationError(field_name, tr("Le prix ne peut pas être négatif.", "orders"))
        if not 0 <= rate <= 10000:
            raise ValidationError(
                field_name, tr("Le taux de TVA doit être entre 0 et 100 %.", "orders")
            )
        lines.append(OrderLineInput(line.recipe_id, Decimal(line.quantity), price, rate))
    return customer, lines


def _write(
    row: CustomerOrder, customer: str, lines: list[OrderLineInput], data: OrderInput
) -> None:
    row.customer = customer
    row.organisation_id = data.organisation_id
    row.contact = clean_text(data.contact)
    row.event_date = data.event_date
    row.guests = data.guests
    row.menu_id = data.menu_id
    row.sales_format = data.sales_format
    row.fulfilment = data.fulfilment
    row.address = (data.address or "").strip()
    row.status = data.status
    row.notes = (data.notes or "").strip()
    row.conditions = (data.conditions or "").strip()
    row.quote_valid_days = data.quote_valid_days
    row.lines.clear()
    for position, line in enumerate(lines):
        row.lines.append(
            OrderLine(
                recipe_id=line.recipe_id,
                quantity=Decimal(line.quantity),
                unit_price_cents=line.unit_price_cents,
                vat_rate_bp=line.vat_rate_bp,
                position=position,
            )
        )


def create_order(session: Session, data: OrderInput, today: dt.date) -> OrderInfo:
    customer, lines = _validate(session, data)
    row = CustomerOrder(customer=customer, event_date=data.event_date, created_on=today)
    session.add(row)
    _write(row, customer, lines, data)
    session.flush()
    return get_order(session, row.id)


def _claim(session: Session, order_id: int, seen_version: int | None) -> None:
    claim_version(
        session,
        CustomerOrder,
        order_id,
        seen_version,
        tr(
            "Cette commande a changé depuis que vous avez ouvert cette fenêtre : les champs "
            "montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis "
            "enregistrez.",
            "orders",
        ),
    )


def update_order(
    session: Session, order_id: int, data: OrderInput, seen_version: int | None = None
) -> OrderInfo:
    """Rewrite the order from the form; with `seen_version` (the form's), refused with
    `StaleError` when another save came first (nothing written)."""
    row = session.get(CustomerOrder, order_id)
    if row is None:
        raise NotFound(order_id)
    _claim(session, order_id, seen_version)
    customer, lines = _validate(session, data)
    _write(row, customer, lines, data)
    session.flush()
    session.expire(row)
    return get_order(session, order_id)


def set_status(session: Session, order_id: int, status: str) -> OrderInfo:
    row = session.get(CustomerOrder, order_id)
    if row is None:
        raise NotFound(order_id)
    if status not in values(OrderStatus):
        raise ValidationError("status", tr("Statut inconnu.", "orders"))
    _claim(session, order_id, None)
    row.status = status
    session.flush()
    return get_order(session, order_id)


def vat_groups(lines: list[OrderLineInfo]) -> tuple[VatGroup, ...]:
    """Totals per VAT rate: the VAT is taken out of the total VAT included, once per rate."""
    totals: dict[int, int] = {}
    for line in lines:
        totals[line.vat_rate_bp] = totals.get(line.vat_rate_bp, 0) + line.total_incl_cents
    groups = []
    for rate in sorted(totals):
        incl = totals[rate]
        base = costing.to_cents(costing.excluding_vat(incl, rate))
        groups.append(VatGroup(rate, incl, base, incl - base))
    return tuple(groups)


def summarise(
    session: Session, lines: list[OrderLineInput], on: dt.date, sales_format: str = "catering"
) -> tuple[list[OrderLineInfo], tuple[VatGroup, ...], costing.PriceCheck]:
    """Cost, price and margin of order lines as typed (the editor's live panel; nothing written)."""
    infos = []
    for line in lines:
        recipe = session.get(Recipe, line.recipe_id)
        if recipe is None:
            raise NotFound(line.recipe_id)
        price, rate = line.unit_price_cents, line.vat_rate_bp
        if price is None or rate is None:
            default_price, default_rate = format_price_cents(session, line.recipe_id, sales_format)
            price = default_price if price is None else price
            rate = default_rate if rate is None else rate
        cost = costing.recipe_cost(session, line.recipe_id, on).per_unit_exact
        infos.append(
            OrderLineInfo(
                line.recipe_id,
                f"{recipe.name} (v{recipe.version})",
                Decimal(line.quantity),
                price,
                rate,
                cost,
                recipe.name,
            )
        )
    groups = vat_groups(infos)
    cost = sum((line.cost_exact for line in infos), Decimal(0))
    excl_exact = sum(
        (costing.excluding_vat(line.total_incl_cents, line.vat_rate_bp) for line in infos),
        Decimal(0),
    )
    incl = sum(group.total_incl_cents for group in groups)
    target = costing.target_food_cost(session)
    suggested_excl = cost * 100 / target
    ratio = Decimal(incl) / excl_exact if excl_exact > 0 else Decimal(1)
    suggested = int((suggested_excl * ratio / 10).to_integral_value(ROUND_CEILING)) * 10
    check = costing.check_margin(cost, excl_exact, incl, suggested, target)
    return infos, groups, check


def get_order(session: Session, order_id: int) -> OrderInfo:
    row = session.get(CustomerOrder, order_id)
    if row is None:
        raise NotFound(order_id)
    inputs = [
        OrderLineInput(ln.recipe_id, Decimal(ln.quantity), ln.unit_price_cents, ln.vat_rate_bp)
        for ln in row.lines
    ]
    lines, groups, check = summarise(session, inputs, row.event_date, row.sales_format)
    return OrderInfo(
        row.id,
        row.customer,
        row.contact,
        row.event_date,
        row.guests,
        row.menu_id,
        row.sales_format,
        row.fulfilment,
        row.address,
        row.status,
        row.notes,
        row.conditions,
        row.quote_valid_days,
        row.created_on,
        tuple(lines),
        groups,
        check,
        row.version or 0,
        row.organisation_id,
    )


def list_orders(session: Session, include_closed: bool = True) -> list[OrderInfo]:
    query = select(CustomerOrder.id).order_by(
        CustomerOrder.event_date.desc(), CustomerOrder.id.desc()
    )
    if not include_closed:
        query = query.where(CustomerOrder.status.not_in(("delivered", "cancelled")))
    return [get_order(session, order_id) for order_id in session.scalars(query)]
