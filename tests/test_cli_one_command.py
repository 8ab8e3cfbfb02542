"""A command line naming one command builds that command's parser alone (`print labels` imports
and registers only app.commands.labels), with the same arguments as in the whole parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import _named_command, build_parser
from tests.test_cli_db_anywhere import PARSERS as WHOLE
from tests.test_cli_db_anywhere import leaves

ROOT = Path(__file__).resolve().parent.parent


def _arguments(parser) -> list[tuple]:
    return [
        (tuple(action.option_strings), action.dest, action.default, action.required)
        for action in parser._actions
    ]


@pytest.mark.parametrize("path", sorted(WHOLE), ids=" ".join)
def test_every_command_alone_or_in_the_whole_parser_has_the_arguments_it_has_in_the_whole_parser(
    path,
):
    argv = ["--db", "x.sqlite3", *path, "-o", "out.pdf"]
    narrow = dict(leaves(build_parser(only=_named_command(argv))))
    assert path in narrow
    assert _arguments(narrow[path]) == _arguments(WHOLE[path])
    assert narrow[path].get_default("handler") is WHOLE[path].get_default("handler")


def test_print_labels_alone_and_what_builds_the_whole_parser():
    assert _named_command(["print", "labels", "--product", "Houmous=3"]) == ("print", "labels")
    assert _named_command(["--lang", "ar", "print", "labels"]) == ("print", "labels")
    assert _named_command(["export", "sales", "-o", "x.csv"]) == ("export", "sales")
    # `print week` is provided by app.commands.schedule: found among all the modules
    assert _named_command(["print", "week", "--week", "2022-W41"]) == ()
    # help, no kind, a kind of nothing: the whole parser (its message lists the kinds)
    assert _named_command(["print", "labels", "--help"]) == ()
    assert _named_command(["print"]) == ()
    assert _named_command(["print", "--db", "x", "labels"]) == ()
    assert _named_command(["print", "nothing"]) == ()
    assert _named_command(["print", "../labels"]) == ()
    assert _named_command(["backup", "--to", "x"]) == ("backup", "")


def test_print_labels_imports_no_other_command_module():
    script = (
        "import sys\n"
        "from app.cli import _named_command, build_parser\n"
        "argv = ['print', 'labels', '--product', 'A=2', '-o', 'x.pdf']\n"
        "args = build_parser(only=_named_command(argv)).parse_args(argv)\n"
        "assert args.product == [('A', 2)], args\n"
        "print(sorted(m for m in sys.modules if m.startswith('app.commands.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == [
        "['app.commands.kinds',",
        "'app.commands.labels',",
        "'app.commands.parser_messages',",  # argparse's words, for every command
        "'app.commands.print_cmd']",
    ]
