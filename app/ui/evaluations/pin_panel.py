"""The lock screen of the Evaluations tab: choose the coordinator's PIN at first use, then type it
to open the tab. Wrong PINs are counted by the service (five block tries for a minute)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ValidationError
from app.services.evaluations import pin as evaluation_pin
from app.ui.field_errors import FieldErrors
from app.ui.style import Role, set_role, size_by_font


def pin_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(evaluation_pin.MAX_DIGITS)
    edit.setAccessibleName(accessible)
    size_by_font(edit, max_width=29)
    return edit


class PinPanel(QWidget):
    """Emits `unlocked` after a right PIN (or after choosing the first one)."""

    unlocked = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = time.time  # wall clock for the one-minute block; tests replace it
        self.title = QLabel()
        set_role(self.title, Role.TITLE)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.pin = pin_edit("pin", self.tr("Code PIN"))
        self.repeat = pin_edit("pin_repeat", self.tr("Répéter le code PIN"))
        self.repeat_label = QLabel(self.tr("Encore une fois"))
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_evaluations")
        size_by_font(self.open_button, min_height=2.2)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        self.repeat.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.errors = FieldErrors(self.message)
        self.message.setObjectName("pin_message")

        form = QFormLayout()
        form.addRow(self.tr("Code PIN"), self.pin)
        form.addRow("", self.errors.add("pin", self.pin))
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.errors.add("repeat", self.repeat))
        box = QWidget()
        size_by_font(box, max_width=74)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.explain)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addSpacing(12)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.reset()

    def first_use(self) -> bool:
        with self.ctx.db.session() as session:
            return not evaluation_pin.is_pin_set(session)

    def reset(self) -> None:
        """Back to an empty form (called each time the tab locks)."""
        self.errors.clear()
        self.pin.clear()
        self.repeat.clear()
        first = self.first_use()
        self.repeat.setVisible(first)
        self.repeat_label.setVisible(first)
        if first:
            self.title.setText(self.tr("Choisir le code PIN"))
            self.explain.setText(
                self.tr(
                    "Les évaluations sont privées. Choisissez un code de 4 chiffres ou plus. "
                    "Seule la coordinatrice le connaît."
                )
            )
            self.open_button.setText(self.tr("Enregistrer le code"))
        else:
            self.title.setText(self.tr("Évaluations : accès protégé"))
            self.explain.setText(
                self.tr("Tapez le code PIN de la coordinatrice pour voir les évaluations.")
            )
            self.open_button.setText(self.tr("Ouvrir"))
        self.open_button.setAccessibleName(self.open_button.text())
        self.pin.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        if self.first_use():
            try:
                with self.ctx.db.session() as session:
                    evaluation_pin.set_pin(session, self.pin.text(), self.repeat.text())
            except ValidationError as error:
                self.errors.show(error)
                return
            self.unlocked.emit()
            return
        with self.ctx.db.session() as session:
            check = evaluation_pin.verify_pin(session, self.pin.text(), self.clock)
        if check.ok:
            self.pin.clear()
            self.unlocked.emit()
            return
        self.pin.clear()
        self.errors.show(ValidationError("pin", check.message))
