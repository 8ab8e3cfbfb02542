"""Two small editors opened from the Rotation tab: the checklist templates per kind of day, and
the thematic circles with their members. Each change is saved at once (one unit of work)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from app.i18n import fill
from app.services.delegate import checklists, circles
from app.services.errors import ValidationError
from app.services.people import members
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


class CirclesDialog(QDialog):
    """Create circles and tick who belongs to each (members of the current cohort)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("circles_dialog")
        self.setWindowTitle(self.tr("Cercles thématiques"))
        self.resize(chars(80), lines(26.2))
        intro = QLabel(
            self.tr(
                "Facultatif : des petits groupes pour les achats, la cuisine, la vente, "
                "la communication, la comptabilité. Les tâches peuvent en porter un."
            )
        )
        intro.setWordWrap(True)
        self.circle_list = QListWidget()
        self.circle_list.setObjectName("circle_list")
        self.circle_list.setAccessibleName(self.tr("Cercles"))
        self.circle_list.currentRowChanged.connect(self._show_members)
        self.member_list = QListWidget()
        self.member_list.setObjectName("circle_members")
        self.member_list.setAccessibleName(self.tr("Membres du cercle"))
        self.member_list.itemChanged.connect(self._member_ticked)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setAccessibleName(self.tr("Nom du nouveau cercle"))
        self.name.setPlaceholderText(self.tr("Nom du nouveau cercle"))
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        error_label = self.errors.add("name", self.name)
        add = button(self.tr("Créer le cercle"), "add_circle", self.add_circle, tall=True)
        close = button(self.tr("Fermer"), "close", self.accept, tall=True)
        lists = QHBoxLayout()
        lists.addWidget(self.circle_list, 1)
        lists.addWidget(self.member_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(add)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(lists, 1)
        layout.addLayout(row)
        layout.addWidget(error_label)
        layout.addWidget(self.general_error)
        self.circles: list = []
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        current = self.circle_list.currentRow()
        with self.ctx.db.session() as session:
            self.circles = circles.list_circles(session)
            self.people = [
                (p.id, p.first_name)
                for p in members.list_people(session, self.ctx.cohort_id)
                if p.role == "member"
            ]
        self.circle_list.blockSignals(True)
        self.circle_list.clear()
        for circle in self.circles:
            self.circle_list.addItem(f"{circle.name} ({len(circle.member_ids)})")
        self.circle_list.blockSignals(False)
        ids = [c.id for c in self.circles]
        row = ids.index(select_id) if select_id in ids else max(0, min(current, len(ids) - 1))
        if ids:
            self.circle_list.setCurrentRow(row)
        self._show_members()

    def _current(self):
        row = self.circle_list.currentRow()
        return self.circles[row] if 0 <= row < len(self.circles) else None

    def _show_members(self, *_args) -> None:
        circle = self._current()
        self.member_list.blockSignals(True)
        self.member_list.clear()
        if circle is not None:
            for person_id, name in self.people:
                item = QListWidgetItem(name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if person_id in circle.member_ids
                    else Qt.CheckState.Unchecked
                )
                item.setData(ITEM_ID, person_id)
                self.member_list.addItem(item)
        self.member_list.blockSignals(False)

    def _member_ticked(self, _item) -> None:
        circle = self._current()
        if circle is None:
            return
        shown = {self.member_list.item(i).data(ITEM_ID) for i in range(self.member_list.count())}
        ticked = {
            self.member_list.item(i).data(ITEM_ID)
            for i in range(self.member_list.count())
            if self.member_list.item(i).checkState() == Qt.CheckState.Checked
        }
        # members of other cohorts stay in the circle
        keep = [p for p in circle.member_ids if p not in shown]
        with self.ctx.db.session() as session:
            circles.set_members(session, circle.id, sorted(set(keep) | ticked))
        self.ctx.changed(Area.CIRCLES)
        self.refresh(circle.id)

    def add_circle(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.db.session() as session:
                made = circles.create_circle(session, self.name.text())
        except ValidationError as error:
            self.errors.show(error)
            return
        self.name.clear()
        self.ctx.changed(Area.CIRCLES)
        self.refresh(made.id)
