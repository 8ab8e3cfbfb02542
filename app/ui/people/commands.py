"""Undoable changes to people (Edit > Undo / Redo). Each runs one unit of work through a service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import fill
from app.services.people import members as people
from app.services.people.members import PersonInfo, PersonInput
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand


class _PeopleCommand(DoneCommand):
    area = Area.PEOPLE


class AddPerson(_PeopleCommand):
    def __init__(self, ctx: AppContext, person: PersonInfo, cohort_id: int | None):
        t = QCoreApplication.translate
        super().__init__(ctx, fill(t("Members", "ajout de {name}"), name=person.full_name))
        self.person = person
        self.cohort_id = cohort_id

    def _apply(self, session) -> None:
        self.person = people.create_person(session, self.person.as_input(), self.cohort_id)

    def _revert(self, session) -> None:
        people.delete_person(session, self.person.id)


class EditPerson(_PeopleCommand):
    def __init__(self, ctx: AppContext, person_id: int, before: PersonInput, after: PersonInput):
        t = QCoreApplication.translate
        super().__init__(ctx, fill(t("Members", "modification de {name}"), name=after.first_name))
        self.person_id, self.before, self.after = person_id, before, after

    def _apply(self, session) -> None:
        people.update_person(session, self.person_id, self.after)

    def _revert(self, session) -> None:
        people.update_person(session, self.person_id, self.before)


class SetActive(_PeopleCommand):
    def __init__(self, ctx: AppContext, person: PersonInfo, active: bool):
        t = QCoreApplication.translate
        text = (
            t("Members", "réactivation de {name}")
            if active
            else t("Members", "désactivation de {name}")
        )
        super().__init__(ctx, text.format(name=person.full_name))
        self.person_id, self.active = person.id, active

    def _apply(self, session) -> None:
        people.set_active(session, self.person_id, self.active)

    def _revert(self, session) -> None:
        people.set_active(session, self.person_id, not self.active)
