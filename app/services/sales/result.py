"""The result of a sale day or of a cohort: one chain of figures, computed once from cents.

    Chiffre d'affaires HTVA − coût matière des produits vendus = marge brute
    − dépenses autres qu'ingrédients (emballages, transport, autre, sorties de caisse)
    − écart sur les ingrédients (ingrédients payés − coût matière : stock restant, pertes)
    = résultat

so that résultat = chiffre d'affaires HTVA − every expense paid (cash basis: what the profit
sharing shares), and the margin is not counted twice. Money taken out of the cash box (a
negative cash movement: ice bought at the market) is an expense paid, with the other ones.
The day summary, the cohort summary (screen and PDF) and the profit sharing all show this chain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.i18n import fill, tr
from app.services.money import format_amount
from app.vocab.sales import ExpenseCategory


@dataclass(frozen=True)
class ResultChain:
    revenue_excl_cents: int  # chiffre d'affaires without VAT, rounded once per VAT rate
    cogs_cents: int  # units sold (offered included) × the recipe's unit cost on the day
    ingredients_paid_cents: int  # expenses of the category "ingredients"
    other_expenses_cents: int  # packaging, transport, other, and cash taken out of the box

    @property
    def gross_margin_cents(self) -> int:
        return self.revenue_excl_cents - self.cogs_cents

    @property
    def ingredient_gap_cents(self) -> int:
        """Ingredients paid − their cost in the products sold: stock left over, losses."""
        return self.ingredients_paid_cents - self.cogs_cents

    @property
    def expenses_paid_cents(self) -> int:
        return self.ingredients_paid_cents + self.other_expenses_cents

    @property
    def result_cents(self) -> int:
        return self.gross_margin_cents - self.other_expenses_cents - self.ingredient_gap_cents


def result_chain(
    revenue_excl_cents: int,
    cogs_cents: int,
    expenses_by_category: dict[str, int],
    cash_spent_cents: int,
) -> ResultChain:
    """The chain from its four sources (all in cents): `cash_spent_cents` is the money taken out
    of the cash box, counted positive."""
    ingredients = expenses_by_category.get(ExpenseCategory.INGREDIENTS, 0)
    others = sum(expenses_by_category.values()) - ingredients + cash_spent_cents
    return ResultChain(revenue_excl_cents, cogs_cents, ingredients, others)


def cash_spent(movement_cents: Iterable[int]) -> int:
    """Money taken out of the cash box (the negative movements, corrections included), positive."""
    return -sum(cents for cents in movement_cents if cents < 0)


@dataclass(frozen=True)
class ArithmeticRow:
    label: str
    cents: int
    total: bool = False  # the result of the lines above it


def result_arithmetic(chain: ResultChain) -> list[ArithmeticRow]:
    """The chain as lines, the same on the screen and in every document."""
    return [
        ArithmeticRow(tr("Chiffre d'affaires HTVA", "sales"), chain.revenue_excl_cents),
        ArithmeticRow(tr("− Coût matière des produits vendus", "sales"), chain.cogs_cents),
        ArithmeticRow(tr("= Marge brute", "sales"), chain.gross_margin_cents, total=True),
        ArithmeticRow(
            tr(
                "− Dépenses autres qu'ingrédients (emballages, transport, autre, sorties de "
                "caisse)",
                "sales",
            ),
            chain.other_expenses_cents,
        ),
        ArithmeticRow(
            fill(
                tr(
                    "− Écart sur les ingrédients (ingrédients payés {paid} − coût matière : "
                    "stock restant, pertes)",
                    "sales",
                ),
                paid=format_amount(chain.ingredients_paid_cents),
            ),
            chain.ingredient_gap_cents,
        ),
        ArithmeticRow(tr("= Résultat", "sales"), chain.result_cents, total=True),
    ]
