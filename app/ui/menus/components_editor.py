"""A compound ingredient's own ingredients (peanut butter, chopped tomatoes), in a small dialog
the ingredient form opens: as its pack's label lists them, one a line, each with its allergens
chosen from a menu of the 14. Empty lines are left out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
)

from app.i18n import fill, listing
from app.services.menus.components import ComponentInput
from app.ui.style import Role, set_role
from app.ui.table_view import rows_fit_their_widgets
from app.ui.widgets import button, named
from app.vocab import values
from app.vocab.menus import Allergen, allergen_label


class AllergenPicker(QToolButton):
    """A button that opens the 14 allergens to tick; it shows the ticked ones."""

    def __init__(self, chosen: tuple[str, ...] = (), parent=None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.actions_by_key = {}
        for key in values(Allergen):
            action = menu.addAction(allergen_label(key))
            action.setCheckable(True)
            action.setChecked(key in chosen)
            action.toggled.connect(self._show)
            self.actions_by_key[key] = action
        self.setMenu(menu)
        self._show()

    def chosen(self) -> tuple[str, ...]:
        return tuple(key for key, action in self.actions_by_key.items() if action.isChecked())

    def _show(self, *_args) -> None:
        names = [allergen_label(key) for key in self.chosen()]
        self.setText(listing(names) if names else self.tr("aucun"))


class ComponentsEditor(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("Ingrédient composé : ses propres ingrédients"), parent)
        hint = QLabel(
            self.tr(
                "Seulement si le paquet liste des ingrédients (beurre de cacahuète : arachides, "
                "sel). Recopiez-les dans l'ordre du paquet, avec leurs allergènes. L'étiquette "
                "les imprime entre parenthèses."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, Role.HINT)
        self.table = named(QTableWidget(0, 2), "components", self.tr("Ingrédients du paquet"))
        self.table.setHorizontalHeaderLabels([self.tr("Ingrédient"), self.tr("Allergènes")])
        # both columns share the width: the allergens' names show in full in any language and size
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        rows_fit_their_widgets(self.table)  # a field no taller than its row, in large mode
        self.table.setMinimumHeight(160)
        self.add_button = button(self.tr("Ajouter une ligne"), "add_component", self.add_row)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.add_button)

    def add_row(self, name: str = "", allergens: tuple[str, ...] = ()) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        text = QLineEdit(name)
        text.setAccessibleName(fill(self.tr("Ingrédient du paquet, ligne {n}"), n=row + 1))
        picker = AllergenPicker(allergens)
        picker.setAccessibleName(fill(self.tr("Allergènes, ligne {n}"), n=row + 1))
        self.table.setCellWidget(row, 0, text)
        self.table.setCellWidget(row, 1, picker)
        return row

    def row_widgets(self, row: int) -> tuple[QLineEdit, AllergenPicker]:
        return self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)

    def set_components(self, components: tuple[ComponentInput, ...]) -> None:
        for part in components:
            self.add_row(part.name, part.allergens)

    def components(self) -> tuple[ComponentInput, ...]:
        parts = []
        for row in range(self.table.rowCount()):
            text, picker = self.row_widgets(row)
            if text.text().strip() or picker.chosen():
                parts.append(ComponentInput(text.text(), picker.chosen()))
        return tuple(parts)


class ComponentsDialog(QDialog):
    """Edits a copy of the components; `components()` after OK."""

    def __init__(self, components: tuple[ComponentInput, ...], parent=None):
        super().__init__(parent)
        self.setObjectName("components_dialog")
        self.setWindowTitle(self.tr("Ingrédients du paquet"))
        self.resize(640, 420)
        self.editor = ComponentsEditor()
        self.editor.set_components(components)
        if not components:
            self.editor.add_row()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def components(self) -> tuple[ComponentInput, ...]:
        return self.editor.components()
