"""The columns of the people table over the PersonInfo rows a service returned; inactive people
in grey."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import fill, format_date
from app.services.people.members import PersonInfo
from app.ui.row_model import INACTIVE_COLOR, Column, RowModel
from app.vocab.people import in_gender


def _status(person: PersonInfo) -> str:
    t = QCoreApplication.translate
    if not person.active:
        return in_gender(person.gender, t("PeopleModel", "Inactive"), t("PeopleModel", "Inactif"))
    if person.left_on:
        left = in_gender(
            person.gender, t("PeopleModel", "Partie le {date}"), t("PeopleModel", "Parti le {date}")
        )
        return fill(left, date=format_date(person.left_on))
    return in_gender(person.gender, t("PeopleModel", "Active"), t("PeopleModel", "Actif"))


def _columns() -> list[Column]:
    t = QCoreApplication.translate
    return [
        Column(t("PeopleModel", "Prénom"), lambda p: p.first_name),
        Column(t("PeopleModel", "Nom"), lambda p: p.last_name),
        Column(t("PeopleModel", "Rôle"), lambda p: p.role_label),
        Column(t("PeopleModel", "Pays d'origine"), lambda p: p.country_label()),
        Column(t("PeopleModel", "Langues"), lambda p: p.languages),
        Column(t("PeopleModel", "Téléphone"), lambda p: p.phone),
        Column(t("PeopleModel", "Statut"), _status),
    ]


def people_model(parent=None) -> RowModel:
    return RowModel(
        _columns(),
        row_color=lambda person: None if person.active else INACTIVE_COLOR,
        parent=parent,
    )
