"""Choose the backup to restore: the automatic backups listed by date, or any other file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.config import backup_dir_for
from app.i18n import fill, format_datetime
from app.services.safety import backup
from app.ui.style import chars, lines
from app.ui.widgets import button


class RestoreDialog(QDialog):
    """`chosen` holds the file picked (None when cancelled)."""

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = db_path
        self.chosen: Path | None = None
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(chars(74), lines(25))
        intro = QLabel(
            self.tr("Choisissez la sauvegarde à remettre. Les données actuelles seront gardées.")
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        self.list.setAccessibleName(self.tr("Sauvegardes"))
        self.list.setSpacing(4)
        for info in backup.list_backups(db_path):
            text = fill(
                self.tr("{when} — {reason}"),
                when=format_datetime(info.taken_at),
                reason=info.reason_label,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.choose_selected())
        self.empty = QLabel(self.tr("Aucune sauvegarde automatique pour l'instant."))
        self.empty.setVisible(self.list.count() == 0)
        self.restore_button = button(
            self.tr("Restaurer celle-ci"), "restore_selected", self.choose_selected, tall=True
        )
        self.restore_button.setEnabled(self.list.count() > 0)
        self.restore_button.setDefault(True)
        other = button(
            self.tr("Autre fichier (clé USB)…"), "other_file", self.choose_other, tall=True
        )
        cancel = button(self.tr("Annuler"), "cancel", self.reject, tall=True)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(other)
        row.addStretch(1)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)

    def choose_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def ask_other_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir la sauvegarde à restaurer"),
            str(backup_dir_for(self.db_path)),
            self.tr("Sauvegardes Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)"),
        )
        return path

    def choose_other(self) -> None:
        path = self.ask_other_file()
        if path:
            self.chosen = Path(path)
            self.accept()

    @classmethod
    def ask(cls, db_path: Path, parent=None) -> Path | None:
        dialog = cls(db_path, parent)
        dialog.exec()
        return dialog.chosen
