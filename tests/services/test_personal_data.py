"""Personal data: export everything about a person (JSON, PDF), erase her, keep history; no names
in logs."""

from __future__ import annotations

import datetime as dt
import io
import json

import pdfplumber
import pytest
from sqlalchemy import Column, ForeignKey, Integer, Table, Text

from app.models import load_all
from app.models.people import Membership
from app.models.schedule import Morning
from app.printing.personal_data import personal_data_pdf
from app.services.errors import NotFound, ValidationError
from app.services.people import cohorts
from app.services.people import members as people
from app.services.people.members import PersonInput
from app.services.safety import personal_data, row_graph

NOW = dt.datetime(2022, 12, 16, 12, 0)


@pytest.fixture
def amina(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    person = people.create_person(
        session,
        PersonInput(
            "Amina",
            "Diallo",
            country_code="GN",
            languages="peul, français",
            phone="+32 470 11 22 33",
            notes="garde d'enfants le mercredi",
        ),
        cohort.id,
        dt.date(2022, 9, 19),
    )
    session.add(
        Morning(
            cohort_id=cohort.id, date=dt.date(2022, 10, 4), kind="kitchen", facilitator_id=person.id
        )
    )
    session.flush()
    return person


def test_every_table_that_refers_to_a_person_is_classified():
    """A new table pointing at `person` must say whether erasure deletes or keeps its rows:
    add it to PERSONAL_TABLES or HISTORY_TABLES in app/services/safety/personal_data.py."""
    assert personal_data.unclassified_tables() == []
    assert not personal_data.PERSONAL_TABLES & personal_data.HISTORY_TABLES


def test_the_readable_copy_names_every_column_and_table_in_french():
    """The PDF shows French names, not raw columns, for every table that refers to a person."""
    from app.services.safety.trash import kind_label

    tables = sorted(personal_data.PERSONAL_TABLES | personal_data.HISTORY_TABLES)
    raw = [
        f"{t}.{c.name}"
        for t in tables
        for c in row_graph.table(t).columns
        if c.name not in personal_data.field_labels()
    ]
    assert raw == []
    assert [t for t in tables if kind_label(t) == t] == []


def test_export_finds_every_linked_row(session, amina):
    data = personal_data.collect_person_data(session, amina.id, NOW)
    assert data.full_name == "Amina Diallo"
    assert data.person["phone"] == "+32 470 11 22 33"
    by_table = {link.table: link for link in data.linked}
    assert set(by_table) == {"membership", "morning"}
    assert by_table["membership"].rows[0]["cohort_id"] == "Coopérative 2"  # shown by name
    assert by_table["membership"].rows[0]["joined_on"] == "2022-09-19"
    document = json.loads(personal_data.export_json(data))
    assert document["person"]["first_name"] == "Amina"
    assert document["person"]["notes"] == "garde d'enfants le mercredi"
    assert len(document["linked"]["membership"]) == 1
    assert document["linked"]["morning"][0]["kind"] == "kitchen"


def test_the_pdf_reads_like_the_record(session, amina):
    pdf = personal_data_pdf(personal_data.collect_person_data(session, amina.id, NOW))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "Données personnelles : Amina Diallo" in text
    assert "16/12/2022 12:00" in text
    for expected in (
        "+32 470 11 22 33",
        "peul, français",
        "garde d'enfants le mercredi",
        "Participation à une cohorte (1)",
        "Coopérative 2",
        "19/09/2022",
        "Matinée (1)",
        "Guinée",
        "Membre",
        "Arrivée",
    ):
        assert expected in text


def test_erasure_removes_name_and_contact_and_keeps_history(session, amina):
    cohort_id = session.query(Membership).one().cohort_id
    erasure = personal_data.erase_person(session, amina.id)
    assert erasure.deleted == {}
    assert erasure.kept == {"membership": 1, "morning": 1}
    after = people.get_person(session, amina.id, cohort_id)
    assert (after.first_name, after.last_name) == ("Ancienne membre", f"n° {amina.id}")
    assert (after.phone, after.notes, after.languages, after.country_code, after.active) == (
        "",
        "",
        "",
        None,
        False,
    )
    assert after.joined_on == dt.date(2022, 9, 19)  # her place in the cohort's history is kept
    rows = row_graph.select_rows(session, "person", {"id": amina.id})
    # every column but the random global id (its hex digits could hold "470" by chance)
    text = json.dumps(
        [{k: v for k, v in row.items() if k != "uid"} for row in rows], ensure_ascii=False
    )
    for secret in ("Amina", "Diallo", "470", "peul", "enfants", "GN"):
        assert secret not in text


def test_personal_tables_are_deleted(session, amina, monkeypatch):
    evaluation = Table(
        "test_evaluation",
        load_all().metadata,
        Column("id", Integer, primary_key=True),
        Column("person_id", Integer, ForeignKey("person.id")),
        Column("comment", Text),
    )
    monkeypatch.setattr(
        personal_data, "PERSONAL_TABLES", personal_data.PERSONAL_TABLES | {"test_evaluation"}
    )
    try:
        evaluation.create(session.connection())
        session.execute(
            evaluation.insert(),
            [
                {"person_id": amina.id, "comment": "écoute les autres"},
                {"person_id": amina.id, "comment": "ponctuelle"},
            ],
        )
        exported = personal_data.collect_person_data(session, amina.id, NOW)
        assert [len(link.rows) for link in exported.linked if link.table == "test_evaluation"] == [
            2
        ]
        erasure = personal_data.erase_person(session, amina.id)
        assert erasure.deleted == {"test_evaluation": 2}
        assert session.execute(evaluation.select()).all() == []
    finally:
        evaluation.drop(session.connection())
        load_all().metadata.remove(evaluation)


def test_an_unclassified_table_stops_the_erasure(session, amina):
    mystery = Table(
        "test_mystery",
        load_all().metadata,
        Column("id", Integer, primary_key=True),
        Column("person_id", Integer, ForeignKey("person.id")),
    )
    try:
        mystery.create(session.connection())
        with pytest.raises(ValidationError, match="test_mystery"):
            personal_data.erase_person(session, amina.id)
        assert people.get_person(session, amina.id).first_name == "Amina"
    finally:
        mystery.drop(session.connection())
        load_all().metadata.remove(mystery)


def test_unknown_person(session):
    with pytest.raises(NotFound):
        personal_data.collect_person_data(session, 999)
    with pytest.raises(NotFound):
        personal_data.erase_person(session, 999)


@pytest.mark.sqlite  # it backs up the database file too
def test_the_log_holds_no_personal_data(session, amina, tmp_path, monkeypatch):
    from app import logs
    from app.services.safety import backup, trash

    monkeypatch.setenv("COOPACTIVES_LOG_DIR", str(tmp_path / "logs"))
    logs.close_logging()
    path = logs.setup_logging()
    try:
        entry = trash.move_to_trash(session, "person", amina.id, "Amina Diallo", NOW)
        trash.restore_from_trash(session, entry.id)
        personal_data.collect_person_data(session, amina.id, NOW)
        session.commit()
        db_path = session.get_bind().url.database
        from pathlib import Path

        backup.make_backup(Path(db_path), "manuelle", NOW)
        personal_data.erase_person(session, amina.id)
        try:
            raise ValueError("refused value: Amina Diallo +32 470 11 22 33")
        except ValueError as error:
            logs._log_uncaught(ValueError, error, error.__traceback__)
    finally:
        logs.close_logging()
    text = path.read_text(encoding="utf-8")
    assert "moved person" in text and "erased person" in text and "backup written" in text
    assert "uncaught ValueError" in text
    # The phone number whole: "470" alone turns up by chance in a timestamp's milliseconds
    # ("10:15:23,470") or a temporary folder's number (it made this test fail once).
    for secret in ("Amina", "Diallo", "470 11 22 33", "470112233", "peul", "enfants"):
        assert secret not in text


def test_money_rates_and_yes_no_read_as_people_say_them():
    assert personal_data.readable_value("unit_price_cents", 250) == "2,50\xa0€"
    assert personal_data.readable_value("vat_rate_bp", 600) == "6 %"
    assert personal_data.readable_value("vat_rate_bp", 550) == "5,5 %"
    assert personal_data.readable_value("is_sale", 1) == "Oui"
    assert personal_data.readable_value("quantity", -1) == "-1"


# --- issue 15 item 8: evaluation content needs the coordinator's PIN ---------------------------
def evaluated_person(database) -> int:
    from sqlalchemy import text

    with database.session() as session:
        return session.execute(text("SELECT member_id FROM eval_rating LIMIT 1")).scalar_one()


def test_evaluations_are_not_exported_or_erased_without_the_pin(demo_db):
    person_id = evaluated_person(demo_db)
    with demo_db.session() as session:
        assert personal_data.needs_pin(session, person_id)
        with pytest.raises(personal_data.PinRequired) as info:
            personal_data.collect_person_data(session, person_id, NOW)
        assert info.value.field == "pin"
        with pytest.raises(personal_data.PinRequired):
            personal_data.erase_person(session, person_id)
    with demo_db.session() as session:
        data = personal_data.collect_person_data(session, person_id, NOW, evaluations_unlocked=True)
        assert any(link.table in personal_data.EVALUATION_TABLES for link in data.linked)
        erasure = personal_data.erase_person(session, person_id, evaluations_unlocked=True)
        assert set(erasure.deleted) & personal_data.EVALUATION_TABLES
        assert not personal_data.needs_pin(session, person_id)  # nothing left to guard
