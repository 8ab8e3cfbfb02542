"""The ingredient form: unit, pack as bought (size and price from a date), supplier, the 14
allergens and "may contain" traces, and a compound ingredient's own ingredients. A new pack price
is kept beside the old ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from textwrap import shorten

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from app.i18n import format_date, listing
from app.services.labels.nutrition import NutritionValues
from app.services.menus.components import ComponentInput
from app.services.menus.ingredients import IngredientInfo, IngredientInput
from app.services.money import format_amount, parse_amount
from app.services.units import parse_quantity, plain_quantity, quantity_with_unit
from app.ui.dialogs import FormDialog
from app.ui.menus.components_editor import ComponentsDialog
from app.ui.menus.nutrition_editor import NutritionDialog
from app.ui.vocab_combo import add_choices
from app.ui.widgets import button, hbox
from app.vocab import values
from app.vocab.menus import Allergen, Unit, allergen_label, unit_label


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


from app.i18n import fill
from app.ui.style import Role, set_role, size_by_font
from app.ui.widgets import date_edit


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class IngredientDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[IngredientInput], IngredientInfo],
        today: dt.date,
        ingredient: IngredientInfo | None = None,
        parent=None,
    ):
        super().__init__(save, parent)
        self.setObjectName("ingredient_dialog")
        self.setWindowTitle(
            self.tr("Nouvel ingrédient") if ingredient is None else self.tr("Modifier l'ingrédient")
        )
        size_by_font(self, min_width=114)
        self.name = QLineEdit()
        self.unit = add_choices(QComboBox(), Unit, unit_label)
        self.pack_size = QLineEdit()
        self.pack_size.setPlaceholderText(self.tr("par exemple 1 ou 500"))
        self.pack_price = QLineEdit()
        self.pack_price.setPlaceholderText(self.tr("par exemple 6,49"))
        self.price_from = date_edit(today)
        self.supplier = QLineEdit()
        self.supplier.setPlaceholderText(self.tr("par exemple Colruyt, marché de la Batte"))
        self.piece_weight = QLineEdit()
        self.piece_weight.setPlaceholderText(
            self.tr("pour les étiquettes, par exemple 55 pour un œuf")
        )
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.components: tuple[ComponentInput, ...] = ()
        self.components_button = button(
            self.tr("Ses ingrédients…"), "components_button", self.edit_components
        )
        self.components_button.setToolTip(
            self.tr(
                "Seulement si le paquet liste des ingrédients (beurre de cacahuète : arachides, "
                "sel). L'étiquette les imprime entre parenthèses."
            )
        )
        self.nutrition: NutritionValues | None = None
        self.nutrition_button = button(
            self.tr("Valeurs nutritionnelles…"), "nutrition_button", self.edit_nutrition
        )
        self.nutrition_button.setToolTip(
            self.tr("Le tableau du paquet, recopié une fois, pour les étiquettes des produits.")
        )
        self.notes = QPlainTextEdit()
        size_by_font(self.notes, height=3.1)
        self.active = QCheckBox(self.tr("Actif"))
        self.active.setChecked(True)
        self.active.setAccessibleName(self.tr("Actif"))

        form = QFormLayout()
        rows = (
            ("name", self.tr("Nom *"), self.name),
            ("unit", self.tr("Unité d'achat"), self.unit),
            ("pack_size", self.tr("Taille du paquet *"), self.pack_size),
            ("pack_price", self.tr("Prix du paquet (€) *"), self.pack_price),
            ("price_from", self.tr("Prix valable depuis le"), self.price_from),
            ("supplier", self.tr("Fournisseur"), self.supplier),
            ("piece_weight_g", self.tr("Poids d'une pièce (g)"), self.piece_weight),
            (
                "components",
                self.tr("Sur le paquet"),
                self.components_button,
                hbox(self.components_button, self.nutrition_button),
            ),
            ("notes", self.tr("Notes"), self.notes),
        )
        self.add_rows(form, rows)
        form.addRow("", self.active)

        self.allergen_boxes: dict[str, QCheckBox] = {}
        self.trace_boxes: dict[str, QCheckBox] = {}
        allergens_group = QGroupBox(self.tr("Allergènes (contient)"))
        traces_group = QGroupBox(self.tr("Peut contenir des traces de"))
        for group, boxes, prefix in (
            (allergens_group, self.allergen_boxes, "allergen"),
            (traces_group, self.trace_boxes, "trace"),
        ):
            grid = QGridLayout(group)
            for index, key in enumerate(values(Allergen)):
                box = QCheckBox(allergen_label(key))
                box.setObjectName(f"{prefix}_{key}")
                box.setAccessibleName(f"{group.title()} : {allergen_label(key)}")
                grid.addWidget(box, index // 3, index % 3)
                boxes[key] = box

        self.history = QLabel()
        self.history.setWordWrap(True)
        set_role(self.history, Role.HINT)
        self.lay_out(form, allergens_group, traces_group, self.history)
        if ingredient is not None:
            self._fill(ingredient)
        self._unit_changed()
        self.name.setFocus()

    def edit_components(self) -> None:
        dialog = ComponentsDialog(self.components, self)
        if dialog.exec():
            self._show_components(dialog.components())

    def edit_nutrition(self) -> None:
        dialog = NutritionDialog(self.nutrition, self)
        if dialog.exec():
            self._show_nutrition(dialog.result_values)

    def _show_nutrition(self, values: NutritionValues | None) -> None:
        self.nutrition = values
        self.nutrition_button.setText(
            fill(
                self.tr("Valeurs nutritionnelles… ({kcal} kcal)"),
                kcal=plain_quantity(values.energy_kcal),
            )
            if values is not None
            else self.tr("Valeurs nutritionnelles…")
        )

    def _show_components(self, components: tuple[ComponentInput, ...]) -> None:
        self.components = tuple(components)
        self.components_button.setText(
            fill(
                self.tr("Ses ingrédients… ({names})"),
                names=shorten(listing(part.name for part in components), 40, placeholder="…"),
            )
            if components
            else self.tr("Ses ingrédients…")
        )

    def _unit_changed(self) -> None:
        """The weight of one piece only means something for an ingredient counted in pieces."""
        self.piece_weight.setEnabled(self.unit.currentData() == "piece")

    def _fill(self, ingredient: IngredientInfo) -> None:
        self.name.setText(ingredient.name)
        self.unit.setCurrentIndex(max(0, self.unit.findData(ingredient.unit)))
        if ingredient.piece_weight_g is not None:
            self.piece_weight.setText(plain_quantity(ingredient.piece_weight_g))
        if ingredient.price is not None:
            self.pack_size.setText(plain_quantity(ingredient.price.pack_size))
            self.pack_price.setText(format_amount(ingredient.price.pack_price_cents, symbol=False))
        self.supplier.setText(ingredient.supplier)
        self.notes.setPlainText(ingredient.notes)
        self.active.setChecked(ingredient.active)
        for key in ingredient.allergens:
            self.allergen_boxes[key].setChecked(True)
        for key in ingredient.traces:
            self.trace_boxes[key].setChecked(True)
        self._show_components(ingredient.components)
        self._show_nutrition(ingredient.nutrition)
        if ingredient.history:
            lines = [
                fill(
                    self.tr("depuis le {date} : {size} pour {price}"),
                    date=format_date(price.valid_from),
                    size=quantity_with_unit(price.pack_size, ingredient.unit),
                    price=format_amount(price.pack_price_cents),
                )
                for price in ingredient.history
            ]
            self.history.setText(
                self.tr("Prix connus (un nouveau prix garde les anciens) :")
                + "\n"
                + "\n".join(lines)
            )

    def typed(self) -> IngredientInput:
        return IngredientInput(
            name=self.name.text(),
            unit=self.unit.currentData(),
            pack_size=parse_quantity(self.pack_size.text(), "pack_size"),
            pack_price_cents=parse_amount(self.pack_price.text(), "pack_price", allow_zero=False),
            price_from=_date(self.price_from.date()),
            supplier=self.supplier.text(),
            allergens=tuple(key for key, box in self.allergen_boxes.items() if box.isChecked()),
            traces=tuple(key for key, box in self.trace_boxes.items() if box.isChecked()),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            piece_weight_g=(
                parse_quantity(self.piece_weight.text(), "piece_weight_g")
                if self.unit.currentData() == "piece" and self.piece_weight.text().strip()
                else None
            ),
            components=self.components,
            nutrition=self.nutrition,
        )
