"""Lists of values shown to people take the list comma of their language (issue 16): "،" and "؛"
in Arabic, through `app.i18n.listing`. An AST check refuses `", ".join(...)` and
`"; ".join(...)` in app/ui, app/services and app/printing, but for the machine formats listed
below (SQL, style sheets, stored keys) and the areas another change owns for now."""

from __future__ import annotations

import ast
from pathlib import Path

from app import i18n
from tests.source_trees import ROOT, nodes, python_files, tree

CHECKED = ("app/ui", "app/services", "app/printing")
SEPARATORS = {", ", "; ", ",", ";"}
# file -> why its joins are not a list read by a person (or not yet converted)
ALLOWED = {
    "app/services/safety/row_graph.py": "SQL column lists",
    "app/ui/style.py": "a style sheet's font families",
    "app/services/menus/allergens.py": "allergen keys stored in a column",
}


def _latin_joins(path: Path) -> list[int]:
    """Lines of `path` that join with a Latin comma or semicolon."""
    return [
        node.lineno
        for node in nodes(tree(path))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "join"
        and isinstance(node.func.value, ast.Constant)
        and node.func.value.value in SEPARATORS
    ]


def test_no_list_is_joined_with_a_latin_comma():
    found = []
    for folder in CHECKED:
        for path in python_files(folder):
            name = path.relative_to(ROOT).as_posix()
            if name in ALLOWED:
                continue
            found += [f"{name}:{line}" for line in _latin_joins(path)]
    assert found == [], "join with app.i18n.listing(values) (or listing(values, ';')): " + str(
        found
    )


def test_every_allowed_file_still_has_a_join_to_allow():
    """An allowance outlives its reason otherwise."""
    assert [name for name in ALLOWED if not _latin_joins(ROOT / name)] == []


def test_the_check_finds_a_latin_join(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('names = ", ".join(people)\nrest = "; ".join(days)\nok = " ".join(w)\n')
    assert _latin_joins(sample) == [1, 2]


def test_lists_read_with_each_language_s_commas():
    before = i18n.format_locale()
    try:
        assert i18n.listing(["Amina", "Karim"]) == "Amina, Karim"
        assert i18n.listing(["12/09 (férié)", "13/09"], ";") == "12/09 (férié); 13/09"
        i18n.set_format_locale("ar_MA")
        assert i18n.listing(["Amina", "Karim"]) == "Amina، Karim"
        assert i18n.listing(["12/09", "13/09"], ";") == "12/09؛ 13/09"
        with i18n.in_customer_language("nl"):  # a customer document follows its own language
            assert i18n.listing(["a", "b"]) == "a, b"
    finally:
        i18n.set_format_locale(before)


def test_in_arabic_each_value_of_a_list_is_isolated():
    before = i18n.format_locale(), i18n.is_right_to_left()
    try:
        i18n.set_format_locale("ar_MA")
        i18n.set_right_to_left(True)
        assert i18n.listing(["Amina", "+32 470"]) == "\u2068Amina\u2069، \u2068+32 470\u2069"
    finally:
        i18n.set_format_locale(before[0])
        i18n.set_right_to_left(before[1])
