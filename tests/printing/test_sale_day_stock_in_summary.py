"""The sale day's summary says what the day started with from earlier days and what it sold beyond
the recorded stock, read back from the PDFs of the demo (app/demo/stock.py): Coopérative 2's batch
of 12/10 (25 made) is all on hand on 14/10; the 30 made on 03/11 start the sale day of 04/11,
which sold 32 of them on paper."""

from __future__ import annotations

from tests.printing.test_waste_in_summaries import printed_and_checked, printed_text


def day(demo_db_path, tmp_path, date):
    return printed_and_checked(
        demo_db_path, tmp_path, "day-summary", "--date", date, "--cohort", "Coopérative 2"
    )


def test_the_sale_day_shows_what_was_carried_over_and_sold_beyond_the_stock(demo_db_path, tmp_path):
    text, problems = day(demo_db_path, tmp_path, "2022-11-04")
    assert "Stock du jour" in text
    assert "Energy balls dattes-cacao : 30 unités reportées des jours précédents" in text
    assert "Vendu au-delà du stock noté : 2 unités (le comptage papier fait foi)." in text
    assert problems == []
    text, _ = printed_text(
        demo_db_path, tmp_path, "day-summary", "--date", "2022-10-14", "--cohort", "Coopérative 2"
    )
    assert "Energy balls dattes-cacao : 25 unités reportées" in text
    assert "au-delà du stock" not in text


def test_a_sale_day_without_recorded_stock_has_no_stock_section(demo_db_path, tmp_path):
    text, _ = printed_text(
        demo_db_path, tmp_path, "day-summary", "--date", "2022-05-13", "--cohort", "Coopérative 1"
    )
    assert "Stock du jour" not in text
