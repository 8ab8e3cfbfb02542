"""The cooperative's legal particulars: BCE numbers and IBANs checked as the bank does, kept in the
settings beside the cooperative's identity."""

from __future__ import annotations

import pytest

from app.services.errors import ValidationError
from app.services.people.cooperative import CooperativeInfo, get_cooperative, save_cooperative
from app.services.people.legal_numbers import bce_number, iban


def test_bce_number_is_printed_with_dots_and_checked_modulo_97():
    # 97 − (01234567 mod 97) = 49
    assert bce_number("0123456749") == "0123.456.749"
    assert bce_number("BE 0123.456.749") == "0123.456.749"
    assert bce_number("123456749") == "0123.456.749"  # the old nine-digit form
    assert bce_number("  ") == ""
    with pytest.raises(ValidationError) as error:
        bce_number("0123.456.748")
    assert error.value.field == "bce_number"
    with pytest.raises(ValidationError):
        bce_number("12-34")


def test_iban_is_printed_in_groups_of_four_and_checked_modulo_97():
    assert iban("be68539007547034") == "BE68 5390 0754 7034"
    assert iban("") == ""
    with pytest.raises(ValidationError) as error:
        iban("BE68 5390 0754 7035")
    assert error.value.field == "iban"
    with pytest.raises(ValidationError):
        iban("5390 0754 7034")


def test_legal_particulars_are_saved_with_the_cooperative(session):
    info = CooperativeInfo(
        name="Coopér'Actives",
        vat_status="franchise",
        bce_number="0123456749",
        rpm="RPM Liège, division Liège",
        iban="BE68539007547034",
        signatory_name="Nadia Boudiaf",
        signatory_function="Coordinatrice",
    )
    saved = save_cooperative(session, info)
    assert saved.vat_franchise
    assert saved.bce_number == "0123.456.749" and saved.iban == "BE68 5390 0754 7034"
    assert get_cooperative(session) == saved
    assert saved.signatory_name == "Nadia Boudiaf" and saved.rpm == "RPM Liège, division Liège"


def test_a_wrong_iban_writes_nothing(session):
    save_cooperative(session, CooperativeInfo(name="Coopér'Actives"))
    with pytest.raises(ValidationError):
        save_cooperative(session, CooperativeInfo(name="Autre nom", iban="BE00 0000 0000 0000"))
    kept = get_cooperative(session)
    assert kept.name == "Coopér'Actives" and kept.iban == ""
    assert kept.vat_status == "subject"
