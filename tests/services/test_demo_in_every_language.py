"""The demo cooperative is built whatever the interface's language: `coopactives --demo --lang ar`
sets the language (and the right-to-left isolate marks around values) before the demo is written,
so every text the seeders' services store must be free of those marks, which no stored text may
hold (app/services/validation.py)."""

from __future__ import annotations

from sqlalchemy import select

from app import i18n
from app.commands.language import use_language
from app.demo import build_demo
from app.models.people import Cohort


def test_the_demo_is_built_from_an_arabic_interface(db):
    try:
        assert use_language("ar") == "ar"
        with db.session() as session:
            build_demo(session)
    finally:
        use_language("fr")
    assert not i18n.is_right_to_left()
    with db.session() as session:
        names = session.scalars(select(Cohort.name).order_by(Cohort.start_date)).all()
    assert names == ["Coopérative 1", "Coopérative 2", "Coopérative 3"]
