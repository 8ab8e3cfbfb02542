"""`print lot-trace --lot X` on the demo: Coopérative 2's dates go forward to the energy balls'
batches and their sale days; an unknown lot says so and exits 1."""

from __future__ import annotations

import io

import pdfplumber

from app.cli import main


def test_the_demo_dates_lot_leads_to_the_batches_and_sale_days(demo_db_path, tmp_path):
    output = tmp_path / "trace.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "lot-trace",
                "--lot",
                "DAT-2209-14",
                "-o",
                str(output),
            ]
        )
        == 0
    )
    with pdfplumber.open(io.BytesIO(output.read_bytes())) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Traçabilité du lot DAT-2209-14" in text
    for lot in ("L220926", "L221012", "L221103"):
        assert lot in text
    assert "14/10/2022" in text and "04/11/2022" in text
    assert "Date dépassée" not in text  # a loss is counted, its reason is on the stock page


def test_an_unknown_lot_exits_1_with_a_message(demo_db_path, tmp_path, capsys):
    output = tmp_path / "trace.pdf"
    assert (
        main(["--db", str(demo_db_path), "print", "lot-trace", "--lot", "ZZZ", "-o", str(output)])
        == 1
    )
    assert "Aucun achat" in capsys.readouterr().err
    assert not output.exists()
