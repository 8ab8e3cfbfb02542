"""The command line's language: `coopactives --lang L print …` writes its messages and the
documents it makes in L, as the window would (the shipped catalogue's finished translations and
plural forms, the language's number and date formats, Arabic right to left). Documents for
customers (labels, quotes) keep the cooperative's label language through `doc_tr`, as in the window.

Read from the `.ts` files without Qt (as `doc_tr` reads them); without `--lang` the commands speak
French, the source language.
"""

from __future__ import annotations

from app import i18n


def _plural_form(language: str, n: int) -> int:
    """Which of the catalogue's plural forms `n` takes, by Qt's rules for the language: English
    and Dutch one and other; Arabic zero, one, two, 3-10, 11-99, 100 and more (docs/glossary)."""
    if language != "ar":
        return 0 if n == 1 else 1
    if n in (0, 1, 2):
        return n
    return 3 if 3 <= n % 100 <= 10 else 4 if 11 <= n % 100 <= 99 else 5


def language_in(argv: list[str]) -> str | None:
    """The value of `--lang` in `argv` ("--lang en" or "--lang=en"), None when not given."""
    for position, word in enumerate(argv):
        if word == "--lang" and position + 1 < len(argv):
            return argv[position + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return None


def use_language(code: str) -> str:
    """Route the services', printing's and the CLI's texts through `code`'s catalogue; returns
    the language in force (French when `code` is unknown or its catalogue is empty or unreadable:
    an entry the catalogue lacks stays French too)."""
    from app import i18n_catalog

    catalogue = {}
    if code in i18n.FORMAT_LOCALES and code != "fr":
        try:
            catalogue = i18n_catalog.read_ts(i18n_catalog.ts_path(code))
        except Exception:  # noqa: BLE001 (a damaged file: the commands stay in French)
            catalogue = {}
    if not catalogue:
        code = "fr"
        i18n.install_translator(lambda context, text: text, i18n._french_n)
    else:

        def text_in(context: str, text: str) -> str:
            return catalogue.get((context, text), [text])[0] or text

        def counted_in(context: str, text: str, disambiguation=None, n: int = -1) -> str:
            forms = catalogue.get((context, text))
            if not forms:
                return i18n.french_plural(text, n).replace("%n", str(n))
            return forms[min(_plural_form(code, n), len(forms) - 1)].replace("%n", str(n))

        i18n.install_translator(text_in, counted_in)
    i18n.set_format_locale(i18n.FORMAT_LOCALES[code])
    i18n.set_right_to_left(code in i18n.RIGHT_TO_LEFT_LANGUAGES)
    return code
