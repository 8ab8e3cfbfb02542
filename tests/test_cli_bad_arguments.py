"""Issue 15 item 7: every command given bad arguments answers with a message and a non-zero exit,
never a traceback (the tree of sub-commands is walked, so a new kind is covered)."""

from __future__ import annotations

import io

import pytest

from app.cli import main
from tests.test_cli_db_anywhere import PARSERS

BAD_VALUES = {
    "--cohort": "Cohorte inconnue",
    "--week": "2022-W99",
    "--person": "Personne inconnue",
    "--order": "999999",
    "--date": "9999-12-31",
    "--product": "Energy balls dattes-cacao=2",
    "--template": "L9999",
    "--recipe": "Recette inconnue",
    "--batches": "-3",
    "--menu": "Menu inconnu",
    "--guests": "1000000000000",
    "--to": "/no/such/usb/key",
    "--from": "ftp://not-a-database-server",
    "--kind": "inconnu",
    "--circle": "Cercle inconnu",
    "--lot": "LOT-INCONNU",
}
COMMANDS = list(PARSERS)  # one parser shared by the tests, which only read its options


def bad_arguments(parser, tmp_path) -> list[str]:
    words = []
    for action in parser._actions:
        if action.option_strings and action.option_strings[-1] in BAD_VALUES:
            words += [action.option_strings[-1], BAD_VALUES[action.option_strings[-1]]]
        elif action.required and not action.option_strings:
            junk = tmp_path / "junk.sqlite3"
            junk.write_text("pas une base")
            words.append(str(junk))
        elif action.dest == "output":
            words += ["-o", str(tmp_path / "out.pdf")]
    return words


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_bad_arguments_give_a_message_not_a_traceback(
    command, demo_db_path, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal (nor PIN) to read from
    parser = PARSERS[command]
    argv = ["--db", str(demo_db_path), *command, *bad_arguments(parser, tmp_path)]
    try:
        code = main(argv)
    except SystemExit as refused:  # argparse's own refusal of an unusable value
        code = refused.code
    err = capsys.readouterr().err
    assert code != 0, argv
    assert err.strip() and "Traceback" not in err and "Erreur inattendue" not in err, err


def test_a_label_date_out_of_range_is_told(demo_db_path, tmp_path, capsys):
    argv = ["--db", str(demo_db_path), "print", "labels", "--product",
            "Energy balls dattes-cacao=2", "--date", "9999-12-31",
            "-o", str(tmp_path / "l.pdf")]  # fmt: skip
    assert main(argv) == 2
    assert "plausible" in capsys.readouterr().err


def test_print_evaluation_without_a_terminal_says_how(demo_db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    argv = ["--db", str(demo_db_path), "print", "evaluation", "--person", "Amina", "--cohort",
            "Coopérative 1", "-o", str(tmp_path / "e.pdf")]  # fmt: skip
    assert main(argv) == 2
    assert "--pin-stdin" in capsys.readouterr().err
