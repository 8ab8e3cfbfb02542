"""The cost panel: what a batch and a unit cost, the price without VAT, the margin, and in red a
sentence that says why when the price is below cost or the margin below target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from app.i18n import fill, listing, with_percent
from app.services.menus.costing import PriceCheck, RecipeCost
from app.services.money import format_amount
from app.services.units import format_decimal
from app.ui.style import Role, role_of, set_role


def percent(value) -> str:
    return "—" if value is None else with_percent(format_decimal(value, 1))


class CostPanel(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("cost_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Coût et marge"))
        self.figures = QLabel()
        self.figures.setObjectName("cost_figures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setObjectName("cost_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Coût et marge</b>"))
        layout.addWidget(title)
        layout.addWidget(self.figures)
        layout.addWidget(self.message)

    def show_problem(self, text: str) -> None:
        self.figures.setText(text)
        self.message.setText("")

    def show_recipe(self, cost: RecipeCost, check: PriceCheck, unit_word: str) -> None:
        ingredients = format_amount(round(cost.ingredients_exact))
        packaging = format_amount(cost.packaging_per_unit_cents * cost.yield_count)
        lines = [
            fill(
                self.tr(
                    "Coût d'une fournée : {batch} (ingrédients {ingredients} + emballage "
                    "{packaging})"
                ),
                batch=format_amount(cost.batch_cents),
                ingredients=ingredients,
                packaging=packaging,
            ),
            fill(
                self.tr("Coût par {unit} : {cost}"),
                unit=unit_word,
                cost=format_amount(cost.per_unit_cents),
            ),
        ]
        lines += self._price_lines(check)
        if cost.missing_prices:
            lines.append(fill(self.tr("Sans prix : {names}"), names=listing(cost.missing_prices)))
        self.figures.setText("\n".join(lines))
        self._show_message(check)

    def show_order(self, check: PriceCheck) -> None:
        lines = [
            fill(self.tr("Coût de la commande : {cost}"), cost=format_amount(check.cost_cents))
        ]
        lines += self._price_lines(check)
        self.figures.setText("\n".join(lines))
        self._show_message(check)

    def _price_lines(self, check: PriceCheck) -> list[str]:
        return [
            fill(
                self.tr("Prix : {incl} TVA comprise, soit {excl} hors TVA"),
                incl=format_amount(check.price_incl_cents),
                excl=format_amount(check.price_excl_cents),
            ),
            fill(
                self.tr(
                    "Marge : {margin} ({percent}) · coût matière {food} · coefficient {markup}"
                ),
                margin=format_amount(check.margin_cents),
                percent=percent(check.margin_percent),
                food=percent(check.food_cost_percent),
                markup="—" if check.markup is None else format_decimal(check.markup, 2),
            ),
            fill(
                self.tr("Prix conseillé (coût matière {target}) : {price}"),
                target=percent(check.target_food_cost_percent),
                price=format_amount(check.suggested_price_cents),
            ),
        ]

    def _show_message(self, check: PriceCheck) -> None:
        self.message.setText(check.message)
        if check.warning:
            set_role(self.message, Role.ERROR)
            set_role(self, Role.WARNING_PANEL)
        else:
            set_role(self.message, Role.SUCCESS)
            set_role(self, None)

    @property
    def is_warning(self) -> bool:
        return role_of(self.message) == Role.ERROR
