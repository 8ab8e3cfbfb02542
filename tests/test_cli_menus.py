"""`coopactives print quote` and `print shopping-list` on the demo database; bad input exits 2."""

from __future__ import annotations

import io

import pdfplumber

from app.cli import main


def test_print_quote_of_the_2022_order(demo_db_path, tmp_path):
    out = tmp_path / "devis.pdf"
    assert main(["print", "quote", "--db", str(demo_db_path), "--order", "1", "-o", str(out)]) == 0
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as document:
        text = document.pages[0].extract_text()
    assert "Asbl Les Jardins de Bressoux" in text and "Poulet yassa" in text
    assert "(v1)" not in text  # the recipe's version is for the kitchen, not for the customer


def test_print_shopping_list_for_recipes_as_csv_and_for_a_menu(demo_db_path, tmp_path):
    out = tmp_path / "courses.csv"
    code = main(
        [
            "--db",
            str(demo_db_path),
            "print",
            "shopping-list",
            "--recipe",
            "energy balls coco-cajou",
            "--batches",
            "2",
            "--date",
            "2022-11-20",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    text = out.read_text(encoding="utf-8-sig")
    # coco-cajou: 2 batches × 150 g of cashews = 300 g -> two 200 g packs, 100 g left
    assert "Noix de cajou;300;g;2;200;7,98;100;Energy balls coco-cajou" in text
    pdf = tmp_path / "menu.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "shopping-list",
                "--menu",
                "Brunch des 20 ans",
                "--guests",
                "20",
                "-o",
                str(pdf),
            ]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")


def test_bad_input_exits_with_a_message(demo_db_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert (
        main(["--db", str(demo_db_path), "print", "quote", "--order", "999", "-o", str(out)]) == 2
    )
    assert "999" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "shopping-list",
                "--recipe",
                "Crêpes",
                "--batches",
                "2,5,0",
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert "quantité" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "shopping-list",
                "--recipe",
                "Crêpes",
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert not out.exists()
