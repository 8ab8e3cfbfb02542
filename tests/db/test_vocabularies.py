"""The vocabularies (app/vocab) are the one source of their values: every CheckConstraint over a
vocabulary column, in the models and in a migrated database, lists exactly the enum's values; every
value has a non-empty label in every language; the old "order" sales format is migrated away."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3
from enum import StrEnum

import pytest

import app.vocab
from app import i18n
from app import i18n_catalog as catalog
from app.db import upgrade_to_head
from app.models import load_all
from tests.db.revision_fixtures import FILLERS
from tests.empty_revisions import copy_of_empty_at

CHECK_LINE = re.compile(r"^CONSTRAINT (\w+) CHECK \((.*)\)$")
IN_LIST = re.compile(r"^(?:(\w+) IS NULL OR )?(\w+) IN \(([^)]*)\)$")


def _vocabularies() -> list[tuple[type[StrEnum], object]]:
    """(enum, its label function) for every enum of every app/vocab module: `SaleFormat` goes
    with `sale_format_label` (plus `<name>_short_label` when there is one)."""
    found = []
    for info in pkgutil.iter_modules(app.vocab.__path__):
        module = importlib.import_module(f"app.vocab.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum:
                stem = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
                found.append((value, getattr(module, f"{stem}_label")))
                if hasattr(module, f"{stem}_short_label"):
                    found.append((value, getattr(module, f"{stem}_short_label")))
    return found


def _listed(text: str) -> tuple[str, tuple[str, ...]] | None:
    """("kind", ("sale", "unsold", "given")) for "kind IN ('sale', 'unsold', 'given')"."""
    match = IN_LIST.match(" ".join(text.split()))
    if match is None:
        return None
    values = tuple(v.strip().strip("'") for v in match.group(3).split(","))
    return match.group(2), values


def _model_constraints() -> dict[tuple[str, str], tuple[type[StrEnum], str]]:
    """(table, constraint name) -> (vocabulary, its CHECK text) for every vocabulary constraint."""
    result = {}
    for table in load_all().metadata.sorted_tables:
        for constraint in table.constraints:
            vocabulary = constraint.info.get("vocabulary")
            if vocabulary is not None:
                result[(table.name, constraint.name)] = (vocabulary, str(constraint.sqltext))
    return result


def test_the_vocabulary_modules_hold_every_vocabulary_with_a_label_function():
    names = {vocabulary.__name__ for vocabulary, _label in _vocabularies()}
    assert {"SaleFormat", "PaymentMethod", "Unit", "Allergen", "MorningKind", "Role"} <= names
    assert len(app.vocab.values(app.vocab.menus.Allergen)) == 14  # annex II of EU 1169/2011


def test_every_in_list_check_in_the_models_comes_from_a_vocabulary():
    by_hand = []
    for table in load_all().metadata.sorted_tables:
        for constraint in table.constraints:
            text = getattr(constraint, "sqltext", None)
            if text is not None and " IN (" in str(text) and "vocabulary" not in constraint.info:
                by_hand.append(f"{table.name}.{constraint.name}")
    assert by_hand == [], "build these with app.models.base.in_constraint"


def test_every_model_constraint_lists_exactly_its_vocabulary():
    constraints = _model_constraints()
    assert len(constraints) >= 17
    for (table, name), (vocabulary, text) in constraints.items():
        assert _listed(text) is not None, (table, name, text)
        assert _listed(text)[1] == app.vocab.values(vocabulary), (table, name)


def test_every_constraint_of_a_migrated_database_lists_exactly_its_vocabulary(db_path):
    path = db_path  # the run's empty template: a new file brought to head by upgrade_to_head
    connection = sqlite3.connect(path)
    schema = {
        name: sql
        for name, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
        )
    }
    connection.close()
    checks = {}  # (table, constraint name) -> CHECK text; SQLAlchemy writes one per line
    for table, sql in schema.items():
        for line in sql.splitlines():
            match = CHECK_LINE.match(line.strip().rstrip(","))
            if match is not None:
                checks[(table, match.group(1))] = match.group(2)
    for (table, name), (vocabulary, _text) in _model_constraints().items():
        assert (table, name) in checks, f"{table}.{name} missing from the migrated schema"
        assert _listed(checks[(table, name)])[1] == app.vocab.values(vocabulary), (table, name)
    in_lists = {key for key, text in checks.items() if _listed(text) is not None}
    assert in_lists == set(_model_constraints()), "a CHECK ... IN (...) without a vocabulary"


@pytest.fixture
def restore_translator():
    before = i18n._translate
    yield
    i18n.install_translator(before)


@pytest.mark.parametrize("language", ("fr", *catalog.LANGUAGES))
def test_every_value_has_a_label_in_every_language(language, restore_translator):
    known = {} if language == "fr" else catalog.read_ts(catalog.ts_path(language))

    def translate(context: str, text: str) -> str:
        # French is the source itself; another language must have a finished translation.
        found = text if language == "fr" else known.get((context, text), [""])[0]
        return f"[{found}]"  # brackets: the label went through the catalogue

    i18n.install_translator(translate)
    missing = [
        f"{vocabulary.__name__}.{value.name} ({label.__name__})"
        for vocabulary, label in _vocabularies()
        for value in vocabulary
        if not re.fullmatch(r"\[.+\]", label(value))
    ]
    assert missing == []


def test_a_sales_day_marked_order_takes_the_format_of_its_order(tmp_path, tmp_path_factory):
    path = copy_of_empty_at(tmp_path_factory, "0009", tmp_path / "old.sqlite3")
    connection = sqlite3.connect(path)
    for revision in ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009"):
        FILLERS[revision](connection)
    connection.execute("UPDATE customer_order SET sales_format = 'brunch' WHERE id = 2")
    connection.executemany(
        "INSERT INTO sales_event (id, cohort_id, date, format, place, delegate_id, order_ref, "
        "opening_float_cents, notes, cash_explanation, created_at) VALUES (?, 2, '2022-11-25', "
        "'order', '', NULL, ?, 0, '', '', '2022-11-20 08:00:00.000000')",
        [(201, 2), (202, None)],
    )
    connection.commit()
    connection.close()
    upgrade_to_head(path)
    connection = sqlite3.connect(path)
    formats = dict(connection.execute("SELECT id, format FROM sales_event WHERE id > 200"))
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE sales_event SET format = 'order' WHERE id = 201")
    connection.close()
    assert formats == {201: "brunch", 202: "catering"}
