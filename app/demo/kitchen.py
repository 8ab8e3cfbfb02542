"""Demo kitchen records of Coopérative 2: the fridge and the freezer with their limits, and their
temperature read each weekday from the cohort's start to the day before the demo's today (one
reading out of limits, with what was done about it)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.demo.delegate import DEMO_TODAY
from app.services.kitchen import temperatures
from app.services.kitchen.temperatures import ApplianceInput

SEED_ORDER = 55  # build_demo runs the seeders in increasing order (app/demo/__init__.py)
COHORT_START = dt.date(2022, 9, 12)
FRIDGE_VALUES = ("3", "3,5", "2,8", "4", "3,2")  # in turn, day after day
FREEZER_VALUES = ("-19", "-18,5", "-20", "-19,5")
WARM_DAY = dt.date(2022, 9, 27)  # the fridge's door stayed open during the delivery


def seed(session: Session, context: DemoContext) -> None:
    fridge = temperatures.create_appliance(
        session, ApplianceInput("Frigo de la cuisine", "fridge", "0", "4")
    )
    freezer = temperatures.create_appliance(
        session, ApplianceInput("Congélateur", "freezer", "-30", "-18")
    )
    members = context.members_by_cohort.get("c2") or [None]
    day, index = COHORT_START, 0
    while day < DEMO_TODAY:
        if day.weekday() < 5:
            fridge_value = FRIDGE_VALUES[index % len(FRIDGE_VALUES)]
            action = ""
            if day == WARM_DAY:
                fridge_value = "8,5"
                action = "Porte restée ouverte à la livraison : refermée, relu 3 °C à 11 h."
            temperatures.write_day(
                session,
                day,
                [
                    (fridge.id, Decimal(fridge_value.replace(",", ".")), action),
                    (freezer.id, Decimal(FREEZER_VALUES[index % 4].replace(",", ".")), ""),
                ],
                members[index % len(members)],
            )
            index += 1
        day += dt.timedelta(days=1)
    context.extra["appliance_ids"] = (fridge.id, freezer.id)
