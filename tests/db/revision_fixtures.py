"""Data fillers frozen at each alembic revision, for the migrations-with-data test.

`FILLERS[revision](connection)` inserts rows with plain SQL into the tables that revision created
(plain SQL, not the models: the models follow the newest schema). A database at revision R gets
every filler up to R, in order. When you add a migration that creates tables, add a filler for it
here: the test fails, naming the table, while any table is left empty.
"""

from __future__ import annotations

import sqlite3


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    return bool(
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchall()
    )


def fill_0001_foundation(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO cooperative (id, name, address, email, phone, vat_number, logo_png, "
        "producer_line, label_language) VALUES (1, 'Le Monde des Possibles', 'Rue des Champs 58, "
        "4020 Liège', 'info@example.org', '+32 4 232 00 00', NULL, X'89504E47', "
        "'Fait à Liège', 'fr')"
    )
    db.executemany(
        "INSERT INTO cohort (id, name, start_date, end_date, activity, planned_mornings, "
        "planned_hours) VALUES (?, ?, ?, ?, '', 36, 108)",
        [
            (1, "Coopérative 1", "2022-04-04", "2022-07-01"),
            (2, "Coopérative 2", "2022-09-12", "2022-12-16"),
        ],
    )
    people = [(n, f"Membre{n}", "Test", "member" if n > 2 else "facilitator") for n in range(1, 25)]
    db.executemany(
        "INSERT INTO person (id, first_name, last_name, role, country_code, languages, phone, "
        "active, notes) VALUES (?, ?, ?, ?, 'BE', 'français', '', 1, '')",
        people,
    )
    db.executemany(
        "INSERT INTO membership (id, cohort_id, person_id, joined_on, left_on) "
        "VALUES (?, ?, ?, ?, NULL)",
        [
            (n, 1 if n <= 14 else 2, n, "2022-04-04" if n <= 14 else "2022-09-12")
            for n in range(1, 25)
        ],
    )
    db.execute(
        "INSERT INTO module (id, name, kind, description) VALUES (1, 'Comptabilité', 'theory', '')"
    )
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


def fill_0002_menus(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO menu (id, name, sales_format, notes, active) "
        "VALUES (1, 'Brunch du dimanche', 'brunch', '', 1)"
    )
    db.execute(
        "INSERT INTO menu_item (id, menu_id, recipe_id, portions_per_guest, position) "
        "VALUES (1, 1, 1, 1.5, 1)"
    )
    db.execute(
        "INSERT INTO recipe_format_vat (id, recipe_id, sales_format, vat_rate_bp) "
        "VALUES (1, 1, 'catering', 1200)"
    )
    db.executemany(
        "INSERT INTO customer_order (id, customer, contact, event_date, guests, menu_id, "
        "sales_format, fulfilment, address, status, notes, conditions, quote_valid_days, "
        "created_on) VALUES (?, ?, 'contact@example.org', ?, ?, 1, 'catering', 'delivery', "
        "'Rue Large 3, Liège', ?, '', '', 30, '2022-10-01')",
        [
            (1, "ASBL Voisins", "2022-10-20", 30, "accepted"),
            (2, "École du quartier", "2022-11-05", 12, "draft"),
        ],
    )
    db.executemany(
        "INSERT INTO order_line (id, order_id, recipe_id, quantity, unit_price_cents, "
        "vat_rate_bp, position) VALUES (?, ?, 1, ?, ?, 1200, ?)",
        [(1, 1, 30, 250, 1), (2, 1, 2.5, 1800, 2), (3, 2, 12, 250, 1)],
    )


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f'PRAGMA table_info("{table}")')}


def fill_0003_delegate(db: sqlite3.Connection) -> None:
    # The migration seeds the default checklists; these rows come on top, with ids of their own.
    db.execute(
        "INSERT INTO checklist_item (id, day_kind, text, position, active) "
        "VALUES (1000, 'closing', 'Vider la poubelle', 99, 1)"
    )
    db.execute(
        "INSERT INTO checklist_tick (id, cohort_id, date, item_id, ticked_by_id, ticked_at) "
        "VALUES (1, 2, '2022-09-13', 1000, 15, '2022-09-13 12:05:00.000000')"
    )
    if "cohort_id" in _columns(db, "circle"):  # since 0026, a circle belongs to a cohort
        db.execute(
            "INSERT INTO circle (id, cohort_id, name, description) "
            "VALUES (1, 2, 'Achats', 'Les courses')"
        )
    else:
        db.execute("INSERT INTO circle (id, name, description) VALUES (1, 'Achats', 'Les courses')")
    db.executemany(
        "INSERT INTO circle_member (id, circle_id, person_id) VALUES (?, 1, ?)", [(1, 15), (2, 16)]
    )
    db.execute(
        "INSERT INTO handover (id, cohort_id, date, author_id, done_text, next_text, written_at) "
        "VALUES (1, 2, '2022-09-13', 15, 'Boules faites', 'Étiquettes', "
        "'2022-09-13 12:10:00.000000')"
    )
    db.execute(
        "INSERT INTO rotation_change (id, cohort_id, kind, date, other_date, before_id, after_id, "
        "reason, made_at) VALUES (1, 2, 'swap', '2022-09-14', '2022-09-15', 15, 16, 'Rendez-vous', "
        "'2022-09-12 09:00:00.000000')"
    )
    # The problem column became problem_kind and problem_values (0032): left to their defaults.
    with_text = "problem" in _columns(db, "rotation_day")
    columns, flags = ("published, problem", "1, ''") if with_text else ("published", "1")
    db.executemany(
        "INSERT INTO rotation_day (id, cohort_id, date, is_sale, delegate_id, deputy_id, "
        f"{columns}) VALUES (?, 2, ?, ?, ?, ?, {flags})",
        [(1, "2022-09-13", 0, 15, 16), (2, "2022-09-14", 1, 16, 17), (3, "2022-09-15", 0, 17, 15)],
    )
    db.execute(
        "INSERT INTO task (id, cohort_id, text, assignee_id, due_date, circle_id, created_on, "
        "done_on, done_by_id) VALUES (1, 2, 'Acheter des dattes', 15, '2022-09-20', 1, "
        "'2022-09-13', '2022-09-19', 15)"
    )
    db.executemany(
        "INSERT INTO unavailability (id, cohort_id, person_id, on_date, weekday, reason) "
        "VALUES (?, 2, ?, ?, ?, '')",
        [(1, 15, "2022-09-16", None), (2, 16, None, 2)],
    )


def fill_0004_evaluations(db: sqlite3.Connection) -> None:
    db.executemany(
        "INSERT INTO eval_adjective (id, word, explanation, active) VALUES (?, ?, '', 1)",
        [(1, "patiente"), (2, "créative")],
    )
    db.executemany(
        "INSERT INTO eval_campaign (id, cohort_id, format, title, start_date, days, finalised) "
        "VALUES (?, ?, ?, ?, ?, ?, 0)",
        [
            (1, 1, "grid", "Vente finale", "2022-06-27", 3),
            (2, 2, "self_peer", "Bilan", "2022-12-12", 1),
        ],
    )
    db.executemany(
        "INSERT INTO eval_competence (id, cohort_id, category, name, position, active) "
        "VALUES (?, 1, ?, ?, ?, 1)",
        [(1, "entrepreneurial", "Initiative", 1), (2, "culinary", "Hygiène", 2)],
    )
    db.execute(
        "INSERT INTO eval_feedback (id, cohort_id, person_id, comment) VALUES (1, 1, 3, 'Bravo')"
    )
    db.executemany(
        "INSERT INTO eval_scale_level (id, cohort_id, level, label, description) "
        "VALUES (?, 1, ?, ?, '')",
        [(1, 1, "À travailler"), (2, 2, "Acquis")],
    )
    db.execute("INSERT INTO eval_evaluator (id, campaign_id, person_id) VALUES (1, 1, 1)")
    db.executemany(
        "INSERT INTO eval_rating (id, campaign_id, evaluator_id, member_id, competence_id, day, "
        "level, comment) VALUES (?, 1, 1, ?, ?, ?, ?, '')",
        [(1, 3, 1, 1, 2), (2, 3, 2, 2, 1), (3, 4, 1, 1, 2)],
    )
    db.execute(
        "INSERT INTO eval_self_answer (id, campaign_id, member_id, competence_id, has_it, note) "
        "VALUES (1, 2, 15, 1, 1, '')"
    )
    db.execute(
        "INSERT INTO eval_adjective_pick (id, campaign_id, chooser_id, target_id, adjective_id) "
        "VALUES (1, 2, 15, 16, 1)"
    )
    db.execute(
        "INSERT INTO tasting (id, recipe_id, tasted_on, place) "
        "VALUES (1, 1, '2022-10-05', 'Marché')"
    )
    if not _has_table(db, "tasting_answer"):
        return  # filled at a later revision that replaced it (MOVED_TABLES)
    db.executemany(
        "INSERT INTO tasting_answer (id, tasting_id, taste, texture, look, price, would_buy, "
        "comment) VALUES (?, 1, ?, ?, ?, ?, ?, '')",
        [(1, 4, 3, 5, 2, 1), (2, 5, 4, 4, 3, 0)],
    )


def fill_0005_schedule(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO module (id, name, kind, description) VALUES (2, 'Étiquetage', 'theory', '')"
    )
    db.execute(
        "INSERT INTO closure (id, cohort_id, start_date, end_date, reason) "
        "VALUES (1, 2, '2022-10-31', '2022-11-04', 'Congé')"
    )
    db.execute(
        "INSERT INTO prerequisite (id, module_id, morning_kind, required_module_id) "
        "VALUES (1, 2, NULL, 1)"
    )
    db.execute("UPDATE morning SET status = 'done' WHERE id IN (1, 2)")
    db.executemany(
        "INSERT INTO attendance (id, morning_id, person_id, status, note) VALUES (?, ?, ?, ?, '')",
        [(1, 1, 15, "present"), (2, 1, 16, "late"), (3, 2, 15, "absent")],
    )


def fill_0006_sales(db: sqlite3.Connection) -> None:
    db.executemany(
        "INSERT INTO sales_event (id, cohort_id, date, format, place, delegate_id, order_ref, "
        "opening_float_cents, notes, cash_count_json, cash_counted_cents, cash_expected_cents, "
        "cash_explanation, closed_at, closed_by_id, created_at) VALUES (?, 2, ?, ?, 'Marché', 15, "
        "?, ?, '', ?, ?, ?, '', ?, ?, '2022-10-01 08:00:00.000000')",
        [
            (
                1,
                "2022-10-08",
                "stand",
                None,
                5000,
                '{"200": 10}',
                6500,
                6500,
                "2022-10-08 13:00:00.000000",
                15,
            ),
            (2, "2022-10-20", "catering", 1, 0, None, None, None, None, None),
        ],
    )
    db.executemany(
        "INSERT INTO sales_event_product (id, event_id, recipe_id, name, product_code, "
        "price_cents, vat_rate_bp, unit_cost_cents, position) "
        "VALUES (?, ?, 1, 'Energy balls', 'EB1', ?, ?, 90, ?)",
        [(1, 1, 250, 600, 1), (2, 2, 250, 1200, 1)],
    )
    db.executemany(
        "INSERT INTO sale_line (id, event_id, product_id, kind, payment_method, quantity, "
        "unit_price_cents, vat_rate_bp, source, reverses_id, reason, created_by_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 250, ?, ?, ?, ?, 15, '2022-10-08 10:00:00.000000')",
        [
            (1, 1, 1, "sale", "cash", 1, 600, "tap", None, ""),
            (2, 1, 1, "sale", "card", 3, 600, "typed", None, ""),
            (3, 1, 1, "sale", "cash", -1, 600, "correction", 1, "Erreur"),
            (4, 1, 1, "unsold", None, 2, 600, "typed", None, ""),
            (5, 2, 2, "sale", "transfer", 30, 1200, "typed", None, ""),
        ],
    )
    db.execute(
        "INSERT INTO cash_movement (id, event_id, amount_cents, reason, is_correction, "
        "created_by_id, created_at) "
        "VALUES (1, 1, -500, 'Monnaie', 0, 15, '2022-10-08 11:00:00.000000')"
    )
    db.executemany(
        "INSERT INTO expense (id, cohort_id, date, supplier, amount_cents, category, paid_by_id, "
        "receipt_number, event_id, order_ref, reimbursed_on, reverses_id, reason, notes, "
        "created_at) "
        "VALUES (?, 2, '2022-10-07', 'Grossiste', ?, 'ingredients', 15, 'T-1', ?, ?, NULL, "
        "?, ?, '', "
        "'2022-10-07 16:00:00.000000')",
        [
            (1, 2697, 1, None, None, ""),
            (2, 1899, None, 1, None, ""),
            (3, -1899, None, 1, 2, "Doublon"),
        ],
    )
    db.execute(
        "INSERT INTO profit_decision (id, cohort_id, decided_on, proposal, method, outcome, "
        "review_on, profit_cents, fund_bp, split, fund_cents, remainder_cents, created_at) VALUES "
        "(1, 2, '2022-12-12', 'Partager', 'consent', 'Accepté', NULL, 10001, 2000, 'equal', "
        "2000, 1, "
        "'2022-12-12 11:00:00.000000')"
    )
    shares = [(1, 15, 108, 4000), (2, 16, 99.5, 4000)]
    if not _has_table(db, "profit_objection"):  # at 0031 and later: the register holds them
        db.executemany(
            "INSERT INTO profit_share (id, decision_id, person_id, hours, share_cents) "
            "VALUES (?, 1, ?, ?, ?)",
            shares,
        )
        _profit_sharing_entry(db, 1, 1, "Partager", "Accepté", "2022-12-12", {15, 16})
        return
    db.execute(
        "INSERT INTO profit_objection (id, decision_id, objection, integration) "
        "VALUES (1, 1, 'Trop peu', 'Revoir en janvier')"
    )
    db.executemany(
        "INSERT INTO profit_share (id, decision_id, person_id, hours, share_cents, took_part) "
        "VALUES (?, 1, ?, ?, ?, 1)",
        shares,
    )
    if _has_table(db, "decision"):  # 0020 to 0030: the app wrote both stores
        _profit_sharing_entry(db, 1, 1, "Partager", "Accepté", "2022-12-12", {15, 16})


def _profit_sharing_entry(db, entry_id, profit_id, proposal, outcome, day, took_part) -> None:
    """A profit sharing's register entry (from 0020): who took part, and its objection."""
    db.execute(
        "INSERT INTO decision (id, cohort_id, kind, title, proposal, clarifications, reactions, "
        "outcome, decided_on, review_on, profit_decision_id, created_at) VALUES "
        "(?, 2, 'profit_sharing', '', ?, '', '', ?, ?, NULL, ?, '2022-12-12 11:00:00.000000')",
        (entry_id, proposal, outcome, day, profit_id),
    )
    db.executemany(
        "INSERT INTO decision_position (id, decision_id, person_id, position) VALUES (?, ?, ?, ?)",
        [
            (entry_id * 10 + n, entry_id, person, "consent" if person in took_part else "absent")
            for n, person in enumerate((15, 16))
        ],
    )
    db.execute(
        "INSERT INTO decision_objection (id, decision_id, author_id, objection, integration) "
        "VALUES (?, ?, NULL, 'Trop peu', 'Revoir en janvier')",
        (entry_id, entry_id),
    )


def fill_0007_safety(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO trash_item (id, table_name, row_id, label, deleted_at, snapshot_json) VALUES "
        "(1, 'module', 99, 'Module supprimé', '2022-10-01 10:00:00.000000', "
        '\'{"rows": [["module", {"id": 99, "name": "Ancien", "kind": "theory", '
        '"description": ""}]], "cleared": []}\')'
    )


def fill_0008_order_links(db: sqlite3.Connection) -> None:
    # No new table: the revision links sales events and expenses to orders; use the link.
    db.execute(
        "INSERT INTO sales_event (id, cohort_id, date, format, place, delegate_id, order_ref, "
        "opening_float_cents, notes, cash_explanation, created_at) VALUES (80, 2, '2022-11-05', "
        "'catering', 'École', 16, 2, 0, '', '', '2022-11-01 08:00:00.000000')"
    )
    db.execute(
        "INSERT INTO expense (id, cohort_id, date, supplier, amount_cents, category, paid_by_id, "
        "receipt_number, event_id, order_ref, reason, notes, created_at) VALUES (80, 2, "
        "'2022-11-04', 'Boulangerie', 1250, 'ingredients', 16, 'T-80', 80, 2, '', '', "
        "'2022-11-04 16:00:00.000000')"
    )


def fill_0009_piece_weight(db: sqlite3.Connection) -> None:
    # A new column: an ingredient counted in pieces, with the weight of one piece.
    db.execute(
        "INSERT INTO ingredient (id, name, unit, piece_weight_g, supplier, allergens, traces, "
        "notes, active) VALUES (90, 'Œufs bio', 'piece', 55, 'Marché', 'eggs', '', '', 1)"
    )


def fill_0010_one_sale_format(db: sqlite3.Connection) -> None:
    # No new table: sales days take one of the five formats; a day serving an order (the
    # catering ordered by order 1) is recorded in the order's format.
    db.execute(
        "INSERT INTO sales_event (id, cohort_id, date, format, place, delegate_id, order_ref, "
        "opening_float_cents, notes, cash_explanation, created_at) VALUES (110, 2, '2022-11-18', "
        "'catering', 'Asbl', 16, 1, 0, '', '', '2022-11-10 08:00:00.000000')"
    )


def fill_0011_sale_day_version(db: sqlite3.Connection) -> None:
    # New columns: the version of the sale day and of the order, moved on by every save.
    db.execute(
        "INSERT INTO sales_event (id, cohort_id, date, format, place, delegate_id, "
        "opening_float_cents, notes, cash_explanation, created_at, version) VALUES (81, 2, "
        "'2022-11-12', 'stand', 'Marché', 16, 2000, '', '', '2022-11-12 08:00:00.000000', 7)"
    )
    db.execute(
        "INSERT INTO customer_order (id, customer, contact, event_date, guests, sales_format, "
        "fulfilment, address, status, notes, conditions, quote_valid_days, created_on, version) "
        "VALUES (81, 'Maison médicale', '', '2022-11-20', 12, 'catering', 'delivery', '', "
        "'draft', '', '', 30, '2022-11-10', 3)"
    )


def fill_0012_descriptive_name(db: sqlite3.Connection) -> None:
    # A new column: the food's name in French under a product name that does not describe it.
    db.execute(
        "UPDATE recipe SET descriptive_name = 'Boules énergétiques aux dattes et au cacao' "
        "WHERE id = (SELECT MIN(id) FROM recipe)"
    )


def fill_0013_checklist_default_keys(db: sqlite3.Connection) -> None:
    # A new column: a line the coordinator added in her own words has no default key.
    db.execute(
        "INSERT INTO checklist_item (id, day_kind, text, position, active, default_key) "
        "VALUES (150, 'closing', 'Fermer le gaz', 9, 1, NULL)"
    )


def fill_0014_recipe_edit_version(db: sqlite3.Connection) -> None:
    # A new column: the recipe's edit counter, moved on by every save (not its v1, v2...).
    db.execute("UPDATE recipe SET edit_version = 4 WHERE id = (SELECT MIN(id) FROM recipe)")


def fill_0015_evaluation_defaults_by_key(db: sqlite3.Connection) -> None:
    # New columns: rows the coordinator wrote herself have no default key.
    db.execute(
        "INSERT INTO eval_competence (id, cohort_id, category, name, position, active, "
        "default_key) VALUES (30, 1, 'cooperative', 'Bonne humeur', 5, 1, NULL)"
    )
    db.execute(
        "INSERT INTO eval_adjective (id, word, explanation, active, default_key) "
        "VALUES (30, 'Rigolote', '', 1, NULL)"
    )
    db.execute(
        "INSERT INTO eval_scale_level (id, cohort_id, level, label, description, default_key) "
        "VALUES (30, 2, 3, 'Presque', '', NULL)"
    )


def fill_0016_outcomes_after_the_programme(db: sqlite3.Connection) -> None:
    # New tables: a member's consent to the follow-up and her situation at the end.
    db.execute(
        "INSERT INTO outcome_consent (id, person_id, given_on, withdrawn_on, note) VALUES "
        "(1, 1, '2022-12-16', NULL, 'oral, at the last morning')"
    )
    db.execute(
        "INSERT INTO outcome (id, person_id, cohort_id, checkpoint, situation, note, recorded_on) "
        "VALUES (1, 1, 1, 'end', 'internship', 'WOW', '2022-12-16')"
    )


def fill_0017_emphasis_weight_change(db: sqlite3.Connection) -> None:
    # New columns: a line's emphasis confirmed by a person, a recipe's cooking loss.
    db.execute(
        "UPDATE recipe_line SET emphasis = 'yes' WHERE id = (SELECT MIN(id) FROM recipe_line)"
    )
    db.execute(
        "UPDATE recipe SET weight_change_pct = -12.5 WHERE id = (SELECT MIN(id) FROM recipe)"
    )


def fill_0018_compound_ingredients(db: sqlite3.Connection) -> None:
    # A new table: the ingredients of a compound ingredient, with their allergens.
    db.execute(
        "INSERT INTO ingredient_component (id, ingredient_id, position, name, allergens) "
        "VALUES (1, (SELECT MIN(id) FROM ingredient), 0, 'Arachides grillées', 'peanuts')"
    )


def fill_0019_nutrition(db: sqlite3.Connection) -> None:
    # A new table and a column: an ingredient's values per 100 g; a recipe's artisan exemption.
    db.execute(
        "INSERT INTO ingredient_nutrition (ingredient_id, energy_kj, energy_kcal, fat, saturates, "
        "carbohydrate, sugars, protein, salt) VALUES ((SELECT MIN(id) FROM ingredient), 1180, "
        "282, 0.4, 0.1, 75, 63, 2.5, 0.01)"
    )
    db.execute("UPDATE recipe SET nutrition_exempt = 1 WHERE id = (SELECT MIN(id) FROM recipe)")


def fill_0020_register_of_decisions(db: sqlite3.Connection) -> None:
    db.execute(
        "INSERT INTO decision (id, cohort_id, kind, title, proposal, clarifications, reactions, "
        "outcome, decided_on, review_on, profit_decision_id, created_at) VALUES "
        "(140, 2, 'general', 'Horaires', 'Commencer à 9 h', 'Et le mercredi ?', 'Bien', "
        "'Adopté', '2022-11-02', '2023-01-15', NULL, '2022-11-02 10:00:00.000000')"
    )
    db.execute(
        "INSERT INTO decision_position (id, decision_id, person_id, position) VALUES "
        "(140, 140, 15, 'objection')"
    )
    db.execute(
        "INSERT INTO decision_objection (id, decision_id, author_id, objection, integration) "
        "VALUES (140, 140, 15, 'Trop tôt pour les enfants', 'Le mercredi à 9 h 30')"
    )
    db.execute(
        "INSERT INTO group_document (id, kind, version, body, adopted_on, created_at) VALUES "
        "(140, 'charter', 1, 'Nous décidons ensemble.', '2022-09-20', "
        "'2022-09-20 10:00:00.000000')"
    )
    db.execute(
        "INSERT INTO document_signature (id, document_id, person_id, signed_on) VALUES "
        "(140, 140, 15, '2022-09-21')"
    )


def fill_0021_sub_groups_in_the_schedule(db: sqlite3.Connection) -> None:
    db.execute("INSERT INTO subgroup (id, cohort_id, name) VALUES (150, 2, 'Informatique A')")
    db.execute("INSERT INTO subgroup_member (id, subgroup_id, person_id) VALUES (150, 150, 15)")
    db.execute(
        "INSERT INTO morning (id, cohort_id, date, start_time, end_time, kind, module_id, "
        "facilitator_id, place, notes, status, subgroup_id) VALUES (150, 2, '2022-11-21', "
        "'09:00:00.000000', '12:00:00.000000', 'theory', NULL, NULL, '', '', 'planned', 150)"
    )


def fill_0022_kitchen_temperatures(db: sqlite3.Connection) -> None:
    # A fridge read twice, once out of limits with what was done about it.
    db.execute(
        "INSERT INTO appliance (id, name, kind, min_c, max_c, active) "
        "VALUES (160, 'Frigo du bas', 'fridge', 0, 4, 1)"
    )
    db.execute(
        "INSERT INTO temperature_reading (id, appliance_id, date, value_c, corrective_action, "
        "recorded_by_id, recorded_at) VALUES "
        "(161, 160, '2022-11-24', 3.5, '', NULL, '2022-11-24 09:00:00'), "
        "(162, 160, '2022-11-25', 7.5, 'Porte mal fermée, refermée', NULL, "
        "'2022-11-25 09:00:00')"
    )


def fill_0023_global_row_ids(db: sqlite3.Connection) -> None:
    # A new column on every table: a row with its global id, and one written without (by plain
    # SQL): it gets one before it is first published.
    db.execute("UPDATE checklist_item SET uid = '00000000000000000000000000000150' WHERE id = 150")
    db.execute("UPDATE sales_event SET uid = NULL WHERE id = 81")


def fill_0024_publications(db: sqlite3.Connection) -> None:
    # A new table: the cohort this laptop published, and when.
    db.execute(
        "INSERT INTO publication (id, cohort_uid, cohort_name, laptop_id, laptop_name, server, "
        "published_at, uid) VALUES (1, '00000000000000000000000000000002', 'Coopérative 2', "
        "'abc', 'cuisine', 'postgresql://coop@server/org', '2022-12-15 18:00:00.000000', "
        "'00000000000000000000000000000f01')"
    )


def fill_0025_portfolio_consent(db: sqlite3.Connection) -> None:
    # A new table: a member's consent to an employer portfolio, given then withdrawn.
    db.execute(
        "INSERT INTO portfolio_consent (id, person_id, given_on, withdrawn_on, note) VALUES "
        "(1, 1, '2022-12-10', '2023-01-05', 'signed form')"
    )


def fill_0026_circles_that_can_run(db: sqlite3.Connection) -> None:
    # A circle of cohort 2 with its mandate, a checklist line done, a meeting and a lead's turn.
    db.execute(
        "INSERT INTO circle (id, cohort_id, name, description, decides_alone, brings_to_group) "
        "VALUES (2, 2, 'Communication', '', 'Les affiches', 'Les prix')"
    )
    db.executemany(
        "INSERT INTO circle_checklist_item (id, circle_id, text, position, done_on, done_by_id) "
        "VALUES (?, 2, ?, ?, ?, ?)",
        [(1, "Faire une affiche", 0, "2022-09-20", 15), (2, "Ouvrir une page", 1, None, None)],
    )
    db.execute(
        "INSERT INTO circle_meeting (id, circle_id, held_on, minutes) "
        "VALUES (1, 2, '2022-09-21', 'Affiche pour le marché')"
    )
    db.execute(
        "INSERT INTO circle_lead_turn (id, circle_id, person_id, started_on) "
        "VALUES (1, 2, 16, '2022-09-21')"
    )


def fill_0027_person_gender(db: sqlite3.Connection) -> None:
    # A new column: a man who said so (a speaker), roles shown for him in the masculine.
    db.execute(
        "INSERT INTO person (id, first_name, last_name, role, gender, languages, phone, active, "
        "notes, uid) VALUES (95, 'Karim', 'Haddad', 'speaker', 'man', 'arabe', '', 1, '', "
        "'00000000000000000000000000000f95')"
    )


def fill_0028_tastings_the_members_own(db: sqlite3.Connection) -> None:
    # Questions of a recipe version (a choice with its options), a form and its replies; the
    # tasting answers of 0004 became forms of the six first questions (tested in
    # tests/db/test_tastings_migration.py).
    db.executemany(
        "INSERT INTO tasting_question (id, recipe_id, position, kind, text, options, "
        "default_key, uid) VALUES (?, 1, ?, ?, ?, ?, NULL, NULL)",
        [
            (101, 10, "scale", "Sucré", ""),
            (102, 11, "choice", "Quel format ?", "Petit\nGrand"),
            (103, 12, "text", "Une idée ?", ""),
        ],
    )
    db.execute("INSERT INTO tasting_form (id, tasting_id, number, uid) VALUES (101, 1, 9, NULL)")
    db.executemany(
        "INSERT INTO tasting_reply (id, form_id, question_id, score, choice, text, uid) "
        "VALUES (?, 101, ?, ?, ?, ?, NULL)",
        [(101, 101, 4, None, ""), (102, 102, None, 1, ""), (103, 103, None, None, "Plus de miel")],
    )


# Tables a later revision replaced: their rows live on as rows of another table.
MOVED_TABLES = {"tasting_answer": "tasting_form", "profit_objection": "decision_objection"}
# Columns a later revision dropped: what they held lives on in another table.
MOVED_COLUMNS = {
    ("profit_share", "took_part"): "decision_position",
    # The problem sentence became problem_kind and problem_values of the same rows (0032).
    ("rotation_day", "problem"): "rotation_day",
}


def fill_0029_directory(db: sqlite3.Connection) -> None:
    # A partner with a mentor paired with a member; an order and a visit linked to it.
    db.execute(
        "INSERT INTO organisation (id, name, kind, address, email, phone, transport_note, notes) "
        "VALUES (170, 'MAdiL', 'partner', 'Rue de la Gare 1, Liège', '', '', 'Bus 4', '')"
    )
    db.execute(
        "INSERT INTO contact (id, organisation_id, first_name, last_name, role, email, phone, "
        "notes) VALUES (171, 170, 'Nadia', 'B.', 'mentor', '', '', 'Étiquettes')"
    )
    db.execute(
        "INSERT INTO mentor_pairing (id, cohort_id, mentor_id, person_id, notes) "
        "VALUES (172, 2, 171, 15, 'Tous les jeudis')"
    )
    db.execute("UPDATE customer_order SET organisation_id = 170")
    db.execute(
        "UPDATE morning SET host_organisation_id = 170, mentor_id = 171, "
        "meeting_point = 'Gare' WHERE id = 150"
    )


def fill_0030_purchases_batches_and_stock(db: sqlite3.Connection) -> None:
    # Dates bought with their supplier's lot, a batch of energy balls that used some of it, and the
    # movements: bought, used, made, one thrown away.
    db.execute(
        "INSERT INTO purchase (id, cohort_id, ingredient_id, supplier, date, quantity, "
        "supplier_lot, date_kind, expires_on, price_cents, created_at) VALUES "
        "(170, 2, 1, 'Colruyt', '2022-11-20', 2, 'F2211', 'best_before', '2023-05-01', 298, "
        "'2022-11-20 10:00:00')"
    )
    db.execute(
        "INSERT INTO production_batch (id, cohort_id, recipe_id, date, quantity, lot, "
        "best_before, created_at) VALUES (171, 2, 1, '2022-11-24', 24, 'L221124', "
        "'2022-12-08', '2022-11-24 12:00:00')"
    )
    db.execute(
        "INSERT INTO stock_movement (id, cohort_id, date, kind, purchase_id, batch_id, "
        "used_in_batch_id, quantity, reason, created_at) VALUES "
        "(172, 2, '2022-11-20', 'bought', 170, NULL, NULL, 2, '', '2022-11-20 10:00:00'), "
        "(173, 2, '2022-11-24', 'used', 170, NULL, 171, -0.5, '', '2022-11-24 12:00:00'), "
        "(174, 2, '2022-11-24', 'made', NULL, 171, NULL, 24, '', '2022-11-24 12:00:00'), "
        "(175, 2, '2022-11-25', 'wasted', NULL, 171, NULL, -1, 'Tombé', '2022-11-25 18:00:00')"
    )


def fill_0031_profit_sharing_objections_in_the_register(db: sqlite3.Connection) -> None:
    # A profit sharing recorded at 0031: its arithmetic, and who took part and its objection in
    # its register entry only (no profit_objection table, no took_part column any more).
    db.execute(
        "INSERT INTO profit_decision (id, cohort_id, decided_on, proposal, method, outcome, "
        "review_on, profit_cents, fund_bp, split, fund_cents, remainder_cents, created_at) VALUES "
        "(180, 2, '2022-12-16', 'Tout au fonds', 'consent', 'Accepté', NULL, 5000, 10000, "
        "'equal', 5000, 0, '2022-12-16 11:00:00.000000')"
    )
    db.execute(
        "INSERT INTO profit_share (id, decision_id, person_id, hours, share_cents) "
        "VALUES (180, 180, 15, 10, 0), (181, 180, 16, 12, 0)"
    )
    _profit_sharing_entry(db, 180, 180, "Tout au fonds", "Accepté", "2022-12-16", {15})


def fill_0032_rotation_problems_stored_as_what_happened(db: sqlite3.Connection) -> None:
    # A day nobody could take, its problem stored as kinds and names, and a planning of 3 days.
    db.execute(
        "INSERT INTO rotation_day (id, cohort_id, date, is_sale, delegate_id, deputy_id, "
        "published, problem_kind, problem_values) VALUES (190, 2, '2022-09-19', 0, NULL, NULL, "
        '0, \'nobody\', \'{"reasons": [{"name": "Amina", "why": "left"}]}\')'
    )
    db.execute(
        "INSERT INTO rotation_change (id, cohort_id, kind, date, reason, planned_days, made_at) "
        "VALUES (190, 2, 'plan', '2022-09-19', '', 3, '2022-09-18 09:00:00.000000')"
    )


def fill_0033_rotation_undo_entries_stored_as_what_happened(db: sqlite3.Connection) -> None:
    # An Edit > Undo of a swap, kept as the kind of change it undid.
    db.execute(
        "INSERT INTO rotation_change (id, cohort_id, kind, date, reason, undoes, made_at) "
        "VALUES (200, 2, 'manual', '2022-09-14', '', 'swap', '2022-09-14 09:00:00.000000')"
    )


FILLERS = {
    "0001": fill_0001_foundation,
    "0002": fill_0002_menus,
    "0003": fill_0003_delegate,
    "0004": fill_0004_evaluations,
    "0005": fill_0005_schedule,
    "0006": fill_0006_sales,
    "0007": fill_0007_safety,
    "0008": fill_0008_order_links,
    "0009": fill_0009_piece_weight,
    "0010": fill_0010_one_sale_format,
    "0011": fill_0011_sale_day_version,
    "0012": fill_0012_descriptive_name,
    "0013": fill_0013_checklist_default_keys,
    "0014": fill_0014_recipe_edit_version,
    "0015": fill_0015_evaluation_defaults_by_key,
    "0016": fill_0016_outcomes_after_the_programme,
    "0017": fill_0017_emphasis_weight_change,
    "0018": fill_0018_compound_ingredients,
    "0019": fill_0019_nutrition,
    "0020": fill_0020_register_of_decisions,
    "0021": fill_0021_sub_groups_in_the_schedule,
    "0022": fill_0022_kitchen_temperatures,
    "0023": fill_0023_global_row_ids,
    "0024": fill_0024_publications,
    "0025": fill_0025_portfolio_consent,
    "0026": fill_0026_circles_that_can_run,
    "0027": fill_0027_person_gender,
    "0028": fill_0028_tastings_the_members_own,
    "0029": fill_0029_directory,
    "0030": fill_0030_purchases_batches_and_stock,
    "0031": fill_0031_profit_sharing_objections_in_the_register,
    "0032": fill_0032_rotation_problems_stored_as_what_happened,
    "0033": fill_0033_rotation_undo_entries_stored_as_what_happened,
}
