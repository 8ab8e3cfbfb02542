"""Undoable changes to the directory (Edit > Undo / Redo): adding and editing an organisation or
an outside person, pairing a mentor with a member. Each runs one unit of work through a service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import fill
from app.services.directory import contacts, mentors, organisations
from app.services.directory.contacts import ContactInfo, ContactInput
from app.services.directory.mentors import Pairing
from app.services.directory.organisations import OrganisationInfo, OrganisationInput
from app.ui.areas import Area
from app.ui.undo import DoneCommand


class _DirectoryCommand(DoneCommand):
    area = Area.DIRECTORY


class AddOrganisation(_DirectoryCommand):
    def __init__(self, ctx, organisation: OrganisationInfo):
        t = QCoreApplication.translate
        super().__init__(ctx, fill(t("Directory", "ajout de {name}"), name=organisation.name))
        self.organisation = organisation

    def _apply(self, session) -> None:
        self.organisation = organisations.create_organisation(session, self.organisation.as_input())

    def _revert(self, session) -> None:
        organisations.delete_organisation(session, self.organisation.id)


class EditOrganisation(_DirectoryCommand):
    def __init__(
        self, ctx, organisation_id: int, before: OrganisationInput, after: OrganisationInput
    ):
        t = QCoreApplication.translate
        super().__init__(ctx, fill(t("Directory", "modification de {name}"), name=after.name))
        self.organisation_id, self.before, self.after = organisation_id, before, after

    def _apply(self, session) -> None:
        organisations.update_organisation(session, self.organisation_id, self.after)

    def _revert(self, session) -> None:
        organisations.update_organisation(session, self.organisation_id, self.before)


class AddContact(_DirectoryCommand):
    def __init__(self, ctx, contact: ContactInfo):
        t = QCoreApplication.translate
        super().__init__(ctx, fill(t("Directory", "ajout de {name}"), name=contact.full_name))
        self.contact = contact

    def _apply(self, session) -> None:
        self.contact = contacts.create_contact(session, self.contact.as_input())

    def _revert(self, session) -> None:
        contacts.delete_contact(session, self.contact.id)


class EditContact(_DirectoryCommand):
    def __init__(self, ctx, contact_id: int, before: ContactInput, after: ContactInput):
        t = QCoreApplication.translate
        super().__init__(ctx, fill(t("Directory", "modification de {name}"), name=after.first_name))
        self.contact_id, self.before, self.after = contact_id, before, after

    def _apply(self, session) -> None:
        contacts.update_contact(session, self.contact_id, self.after)

    def _revert(self, session) -> None:
        contacts.update_contact(session, self.contact_id, self.before)


class PairMentor(_DirectoryCommand):
    def __init__(self, ctx, pairing: Pairing):
        t = QCoreApplication.translate
        super().__init__(
            ctx,
            fill(
                t("Directory", "{mentor} accompagne {member}"),
                mentor=pairing.mentor_name,
                member=pairing.member_name,
            ),
        )
        self.pairing = pairing

    def _apply(self, session) -> None:
        p = self.pairing
        self.pairing = mentors.pair(session, p.cohort_id, p.mentor_id, p.person_id, p.notes)

    def _revert(self, session) -> None:
        mentors.unpair(session, self.pairing.id)
