"""Cooperative-wide settings with typed defaults, stored as JSON in the `setting` table.

Declare a setting once in DEFAULTS (key -> default value); read with `get_setting`, write with
`set_setting`. Values are JSON-serialisable (numbers, strings, lists, dicts). `read_settings`
reads through the table, on a session or a Core connection (app/services/tables.py): a command
that only reads settings imports neither the ORM nor the model.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.services.tables import SETTING, flush_pending

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.tables import Reader

DEFAULTS: dict[str, Any] = {
    # VAT rates in basis points (600 = 6 %), editable by the coordinator.
    "vat.food_bp": 600,
    "vat.catering_bp": 1200,
    "vat.standard_bp": 2100,
    # Sales: VAT rate for food (the "vat.food_bp" rate) when sold in these formats, where the
    # cooperative serves a meal (restaurant / catering service, 12 % in Belgium). Other rates stay.
    "sales.vat_by_format": {"catering": 1200, "brunch": 1200},
    # The cooperative's legal particulars, printed on quotes and attestations (see
    # people/legal_numbers.py): VAT status ("subject" or "franchise": the small-business franchise,
    # no VAT charged), company number (BCE), register of legal persons (RPM, "RPM Liège, division
    # Liège"), bank account for transfers, and who signs (name and function).
    "cooperative.vat_status": "subject",
    "cooperative.bce_number": "",
    "cooperative.rpm": "",
    "cooperative.iban": "",
    "cooperative.signatory_name": "",
    "cooperative.signatory_function": "",
    # Target food cost as a percentage of the price excluding VAT (menus, costing).
    "costing.target_food_cost_percent": 30,
    # Weekdays of the delegate rotation when a cohort has no schedule (0 = Monday).
    "delegate.weekdays": [0, 1, 3],
    # The coordinator's PIN for evaluations (salted scrypt hash, see evaluation_pin.py), and the
    # count of wrong tries with the end of the one-minute block.
    "evaluations.pin": None,
    # The organisation's PostgreSQL server last published to (File › Publish), without password.
    "network.server_url": "",
    "evaluations.pin_failures": {"count": 0},
    # Schedule: hours of theory a cohort aims for; the rest of its hours is practice.
    "schedule.target_theory_hours": 45,
    # Labels: the cooperative's own sheet templates (list of dicts, see label_templates), a printer
    # offset in mm per template id ({"L7160": [right, down]}), the last print job's choices.
    # The first sheet offered is L7163 (14 labels of 99 × 38 mm): a product with a long list of
    # ingredients (the energy balls) does not fit the smaller L7160 at the legal letter size.
    "labels.custom_templates": [],
    "labels.printer_offsets": {},
    "labels.last_template": "L7163",
    "labels.last_date": "",
}


def get_setting(session: Session, key: str) -> Any:
    from app.models.settings import Setting

    row = session.get(Setting, key)
    if row is None:
        if key not in DEFAULTS:
            raise KeyError(key)
        return DEFAULTS[key]
    return json.loads(row.value_json)


def read_settings(session: Reader, *keys: str) -> tuple[Any, ...]:
    """The values of `keys`, in that order, in one statement through the table (no ORM object:
    for a reader that writes nothing, such as `print labels`, which then never configures the
    mapped classes). What a session's unit of work changed is flushed first."""
    flush_pending(session)
    stored = dict(
        session.execute(
            select(SETTING.c.key, SETTING.c.value_json).where(SETTING.c.key.in_(keys))
        ).all()
    )
    values = []
    for key in keys:
        if key in stored:
            values.append(json.loads(stored[key]))
        elif key in DEFAULTS:
            values.append(DEFAULTS[key])
        else:
            raise KeyError(key)
    return tuple(values)


def set_setting(session: Session, key: str, value: Any) -> None:
    from app.models.settings import Setting

    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value_json=text))
    else:
        row.value_json = text
    session.flush()
