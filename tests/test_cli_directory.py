"""`coopactives directory list` on the demo: the 2022 partners, the funder, the repeat customer
with her two orders, the mentors; a search; an unknown kind refused."""

from __future__ import annotations

import pytest

from app.cli import main


def test_the_demo_directory_lists_partners_funder_customers_and_mentors(demo_db_path, capsys):
    assert main(["directory", "list", "--db", str(demo_db_path)]) == 0
    out = capsys.readouterr().out
    for name in ("MAdiL", "Plug-R", "OuftiCoop", "Epiphytes", "InitiativES", "IRFAM", "WOW"):
        assert name in out
    assert "Fondation Roi Baudouin — Financeur" in out
    assert "Maison de quartier Saint-Léonard — Client" in out and "commandes : 2" in out
    assert "Patricia — Marraine / parrain" in out and "Jacques — Marraine / parrain" in out


def test_a_search_and_a_kind_narrow_the_list(demo_db_path, capsys):
    assert main(["directory", "list", "--db", str(demo_db_path), "--kind", "funder"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Fondation Roi Baudouin — Financeur"
    assert "MAdiL" not in out and "Patricia" not in out
    assert main(["directory", "list", "--db", str(demo_db_path), "--search", "seraing"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Restaurant Utopia — Lieu de visite",
        "    Seraing",
    ]


def test_an_unknown_kind_is_refused(demo_db_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["directory", "list", "--db", str(demo_db_path), "--kind", "bank"])
    assert stopped.value.code == 2
    assert "bank" in capsys.readouterr().err
