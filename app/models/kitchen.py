"""Ingredients with their price history, and recipes (products) in versions with ingredient lines.

Quantities are Decimal (Numeric, 3 decimals); money is integer cents; VAT rates are basis points
(600 = 6 %). Allergens are stored as comma-separated keys from app.services.allergens.
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

from app.models.base import Base

UNITS = ("g", "kg", "ml", "l", "piece")
DATE_KINDS = ("best_before", "use_by")


class Ingredient(Base):
    __tablename__ = "ingredient"
    __table_args__ = (
        CheckConstraint("unit IN ('g', 'kg', 'ml', 'l', 'piece')", name="unit_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    unit: Mapped[str] = mapped_column(String(8))  # the purchase unit
    # For an ingredient counted in pieces: the weight of one piece in grams (labels list
    # ingredients by weight).
    piece_weight_g: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    supplier: Mapped[str] = mapped_column(String(120), default="")
    allergens: Mapped[str] = mapped_column(String(200), default="")  # "gluten,nuts"
    traces: Mapped[str] = mapped_column(String(200), default="")  # "may contain"
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    prices: Mapped[list[IngredientPrice]] = relationship(
        back_populates="ingredient",
        cascade="all, delete-orphan",
        order_by="IngredientPrice.valid_from",
    )


class IngredientPrice(Base):
    """A pack as bought (e.g. 1 kg for 6,49 €), valid from a date until the next price."""

    __tablename__ = "ingredient_price"
    __table_args__ = (
        UniqueConstraint("ingredient_id", "valid_from"),
        CheckConstraint("pack_size > 0", name="pack_size_positive"),
        CheckConstraint("pack_price_cents > 0", name="pack_price_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ingredient_id: Mapped[int] = mapped_column(
        ForeignKey("ingredient.id", ondelete="CASCADE"), index=True
    )
    valid_from: Mapped[dt.date] = mapped_column(Date)
    pack_size: Mapped[Decimal] = mapped_column(Numeric(12, 3))  # in the ingredient's unit
    pack_price_cents: Mapped[int] = mapped_column(Integer)

    ingredient: Mapped[Ingredient] = relationship(back_populates="prices")


class Recipe(Base):
    """A product in one version. "New version" copies it with version + 1 and the same family_id."""

    __tablename__ = "recipe"
    __table_args__ = (
        UniqueConstraint("family_id", "version"),
        CheckConstraint("yield_count > 0", name="yield_positive"),
        CheckConstraint("date_kind IN ('best_before', 'use_by')", name="date_kind_known"),
        CheckConstraint("price_cents >= 0 AND packaging_cost_cents >= 0", name="money_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int | None] = mapped_column(Integer, index=True)  # id of version 1
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(80), default="")
    yield_count: Mapped[int] = mapped_column(Integer)  # units or portions per batch
    yield_kind: Mapped[str] = mapped_column(String(12), default="units")  # units | portions
    net_quantity: Mapped[Decimal | None] = mapped_column(Numeric(12, 3))  # per unit
    net_unit: Mapped[str] = mapped_column(String(8), default="g")  # g | ml | piece
    packaging_cost_cents: Mapped[int] = mapped_column(Integer, default=0)  # per unit
    shelf_life_days: Mapped[int | None] = mapped_column(Integer)
    date_kind: Mapped[str] = mapped_column(String(12), default="best_before")
    storage: Mapped[str] = mapped_column(Text, default="")
    story: Mapped[str] = mapped_column(Text, default="")
    price_cents: Mapped[int] = mapped_column(
        Integer, default=0
    )  # selling price per unit, VAT incl.
    vat_rate_bp: Mapped[int] = mapped_column(Integer, default=600)
    product_code: Mapped[str] = mapped_column(String(20), default="")  # internal code for EAN-13
    small_package: Mapped[bool] = mapped_column(Boolean, default=False)  # largest surface < 80 cm²
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)

    lines: Mapped[list[RecipeLine]] = relationship(
        back_populates="recipe", cascade="all, delete-orphan", order_by="RecipeLine.position"
    )


class RecipeLine(Base):
    __tablename__ = "recipe_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="CASCADE"), index=True)
    ingredient_id: Mapped[int] = mapped_column(
        ForeignKey("ingredient.id", ondelete="RESTRICT"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    unit: Mapped[str] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer, default=0)

    recipe: Mapped[Recipe] = relationship(back_populates="lines")
    ingredient: Mapped[Ingredient] = relationship()
