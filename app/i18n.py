"""Translation of user-visible text outside the UI (services, printing, CLI).

The source language is French. By default `tr` returns the French text; the GUI installs Qt's
translator at start-up (`install_translator`), so services and printing share the UI's catalogue.
Use `tr("Texte en français", "Contexte")`; the context groups strings in the `.ts` files.
"""
from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731

DEFAULT_CONTEXT = "coopactives"
# Babel locale for numbers, dates and amounts shown in the interface (documents for customers
# use the cooperative's label language instead).
_format_locale = "fr_BE"


def tr(text: str, context: str = DEFAULT_CONTEXT) -> str:
    """The text in the interface language (French, the source, until a translator is installed)."""
    return _translate(context, text)


def install_translator(translate: Callable[[str, str], str]) -> None:
    """Route `tr` through another function, e.g. QCoreApplication.translate."""
    global _translate
    _translate = translate


def format_locale() -> str:
    """The Babel locale of the interface language, e.g. "fr_BE"."""
    return _format_locale


def set_format_locale(locale: str) -> None:
    global _format_locale
    _format_locale = locale
