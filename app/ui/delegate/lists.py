"""A small editor opened from the Rotation tab: the checklist templates per kind of day. Each change
is saved at once (one unit of work). The thematic circles have their page in Vie coopérative."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from app.i18n import fill
from app.services.delegate import checklists
from app.services.errors import ValidationError
from app.ui.areas import Area
from app.ui.field_errors import FieldErrors
from app.ui.style import chars, lines
from app.ui.vocab_combo import add_choices
from app.ui.widgets import button, hbox
from app.vocab.delegate import ChecklistKind, checklist_kind_label

ITEM_ID = Qt.ItemDataRole.UserRole


class ChecklistTemplatesDialog(QDialog):
    """Add, rename or remove the lines of each kind of day's checklist."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("checklist_templates")
        self.setWindowTitle(self.tr("Listes du jour"))
        self.resize(chars(69), lines(26.2))
        self.kind = QComboBox()
        self.kind.setObjectName("day_kind")
        self.kind.setAccessibleName(self.tr("Type de journée"))
        add_choices(self.kind, ChecklistKind, checklist_kind_label)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.items = QListWidget()
        self.items.setObjectName("template_items")
        self.items.setAccessibleName(self.tr("Lignes de la liste"))
        self.items.currentRowChanged.connect(self._picked)
        self.text = QLineEdit()
        self.text.setObjectName("text")
        self.text.setAccessibleName(self.tr("Texte de la ligne"))
        self.text.setPlaceholderText(self.tr("par exemple : sortir les poubelles"))
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        error_label = self.errors.add("text", self.text)
        self.add_button = button(self.tr("Ajouter"), "add_line", self.add_line, tall=True)
        self.rename_button = button(self.tr("Modifier"), "rename_line", self.rename_line, tall=True)
        self.remove_button = button(self.tr("Retirer"), "remove_line", self.remove_line, tall=True)
        close = button(self.tr("Fermer"), "close", self.accept, tall=True)
        row = hbox(self.add_button, self.rename_button, self.remove_button, stretch_after=True)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.text)
        layout.addWidget(error_label)
        layout.addWidget(self.general_error)
        layout.addLayout(row)
        layout.addLayout(self._build_hygiene_print())
        self.refresh()

    def _build_hygiene_print(self):
        """The month's record of the kitchen list (cleaning and hygiene), who ticked what."""
        today = self.ctx.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setObjectName("hygiene_month")
        self.month.setAccessibleName(self.tr("Mois à imprimer"))
        self.hygiene_button = button(
            self.tr("Imprimer le nettoyage du mois…"),
            "print_hygiene",
            self.print_hygiene,
            tall=True,
        )
        self.hygiene_button.setEnabled(self.ctx.cohort_id is not None)
        self.fridges_button = button(
            self.tr("Frigos…"), "edit_fridges", self.edit_fridges, tall=True
        )
        self.fridges_button.setToolTip(self.tr("Les frigos et congélateurs à relever chaque jour"))
        row = hbox(self.month, self.hygiene_button, stretch_after=True)
        row.addWidget(self.fridges_button)
        return row

    def edit_fridges(self) -> None:
        """The fridges and freezers read each day, and their monthly record."""
        from app.ui.kitchen.appliances_dialog import AppliancesDialog

        AppliancesDialog(self.ctx, self).exec()

    def print_hygiene(self) -> None:
        from app.printing.hygiene_month import hygiene_month_pdf
        from app.services.kitchen.hygiene import hygiene_month
        from app.services.people.cooperative import get_cooperative
        from app.ui.pdf_preview import preview_pdf

        if self.ctx.cohort_id is None:
            return
        month = self.month.date()
        with self.ctx.db.session() as session:
            record = hygiene_month(session, self.ctx.cohort_id, month.year(), month.month())
            data = hygiene_month_pdf(record, get_cooperative(session))
        preview_pdf(data, self.tr("Nettoyage et hygiène"), "hygiene.pdf", self)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = checklists.list_templates(session, self.kind.currentData())
        self.items.clear()
        for row in rows:
            item = QListWidgetItem(row.text)
            item.setData(ITEM_ID, row.id)
            self.items.addItem(item)
        self._picked()

    def _picked(self, *_args) -> None:
        item = self.items.currentItem()
        self.rename_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        if item is not None:
            self.text.setText(item.text())

    def _run(self, action) -> bool:
        self.errors.clear()
        try:
            with self.ctx.db.session() as session:
                action(session)
        except ValidationError as error:
            self.errors.show(error)
            return False
        self.ctx.changed(Area.TODAY)
        self.refresh()
        return True

    def add_line(self) -> None:
        kind, text = self.kind.currentData(), self.text.text()
        if self._run(lambda s: checklists.add_template_item(s, kind, text)):
            self.text.clear()

    def rename_line(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            item_id, text = item.data(ITEM_ID), self.text.text()
            self._run(lambda s: checklists.rename_template_item(s, item_id, text))

    def remove_line(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retirer"),
            fill(
                self.tr("Retirer « {text} » de la liste ? Les jours déjà cochés le gardent."),
                text=item.text(),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            item_id = item.data(ITEM_ID)
            self._run(lambda s: checklists.set_template_item_active(s, item_id, False))
