"""Issue 15 item 11: the export holds every link to the person (tables that link to her twice),
the PDF is readable (names, dates, translated words, one section per kind), and the command
`coopactives export person` writes either."""

from __future__ import annotations

import io
import json

import pdfplumber
from sqlalchemy import text

from app.cli import main
from app.demo.evaluations import DEMO_PIN
from app.printing.personal_data import personal_data_pdf
from app.services.safety import personal_data, row_graph

DOUBLE_LINKS = {
    table
    for table in {ref.table for ref in row_graph.references_to("person")}
    if sum(ref.table == table for ref in row_graph.references_to("person")) > 1
}


def someone_linked_twice(session) -> int:
    """A person who is delegate one day and deputy another (both links of rotation_day)."""
    return session.execute(
        text(
            "SELECT a.delegate_id FROM rotation_day a JOIN rotation_day b "
            "ON a.delegate_id = b.deputy_id LIMIT 1"
        )
    ).scalar_one()


def test_every_link_is_exported(demo_db):
    assert {"rotation_day", "eval_rating"} <= DOUBLE_LINKS
    with demo_db.session() as session:
        person_id = someone_linked_twice(session)
        data = personal_data.collect_person_data(session, person_id, evaluations_unlocked=True)
        document = json.loads(personal_data.export_json(data))
        for table in DOUBLE_LINKS:
            refs = [ref for ref in row_graph.references_to("person") if ref.table == table]
            where = " OR ".join(f"{ref.columns[0]} = :p" for ref in refs)
            expected = session.execute(
                text(f"SELECT count(*) FROM {table} WHERE {where}"), {"p": person_id}
            ).scalar_one()
            assert len(document["linked"].get(table, [])) == expected, table
    assert len(document["linked"]["rotation_day"]) >= 2


def test_the_pdf_is_readable(demo_db):
    with demo_db.session() as session:
        person_id = someone_linked_twice(session)
        data = personal_data.collect_person_data(session, person_id, evaluations_unlocked=True)
        deputies = {row["deputy_id"] for row in next(
            link for link in data.linked if link.table == "rotation_day"
        ).rows}  # fmt: skip
    with pdfplumber.open(io.BytesIO(personal_data_pdf(data))) as pdf:
        words = " ".join(page.extract_text() for page in pdf.pages)
    assert all(isinstance(d, str) and not d.isdigit() for d in deputies if d)  # names, not ids
    assert not any(word in words.split() for word in ("present", "catering", "{}", "absent"))
    assert "Suppléante" in words and any(d in words for d in deputies if d)


def test_export_person_command(demo_db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PIN + "\n"))
    target = tmp_path / "amina.json"
    argv = ["export", "person", "--person", "Amina Lukusa", "--pin-stdin", "-o", str(target)]
    assert main(["--db", str(demo_db_path), *argv]) == 0, capsys.readouterr().err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["person"]["last_name"] == "Lukusa"
    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PIN + "\n"))
    pdf_target = tmp_path / "amina.pdf"
    argv[-1] = str(pdf_target)
    assert main(["--db", str(demo_db_path), *argv]) == 0
    assert pdf_target.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr("sys.stdin", io.StringIO("0000\n"))
    refused = tmp_path / "refused.json"
    argv[-1] = str(refused)
    assert main(["--db", str(demo_db_path), *argv]) == 3 and not refused.exists()
