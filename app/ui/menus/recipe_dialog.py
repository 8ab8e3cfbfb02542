"""The recipe editor: description and label data on the left; ingredient lines (type-ahead picker,
"new ingredient" inline) and the live cost panel on the right, updated as lines change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
)

from app.services.errors import Field, ValidationError
from app.services.menus.recipes import (
    CostPanel as CostData,
)
from app.services.menus.recipes import LineInput, RecipeInfo, RecipeInput
from app.services.money import format_amount, parse_amount
from app.services.units import compatible, parse_quantity, plain_quantity
from app.ui.dialogs import FormDialog
from app.ui.menus.cost_panel import CostPanel
from app.ui.menus.line_widgets import picked_from_list, row_of, type_ahead_picker
from app.ui.style import chars, lines, size_by_font
from app.ui.table_view import columns_fit_their_headers
from app.ui.vocab_combo import add_choices
from app.ui.widgets import button, combo_box, hbox, named, scrolling
from app.vocab import values
from app.vocab.menus import (
    NET_UNITS,
    DateKind,
    Unit,
    YieldKind,
    date_kind_label,
    unit_label,
    yield_kind_label,
)
from app.vocab.sales import SaleFormat, sale_format_label


@dataclass(frozen=True)
class IngredientChoice:
    id: int
    name: str
    unit: str


def vat_text(bp: int) -> str:
    return f"{bp / 100:g} %".replace(".", ",")


class RecipeDialog(FormDialog):
    """`save(RecipeInput)` writes; `preview(RecipeInput)` returns the cost data (nothing written);
    `new_ingredient()` opens the ingredient form and returns the new IngredientChoice or None."""

    def __init__(
        self,
        save: Callable[[RecipeInput], RecipeInfo],
        preview: Callable[[RecipeInput], CostData],
        choices: list[IngredientChoice],
        vat_rates: list[int],
        new_ingredient: Callable[[], IngredientChoice | None] | None = None,
        recipe: RecipeInfo | None = None,
        parent=None,
    ):
        super().__init__(save, parent)
        self.setObjectName("recipe_dialog")
        self._preview = preview
        self._new_ingredient = new_ingredient
        self.choices = list(choices)
        self.vat_rates = list(vat_rates)
        title = (
            self.tr("Nouvelle recette")
            if recipe is None
            else self.tr("Modifier {name} (v{version})").format(
                name=recipe.name, version=recipe.version
            )
        )
        self.setWindowTitle(title)
        self.resize(chars(157), lines(45))
        columns = hbox(
            (self._build_description(), 1), (self._build_lines(new_ingredient is not None), 1)
        )
        self.lay_out((columns, 1))

        for signal in (
            self.yield_count.valueChanged,
            self.packaging.textChanged,
            self.price.textChanged,
            self.vat.currentIndexChanged,
            self.yield_kind.currentIndexChanged,
        ):
            signal.connect(self.update_cost)
        if recipe is not None:
            self._fill(recipe)
        else:
            self.add_line()
        self.name.setFocus()
        self.update_cost()

    # --- building ------------------------------------------------------------------------------
    def _build_description(self) -> QScrollArea:
        """The left column: what the recipe is and what its label says, scrolling."""
        self._build_fields()
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("name", self.tr("Nom *"), self.name),
                ("descriptive_name", self.tr("Nom descriptif (étiquette)"), self.descriptive_name),
                ("category", self.tr("Catégorie"), self.category),
                (
                    "yield_count",
                    self.tr("Rendement d'une fournée *"),
                    self.yield_count,
                    hbox(self.yield_count, self.yield_kind),
                ),
                (
                    "net_quantity",
                    self.tr("Poids ou volume net"),
                    self.net_quantity,
                    hbox(self.net_quantity, self.net_unit),
                ),
                ("packaging", self.tr("Emballage par unité (€)"), self.packaging),
                ("shelf_life_days", self.tr("Conservation"), self.shelf_life),
                ("date_kind", self.tr("Type de date"), self.date_kind),
                ("storage", self.tr("Conservation (texte)"), self.storage),
                ("story", self.tr("Petite histoire"), self.story),
                ("price", self.tr("Prix de vente TVAC (€)"), self.price),
                ("vat_rate", self.tr("TVA"), self.vat),
                ("product_code", self.tr("Code produit"), self.product_code),
            ),
        )
        self.yield_kind.setAccessibleName(self.tr("Unités ou portions"))
        self.net_unit.setAccessibleName(self.tr("Unité du poids net"))
        form.addRow("", self.small_package)
        form.addRow("", self.active)
        formats = self._build_format_vat()
        form.addRow(formats)
        form.addRow("", self.errors.add("format_vat", formats))
        return scrolling(form, sideways=False)

    def _build_fields(self) -> None:
        self.name = QLineEdit()
        self.category = QLineEdit()
        self.category.setPlaceholderText(self.tr("par exemple Energy balls, Plat, Brunch"))
        self.yield_count = QSpinBox()
        self.yield_count.setRange(0, 100000)
        self.yield_count.setValue(10)
        self.yield_kind = add_choices(QComboBox(), YieldKind, yield_kind_label)
        self.net_quantity = QLineEdit()
        self.net_quantity.setPlaceholderText(self.tr("par unité, par exemple 150"))
        self.net_unit = add_choices(QComboBox(), NET_UNITS, unit_label)
        self.packaging = QLineEdit("0,00")
        self.packaging.setToolTip(self.tr("Sachet, pot, étiquette… par unité"))
        self.shelf_life = QSpinBox()
        self.shelf_life.setRange(0, 3650)
        self.shelf_life.setSpecialValueText(self.tr("non précisé"))
        self.shelf_life.setSuffix(self.tr(" jours"))
        self.date_kind = add_choices(QComboBox(), DateKind, date_kind_label)
        self.storage = QLineEdit()
        self.storage.setPlaceholderText(self.tr("par exemple : à conserver au frais"))
        self.story = QPlainTextEdit()
        size_by_font(self.story, height=3.5)
        self.descriptive_name = QLineEdit()
        self.descriptive_name.setPlaceholderText(
            self.tr("si le nom n'est pas en français : Boules énergétiques aux dattes")
        )
        self.price = QLineEdit("0,00")
        self.vat = combo_box((vat_text(rate), rate) for rate in self.vat_rates)
        self.product_code = QLineEdit()
        self.product_code.setPlaceholderText(self.tr("chiffres, pour le code-barres"))
        self.small_package = QCheckBox(self.tr("Petit emballage (moins de 80 cm²)"))
        self.active = QCheckBox(self.tr("Active (en vente)"))
        self.active.setChecked(True)
        for box in (self.small_package, self.active):
            box.setAccessibleName(box.text())

    def _build_format_vat(self) -> QGroupBox:
        """One VAT choice per sales format, "as the recipe" first."""
        self.format_vat: dict[str, QComboBox] = {}
        formats = QGroupBox(self.tr("TVA selon le format de vente"))
        grid = QGridLayout(formats)
        for index, sales_format in enumerate(values(SaleFormat)):
            combo = named(
                combo_box(
                    [(self.tr("comme la recette"), None)]
                    + [(vat_text(rate), rate) for rate in self.vat_rates]
                ),
                f"vat_{sales_format}",
                self.tr("TVA pour {format}").format(format=sale_format_label(sales_format)),
            )
            combo.currentIndexChanged.connect(self.update_cost)
            grid.addWidget(QLabel(sale_format_label(sales_format)), index, 0)
            grid.addWidget(combo, index, 1)
            self.format_vat[sales_format] = combo
        return formats

    def _build_lines(self, can_create_ingredient: bool) -> QVBoxLayout:
        """The right column: the ingredient lines, their buttons and the live cost."""
        self.lines = named(QTableWidget(0, 4), "recipe_lines", self.tr("Ingrédients de la recette"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Ingrédient"), self.tr("Quantité"), self.tr("Unité"), ""]
        )
        columns_fit_their_headers(self.lines)
        self.add_line_button = button(
            self.tr("Ajouter un ingrédient"),
            "add_line",
            self.add_line,
            tooltip=self.tr("Ajouter une ligne (Ctrl+L)"),
        )
        self.add_line_button.setShortcut("Ctrl+L")
        self.new_ingredient_button = button(
            self.tr("Nouvel ingrédient…"), "new_ingredient", self.create_ingredient
        )
        self.new_ingredient_button.setEnabled(can_create_ingredient)
        self.cost_panel = CostPanel()
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Ingrédients d'une fournée</b>")))
        right.addWidget(self.lines, 1)
        right.addWidget(self.errors.add("lines", self.lines))
        right.addLayout(hbox(self.add_line_button, self.new_ingredient_button, stretch_after=True))
        right.addWidget(self.cost_panel)
        return right

    # --- lines --------------------------------------------------------------------------------
    def add_line(
        self, ingredient_id: int | None = None, quantity: str = "", unit: str | None = None
    ) -> int:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        picker = type_ahead_picker(
            ((choice.name, choice.id) for choice in self.choices),
            self.tr("Ingrédient, ligne {n}").format(n=row + 1),
        )
        picker.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        amount = QLineEdit(quantity)
        amount.setPlaceholderText(self.tr("quantité"))
        amount.setAccessibleName(self.tr("Quantité, ligne {n}").format(n=row + 1))
        unit_box = QComboBox()
        unit_box.setAccessibleName(self.tr("Unité, ligne {n}").format(n=row + 1))
        add_choices(unit_box, Unit, unit_label)
        remove = QPushButton(self.tr("Retirer"))
        remove.setAccessibleName(self.tr("Retirer la ligne {n}").format(n=row + 1))
        remove.clicked.connect(lambda: self.remove_line(self._row_of(remove)))
        self.lines.setCellWidget(row, 0, picker)
        self.lines.setCellWidget(row, 1, amount)
        self.lines.setCellWidget(row, 2, unit_box)
        self.lines.setCellWidget(row, 3, remove)
        if ingredient_id is not None:
            picker.setCurrentIndex(max(0, picker.findData(ingredient_id)))
        if unit is not None:
            unit_box.setCurrentIndex(max(0, unit_box.findData(unit)))
        picker.currentIndexChanged.connect(lambda _i: self._ingredient_picked(self._row_of(picker)))
        picker.editTextChanged.connect(lambda _t: self.update_cost())
        amount.textChanged.connect(self.update_cost)
        unit_box.currentIndexChanged.connect(self.update_cost)
        self.update_cost()
        return row

    def _row_of(self, widget) -> int:
        return row_of(self.lines, widget)

    def remove_line(self, row: int) -> None:
        if 0 <= row < self.lines.rowCount():
            self.lines.removeRow(row)
            self.update_cost()

    def line_widgets(self, row: int) -> tuple[QComboBox, QLineEdit, QComboBox]:
        return (
            self.lines.cellWidget(row, 0),
            self.lines.cellWidget(row, 1),
            self.lines.cellWidget(row, 2),
        )

    def _choice(self, ingredient_id) -> IngredientChoice | None:
        return next((choice for choice in self.choices if choice.id == ingredient_id), None)

    def _ingredient_picked(self, row: int) -> None:
        if row < 0:
            return
        picker, _amount, unit_box = self.line_widgets(row)
        choice = self._choice(picker.currentData())
        if choice is not None and not compatible(unit_box.currentData(), choice.unit):
            unit_box.setCurrentIndex(
                max(
                    0,
                    unit_box.findData(
                        "g" if choice.unit == "kg" else "ml" if choice.unit == "l" else choice.unit
                    ),
                )
            )
        self.update_cost()

    def create_ingredient(self) -> None:
        if self._new_ingredient is None:
            return
        choice = self._new_ingredient()
        if choice is None:
            return
        self.choices.append(choice)
        for row in range(self.lines.rowCount()):
            self.line_widgets(row)[0].addItem(choice.name, choice.id)
        target = next(
            (
                row
                for row in range(self.lines.rowCount())
                if self.line_widgets(row)[0].currentData() is None
            ),
            None,
        )
        if target is None:
            target = self.add_line()
        picker = self.line_widgets(target)[0]
        picker.setCurrentIndex(picker.findData(choice.id))

    def _ingredient_id(self, row: int, picker: QComboBox) -> int | None:
        if picked_from_list(picker):
            return picker.currentData()
        text = picker.currentText().strip().lower()
        for choice in self.choices:
            if choice.name.lower() == text:
                return choice.id
        return None

    def typed_lines(self) -> tuple[LineInput, ...]:
        lines = []
        for row in range(self.lines.rowCount()):
            picker, amount, unit_box = self.line_widgets(row)
            if not picker.currentText().strip() and not amount.text().strip():
                continue
            field = Field("lines", row=row)
            ingredient_id = self._ingredient_id(row, picker)
            if ingredient_id is None:
                raise ValidationError(
                    field,
                    self.tr(
                        "Ligne {n} : choisissez un ingrédient de la liste, "
                        "ou créez-le avec « Nouvel ingrédient »."
                    ).format(n=row + 1),
                )
            quantity = parse_quantity(amount.text(), field)
            lines.append(LineInput(ingredient_id, quantity, unit_box.currentData()))
        return tuple(lines)

    # --- the form -----------------------------------------------------------------------------
    def _fill(self, recipe: RecipeInfo) -> None:
        self.name.setText(recipe.name)
        self.category.setText(recipe.category)
        self.yield_count.setValue(recipe.yield_count)
        self.yield_kind.setCurrentIndex(max(0, self.yield_kind.findData(recipe.yield_kind)))
        if recipe.net_quantity is not None:
            self.net_quantity.setText(plain_quantity(recipe.net_quantity))
        self.net_unit.setCurrentIndex(max(0, self.net_unit.findData(recipe.net_unit)))
        self.packaging.setText(format_amount(recipe.packaging_cost_cents, symbol=False))
        self.shelf_life.setValue(recipe.shelf_life_days or 0)
        self.date_kind.setCurrentIndex(max(0, self.date_kind.findData(recipe.date_kind)))
        self.storage.setText(recipe.storage)
        self.story.setPlainText(recipe.story)
        self.descriptive_name.setText(recipe.descriptive_name)
        self.price.setText(format_amount(recipe.price_cents, symbol=False))
        if self.vat.findData(recipe.vat_rate_bp) < 0:
            self.vat.addItem(vat_text(recipe.vat_rate_bp), recipe.vat_rate_bp)
        self.vat.setCurrentIndex(self.vat.findData(recipe.vat_rate_bp))
        for sales_format, rate in recipe.format_vat.items():
            combo = self.format_vat.get(sales_format)
            if combo is not None:
                if combo.findData(rate) < 0:
                    combo.addItem(vat_text(rate), rate)
                combo.setCurrentIndex(combo.findData(rate))
        self.product_code.setText(recipe.product_code)
        self.small_package.setChecked(recipe.small_package)
        self.active.setChecked(recipe.active)
        for line in recipe.lines:
            self.add_line(line.ingredient_id, plain_quantity(line.quantity), line.unit)

    def typed(self) -> RecipeInput:
        net = self.net_quantity.text().strip()
        return RecipeInput(
            name=self.name.text(),
            yield_count=self.yield_count.value(),
            lines=self.typed_lines(),
            category=self.category.text(),
            yield_kind=self.yield_kind.currentData(),
            net_quantity=parse_quantity(net, "net_quantity") if net else None,
            net_unit=self.net_unit.currentData(),
            packaging_cost_cents=parse_amount(self.packaging.text() or "0", "packaging"),
            shelf_life_days=self.shelf_life.value() or None,
            date_kind=self.date_kind.currentData(),
            storage=self.storage.text(),
            story=self.story.toPlainText(),
            descriptive_name=self.descriptive_name.text(),
            price_cents=parse_amount(self.price.text() or "0", "price"),
            vat_rate_bp=self.vat.currentData(),
            format_vat={
                sales_format: combo.currentData()
                for sales_format, combo in self.format_vat.items()
                if combo.currentData() is not None
            },
            product_code=self.product_code.text(),
            small_package=self.small_package.isChecked(),
            active=self.active.isChecked(),
        )

    def update_cost(self, *_args) -> None:
        """Recompute the cost panel from what is typed now (nothing is saved)."""
        if not hasattr(self, "cost_panel"):
            return
        try:
            data = self.typed()
            if not data.lines:
                self.cost_panel.show_problem(self.tr("Ajoutez des ingrédients pour voir le coût."))
                return
            result = self._preview(data)
        except ValidationError as error:
            self.cost_panel.show_problem(
                self.tr("Pour calculer le coût : {message}").format(message=error.message)
            )
            return
        unit_word = (
            self.tr("portion") if data.yield_kind == YieldKind.PORTIONS else self.tr("unité")
        )
        self.cost_panel.show_recipe(result.cost, result.check, unit_word)
