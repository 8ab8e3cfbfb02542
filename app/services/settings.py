"""Cooperative-wide settings with typed defaults, stored as JSON in the `setting` table.

Declare a setting once in DEFAULTS (key -> default value); read with `get_setting`, write with
`set_setting`. Values are JSON-serialisable (numbers, strings, lists, dicts).
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from app.models import Setting

DEFAULTS: dict[str, Any] = {
    # VAT rates in basis points (600 = 6 %), editable by the coordinator.
    "vat.food_bp": 600,
    "vat.catering_bp": 1200,
    "vat.standard_bp": 2100,
    # Target food cost as a percentage of the price excluding VAT (menus, costing).
    "costing.target_food_cost_percent": 30,
    # Labels: the cooperative's own sheet templates (list of dicts, see label_templates), a printer
    # offset in mm per template id ({"L7160": [right, down]}), the last print job's choices.
    "labels.custom_templates": [],
    "labels.printer_offsets": {},
    "labels.last_template": "L7160",
    "labels.last_date": "",
}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        if key not in DEFAULTS:
            raise KeyError(key)
        return DEFAULTS[key]
    return json.loads(row.value_json)


def set_setting(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value_json=text))
    else:
        row.value_json = text
    session.flush()
