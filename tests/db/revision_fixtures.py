"""Data fillers frozen at each alembic revision, for the migrations-with-data test.

`FILLERS[revision](connection)` inserts rows with plain SQL into the tables that revision created
(plain SQL, not the models: the models follow the newest schema). A database at revision R gets
every filler up to R, in order. When you add a migration that creates tables, add a filler for it
here: the test fails, naming the table, while any table is left empty.
"""
from __future__ import annotations

import sqlite3


def fill_0001_foundation(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO cooperative (id, name, address, email, phone, vat_number, logo_png, "
        "producer_line, label_language) VALUES (1, 'Le Monde des Possibles', 'Rue des Champs 58, "
        "4020 Liège', 'info@example.org', '+32 4 232 00 00', NULL, X'89504E47', 'Fait à Liège', 'fr')"
    )
    db.executemany(
        "INSERT INTO cohort (id, name, start_date, end_date, activity, planned_mornings, "
        "planned_hours) VALUES (?, ?, ?, ?, '', 36, 108)",
        [(1, "Coopérative 1", "2022-04-04", "2022-07-01"), (2, "Coopérative 2", "2022-09-12", "2022-12-16")],
    )
    people = [(n, f"Membre{n}", "Test", "member" if n > 2 else "facilitator") for n in range(1, 25)]
    db.executemany(
        "INSERT INTO person (id, first_name, last_name, role, country_code, languages, phone, "
        "active, notes) VALUES (?, ?, ?, ?, 'BE', 'français', '', 1, '')",
        people,
    )
    db.executemany(
        "INSERT INTO membership (id, cohort_id, person_id, joined_on, left_on) VALUES (?, ?, ?, ?, NULL)",
        [(n, 1 if n <= 14 else 2, n, "2022-04-04" if n <= 14 else "2022-09-12") for n in range(1, 25)],
    )
    db.execute("INSERT INTO module (id, name, kind, description) VALUES (1, 'Comptabilité', 'theory', '')")
    db.executemany(
        "INSERT INTO morning (id, cohort_id, date, start_time, end_time, kind, module_id, "
        "facilitator_id, place, notes) VALUES (?, 2, ?, '09:00:00.000000', '12:00:00.000000', "
        "'theory', 1, 1, 'Liège', '')",
        [(n, f"2022-09-{12 + n:02d}") for n in range(1, 6)],
    )
    db.execute(
        "INSERT INTO ingredient (id, name, unit, supplier, allergens, traces, notes, active) "
        "VALUES (1, 'Dattes', 'kg', 'Grossiste', '', '', '', 1)"
    )
    db.execute(
        "INSERT INTO ingredient_price (id, ingredient_id, valid_from, pack_size, pack_price_cents) "
        "VALUES (1, 1, '2022-09-01', 1, 899)"
    )
    db.execute(
        "INSERT INTO recipe (id, family_id, version, name, category, yield_count, yield_kind, "
        "net_quantity, net_unit, packaging_cost_cents, shelf_life_days, date_kind, storage, story, "
        "price_cents, vat_rate_bp, product_code, small_package, active, created_on) VALUES "
        "(1, 1, 1, 'Energy balls', 'snack', 20, 'pieces', 0.25, 'kg', 35, 10, 'best_before', '', "
        "'', 250, 600, 'EB1', 0, 1, '2022-10-01')"
    )
    db.execute(
        "INSERT INTO recipe_line (id, recipe_id, ingredient_id, quantity, unit, position) "
        "VALUES (1, 1, 1, 0.4, 'kg', 1)"
    )
    db.execute("INSERT INTO setting (key, value_json) VALUES ('vat.food_bp', '600')")


def fill_0070_safety(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO trash_item (id, table_name, row_id, label, deleted_at, snapshot_json) VALUES "
        "(1, 'module', 99, 'Module supprimé', '2022-10-01 10:00:00.000000', "
        "'{\"rows\": [[\"module\", {\"id\": 99, \"name\": \"Ancien\", \"kind\": \"theory\", "
        "\"description\": \"\"}]], \"cleared\": []}')"
    )


FILLERS = {
    "0001_foundation": fill_0001_foundation,
    "0070_safety": fill_0070_safety,
}
