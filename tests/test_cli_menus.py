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


def shopping_list(demo_db_path, out, *more) -> int:
    return main(
        ["--db", str(demo_db_path), "print", "shopping-list"]
        + ["--recipe", "energy balls coco-cajou", "--batches", "4", *more, "-o", str(out)]
    )


def test_the_shopping_list_buys_only_beyond_the_cohorts_stock(demo_db_path, tmp_path, capsys):
    # Coopérative 2 has 1,35 kg of dates (lot DAT-2210-03), 550 g of oats and 70 g of coconut
    # left (app/demo/stock.py); 4 batches of coco-cajou need 1,4 kg, 400 g and 320 g
    out = tmp_path / "courses.csv"
    assert shopping_list(demo_db_path, out, "--cohort", "coopérative 2") == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(";Recettes;En stock;À acheter")
    assert (
        "Colruyt;Dattes dénoyautées;1,4;kg;1;1;6,99;0,95;Energy balls coco-cajou;1,35;0,05" in lines
    )
    assert "Colruyt;Flocons d'avoine;400;g;0;500;0,00;150;Energy balls coco-cajou;400;0" in lines
    assert "Colruyt;Noix de coco râpée;320;g;2;200;3,78;150;Energy balls coco-cajou;70;250" in lines
    pdf = tmp_path / "courses.pdf"
    # 20/11/2022 falls in Coopérative 2's programme: its stock without --cohort
    assert shopping_list(demo_db_path, pdf, "--date", "2022-11-20") == 0
    with pdfplumber.open(io.BytesIO(pdf.read_bytes())) as document:
        text = document.pages[0].extract_text()
    assert "1,4 kg (en stock : 1,35 kg)" in text and "320 g (en stock : 70 g)" in text
    assert capsys.readouterr().err == ""


def test_the_shopping_list_says_when_no_stock_is_taken(demo_db_path, tmp_path, capsys):
    out = tmp_path / "courses.csv"
    assert shopping_list(demo_db_path, out, "--date", "2023-06-20") == 0  # no cohort running
    assert "--cohort" in capsys.readouterr().err
    dates = next(
        line for line in out.read_text(encoding="utf-8-sig").splitlines() if "Dattes" in line
    )
    assert dates.endswith(";0;1,4")
    assert shopping_list(demo_db_path, out, "--cohort", "Coopérative 9") == 2
    assert "Coopérative 9" in capsys.readouterr().err
