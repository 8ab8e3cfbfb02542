"""The fridges and freezers whose temperature is read each day: add one with its limits, change
it, take it out of use (its readings stay), and print one appliance's month of readings."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.i18n import fill, with_celsius
from app.services.errors import ValidationError
from app.services.kitchen import temperatures
from app.services.kitchen.limits import format_celsius
from app.services.kitchen.temperatures import DEFAULT_LIMITS, ApplianceInput
from app.ui.areas import Area
from app.ui.dialogs import add_field_rows
from app.ui.field_errors import FieldErrors
from app.ui.vocab_combo import add_choices
from app.ui.widgets import button, hbox
from app.vocab.kitchen import ApplianceKind, appliance_kind_label

APPLIANCE_ID = Qt.ItemDataRole.UserRole


class AppliancesDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("appliances_dialog")
        self.setWindowTitle(self.tr("Frigos et congélateurs"))
        self.items = QListWidget()
        self.items.setObjectName("appliances")
        self.items.setAccessibleName(self.tr("Frigos et congélateurs"))
        self.items.currentRowChanged.connect(self._picked)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("par exemple : frigo du bas"))
        self.kind = add_choices(QComboBox(), ApplianceKind, appliance_kind_label)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lowest = QLineEdit()
        self.highest = QLineEdit()
        self.active = (
            QCheckBox()
        )  # the row says "En service": the same words twice read as two things
        self.active.setChecked(True)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        add_field_rows(
            form,
            self.errors,
            (
                ("name", self.tr("Nom *"), self.name),
                ("kind", self.tr("Sorte"), self.kind),
                ("min_c", self.tr("Limite basse (°C)"), self.lowest),
                ("max_c", self.tr("Limite haute (°C)"), self.highest),
                ("active", self.tr("En service"), self.active),
            ),
        )
        self.add_button = button(self.tr("Ajouter"), "add_appliance", self.add, tall=True)
        self.change_button = button(self.tr("Modifier"), "change_appliance", self.change, tall=True)
        self.month = QDateEdit(QDate(ctx.today().year, ctx.today().month, 1))
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setObjectName("month")
        self.month.setAccessibleName(self.tr("Mois à imprimer"))
        self.print_button = button(
            self.tr("Imprimer le mois…"), "print_temperatures", self.print_month, tall=True
        )
        close = button(self.tr("Fermer"), "close", self.accept, tall=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(hbox(self.add_button, self.change_button, stretch_after=True))
        row = hbox(self.month, self.print_button, stretch_after=True)
        row.addWidget(close)
        layout.addLayout(row)
        self._kind_changed()
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        with self.ctx.db.session() as session:
            self.rows = temperatures.list_appliances(session, include_inactive=True)
        self.items.clear()
        for row in self.rows:
            text = fill(
                self.tr("{name} — {kind}, de {low} à {high}"),
                name=row.name,
                kind=row.kind_label,
                low=format_celsius(row.min_c),
                high=with_celsius(format_celsius(row.max_c)),
            )
            if not row.active:
                text += self.tr(" (hors service)")
            item = QListWidgetItem(text)
            item.setData(APPLIANCE_ID, row.id)
            self.items.addItem(item)
            if row.id == select_id:
                self.items.setCurrentItem(item)
        self._picked()

    def current(self):
        index = self.items.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _picked(self, *_args) -> None:
        row = self.current()
        self.change_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None)
        if row is not None:
            self.name.setText(row.name)
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
            self.lowest.setText(format_celsius(row.min_c))
            self.highest.setText(format_celsius(row.max_c))
            self.active.setChecked(row.active)

    def _kind_changed(self, *_args) -> None:
        """A new appliance takes the usual limits of its kind."""
        if self.current() is None:
            low, high = DEFAULT_LIMITS[ApplianceKind(self.kind.currentData())]
            self.lowest.setText(format_celsius(low))
            self.highest.setText(format_celsius(high))

    def typed(self) -> ApplianceInput:
        return ApplianceInput(
            self.name.text(),
            self.kind.currentData(),
            self.lowest.text(),
            self.highest.text(),
            self.active.isChecked(),
        )

    def _run(self, action) -> None:
        self.errors.clear()
        try:
            with self.ctx.db.session() as session:
                saved = action(session)
        except ValidationError as error:
            self.errors.show(error)
            return
        self.ctx.changed(Area.TODAY)
        self.refresh(saved.id)

    def add(self) -> None:
        data = self.typed()
        self._run(lambda session: temperatures.create_appliance(session, data))

    def change(self) -> None:
        row, data = self.current(), self.typed()
        if row is not None:
            self._run(lambda session: temperatures.update_appliance(session, row.id, data))

    def print_month(self) -> None:
        from app.printing.temperature_month import temperature_month_pdf
        from app.services.people.cooperative import get_cooperative
        from app.ui.pdf_preview import preview_pdf

        row = self.current()
        if row is None:
            return
        month = self.month.date()
        with self.ctx.db.session() as session:
            sheet = temperatures.month_sheet(session, row.id, month.year(), month.month())
            data = temperature_month_pdf(sheet, get_cooperative(session))
        preview_pdf(data, self.tr("Relevé des températures"), "temperatures.pdf", self)
