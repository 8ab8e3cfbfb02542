"""The columns of the directory's two tables: organisations and outside people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.row_model import Column, RowModel


def organisations_model(parent=None) -> RowModel:
    t = QCoreApplication.translate
    return RowModel(
        [
            Column(t("DirectoryModel", "Nom"), lambda o: o.name),
            Column(t("DirectoryModel", "Type"), lambda o: o.kind_label),
            Column(t("DirectoryModel", "Téléphone"), lambda o: o.phone),
            Column(t("DirectoryModel", "Commandes"), lambda o: o.order_count or "", right=True),
        ],
        parent=parent,
    )


def contacts_model(parent=None) -> RowModel:
    t = QCoreApplication.translate
    return RowModel(
        [
            Column(t("DirectoryModel", "Nom"), lambda c: c.full_name),
            Column(t("DirectoryModel", "Rôle"), lambda c: c.role_label),
            Column(t("DirectoryModel", "Organisation"), lambda c: c.organisation_name),
            Column(t("DirectoryModel", "Téléphone"), lambda c: c.phone),
        ],
        parent=parent,
    )
