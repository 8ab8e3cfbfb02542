"""A new sub-group of the cohort: its name and its members (ticked in the list). A sub-group with
no member ticked is refused at the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QListWidget, QListWidgetItem

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
