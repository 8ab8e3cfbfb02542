"""Ask the coordinator's PIN before a person's evaluation content is exported or erased.

The PIN is checked in its own unit of work (`verify_pin` counts wrong PINs, and that count must be
kept even though the action is refused); a wrong PIN shows at the field, five block for a minute.
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from app.services.errors import ValidationError
from app.services.evaluations import pin as evaluation_pin
from app.services.safety import personal_data
from app.ui.dialogs import FormDialog, save_cancel_buttons
from app.ui.evaluations.pin_panel import pin_edit


class EvaluationPinDialog(FormDialog):
    def __init__(self, save, parent=None):
        super().__init__(save, parent)
        self.setObjectName("evaluation_pin_dialog")
        self.setWindowTitle(self.tr("Code PIN des évaluations"))
        explain = QLabel(
            self.tr(
                "Ses données contiennent des évaluations. Seule la coordinatrice peut les "
                "exporter ou les effacer : tapez le code PIN des évaluations."
            )
        )
        explain.setWordWrap(True)
        self.pin = pin_edit("pin", self.tr("Code PIN"))
        form = QFormLayout()
        form.addRow(self.tr("Code PIN"), self.pin)
        form.addRow("", self.errors.add("pin", self.pin))
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def typed(self) -> str:
        return self.pin.text()


def unlock_evaluations(ctx, person_id: int, parent, clock=time.time) -> bool | None:
    """True when the action may include her evaluations (no PIN needed, or the right PIN typed);
    None when the person gave up."""
    with ctx.db.session() as session:
        if not personal_data.needs_pin(session, person_id):
            return True

    def check(typed: str) -> bool:
        with ctx.db.session() as session:
            result = evaluation_pin.verify_pin(session, typed, clock)
        if not result.ok:  # raised after the unit of work: the wrong try stays counted
            raise ValidationError("pin", result.message)
        return True

    dialog = EvaluationPinDialog(check, parent)
    return True if dialog.exec() and dialog.result_value else None
