"""The Rotation tab's sentences about the day's delegate take his gender: a man gives "his" day
(Arabic "يعطي يومه", not "تعطي يومها"), in the swap dialog's sentence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from app.i18n import without_isolates
from app.models.people import Person
from app.ui.areas import Area
from app.ui.language import apply_language
from tests.ui.helpers import when_dialog_opens
from tests.ui.test_today import DAY, open_on, page


def swap_sentence(tab) -> str:
    seen: list[str] = []

    def read(dialog):
        seen.extend(without_isolates(label.text()) for label in dialog.findChildren(QLabel))
        dialog.reject()

    errors = when_dialog_opens(read, "change_dialog")
    tab.swap()
    assert not errors
    return next(text for text in seen if "(" in text)  # the sentence with the day's date


def test_a_man_gives_his_day_in_french_and_in_arabic(qtbot, qapp, demo_db_path):
    window, database = open_on(qtbot, demo_db_path, DAY)
    tab = page(window, "rotation")
    qtbot.waitExposed(tab)
    tab.select_date(dt.date(2022, 10, 10))
    day = tab.selected_day()
    with database.session() as session:
        session.get(Person, day.delegate_id).gender = "man"
        session.commit()
    window.ctx.changed(Area.PEOPLE, Area.ROTATION)
    tab.refresh()
    tab.select_date(dt.date(2022, 10, 10))
    name = tab.selected_day().delegate_name
    assert tab.selected_day().delegate_gender == "man"
    french = swap_sentence(tab)
    apply_language(qapp, "ar")
    try:
        arabic = swap_sentence(tab)
    finally:
        apply_language(qapp, "fr")
    window.close()
    database.close()
    assert french.startswith(f"{name} donne son jour (")
    assert arabic.startswith(f"{name} يعطي يومه (") and "تعطي" not in arabic
