"""The glossary (docs/glossary.md): for each row, every translation whose French source contains
the French term uses the language's term."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import i18n_catalog as catalog

GLOSSARY = Path(__file__).resolve().parent.parent / "docs" / "glossary.md"


def glossary() -> dict[str, list[tuple[str, str]]]:
    """{language: [(French term, checked part of the term)]} from the tables under
    "## <name> (<code>)" (columns: notion, French, term, checked)."""
    rows: dict[str, list[tuple[str, str]]] = {}
    language = None
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## .*\((\w+)\)$", line)
        if heading:
            language = heading.group(1)
            rows[language] = []
        elif language and line.startswith("|") and not line.startswith("| notion"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            if len(cells) == 4 and not set(cells[0]) <= {"-", " "}:
                rows[language].append((cells[1], cells[3]))
    return rows


def translations(language: str) -> list[tuple[str, list[str]]]:
    found = []
    for message in ET.parse(catalog.ts_path(language)).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found.append((message.findtext("source") or "", forms))
    return found


def contains_word(text: str, term: str) -> bool:
    """`term` as a whole word of `text` (placeholders such as {lot} left out), as written or with
    a capital first letter: "déléguée" also finds "Déléguée", "État" does not find "bon état"."""
    text = re.sub(r"\{\w*\}", "", text)
    forms = {term, term[:1].upper() + term[1:]}
    return any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in forms)


def test_the_glossary_has_rows_for_every_language():
    rows = glossary()
    assert set(rows) == set(catalog.LANGUAGES)
    assert all(len(rows[language]) >= 5 for language in rows)


@pytest.mark.parametrize("language", catalog.LANGUAGES)
def test_translations_use_the_glossary_terms(language):
    messages = translations(language)  # the .ts file parsed once, not once per glossary row
    wrong = [
        f"{french!r} → {term!r}: {source!r} = {form!r}"
        for french, term in glossary()[language]
        for source, forms in messages
        if contains_word(source, french)
        for form in forms
        if term.casefold() not in re.sub(r"\{\w*\}", "", form).casefold()
    ]
    assert wrong == [], f"{len(wrong)} translations off the glossary:\n" + "\n".join(wrong)
