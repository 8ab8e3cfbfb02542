"""The menu form: a name, a sales format, and recipes with portions per guest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from app.i18n import fill
from app.services.errors import Field, ValidationError
from app.services.menus.menus import MenuInfo, MenuInput, MenuItemInput
from app.services.units import parse_quantity, plain_quantity
from app.ui.dialogs import FormDialog, save_cancel_buttons
from app.ui.menus.line_widgets import picked_from_list, row_of, type_ahead_picker
from app.ui.menus.order_dialog import RecipeChoice
from app.ui.style import chars, lines, size_by_font
from app.ui.table_view import columns_fit_their_headers
from app.ui.vocab_combo import add_choices
from app.vocab.sales import SaleFormat, sale_format_label


class MenuDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[MenuInput], MenuInfo],
        recipes: list[RecipeChoice],
        menu: MenuInfo | None = None,
        parent=None,
        reload: Callable[[], MenuInfo] | None = None,
    ):
        super().__init__(save, parent, reload)
        self.setObjectName("menu_dialog")
        self.setWindowTitle(
            self.tr("Nouveau menu") if menu is None else self.tr("Modifier le menu")
        )
        self.resize(chars(91), lines(35))
        self.recipes = recipes
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("par exemple : Brunch des 20 ans"))
        self.sales_format = add_choices(QComboBox(), SaleFormat, sale_format_label)
        self.notes = QPlainTextEdit()
        size_by_font(self.notes, height=3.1)
        self.active = QCheckBox(self.tr("Actif"))
        self.active.setChecked(True)
        self.active.setAccessibleName(self.tr("Actif"))
        self.items = QTableWidget(0, 3)
        self.items.setObjectName("menu_items")
        self.items.setAccessibleName(self.tr("Recettes du menu"))
        self.items.setHorizontalHeaderLabels(
            [self.tr("Recette"), self.tr("Portions par personne"), ""]
        )
        columns_fit_their_headers(self.items)
        add = QPushButton(self.tr("Ajouter une recette"))
        add.setObjectName("add_menu_item")
        add.setAccessibleName(add.text())
        add.setShortcut("Ctrl+L")
        add.clicked.connect(lambda: self.add_item())
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("name", self.tr("Nom *"), self.name),
                ("sales_format", self.tr("Format de vente"), self.sales_format),
                ("notes", self.tr("Notes"), self.notes),
            ),
        )
        form.addRow("", self.active)
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.errors.add("items", self.items))
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if menu is not None:
            self.refill(menu)
        else:
            self.add_item()

    def refill(self, menu: MenuInfo) -> None:
        """Show `menu` (on opening, and as stored now after a refused save)."""
        self.name.setText(menu.name)
        self.sales_format.setCurrentIndex(max(0, self.sales_format.findData(menu.sales_format)))
        self.notes.setPlainText(menu.notes)
        self.active.setChecked(menu.active)
        self.items.setRowCount(0)
        for item in menu.items:
            self.add_item(item.recipe_id, plain_quantity(item.portions_per_guest))

    def add_item(self, recipe_id: int | None = None, portions: str = "1") -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        picker = type_ahead_picker(
            ((recipe.label, recipe.id) for recipe in self.recipes),
            fill(self.tr("Recette, ligne {n}"), n=row + 1),
        )
        if recipe_id is not None:
            picker.setCurrentIndex(max(0, picker.findData(recipe_id)))
        amount = QLineEdit(portions)
        amount.setAccessibleName(fill(self.tr("Portions par personne, ligne {n}"), n=row + 1))
        remove = QPushButton(self.tr("Retirer"))
        remove.setAccessibleName(fill(self.tr("Retirer la ligne {n}"), n=row + 1))
        remove.clicked.connect(lambda: self._remove(remove))
        self.items.setCellWidget(row, 0, picker)
        self.items.setCellWidget(row, 1, amount)
        self.items.setCellWidget(row, 2, remove)

    def _remove(self, button) -> None:
        row = row_of(self.items, button)
        if row >= 0:
            self.items.removeRow(row)

    def typed(self) -> MenuInput:
        items = []
        for row in range(self.items.rowCount()):
            picker, amount = self.items.cellWidget(row, 0), self.items.cellWidget(row, 1)
            if picker.currentData() is None and not picker.currentText().strip():
                continue
            if not picked_from_list(picker):
                raise ValidationError(
                    Field("items", row=row),
                    fill(self.tr("Ligne {n} : choisissez une recette de la liste."), n=row + 1),
                )
            items.append(
                MenuItemInput(
                    picker.currentData(), parse_quantity(amount.text(), Field("items", row=row))
                )
            )
        return MenuInput(
            self.name.text(),
            self.sales_format.currentData(),
            tuple(items),
            self.notes.toPlainText(),
            self.active.isChecked(),
        )
