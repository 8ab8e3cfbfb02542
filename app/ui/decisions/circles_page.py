"""The thematic circles of the cohort: the list (name, members, lead) on the left, the selected
circle on the right (app/ui/decisions/circle_details.py); a new circle, its edit, its move to the
trash and its printed sheet. Every change is undoable on the tab's stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.circles import circles
from app.services.circles.circles import CircleInfo
from app.services.circles.suggestions import suggest_members
from app.services.decisions.register import cohort_members
from app.ui.areas import Area
from app.ui.decisions.circle_commands import AddCircle, EditCircle
from app.ui.decisions.circle_details import CircleDetails
from app.ui.row_model import Column, RowModel
from app.ui.table_view import read_only_table, select_key, select_row, selected_row, sorted_proxy
from app.ui.widgets import button, hbox


def circles_model(parent=None) -> RowModel:
    return RowModel(
        [
            Column(QCoreApplication.translate("Circles", "Cercle"), lambda c: c.name),
            Column(
                QCoreApplication.translate("Circles", "Membres"),
                lambda c: len(c.members),
                right=True,
            ),
            Column(QCoreApplication.translate("Circles", "Animatrice"), lambda c: c.lead_name),
        ],
        parent=parent,
    )


class CirclesPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("circles_page")
        intro = QLabel(
            self.tr(
                "Un cercle prépare et fait un travail pour le groupe : il décide seul ce que "
                "son mandat lui donne, il apporte le reste au groupe."
            )
        )
        intro.setWordWrap(True)
        self.model = circles_model(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = read_only_table("circles_table", self.tr("Cercles"), self.proxy, sortable=True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = button(
            self.tr("Nouveau cercle"), "add_circle", self.add_circle, tall=True
        )
        self.edit_button = button(self.tr("Modifier"), "edit_circle", self.edit_selected, tall=True)
        self.delete_button = button(
            self.tr("Supprimer"), "delete_circle", self.delete_selected, tall=True
        )
        self.print_button = button(
            self.tr("Imprimer la fiche"), "print_circle", self.print_sheet, tall=True
        )
        self.details = CircleDetails(ctx, self)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(hbox(self.add_button, self.edit_button, margins=False))
        left.addLayout(hbox(self.delete_button, self.print_button, margins=False))
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.details, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)

    def refresh(self, select_id: int | None = None) -> None:
        selected = self.selected()
        cohort_id = self.ctx.cohort_id
        if cohort_id is None:
            rows = []
        else:
            with self.ctx.db.session() as session:
                rows = circles.list_circles(session, cohort_id)
        self.model.set_rows(rows)
        wanted = select_id or (selected.id if selected else None)
        if not (wanted and select_key(self.table, self.proxy, self.model, wanted)) and rows:
            select_row(self.table, 0)
        self._show_selected()

    def selected(self) -> CircleInfo | None:
        return selected_row(self.table, self.proxy, self.model)

    def _show_selected(self) -> None:
        circle = self.selected()
        self.details.show_circle(circle)
        self.add_button.setEnabled(self.ctx.cohort_id is not None)
        for push in (self.edit_button, self.delete_button, self.print_button):
            push.setEnabled(circle is not None)

    def _dialog(self, save, cohort_id: int, circle: CircleInfo | None):
        from app.ui.decisions.circle_dialog import CircleDialog

        with self.ctx.db.session() as session:
            members = cohort_members(session, cohort_id)

        def suggest(name: str, alone: str, group: str):
            with self.ctx.db.session() as session:
                return suggest_members(
                    session, cohort_id, name, alone, group, circle.id if circle else None
                )

        return CircleDialog(save, cohort_id, members, suggest, circle, parent=self)

    def add_circle(self) -> None:
        cohort_id = self.ctx.cohort_id
        if cohort_id is None:
            return

        def save(data):
            with self.ctx.db.session() as session:
                return circles.create_circle(session, data)

        dialog = self._dialog(save, cohort_id, None)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddCircle(self.ctx, dialog.result_value))
            self.ctx.changed(Area.CIRCLES)
            self.refresh(dialog.result_value.id)

    def edit_selected(self) -> None:
        circle = self.selected()
        if circle is None:
            return

        def save(data):
            with self.ctx.db.session() as session:
                return circles.update_circle(session, circle.id, data)

        dialog = self._dialog(save, circle.cohort_id, circle)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(
                EditCircle(self.ctx, circle.id, circle.as_input(), dialog.result_value.as_input())
            )
            self.ctx.changed(Area.CIRCLES)

    def delete_selected(self) -> None:
        from app.services.safety.trash import move_to_trash
        from app.ui.safety.delete_action import confirm_and_trash

        circle = self.selected()
        if circle is None:
            return
        confirm_and_trash(
            self.ctx,
            self,
            circle.name,
            lambda session: move_to_trash(session, "circle", circle.id, circle.name),
            Area.CIRCLES,
        )

    def print_sheet(self) -> None:
        from app.printing.circle_sheet import circle_sheet_pdf
        from app.ui.pdf_preview import preview_pdf

        circle = self.selected()
        if circle is None:
            return
        with self.ctx.db.session() as session:
            pdf = circle_sheet_pdf(session, circle.id)
        preview_pdf(pdf, self.tr("Fiche du cercle"), "fiche-cercle.pdf", self)
