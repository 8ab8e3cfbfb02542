"""A new order's conditions are a text of the quote (a document for the customer): they start in
the quote's language, from the catalogue, whatever the interface's language."""

from __future__ import annotations

from app import i18n
from app.services.menus.orders import OrderInput, default_conditions


def test_conditions_start_in_the_quotes_language_not_the_interfaces():
    before = i18n._translate
    i18n.install_translator(lambda context, text: "ARABIC")  # the interface in another language
    try:
        french = default_conditions()
        order = OrderInput("Traiteur", None, ())
    finally:
        i18n.install_translator(before)
    assert french.startswith("Acompte de 30 % à la confirmation.")
    assert order.conditions == french
    assert default_conditions("nl").startswith("Voorschot van 30 %")
    assert default_conditions("en").startswith("30% deposit on confirmation.")
