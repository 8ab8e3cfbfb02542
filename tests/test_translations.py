"""The shipped translations: .qm current with .ts, every source string present, none unfinished."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app import i18n_catalog as catalog


@pytest.mark.parametrize("language", catalog.LANGUAGES)
def test_qm_files_are_current_with_ts_files(language, tmp_path):
    fresh = tmp_path / f"{language}.qm"
    catalog.lrelease(catalog.ts_path(language), fresh)
    assert fresh.read_bytes() == catalog.qm_path(language).read_bytes(), (
        "run `uv run python -m app.i18n_catalog` to recompile"
    )


def _entries(language: str) -> dict[tuple[str, str], ET.Element]:
    entries = {}
    for context in ET.parse(catalog.ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            entries[(name, message.findtext("source") or "")] = message.find("translation")
    return entries


@pytest.mark.parametrize("language", catalog.LANGUAGES)
def test_every_source_string_is_in_every_ts_file(language):
    expected = {(m.context, m.source) for m in catalog.extract()}
    missing = expected - set(_entries(language))
    assert not missing, f"{len(missing)} strings missing, e.g. {sorted(missing)[:5]}"


@pytest.mark.parametrize("language", catalog.LANGUAGES)
def test_main_window_and_tab_titles_are_translated(language):
    entries = _entries(language)
    ours = [
        (m.context, m.source)
        for m in catalog.extract()
        if any(
            f in ("app/ui/main_window.py", "app/ui/tabs.py", "app/ui/view_menu.py")
            for f, _ in m.locations
        )
    ]
    assert len(ours) > 30
    for key in ours:
        translation = entries[key]
        assert translation.get("type") != "unfinished" and translation.text, key


# EXPECTED TO FAIL until the translators have filled the .ts files (issue 10, item 1): every entry
# of every shipped language must be translated.
@pytest.mark.parametrize("language", catalog.LANGUAGES)
def test_every_entry_is_translated(language):
    unfinished = [
        key
        for key, translation in _entries(language).items()
        if translation is None
        or translation.get("type") == "unfinished"
        or not (translation.text or any(f.text for f in translation.iter("numerusform")))
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in {language}, e.g. {unfinished[:5]}"


def test_every_translation_call_in_the_app_has_literal_text():
    assert catalog.non_literal_calls() == []


def test_the_extractor_rejects_helpers_and_reports_variables(tmp_path):
    package = tmp_path / "app"
    package.mkdir()
    (package / "page.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from app.i18n import tr\n"
        "def _t(text):\n"
        "    return QCoreApplication.translate('Page', text)\n"
        "def translate_in(context, text):\n"
        "    return QCoreApplication.translate(context, text)\n"
        "def build(key):\n"
        "    t = lambda text: tr(text, 'inner')\n"
        "    return [_t('Titre'), t('Marge'), tr(NAMES[key], 'x'), tr('Prix', 'Page')]\n",
        encoding="utf-8",
    )
    found = {(m.context, m.source) for m in catalog.extract(package)}
    assert found == {("Page", "Prix")}
    assert catalog.non_literal_calls(package) == [
        "app/page.py:4: QCoreApplication.translate('Page', text)",
        "app/page.py:8: tr(text, 'inner')",
        "app/page.py:9: tr(NAMES[key], 'x')",
    ]
