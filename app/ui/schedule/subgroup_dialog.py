"""Sub-groups of the cohort: a new one with its name and its members (ticked in the list; none
ticked is refused at the list), and the choice of one to rename or to delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
)

from app.ui.dialogs import FormDialog


class SubgroupDialog(FormDialog):
    def __init__(self, save, members: list[tuple[int, str]], parent=None):
        super().__init__(save, parent)
        self.setObjectName("subgroup_dialog")
        self.setWindowTitle(self.tr("Nouveau sous-groupe"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Par exemple : Informatique A"))
        self.members = QListWidget()
        for person_id, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("name", self.tr("Nom *"), self.name),
                ("members", self.tr("Ses membres *"), self.members),
            ),
        )
        self.lay_out(form)

    def checked_ids(self) -> list[int]:
        return [
            self.members.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.members.count())
            if self.members.item(row).checkState() == Qt.CheckState.Checked
        ]

    def typed(self):
        return self.name.text(), self.checked_ids()


class SubgroupChoiceDialog(FormDialog):
    """A sub-group of the cohort, chosen in a list, to rename (its new name typed over the old
    one) or to delete (a refusal, when mornings still use it, shows under the list)."""

    def __init__(self, save, subgroups: list[tuple[int, str]], renaming: bool, parent=None):
        super().__init__(save, parent)
        self.setObjectName("subgroup_choice_dialog")
        self.subgroup = QComboBox()
        for subgroup_id, name in subgroups:
            self.subgroup.addItem(name, subgroup_id)
        self.name = QLineEdit()
        rows = [("subgroup_id", self.tr("Sous-groupe"), self.subgroup)]
        if renaming:
            self.setWindowTitle(self.tr("Renommer un sous-groupe"))
            self.subgroup.currentIndexChanged.connect(
                lambda _index: self.name.setText(self.subgroup.currentText())
            )
            self.name.setText(self.subgroup.currentText())
            rows.append(("name", self.tr("Nouveau nom *"), self.name))
        else:
            self.setWindowTitle(self.tr("Supprimer un sous-groupe"))
        form = QFormLayout()
        self.add_rows(form, rows)
        self.lay_out(form)
        if not renaming:
            save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            save_button.setText(self.tr("Supprimer…"))

    def typed(self):
        return self.subgroup.currentData(), self.name.text()
