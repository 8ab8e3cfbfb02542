""" "Clôturer la journée" from the Today screen: which sale day to close.

On a date with a sale day, that day. On a date without one, the screen says so and names the sale
days still open, with their dates; the person picks one (or none). Another date's day is never
opened without saying which.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.i18n import fill, format_date
from app.ui.style import size_by_font

EVENT_ID = Qt.ItemDataRole.UserRole


class OtherDayDialog(QDialog):
    """No sale on `today`: the open sale days to choose from (an empty list only informs)."""

    def __init__(self, today: dt.date, open_days, parent=None):
        super().__init__(parent)
        self.setObjectName("other_day_dialog")
        self.setWindowTitle(self.tr("Clôturer la journée"))
        size_by_font(self, min_width=66)
        message = QLabel()
        message.setObjectName("no_sale_today")
        message.setWordWrap(True)
        self.days = QListWidget()
        self.days.setObjectName("open_days")
        self.days.setAccessibleName(self.tr("Ventes encore ouvertes"))
        for event in open_days:
            item = QListWidgetItem(event.title)
            item.setData(EVENT_ID, event.id)
            self.days.addItem(item)
        no_sale = fill(
            self.tr("Il n'y a pas de vente aujourd'hui ({date})."), date=format_date(today)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        if open_days:
            message.setText(
                no_sale
                + " "
                + self.tr(
                    "Ces ventes ne sont pas encore clôturées. Choisissez celle à clôturer, "
                    "avec sa date :"
                )
            )
            self.days.setCurrentRow(0)
            self.open_button = buttons.addButton(
                self.tr("Clôturer cette vente"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.open_button.setObjectName("close_chosen_day")
            self.days.itemDoubleClicked.connect(lambda _item: self.accept())
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        else:
            message.setText(
                no_sale + " " + self.tr("Aucune vente n'est ouverte : rien à clôturer.")
            )
            self.days.hide()
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.days, 1)
        layout.addWidget(buttons)
        self.message = message

    def chosen_id(self) -> int | None:
        item = self.days.currentItem()
        return item.data(EVENT_ID) if item is not None else None


def day_to_close(ctx, parent) -> int | None:
    """The id of the sale day to close from the Today screen, or None (the person was told why)."""
    from app.services.sales.events import days_to_close

    today = ctx.today()
    with ctx.db.session() as session:
        days = days_to_close(session, ctx.cohort_id, today)
    if days.on_date:
        open_today = [e for e in days.on_date if not e.closed]
        return (open_today or list(days.on_date))[0].id
    dialog = OtherDayDialog(today, days.still_open, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_id()
