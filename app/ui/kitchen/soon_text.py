"""The lines of the "soon out of date" list, shown on Today and at the top of the Stock window: the
product or ingredient, its lot, what is left and its date, past dates said so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import fill, format_date
from app.services.kitchen.stock_rules import SoonOutOfDate
from app.services.units import format_decimal, quantity_with_unit


def soon_line(item: SoonOutOfDate) -> str:
    left = (
        quantity_with_unit(item.on_hand, item.unit)
        if item.unit
        else format_decimal(item.on_hand, 0)
    )
    if item.past:
        sentence = QCoreApplication.translate(
            "Stock", "{name}, lot {lot} : {left} en stock, PÉRIMÉ depuis le {date}"
        )
    else:
        sentence = QCoreApplication.translate(
            "Stock", "{name}, lot {lot} : {left} en stock, date {date}"
        )
    return fill(sentence, name=item.name, lot=item.lot, left=left, date=format_date(item.date))


def soon_text(items: list[SoonOutOfDate], most: int | None = None) -> str:
    """The heading and one line per lot; beyond `most` lines, how many more there are."""
    shown = items if most is None else items[:most]
    lines = [QCoreApplication.translate("Stock", "Bientôt périmés (ou périmés) :")]
    lines += ["• " + soon_line(item) for item in shown]
    if len(items) > len(shown):
        lines.append(
            QCoreApplication.translate(
                "Stock", "… et %n autre(s) : voir « Stock et lots… »", "", len(items) - len(shown)
            )
        )
    return "\n".join(lines)
