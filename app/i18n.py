"""Translation of user-visible text outside the UI (services, printing, CLI).

The source language is French. By default `tr` returns the French text; the GUI installs Qt's
translator at start-up (`install_translator`), so services and printing share the UI's catalogue.
Use `tr("Texte en français", "Contexte")`; the context groups strings in the `.ts` files.
"""
from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731

DEFAULT_CONTEXT = "coopactives"


def tr(text: str, context: str = DEFAULT_CONTEXT) -> str:
    """The text in the interface language (French, the source, until a translator is installed)."""
    return _translate(context, text)


def install_translator(translate: Callable[[str, str], str]) -> None:
    """Route `tr` through another function, e.g. QCoreApplication.translate."""
    global _translate
    _translate = translate
