"""The recipe editor: description and label data on the left; ingredient lines (type-ahead picker,
"new ingredient" inline) and the live cost panel on the right, updated as lines change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from app.i18n import fill, with_percent
from app.services.errors import Field, ValidationError
from app.services.labels.content import name_evokes
from app.services.menus.recipes import (
    CostPanel as CostData,
)
from app.services.menus.recipes import LineInput, RecipeInfo, RecipeInput
from app.services.money import format_amount, parse_amount
from app.services.text_match import named_key
from app.services.units import compatible, parse_quantity, plain_quantity
from app.ui.dialogs import FormDialog
from app.ui.menus.cost_panel import CostPanel
from app.ui.menus.emphasis_box import EmphasisBox
from app.ui.menus.line_widgets import picked_from_list, row_of, type_ahead_picker
from app.ui.style import Role, chars, lines, set_role, size_by_font
from app.ui.table_view import columns_fit_their_headers
from app.ui.vocab_combo import add_choices
from app.ui.widgets import button, combo_box, hbox, named, placeholder_width, scrolling
from app.vocab import values
from app.vocab.menus import (
    NET_UNITS,
    DateKind,
    Emphasis,
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


EMPHASIS_COLUMN = 3  # the lines' "mis en avant" column


def vat_text(bp: int) -> str:
    return with_percent(f"{bp / 100:g}".replace(".", ","))


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
        reload: Callable[[], RecipeInfo] | None = None,
    ):
        super().__init__(save, parent, reload)
        self.setObjectName("recipe_dialog")
        self._preview = preview
        self._new_ingredient = new_ingredient
        self.choices = list(choices)
        self.vat_rates = list(vat_rates)
        title = (
            self.tr("Nouvelle recette")
            if recipe is None
            else fill(
                self.tr("Modifier {name} (v{version})"), name=recipe.name, version=recipe.version
            )
        )
        self.setWindowTitle(title)
        self.resize(chars(185), lines(45))  # the ingredient lines whole in normal mode
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
            self.name.textChanged,
            self.net_quantity.textChanged,
            self.net_unit.currentIndexChanged,
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
                (
                    "weight_change",
                    self.tr("À la cuisson"),
                    self.weight_change,
                    hbox(self.weight_change_kind, self.weight_change),
                ),
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
        form.addRow("", self.nutrition_exempt)
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
        self.weight_change_kind = combo_box(
            [
                (self.tr("non indiqué"), None),
                (self.tr("le poids ne change pas"), 0),
                (self.tr("perd du poids (%)"), -1),
                (self.tr("absorbe de l'eau (%)"), 1),
            ]
        )
        self.weight_change_kind.setAccessibleName(self.tr("Ce que la cuisson fait au poids"))
        self.weight_change = QLineEdit()
        self.weight_change.setPlaceholderText(self.tr("par exemple 20"))
        self.weight_change.setToolTip(
            self.tr(
                "En % du poids des ingrédients : une sauce qui réduit perd du poids, le riz "
                "absorbe de l'eau. Les pourcentages de l'étiquette sont calculés sur le produit "
                "fini."
            )
        )
        self.weight_change_kind.currentIndexChanged.connect(self._weight_change_kind_changed)
        self.weight_change.textChanged.connect(self.update_cost)
        self._weight_change_kind_changed()
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
        self.nutrition_exempt = QCheckBox(
            self.tr("Exemption artisanale : pas de valeurs nutritionnelles sur l'étiquette")
        )
        self.nutrition_exempt.setToolTip(
            self.tr(
                "Fait à la main, en petites quantités, vendu directement aux clients ou à des "
                "commerces de la région (annexe V, point 19). Une allégation (« riche en », "
                "« sans sucre ajouté »…) demande quand même les valeurs."
            )
        )
        self.nutrition_exempt.setAccessibleName(self.nutrition_exempt.text())
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
                fill(self.tr("TVA pour {format}"), format=sale_format_label(sales_format)),
            )
            combo.currentIndexChanged.connect(self.update_cost)
            grid.addWidget(QLabel(sale_format_label(sales_format)), index, 0)
            grid.addWidget(combo, index, 1)
            self.format_vat[sales_format] = combo
        return formats

    def _build_lines(self, can_create_ingredient: bool) -> QVBoxLayout:
        """The right column: the ingredient lines, their buttons and the live cost."""
        self.lines = named(QTableWidget(0, 5), "recipe_lines", self.tr("Ingrédients de la recette"))
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Ingrédient"),
                self.tr("Quantité"),
                self.tr("Unité"),
                self.tr("Mis en avant"),
                "",
            ]
        )
        self.lines.horizontalHeaderItem(EMPHASIS_COLUMN).setToolTip(
            self.tr(
                "Coché : le nom du produit met l'ingrédient en avant (« coco » dans « Energy "
                "balls coco-cajou ») et l'étiquette imprime son pourcentage. À moitié coché : "
                "suggéré par le nom, à confirmer."
            )
        )
        # The ingredient's name takes the room left, at least 11 characters; the other columns
        # are as wide as their header and their fields (the "Retirer" button whole, the quantity
        # no wider than a quantity), the rows as tall as their fields.
        columns_fit_their_headers(self.lines, stretch=0)
        header = self.lines.horizontalHeader()
        header.setMinimumSectionSize(max(header.minimumSectionSize(), chars(11)))
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
        self.label_warnings = named(
            QLabel(), "label_warnings", self.tr("À vérifier pour l'étiquette")
        )
        self.label_warnings.setWordWrap(True)
        set_role(self.label_warnings, Role.NOTICE)
        self.label_warnings.hide()
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Ingrédients d'une fournée</b>")))
        right.addWidget(self.lines, 1)
        right.addWidget(self.errors.add("lines", self.lines))
        right.addWidget(self.label_warnings)
        right.addLayout(hbox(self.add_line_button, self.new_ingredient_button, stretch_after=True))
        right.addWidget(self.cost_panel)
        return right

    # --- lines --------------------------------------------------------------------------------
    def add_line(
        self,
        ingredient_id: int | None = None,
        quantity: str = "",
        unit: str | None = None,
        emphasis: str = Emphasis.AUTO,
    ) -> int:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        picker = type_ahead_picker(
            ((choice.name, choice.id) for choice in self.choices),
            fill(self.tr("Ingrédient, ligne {n}"), n=row + 1),
        )
        amount = QLineEdit(quantity)
        amount.setPlaceholderText(self.tr("quantité"))
        # Its column no wider than a quantity needs (its example word whole).
        amount.setMaximumWidth(max(chars(9), placeholder_width(amount)))
        amount.setAccessibleName(fill(self.tr("Quantité, ligne {n}"), n=row + 1))
        unit_box = QComboBox()
        unit_box.setAccessibleName(fill(self.tr("Unité, ligne {n}"), n=row + 1))
        add_choices(unit_box, Unit, unit_label)
        emphasised = EmphasisBox(emphasis)
        emphasised.setAccessibleName(fill(self.tr("Mis en avant, ligne {n}"), n=row + 1))
        emphasised.clicked.connect(self.update_cost)
        remove = QPushButton(self.tr("Retirer"))
        remove.setAccessibleName(fill(self.tr("Retirer la ligne {n}"), n=row + 1))
        remove.clicked.connect(lambda: self.remove_line(self._row_of(remove)))
        self.lines.setCellWidget(row, 0, picker)
        self.lines.setCellWidget(row, 1, amount)
        self.lines.setCellWidget(row, 2, unit_box)
        self.lines.setCellWidget(row, EMPHASIS_COLUMN, emphasised)
        self.lines.setCellWidget(row, 4, remove)
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

    def emphasis_box(self, row: int) -> EmphasisBox:
        return self.lines.cellWidget(row, EMPHASIS_COLUMN)

    def _suggest_emphasis(self) -> None:
        """Half-tick the lines whose ingredient the product's name evokes (not decided yet)."""
        for row in range(self.lines.rowCount()):
            picker = self.line_widgets(row)[0]
            name = picker.currentText().strip()
            self.emphasis_box(row).suggest(bool(name) and name_evokes(name, self.name.text()))

    def _weight_change_kind_changed(self, *_args) -> None:
        sign = self.weight_change_kind.currentData()
        self.weight_change.setEnabled(sign not in (None, 0))
        self.update_cost()

    def typed_weight_change(self) -> Decimal | None:
        sign = self.weight_change_kind.currentData()
        if sign is None:
            return None
        if sign == 0:
            return Decimal(0)
        amount = parse_quantity(self.weight_change.text(), "weight_change")
        return amount * sign

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
        typed = picker.currentText()
        return named_key(((choice.id, choice.name) for choice in self.choices), typed)

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
                    fill(
                        self.tr(
                            "Ligne {n} : choisissez un ingrédient de la liste, "
                            "ou créez-le avec « Nouvel ingrédient »."
                        ),
                        n=row + 1,
                    ),
                )
            quantity = parse_quantity(amount.text(), field)
            emphasis = self.emphasis_box(row).emphasis()
            lines.append(LineInput(ingredient_id, quantity, unit_box.currentData(), emphasis))
        return tuple(lines)

    # --- the form -----------------------------------------------------------------------------
    def refill(self, recipe: RecipeInfo) -> None:
        """The recipe as stored now, in place of what was typed (its save was refused)."""
        self.lines.setRowCount(0)
        self.net_quantity.clear()
        for combo in self.format_vat.values():
            combo.setCurrentIndex(0)  # "comme la recette"
        self._fill(recipe)
        self.update_cost()

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
        self.nutrition_exempt.setChecked(recipe.nutrition_exempt)
        self.active.setChecked(recipe.active)
        change = recipe.weight_change_pct
        if change is not None:
            sign = 0 if change == 0 else (1 if change > 0 else -1)
            self.weight_change_kind.setCurrentIndex(self.weight_change_kind.findData(sign))
            if change:
                self.weight_change.setText(plain_quantity(abs(change)))
        for line in recipe.lines:
            self.add_line(
                line.ingredient_id, plain_quantity(line.quantity), line.unit, line.emphasis
            )

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
            weight_change_pct=self.typed_weight_change(),
            nutrition_exempt=self.nutrition_exempt.isChecked(),
        )

    def update_cost(self, *_args) -> None:
        """Recompute the cost panel from what is typed now (nothing is saved)."""
        if not hasattr(self, "cost_panel"):
            return
        self._suggest_emphasis()
        self.label_warnings.hide()
        try:
            data = self.typed()
            if not data.lines:
                self.cost_panel.show_problem(self.tr("Ajoutez des ingrédients pour voir le coût."))
                return
            result = self._preview(data)
        except ValidationError as error:
            self.cost_panel.show_problem(
                fill(self.tr("Pour calculer le coût : {message}"), message=error.message)
            )
            return
        unit_word = (
            self.tr("portion") if data.yield_kind == YieldKind.PORTIONS else self.tr("unité")
        )
        self.cost_panel.show_recipe(result.cost, result.check, unit_word)
        self.label_warnings.setText("\n".join(result.label_warnings))
        self.label_warnings.setVisible(bool(result.label_warnings))
