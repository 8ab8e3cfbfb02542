"""argparse's own words on the command line (the usage line, the help option, the headings, every
error about the words typed) in the command line's language instead of argparse's English.

argparse asks `gettext` for each of its messages through its module's `_` and `ngettext`;
`install` points them at the app's catalogue (`tr`, context "argparse"), so that `coopactives
--help` and a mistyped option answer in French, or in `--lang`'s language. A message argparse adds
in a later Python, not listed here, stays as argparse writes it. Each translation keeps the
message's %-placeholders (`%(prog)s`, `%s`…): argparse fills them in after (a test checks it in
every catalogue).
"""

from __future__ import annotations

import argparse
from types import MappingProxyType

from app.i18n import once_per_language, tr

# argparse's errors end with a new line that is not part of the text to translate.
_ERROR = "%(prog)s: error: %(message)s\n"


@once_per_language
def messages() -> MappingProxyType[str, str]:
    """argparse's English message → the same in the command line's language."""
    return MappingProxyType(
        {
            "usage: ": tr("utilisation : ", "argparse"),
            "positional arguments": tr("commandes et arguments", "argparse"),
            "options": tr("options", "argparse"),
            "show this help message and exit": tr("afficher cette aide, puis quitter", "argparse"),
            "show program's version number and exit": tr(
                "afficher la version du programme, puis quitter", "argparse"
            ),
            _ERROR: tr("%(prog)s : erreur : %(message)s", "argparse") + "\n",
            "argument %(argument_name)s: %(message)s": tr(
                "argument %(argument_name)s : %(message)s", "argparse"
            ),
            "can't open '%(filename)s': %(error)s": tr(
                "impossible d'ouvrir « %(filename)s » : %(error)s", "argparse"
            ),
            "unrecognized arguments: %s": tr("mots non reconnus : %s", "argparse"),
            "not allowed with argument %s": tr("impossible avec l'argument %s", "argparse"),
            "ignored explicit argument %r": tr("valeur en trop, ignorée : %r", "argparse"),
            "the following arguments are required: %s": tr(
                "il manque ces arguments obligatoires : %s", "argparse"
            ),
            "one of the arguments %s is required": tr(
                "un de ces arguments est obligatoire : %s", "argparse"
            ),
            "expected one argument": tr("une valeur est attendue", "argparse"),
            "expected at most one argument": tr("une valeur au plus est attendue", "argparse"),
            "expected at least one argument": tr("au moins une valeur est attendue", "argparse"),
            "ambiguous option: %(option)s could match %(matches)s": tr(
                "option ambiguë : %(option)s peut être %(matches)s", "argparse"
            ),
            "unexpected option string: %s": tr("option inattendue : %s", "argparse"),
            "invalid %(type)s value: %(value)r": tr(
                "valeur non valable (%(type)s) : %(value)r", "argparse"
            ),
            "invalid choice: %(value)r (choose from %(choices)s)": tr(
                "choix non valable : %(value)r (choisir parmi %(choices)s)", "argparse"
            ),
            # argparse's "expected %s argument(s)" (ngettext): one form whatever the number
            "expected %s argument": tr("nombre de valeurs attendu : %s", "argparse"),
        }
    )


def _translated(message: str) -> str:
    return messages().get(message, message)


def _translated_n(singular: str, plural: str, n: int) -> str:
    found = messages().get(singular)
    if found is not None:
        return found
    return singular if n == 1 else plural


def install() -> None:
    """Make argparse take its messages from `messages`, in the language in force when each is
    written (the headings and the help option's text when a parser is made)."""
    argparse._ = _translated  # type: ignore[attr-defined]
    argparse.ngettext = _translated_n  # type: ignore[attr-defined]
