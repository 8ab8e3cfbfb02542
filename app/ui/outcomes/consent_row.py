"""Her consent for one purpose in a dialog: a sentence (not given, given on…, withdrawn on…) and
"Noter son accord" / "Retirer son accord", each saved at once and undoable (`commands`).
Used by the follow-up dialog and the employer portfolio dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.i18n import fill, format_date
from app.services.errors import ValidationError
from app.services.outcomes import consent
from app.ui.outcomes.commands import change_consent
from app.ui.widgets import button


class ConsentRow(QWidget):
    """`confirm_withdrawal(parent) -> bool` asks before a withdrawal; `on_change()` runs after
    each change; `show_error(error)` shows a refusal at the dialog's field."""

    def __init__(
        self,
        ctx,
        person,
        purpose: str,
        confirm_withdrawal: Callable,
        on_change: Callable[[], None],
        show_error: Callable[[ValidationError], None],
        parent=None,
    ):
        super().__init__(parent)
        self.ctx, self.person, self.purpose = ctx, person, purpose
        self.confirm_withdrawal = confirm_withdrawal
        self.on_change, self.show_error = on_change, show_error
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.give_button = button(self.tr("Noter son accord"), "give_consent", self.give)
        self.withdraw_button = button(
            self.tr("Retirer son accord"), "withdraw_consent", self.withdraw
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.give_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        self.show_state()

    def show_state(self) -> bool:
        """Show her consent; True when it is in force."""
        with self.ctx.db.session() as session:
            given = consent.consent_of(session, self.person.id, self.purpose)
        if given is None:
            text = self.tr("Pas encore d'accord.")
        elif given.in_force:
            text = fill(self.tr("Accord donné le {date}."), date=format_date(given.given_on))
        else:
            text = fill(self.tr("Accord retiré le {date}."), date=format_date(given.withdrawn_on))
        self.label.setText(text)
        in_force = given is not None and given.in_force
        self.give_button.setEnabled(not in_force)
        self.withdraw_button.setEnabled(in_force)
        return in_force

    def give(self) -> None:
        self._change(True)

    def withdraw(self) -> None:
        if self.confirm_withdrawal(self):
            self._change(False)

    def _change(self, give: bool) -> None:
        try:
            change_consent(self.ctx, self.person, self.purpose, give)
        except ValidationError as error:
            self.show_error(error)
            return
        self.show_state()
        self.on_change()
