"""An ingredient's nutrition values, in a small dialog the ingredient form opens: per 100 g, as
the pack's label gives them (energy in kJ and kcal, fat, saturates, carbohydrate, sugars, protein,
salt). All empty: not known yet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.services.errors import ValidationError
from app.services.labels.nutrition import NUTRIENTS, NutritionValues
from app.services.units import parse_quantity, plain_quantity
from app.ui.style import Role, set_role


class NutritionEditor(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("Valeurs nutritionnelles pour 100 g (sur le paquet)"), parent)
        labels = {
            "energy_kj": self.tr("Énergie (kJ)"),
            "energy_kcal": self.tr("Énergie (kcal)"),
            "fat": self.tr("Matières grasses (g)"),
            "saturates": self.tr("dont acides gras saturés (g)"),
            "carbohydrate": self.tr("Glucides (g)"),
            "sugars": self.tr("dont sucres (g)"),
            "protein": self.tr("Protéines (g)"),
            "salt": self.tr("Sel (g)"),
        }
        grid = QGridLayout(self)
        hint = QLabel(
            self.tr(
                "Recopiez le tableau du paquet une fois : l'étiquette de vos produits en fait le "
                "calcul. Laissez vide si vous ne le connaissez pas."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, Role.HINT)
        grid.addWidget(hint, 0, 0, 1, 4)
        self.fields: dict[str, QLineEdit] = {}
        for index, key in enumerate(NUTRIENTS):
            field = QLineEdit()
            field.setObjectName(f"nutrition_{key}")
            field.setAccessibleName(labels[key])
            grid.addWidget(QLabel(labels[key]), 1 + index // 2, (index % 2) * 2)
            grid.addWidget(field, 1 + index // 2, (index % 2) * 2 + 1)
            self.fields[key] = field

    def set_values(self, values: NutritionValues | None) -> None:
        if values is None:
            return
        for key, field in self.fields.items():
            field.setText(plain_quantity(getattr(values, key)))

    def values(self) -> NutritionValues | None:
        texts = {key: field.text().strip() for key, field in self.fields.items()}
        if not any(texts.values()):
            return None
        for key, text in texts.items():
            if not text:
                raise ValidationError(
                    "nutrition",
                    self.tr("Remplissez toutes les valeurs nutritionnelles, ou aucune."),
                )
        return NutritionValues(
            **{
                key: parse_quantity(text, "nutrition", allow_zero=True)
                for key, text in texts.items()
            }
        )


class NutritionDialog(QDialog):
    """Edits the values; `values()` after OK (None: all empty). A wrong value keeps it open."""

    def __init__(self, values: NutritionValues | None, parent=None):
        super().__init__(parent)
        self.setObjectName("nutrition_dialog")
        self.setWindowTitle(self.tr("Valeurs nutritionnelles"))
        self.editor = NutritionEditor()
        self.editor.set_values(values)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_role(self.error, Role.ERROR)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_values: NutritionValues | None = values

    def accept(self) -> None:
        from app.services.menus.nutrition_values import check_nutrition

        try:
            values = self.editor.values()
            check_nutrition(values)
        except ValidationError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        self.result_values = values
        super().accept()
