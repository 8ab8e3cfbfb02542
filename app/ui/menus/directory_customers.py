"""The directory as the order form's source of customers (`CustomerSource`): its organisations,
a customer's past orders, and "Nouveau client…" through the directory's own dialog (announced,
undoable on the Menus tab's stack)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.i18n import fill, format_date
from app.services.directory import organisations
from app.services.menus.customers import orders_of
from app.ui.areas import Area
from app.ui.menus.customer_picker import CustomerChoice, CustomerSource
from app.ui.people.directory_commands import AddOrganisation
from app.ui.people.directory_dialogs import OrganisationDialog
from app.vocab.directory import OrganisationKind


def directory_customers(ctx) -> CustomerSource:
    def choices() -> list[CustomerChoice]:
        with ctx.db.session() as session:
            rows = organisations.list_organisations(session)
        return [CustomerChoice(row.id, row.name, row.address) for row in rows]

    def past_orders(organisation_id: int) -> list[str]:
        with ctx.db.session() as session:
            rows = orders_of(session, organisation_id)
        return [
            fill(
                QCoreApplication.translate("DirectoryCustomers", "{date} ({status})"),
                date=format_date(row.event_date),
                status=row.status_label,
            )
            for row in rows
        ]

    def new_customer(parent: QWidget, name: str) -> CustomerChoice | None:
        def save(data):
            with ctx.db.session() as session:
                return organisations.create_organisation(session, data)

        dialog = OrganisationDialog(save, parent=parent)
        dialog.setWindowTitle(QCoreApplication.translate("DirectoryCustomers", "Nouveau client"))
        dialog.name.setText(name)
        dialog.kind.setCurrentIndex(dialog.kind.findData(OrganisationKind.CUSTOMER.value))
        if not dialog.exec() or dialog.result_value is None:
            return None
        created = dialog.result_value
        ctx.undo_stack.push(AddOrganisation(ctx, created))
        ctx.changed(Area.DIRECTORY)
        return CustomerChoice(created.id, created.name, created.address)

    return CustomerSource(choices, past_orders, new_customer)
