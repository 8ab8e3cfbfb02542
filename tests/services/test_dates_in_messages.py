"""Dates in the services' messages and names follow the reader's language (issue #16): a fixed
`strftime("%d/%m/%Y")` wrote "04/10/2022" in English ("4/10/2022"), Dutch and Arabic
("2022/10/4" read from the right). Stored names (the trash's) keep no isolate marks."""

from __future__ import annotations

import datetime as dt

import pytest

from app.commands.language import use_language
from app.i18n import FIRST_STRONG_ISOLATE, format_date, without_isolates
from app.services.errors import ValidationError
from app.services.kitchen.stock_rules import lot_name
from app.services.labels.content import format_date as label_date
from app.services.safety import deletions
from app.services.safety.personal_data import readable_value
from app.services.sales.events import get_event
from app.services.schedule import mornings
from tests.services.sales_fixtures import make_event, make_shop

OCTOBER_4 = dt.date(2022, 10, 4)


def test_a_morning_outside_the_cohort_names_its_dates_in_english(session):
    shop = make_shop(session)
    use_language("en")
    with pytest.raises(ValidationError) as refused:
        mornings.create_morning(
            session, shop.cohort_id, mornings.MorningInput(dt.date(2023, 1, 9), kind="kitchen")
        )
    assert "from 12/9/2022 to 16/12/2022" in str(refused.value)  # en_BE: d/M/y
    assert "12/09/2022" not in str(refused.value)


def test_a_lot_and_a_personal_data_date_in_dutch(session):
    use_language("nl")
    assert "4/10/2022" in lot_name("", OCTOBER_4) and "04/10" not in lot_name("", OCTOBER_4)
    assert readable_value("date", "2022-10-04") == "4/10/2022"
    assert readable_value("made_at", "2022-10-04 14:05:00") == "4/10/2022 14:05"
    assert lot_name("A12", OCTOBER_4) == "A12"


def test_a_sales_day_is_named_in_english(session):
    shop = make_shop(session)
    event = make_event(session, shop, day=OCTOBER_4)
    use_language("en")
    title = get_event(session, event.id).title
    assert title.startswith("4/10/2022 · ") and title.endswith(" – Marché de la Batte")


def test_deleting_in_arabic_stores_the_name_without_isolates(session):
    """The trash stores what was deleted by name: in an Arabic interface its values came isolated
    (fill), and every stored text refuses isolates, so nothing could be deleted in Arabic."""
    shop = make_shop(session)
    morning = mornings.create_morning(
        session, shop.cohort_id, mornings.MorningInput(OCTOBER_4, kind="kitchen")
    )
    use_language("ar")
    entry = deletions.trash_morning(session, morning.id)
    assert FIRST_STRONG_ISOLATE not in entry.label
    assert without_isolates(format_date(OCTOBER_4)) in entry.label
    assert "04/10/2022" not in entry.label


def test_a_label_s_date_follows_the_label_language_not_the_interface(session):
    """Labels (and their QR codes) are in the cooperative's label language, French by default:
    an Arabic interface changes neither the date's form nor adds marks to it."""
    use_language("ar")
    assert label_date(OCTOBER_4) == "04/10/2022"
