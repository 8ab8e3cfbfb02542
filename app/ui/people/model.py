"""A read-only table model over the PersonInfo rows a service returned."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n import format_date
from app.services.people.members import PersonInfo


def _columns() -> list[str]:
    t = QCoreApplication.translate
    return [
        t("PeopleModel", "Prénom"),
        t("PeopleModel", "Nom"),
        t("PeopleModel", "Rôle"),
        t("PeopleModel", "Pays d'origine"),
        t("PeopleModel", "Langues"),
        t("PeopleModel", "Téléphone"),
        t("PeopleModel", "Statut"),
    ]


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PersonInfo] = []
        self._headers = _columns()

    def set_rows(self, rows: list[PersonInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def person_at(self, row: int) -> PersonInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        for row, person in enumerate(self._rows):
            if person.id == person_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None

    def _display(self, person: PersonInfo, column: int) -> str:
        t = QCoreApplication.translate
        if column == 6:
            if not person.active:
                return t("PeopleModel", "Inactive")
            if person.left_on:
                return t("PeopleModel", "Partie le {date}").format(date=format_date(person.left_on))
            return t("PeopleModel", "Active")
        values = (
            person.first_name,
            person.last_name,
            person.role_label,
            person.country_label(),
            person.languages,
            person.phone,
        )
        return values[column] if 0 <= column < len(values) else ""
