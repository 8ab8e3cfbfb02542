"""argparse's own words on the command line (the usage line, the headings, the help option, the
errors about what was typed) are the app's: French without `--lang`, the language of `--lang`
with it. Each catalogue keeps every message's %-placeholders (argparse fills them in after), and
every message the app translates is one that this Python's argparse writes."""

from __future__ import annotations

import argparse
import inspect
import re

import pytest

from app import i18n_catalog
from app.cli import main
from app.commands import parser_messages

PLACEHOLDER = re.compile(r"%\(\w+\)[sr]|%[sr]")


def said(capsys, argv: list[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    out = capsys.readouterr()
    return ended.value.code, out.out + out.err


def test_the_help_is_french_without_lang(capsys):
    code, text = said(capsys, ["--help"])
    assert code == 0
    assert text.startswith("utilisation : coopactives [-h]")
    assert "  -h, --help            afficher cette aide, puis quitter" in text
    assert "\ncommandes et arguments:\n" in text and "\noptions:\n" in text
    assert "show this help" not in text and "usage:" not in text


def test_a_mistyped_command_is_told_in_french(capsys):
    code, text = said(capsys, ["print", "labels", "-o"])
    assert code == 2
    assert (
        "coopactives print labels : erreur : argument -o/--output : une valeur est attendue" in text
    )
    code, text = said(capsys, ["print", "labels", "--nope"])
    assert "il manque ces arguments obligatoires : -o/--output" in text


def test_with_lang_the_help_and_errors_take_that_language(capsys):
    code, text = said(capsys, ["--lang", "nl", "print", "labels", "-o", "x.pdf", "--template"])
    assert code == 2
    assert "coopactives print labels: fout: argument --template: een waarde wordt verwacht" in text
    code, text = said(capsys, ["--lang", "en", "--help"])
    assert text.startswith("usage: coopactives [-h]")
    assert "show this help, then quit" in text
    code, text = said(capsys, ["--lang", "ar", "print", "labels"])
    assert "coopactives print labels: خطأ: هذه المعاملات الإلزامية ناقصة: -o/--output" in text


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_every_translation_keeps_the_placeholders_argparse_fills_in(language):
    catalogue = i18n_catalog.read_ts(i18n_catalog.ts_path(language))
    sources = [source for context, source in catalogue if context == "argparse"]
    assert len(sources) == len(set(parser_messages.messages().values()))
    for source in sources:
        (translation,) = catalogue[("argparse", source)]
        assert translation, source
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source))


def test_every_message_translated_is_one_argparse_writes():
    argparse_source = inspect.getsource(argparse)
    for message in parser_messages.messages():
        assert repr(message)[1:-1] in argparse_source or message in argparse_source, message


def placeholders_of_every_command() -> set[str]:
    """The placeholders (metavars) in the help of every command and sub-command."""
    from app.cli import build_parser, sub_parsers

    found: set[str] = set()

    def walk(parser) -> None:
        for action in parser._actions:
            if isinstance(action.metavar, str):
                found.add(action.metavar)
        for sub in sub_parsers(parser):
            walk(sub)

    walk(build_parser())
    return found


def test_every_placeholder_of_every_command_is_in_the_language_of_the_line():
    from app.commands.language import use_language

    french = placeholders_of_every_command()
    assert {"NOM", "FICHIER", "CHEMIN", "DOSSIER", "AAAA-MM-JJ", "COMMANDE"} <= french
    assert not french & {"NAME", "FILE", "PATH", "DIR", "YYYY-MM-DD", "WORDS", "WHAT", "KIND"}
    use_language("en")
    english = placeholders_of_every_command()
    assert {"NAME", "FILE", "PATH", "FOLDER", "YYYY-MM-DD", "COMMAND"} <= english
    assert not english & {"NOM", "FICHIER", "CHEMIN", "DOSSIER", "AAAA-MM-JJ", "MOTS", "QUOI"}
