"""Issue 15 item 6: `--db PATH` is accepted before and after the sub-command, for every command
and every print and export kind (the tree of sub-commands is walked, so a new kind is covered)."""

from __future__ import annotations

import argparse

import pytest

from app.cli import build_parser, main, sub_parsers

SAMPLE_VALUES = {
    "--cohort": "Coopérative 1",
    "--week": "2022-W41",
    "--person": "Amina",
    "--order": "1",
    "--date": "2022-07-06",
    "--appliance": "Frigo de la cuisine",
    "--month": "2022-09",
    "--name": "Coopérative 3",
    "--recipe": "Energy balls dattes-cacao",
    "--circle": "Achats et stock",
    "--lot": "L221012",
    "--start": "2023-01-09",
    "--to": "postgresql://coop@/org?host=/nonexistent-socket-folder",
    "--from": "postgresql://coop@/org?host=/nonexistent-socket-folder",
}

# Kinds that need one of several options (none of them required by argparse itself).
ONE_OF = {
    ("print", "shopping-list"): ["--order", "1"],
    ("print", "programme-report"): ["--cohort", "Coopérative 1"],
    ("export", "programme-report"): ["--cohort", "Coopérative 1"],
    ("print", "allergens"): ["--order", "1"],
    ("print", "cohort-summary"): ["--cohort", "Coopérative 1"],
}


def leaves(parser, path=()):
    subs = [
        (name, sub)
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name, sub in action.choices.items()
    ]
    if not subs:
        yield path, parser
    for name, sub in subs:
        yield from leaves(sub, (*path, name))


def required_arguments(parser, tmp_path) -> list[str]:
    words = []
    for action in parser._actions:
        if not action.required:
            continue
        if not action.option_strings:  # a positional FILE / PATH: an existing file
            existing = tmp_path / "exists.sqlite3"
            existing.write_bytes(b"precious")
            words.append(str(existing))
        elif action.dest == "output":
            words += ["-o", str(tmp_path / "out.pdf")]
        else:
            words += [action.option_strings[-1], SAMPLE_VALUES[action.option_strings[-1]]]
    return words


# One parser for every test: they only read its options (`main` builds its own).
PARSERS = dict(leaves(build_parser()))
COMMANDS = list(PARSERS)


def test_every_command_is_walked():
    assert len(COMMANDS) >= 16 and ("print", "week") in COMMANDS and ("backup",) in COMMANDS
    assert all("--db" in p._option_string_actions for p in sub_parsers(build_parser()))


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_db_before_or_after_the_command(command, where, tmp_path, capsys):
    parser = PARSERS[command]
    missing = tmp_path / "mine.sqlite3"
    db = ["--db", str(missing)]
    words = [*command, *required_arguments(parser, tmp_path), *ONE_OF.get(command, [])]
    argv = db + words if where == "before" else words + db
    assert main(argv) == 2  # no SystemExit from argparse: --db was accepted
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if command != ("demo",):  # demo writes a new file and does not read --db
        assert str(missing) in err and "n'existe pas" in err
