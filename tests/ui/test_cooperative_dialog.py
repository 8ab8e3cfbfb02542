"""The cooperative's settings dialog: the legal particulars typed, checked at their field, saved."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from app.services.people import cooperative
from app.ui.cooperative_dialog import CooperativeDialog
from tests.ui.helpers import type_text


def test_typed_legal_particulars_are_checked_then_saved(qtbot, db):
    def save(info):
        with db.session() as session:
            return cooperative.save_cooperative(session, info)

    dialog = CooperativeDialog(save, None)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.findChild(QLineEdit, "name"), "Coopér'Actives")
    status = dialog.findChild(QComboBox, "vat_status")
    status.setCurrentIndex(status.findData("franchise"))
    type_text(qtbot, dialog.findChild(QLineEdit, "bce_number"), "0123456749")
    iban = dialog.findChild(QLineEdit, "iban")
    type_text(qtbot, iban, "BE68 5390 0754 7035")
    type_text(qtbot, dialog.findChild(QLineEdit, "signatory_name"), "Nadia Boudiaf")
    type_text(qtbot, dialog.findChild(QLineEdit, "signatory_function"), "Coordinatrice")

    dialog.accept()
    assert "IBAN" in dialog.errors.message_for("iban")
    with db.session() as session:
        assert cooperative.get_cooperative(session) is None  # nothing written

    iban.clear()
    type_text(qtbot, iban, "BE68 5390 0754 7034")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as session:
        saved = cooperative.get_cooperative(session)
    assert saved.vat_franchise and saved.bce_number == "0123.456.749"
    assert saved.iban == "BE68 5390 0754 7034"
    assert (saved.signatory_name, saved.signatory_function) == ("Nadia Boudiaf", "Coordinatrice")
