"""Sales days (events), the products on sale with prices copied at the time, the tally's lines,
cash movements, expenses, and profit-sharing decisions.

History is never rewritten: a sale line is never updated or deleted. A tap, an undo, a typed count
and a correction after closing are all new lines (signed quantities); totals are sums of lines.
`SalesEvent.order_ref` and `Expense.order_ref` name an order of the Menus tab (customer_order).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The model modules whose tables this one's foreign keys point to: SQLAlchemy needs those tables
# to order a flush, and model modules load on first use (app/models/__init__.py).
import app.models.menus  # noqa: F401
import app.models.people  # noqa: F401
from app.models.base import Base, in_constraint
from app.vocab.sales import (
    ExpenseCategory,
    LineKind,
    LineSource,
    PaymentMethod,
    SaleFormat,
    ShareSplit,
)


class SalesEvent(Base):
    """One day (or half-day) of selling: a stand, a brunch, a catering order…"""

    __tablename__ = "sales_event"
    __table_args__ = (
        in_constraint("format", SaleFormat),
        CheckConstraint("opening_float_cents >= 0", name="float_positive"),
        Index("ix_sales_event_cohort_date", "cohort_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    format: Mapped[str] = mapped_column(String(12))
    place: Mapped[str] = mapped_column(String(160), default="")
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    order_ref: Mapped[int | None] = mapped_column(
        ForeignKey("customer_order.id", ondelete="SET NULL"), index=True
    )  # an order of the Menus tab
    opening_float_cents: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The closing cash count: {"5000": 1, "200": 3, ...} (denomination in cents -> pieces).
    cash_count_json: Mapped[str | None] = mapped_column(Text)
    cash_counted_cents: Mapped[int | None] = mapped_column(Integer)
    cash_expected_cents: Mapped[int | None] = mapped_column(Integer)
    cash_explanation: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
    # Optimistic concurrency: every write to the day (a tap, a typed count, the cash count, the
    # closing...) adds one; a form saves only if the day still has the version it was drawn from
    # (app/services/versions.py).
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    products: Mapped[list[SalesEventProduct]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="SalesEventProduct.position"
    )


class SalesEventProduct(Base):
    """A product on sale that day, with its name, price, VAT rate and code copied from the recipe.

    `unit_cost_cents` is the recipe's cost on the day, frozen when the day is closed.
    """

    __tablename__ = "sales_event_product"
    __table_args__ = (
        CheckConstraint("price_cents >= 0", name="price_positive"),
        CheckConstraint("vat_rate_bp >= 0 AND vat_rate_bp <= 10000", name="vat_in_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("sales_event.id", ondelete="CASCADE"), index=True
    )
    recipe_id: Mapped[int | None] = mapped_column(ForeignKey("recipe.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(120))
    product_code: Mapped[str] = mapped_column(String(20), default="")
    price_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    unit_cost_cents: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[SalesEvent] = relationship(back_populates="products")


class SaleLine(Base):
    """One signed entry of the tally. Never updated nor deleted.

    kind: sale (with a payment method), unsold or given (tastings, losses: no payment method).
    source: tap, undo / redo (reversing the line `reverses_id`), typed (end-of-day sheet),
    correction (after closing, with a reason and who).
    """

    __tablename__ = "sale_line"
    __table_args__ = (
        in_constraint("kind", LineKind),
        in_constraint("payment_method", PaymentMethod, name="method_known", nullable=True),
        in_constraint("source", LineSource),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        Index("ix_sale_line_event_product", "event_id", "product_id", "kind", "payment_method"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("sales_event.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(
        ForeignKey("sales_event_product.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8), default="sale")
    payment_method: Mapped[str | None] = mapped_column(String(10))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)  # copied from the product of the day
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(12), default="tap")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("sale_line.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class CashMovement(Base):
    """Cash put in (+) or taken out (−) of the box during the day, with a reason."""

    __tablename__ = "cash_movement"
    __table_args__ = (CheckConstraint("amount_cents <> 0", name="amount_not_zero"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("sales_event.id", ondelete="CASCADE"), index=True
    )
    amount_cents: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    is_correction: Mapped[bool] = mapped_column(default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class Expense(Base):
    """A purchase. A correction is a new expense with the opposite amount (`reverses_id`)."""

    __tablename__ = "expense"
    __table_args__ = (
        in_constraint("category", ExpenseCategory),
        CheckConstraint("amount_cents <> 0", name="amount_not_zero"),
        Index("ix_expense_cohort_date", "cohort_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"))
    date: Mapped[dt.date] = mapped_column(Date)
    supplier: Mapped[str] = mapped_column(String(160), default="")
    amount_cents: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(12), default="ingredients")
    paid_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    receipt_number: Mapped[str] = mapped_column(String(60), default="")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_event.id", ondelete="SET NULL"), index=True
    )
    order_ref: Mapped[int | None] = mapped_column(
        ForeignKey("customer_order.id", ondelete="SET NULL"), index=True
    )  # an order of the Menus tab
    reimbursed_on: Mapped[dt.date | None] = mapped_column(Date)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("expense.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class ProfitDecision(Base):
    """How the group decided, by consent, to share a cohort's profit: the arithmetic. Who took part
    and the objections are held once, by its entry in the register of decisions
    (app/models/decisions.py, `Decision.profit_decision_id`)."""

    __tablename__ = "profit_decision"
    __table_args__ = (
        in_constraint("split", ShareSplit),
        CheckConstraint("fund_bp >= 0 AND fund_bp <= 10000", name="fund_in_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    proposal: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(40), default="consent")
    outcome: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[dt.date | None] = mapped_column(Date)
    profit_cents: Mapped[int] = mapped_column(Integer)  # the profit shared, as known that day
    fund_bp: Mapped[int] = mapped_column(Integer, default=0)  # part kept in the common fund
    split: Mapped[str] = mapped_column(String(8), default="equal")
    fund_cents: Mapped[int] = mapped_column(Integer, default=0)
    remainder_cents: Mapped[int] = mapped_column(Integer, default=0)  # rounding, to the fund
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)

    shares: Mapped[list[ProfitShare]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", order_by="ProfitShare.id"
    )


class ProfitShare(Base):
    __tablename__ = "profit_share"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("profit_decision.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    hours: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=0)
    share_cents: Mapped[int] = mapped_column(Integer, default=0)

    decision: Mapped[ProfitDecision] = relationship(back_populates="shares")
