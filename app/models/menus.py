"""Menus, orders with their lines, and per-sales-format VAT overrides of a recipe.

An order keeps its own copy of each line's unit price and VAT rate (history is never rewritten);
its lines may be filled from a menu × guests and then edited.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The model modules whose tables this one's foreign keys point to: SQLAlchemy needs those tables
# to order a flush, and model modules load on first use (app/models/__init__.py).
import app.models.kitchen  # noqa: F401
from app.models.base import Base

SALES_FORMATS = ("brunch", "catering", "stand", "takeaway", "delivery")
ORDER_STATUSES = ("draft", "sent", "accepted", "delivered", "cancelled")
FULFILMENTS = ("delivery", "pickup")


class RecipeFormatVat(Base):
    """A recipe's VAT rate for one sales format, overriding the recipe's own rate."""

    __tablename__ = "recipe_format_vat"
    __table_args__ = (
        UniqueConstraint("recipe_id", "sales_format"),
        CheckConstraint("vat_rate_bp >= 0", name="vat_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="CASCADE"), index=True)
    sales_format: Mapped[str] = mapped_column(String(20))
    vat_rate_bp: Mapped[int] = mapped_column(Integer)


class Menu(Base):
    """A named set of recipes with portions per guest, for one sales format."""

    __tablename__ = "menu"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    sales_format: Mapped[str] = mapped_column(String(20), default="catering")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    items: Mapped[list[MenuItem]] = relationship(
        back_populates="menu", cascade="all, delete-orphan", order_by="MenuItem.position"
    )


class MenuItem(Base):
    __tablename__ = "menu_item"
    __table_args__ = (CheckConstraint("portions_per_guest > 0", name="portions_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    menu_id: Mapped[int] = mapped_column(ForeignKey("menu.id", ondelete="CASCADE"), index=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="RESTRICT"), index=True)
    portions_per_guest: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    position: Mapped[int] = mapped_column(Integer, default=0)

    menu: Mapped[Menu] = relationship(back_populates="items")


class CustomerOrder(Base):
    """An order from a customer (an organisation, a person), from draft to delivered."""

    __tablename__ = "customer_order"
    __table_args__ = (
        CheckConstraint("guests >= 0", name="guests_positive"),
        CheckConstraint(
            "status IN ('draft', 'sent', 'accepted', 'delivered', 'cancelled')", name="status_known"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer: Mapped[str] = mapped_column(String(160))
    contact: Mapped[str] = mapped_column(String(200), default="")
    event_date: Mapped[dt.date] = mapped_column(Date)
    guests: Mapped[int] = mapped_column(Integer, default=0)
    menu_id: Mapped[int | None] = mapped_column(ForeignKey("menu.id", ondelete="SET NULL"))
    sales_format: Mapped[str] = mapped_column(String(20), default="catering")
    fulfilment: Mapped[str] = mapped_column(String(12), default="delivery")
    address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="draft")
    notes: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    quote_valid_days: Mapped[int] = mapped_column(Integer, default=30)
    created_on: Mapped[dt.date] = mapped_column(Date)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )


class OrderLine(Base):
    """A recipe ordered, with the unit price (VAT included) and VAT rate copied when entered."""

    __tablename__ = "order_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price_cents >= 0 AND vat_rate_bp >= 0", name="money_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("customer_order.id", ondelete="CASCADE"), index=True
    )
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 3))
    unit_price_cents: Mapped[int] = mapped_column(Integer)  # VAT included
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    order: Mapped[CustomerOrder] = relationship(back_populates="lines")
