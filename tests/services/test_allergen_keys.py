"""Allergen keys as stored on an ingredient, read in the order of annex II (the reading is kept
per text: each call still gives its own list)."""

from __future__ import annotations

from app.services.menus.allergens import join_keys, parse_keys


def test_keys_are_read_in_annex_order_unknown_and_empty_ones_dropped():
    assert parse_keys("nuts, gluten,,pineapple , milk") == ["gluten", "milk", "nuts"]
    assert parse_keys("") == []
    assert parse_keys(None) == []
    assert parse_keys(" , ") == []


def test_each_reading_is_a_list_of_its_own():
    first = parse_keys("eggs,soy")
    first.append("lupin")
    assert parse_keys("eggs,soy") == ["eggs", "soy"]


def test_written_keys_read_back_the_same():
    assert parse_keys(join_keys(["sesame", "gluten"])) == ["gluten", "sesame"]
