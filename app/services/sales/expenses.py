"""Expenses (purchases) of a cohort, the reimbursements owed to members who paid, and corrections.

An expense is never edited: a mistake is corrected by a reversing expense (opposite amount, reason).
An expense may belong to a sales event or to an order (`order_ref`, an order of the Menus tab).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.people import Cohort, Person
from app.models.sales import Expense, SalesEvent
from app.services.errors import NotFound, ValidationError
from app.services.text_match import sort_key
from app.services.validation import clean_text, limited_text
from app.vocab import values
from app.vocab.sales import ExpenseCategory, expense_category_label


@dataclass(frozen=True)
class ExpenseInput:
    cohort_id: int | None
    date: dt.date | None
    amount_cents: int | None
    supplier: str = ""
    category: str = "ingredients"
    paid_by_id: int | None = None
    receipt_number: str = ""
    event_id: int | None = None
    order_ref: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class ExpenseInfo:
    id: int
    cohort_id: int
    date: dt.date
    supplier: str
    amount_cents: int
    category: str
    paid_by_id: int | None
    paid_by_name: str
    receipt_number: str
    event_id: int | None
    order_ref: int | None
    reimbursed_on: dt.date | None
    reverses_id: int | None
    reason: str
    notes: str

    @property
    def category_label(self) -> str:
        return expense_category_label(self.category)


@dataclass(frozen=True)
class Reimbursement:
    person_id: int
    name: str
    owed_cents: int


def _name(session: Session, person_id: int | None) -> str:
    if person_id is None:
        return ""
    person = session.get(Person, person_id)
    return f"{person.first_name} {person.last_name}".strip() if person else ""


def _info(session: Session, row: Expense) -> ExpenseInfo:
    return ExpenseInfo(
        row.id,
        row.cohort_id,
        row.date,
        row.supplier,
        row.amount_cents,
        row.category,
        row.paid_by_id,
        _name(session, row.paid_by_id),
        row.receipt_number,
        row.event_id,
        row.order_ref,
        row.reimbursed_on,
        row.reverses_id,
        row.reason,
        row.notes,
    )


def add_expense(session: Session, data: ExpenseInput) -> ExpenseInfo:
    if data.cohort_id is None or session.get(Cohort, data.cohort_id) is None:
        raise ValidationError("cohort", tr("Choisissez d'abord une cohorte.", "sales"))
    if data.date is None:
        raise ValidationError("date", tr("Indiquez la date de l'achat.", "sales"))
    if data.amount_cents is None:
        raise ValidationError("amount", tr("Indiquez le montant de la dépense.", "sales"))
    if data.amount_cents <= 0:
        raise ValidationError("amount", tr("Le montant doit être plus grand que zéro.", "sales"))
    if data.category not in values(ExpenseCategory):
        raise ValidationError("category", tr("Choisissez une catégorie.", "sales"))
    if data.paid_by_id is not None and session.get(Person, data.paid_by_id) is None:
        raise ValidationError("paid_by", tr("Cette personne n'existe plus.", "sales"))
    if data.event_id is not None:
        event = session.get(SalesEvent, data.event_id)
        if event is None or event.cohort_id != data.cohort_id:
            raise ValidationError("event", tr("Cette vente n'existe pas dans la cohorte.", "sales"))
        if event.closed_at is not None:
            raise ValidationError(
                "event",
                tr(
                    "Cette journée est clôturée : notez la dépense sans la lier à la vente.",
                    "sales",
                ),
            )
    row = Expense(
        cohort_id=data.cohort_id,
        date=data.date,
        supplier=limited_text(clean_text(data.supplier), "supplier", 160),
        amount_cents=data.amount_cents,
        category=data.category,
        paid_by_id=data.paid_by_id,
        receipt_number=limited_text(clean_text(data.receipt_number), "receipt_number", 60),
        event_id=data.event_id,
        order_ref=data.order_ref,
        notes=limited_text(data.notes, "notes", 1000),
        created_at=dt.datetime.now(),
    )
    session.add(row)
    session.flush()
    return _info(session, row)


def reverse_expense(session: Session, expense_id: int, reason: str, on: dt.date) -> ExpenseInfo:
    """Cancel an expense by a reversing one (negative amount) with a reason."""
    original = session.get(Expense, expense_id)
    if original is None:
        raise NotFound(expense_id)
    if original.reverses_id is not None:
        raise ValidationError("expense", tr("Une correction ne s'annule pas.", "sales"))
    already = session.scalar(select(Expense.id).where(Expense.reverses_id == expense_id))
    if already is not None:
        raise ValidationError("expense", tr("Cette dépense est déjà annulée.", "sales"))
    text = limited_text(clean_text(reason), "reason", 500)
    if not text:
        raise ValidationError("reason", tr("Une correction a besoin d'une raison.", "sales"))
    row = Expense(
        cohort_id=original.cohort_id,
        date=on,
        supplier=original.supplier,
        amount_cents=-original.amount_cents,
        category=original.category,
        paid_by_id=original.paid_by_id,
        receipt_number=original.receipt_number,
        event_id=original.event_id,
        order_ref=original.order_ref,
        reimbursed_on=original.reimbursed_on,
        reverses_id=original.id,
        reason=text,
        created_at=dt.datetime.now(),
    )
    session.add(row)
    session.flush()
    return _info(session, row)


def mark_reimbursed(session: Session, expense_id: int, on: dt.date | None) -> ExpenseInfo:
    """Record (or, with None, cancel) the day the member who paid was reimbursed."""
    row = session.get(Expense, expense_id)
    if row is None:
        raise NotFound(expense_id)
    if row.paid_by_id is None:
        raise ValidationError("paid_by", tr("Personne n'a avancé cet argent.", "sales"))
    if row.reverses_id is not None:
        raise ValidationError("expense", tr("Marquez plutôt la dépense de départ.", "sales"))
    row.reimbursed_on = on
    for reversal in session.scalars(select(Expense).where(Expense.reverses_id == expense_id)):
        reversal.reimbursed_on = on
    session.flush()
    return _info(session, row)


def list_expenses(
    session: Session, cohort_id: int | None, event_id: int | None = None
) -> list[ExpenseInfo]:
    if cohort_id is None:
        return []
    query = select(Expense).where(Expense.cohort_id == cohort_id)
    if event_id is not None:
        query = query.where(Expense.event_id == event_id)
    rows = session.scalars(query.order_by(Expense.date, Expense.id)).all()
    return [_info(session, row) for row in rows]


def reimbursements_owed(session: Session, cohort_id: int) -> list[Reimbursement]:
    """What the cooperative still owes each member who paid from her own pocket."""
    owed: dict[int, int] = defaultdict(int)
    for row in session.scalars(
        select(Expense).where(
            Expense.cohort_id == cohort_id,
            Expense.paid_by_id.is_not(None),
            Expense.reimbursed_on.is_(None),
        )
    ):
        owed[row.paid_by_id] += row.amount_cents
    result = [
        Reimbursement(pid, _name(session, pid), cents) for pid, cents in owed.items() if cents
    ]
    return sorted(result, key=lambda r: sort_key(r.name))
