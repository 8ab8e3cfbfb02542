"""The "Fermetures et prérequis" page of the Schedule tab: closures, prerequisite rules, modules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from app.i18n import fill, format_date, labelled
from app.services.schedule import modules, prerequisites, term
from app.ui.areas import Area
from app.ui.schedule.commands import AddPrerequisite, DeleteClosure, RemovePrerequisite
from app.ui.schedule.dialogs import ModuleDialog, PrerequisiteDialog
from app.ui.widgets import button


class RulesPage(QWidget):
    def __init__(self, ctx, add_closure, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("schedule_rules")
        self.closures = QListWidget()
        self.closures.setObjectName("closures_list")
        self.closures.setAccessibleName(QCoreApplication.translate("Schedule", "Fermetures"))
        self.rules = QListWidget()
        self.rules.setObjectName("prerequisites_list")
        self.rules.setAccessibleName(QCoreApplication.translate("Schedule", "Prérequis"))
        self.add_closure_button = button(
            QCoreApplication.translate("Schedule", "Nouvelle fermeture…"),
            "add_closure",
            add_closure,
            tall=True,
        )
        self.delete_closure_button = button(
            QCoreApplication.translate("Schedule", "Supprimer la fermeture"),
            "delete_closure",
            self.delete_closure,
            tall=True,
        )
        self.add_rule_button = button(
            QCoreApplication.translate("Schedule", "Nouveau prérequis…"),
            "add_prerequisite",
            self.add_rule,
            tall=True,
        )
        self.delete_rule_button = button(
            QCoreApplication.translate("Schedule", "Supprimer le prérequis"),
            "delete_prerequisite",
            self.delete_rule,
            tall=True,
        )
        self.add_module_button = button(
            QCoreApplication.translate("Schedule", "Nouveau module…"),
            "add_module",
            self.add_module,
            tall=True,
        )
        grid = QGridLayout(self)
        grid.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Schedule", "Jours de fermeture (les jours fériés belges sont connus)"
                )
            ),
            0,
            0,
        )
        grid.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Schedule", "Prérequis : ce qu'il faut avoir suivi avant"
                )
            ),
            0,
            1,
        )
        grid.addWidget(self.closures, 1, 0)
        grid.addWidget(self.rules, 1, 1)
        left = QHBoxLayout()
        left.addWidget(self.add_closure_button)
        left.addWidget(self.delete_closure_button)
        left.addStretch(1)
        right = QHBoxLayout()
        right.addWidget(self.add_rule_button)
        right.addWidget(self.delete_rule_button)
        right.addWidget(self.add_module_button)
        right.addStretch(1)
        grid.addLayout(left, 2, 0)
        grid.addLayout(right, 2, 1)

    def show_rules(
        self, closures: list[term.ClosureInfo], rules: list[prerequisites.PrerequisiteInfo]
    ) -> None:
        self.closures.clear()
        for closure in closures:
            days = format_date(closure.start_date)
            if closure.end_date != closure.start_date:
                days = fill(
                    QCoreApplication.translate("Schedule", "{start} → {end}"),
                    start=days,
                    end=format_date(closure.end_date),
                )
            scope = (
                QCoreApplication.translate("Schedule", "toutes les cohortes")
                if closure.cohort_id is None
                else QCoreApplication.translate("Schedule", "cette cohorte")
            )
            reason = closure.reason or QCoreApplication.translate("Schedule", "fermé")
            item = QListWidgetItem(
                labelled(
                    days,
                    fill(
                        QCoreApplication.translate("Schedule", "{reason} ({scope})"),
                        reason=reason,
                        scope=scope,
                    ),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, closure)
            self.closures.addItem(item)
        self.rules.clear()
        for rule in rules:
            item = QListWidgetItem(rule.sentence)
            item.setData(Qt.ItemDataRole.UserRole, rule)
            self.rules.addItem(item)

    def delete_closure(self) -> None:
        item = self.closures.currentItem()
        if item is None:
            return
        closure = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Schedule", "Supprimer"),
            fill(
                QCoreApplication.translate("Schedule", "Supprimer la fermeture « {text} » ?"),
                text=item.text(),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as session:
            term.delete_closure(session, closure.id)
        self.ctx.undo_stack.push(DeleteClosure(self.ctx, closure))
        self.ctx.changed(Area.SCHEDULE)

    def add_rule(self) -> None:
        with self.ctx.db.session() as session:
            catalogue = modules.list_modules(session)

        def save(typed):
            with self.ctx.db.session() as session:
                return prerequisites.add_prerequisite(session, *typed)

        dialog = PrerequisiteDialog(save, catalogue, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddPrerequisite(self.ctx, dialog.result_value))
            self.ctx.changed(Area.SCHEDULE)

    def delete_rule(self) -> None:
        item = self.rules.currentItem()
        if item is None:
            return
        rule = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Schedule", "Supprimer"),
            fill(
                QCoreApplication.translate("Schedule", "Supprimer la règle « {text} » ?"),
                text=rule.sentence,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as session:
            prerequisites.remove_prerequisite(session, rule.id)
        self.ctx.undo_stack.push(RemovePrerequisite(self.ctx, rule))
        self.ctx.changed(Area.SCHEDULE)

    def add_module(self) -> None:
        def save(typed):
            with self.ctx.db.session() as session:
                return modules.create_module(session, typed[0], typed[1])

        dialog = ModuleDialog(save, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.changed(Area.SCHEDULE)
