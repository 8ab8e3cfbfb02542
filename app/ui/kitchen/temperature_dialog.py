"""The day's temperatures: one line per fridge and freezer with its limits, the value read (°C) and
what was done when it is out of limits. A wrong value shows under its field and nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from app.i18n import fill, with_celsius
from app.services.kitchen.limits import format_celsius
from app.services.kitchen.temperatures import ReadingInfo, ReadingInput
from app.ui.dialogs import FormDialog
from app.ui.style import Role, set_role


class TemperatureDialog(FormDialog):
    def __init__(self, save, readings: list[ReadingInfo], parent=None):
        super().__init__(save, parent)
        self.setObjectName("temperature_dialog")
        self.setWindowTitle(self.tr("Températures du jour"))
        self.readings = readings
        self.values: dict[int, QLineEdit] = {}
        self.actions: dict[int, QLineEdit] = {}
        form = QFormLayout()
        rows = []
        for reading in readings:
            value = QLineEdit("" if reading.value_c is None else format_celsius(reading.value_c))
            value.setPlaceholderText(self.tr("par exemple 4 ou -18,5"))
            action = QLineEdit(reading.corrective_action)
            action.setPlaceholderText(self.tr("si hors limites : ce qui a été fait"))
            self.values[reading.appliance_id] = value
            self.actions[reading.appliance_id] = action
            label = fill(
                self.tr("{name} (de {low} à {high})"),
                name=reading.appliance_name,
                low=format_celsius(reading.min_c),
                high=with_celsius(format_celsius(reading.max_c)),
            )
            rows.append((f"value_{reading.appliance_id}", label, value))
            rows.append((f"action_{reading.appliance_id}", self.tr("Action corrective"), action))
        self.add_rows(form, rows)
        hint = QLabel(
            self.tr(
                "Écrivez la température lue sur le thermomètre. Hors limites : notez ce que "
                "vous avez fait (porte refermée, produits jetés…)."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, Role.HINT)
        if not readings:
            hint.setText(
                self.tr(
                    "Pas encore de frigo ni de congélateur : ajoutez-les dans l'onglet "
                    "« Déléguées », « Listes du jour… », bouton « Frigos… »."
                )
            )
        self.lay_out(hint, form)

    def typed(self) -> list[ReadingInput]:
        return [
            ReadingInput(appliance_id, self.values[appliance_id].text(), action.text())
            for appliance_id, action in self.actions.items()
        ]
