"""The shipped translations: .qm current with .ts, every source string present, none unfinished."""

from __future__ import annotations

import ast
import functools
import re
import xml.etree.ElementTree as ET

import pytest

from app import i18n
from app import i18n_catalog as catalog
from app.i18n import french_plural
from tests import source_trees


@pytest.mark.parametrize("language", catalog.LANGUAGES)
def test_qm_files_are_current_with_ts_files(language, tmp_path):
    fresh = tmp_path / f"{language}.qm"
    catalog.lrelease(catalog.ts_path(language), fresh)
    assert fresh.read_bytes() == catalog.qm_path(language).read_bytes(), (
        "run `uv run python -m app.i18n_catalog` to recompile"
    )


@functools.cache
def _app_scan() -> catalog.Scan:
    """The app's translatable texts and its non-literal calls, read once per process for the
    tests that only read them (each reading walks every module of app/)."""
    return catalog.scan(parse=source_trees.tree)


def _app_messages() -> list[catalog.Message]:
    return _app_scan().messages


@functools.cache
def _entries(language: str) -> dict[tuple[str, str], ET.Element]:
    entries = {}
    for context in ET.parse(catalog.ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            entries[(name, message.findtext("source") or "")] = message.find("translation")
    return entries


@pytest.mark.parametrize("language", catalog.LANGUAGES)
def test_every_source_string_is_in_every_ts_file(language):
    expected = {(m.context, m.source) for m in _app_messages()}
    missing = expected - set(_entries(language))
    assert not missing, f"{len(missing)} strings missing, e.g. {sorted(missing)[:5]}"


@pytest.mark.parametrize("language", catalog.LANGUAGES)
def test_main_window_and_tab_titles_are_translated(language):
    entries = _entries(language)
    ours = [
        (m.context, m.source)
        for m in _app_messages()
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


# A plural faked with a bracketed ending: "jour(s)", "notée(s)", "(es)", "(x)".
FAKED_PLURAL = re.compile(r"(?<=\w)\(\w{1,2}\)")


def test_no_sentence_fakes_a_plural_with_brackets():
    """A count goes through `tr_n`/`self.tr(text, "", n)`: each language then has its forms, and
    the French interface resolves the brackets (`i18n.french_plural`)."""
    faked = [m.source for m in _app_messages() if not m.plural and FAKED_PLURAL.search(m.source)]
    assert faked == []


def test_every_counted_text_reads_in_full_in_french():
    for message in _app_messages():
        if message.plural:
            for n in (0, 1, 2, 11):
                assert not FAKED_PLURAL.search(french_plural(message.source, n)), message.source


def test_the_faked_plural_check_catches_one(tmp_path):
    package = tmp_path / "app"
    package.mkdir()
    (package / "page.py").write_text(
        "from app.i18n import tr, tr_n\n"
        "a = tr('{n} jour(s) planifié(s)', 'x').format(n=2)\n"
        "b = tr_n('%n jour(s) planifié(s)', 'x', 2)\n",
        encoding="utf-8",
    )
    messages = catalog.extract(package)
    assert [m.source for m in messages if not m.plural and FAKED_PLURAL.search(m.source)] == [
        "{n} jour(s) planifié(s)"
    ]
    assert french_plural("%n jour(s) planifié(s)", 2) == "%n jours planifiés"
    assert french_plural("%n cheva(ux) (en rouge)", 1) == "%n cheva (en rouge)"


@pytest.mark.parametrize(("language", "forms"), [("en", 2), ("nl", 2), ("ar", 6)])
def test_every_counted_text_has_each_plural_form_of_the_language(language, forms):
    root = ET.parse(catalog.ts_path(language)).getroot()
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            texts = [form.text for form in message.iter("numerusform")]
            assert len(texts) == forms and all(texts), message.findtext("source")


def test_every_translation_call_in_the_app_has_literal_text():
    assert _app_scan().non_literal == []


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
        "    return [_t('Titre'), t('Marge'), tr(NAMES[key], 'x'), tr('Prix', 'Page')]\n"
        "class Fields:\n"
        "    def rows(self, dialog):\n"
        "        return [self.tr('Nom'), dialog.tr('Pour qui')]\n",
        encoding="utf-8",
    )
    found = {(m.context, m.source) for m in catalog.extract(package)}
    assert found == {("Page", "Prix"), ("Fields", "Nom")}
    assert catalog.non_literal_calls(package) == [
        "app/page.py:4: QCoreApplication.translate('Page', text)",
        "app/page.py:8: tr(text, 'inner')",
        "app/page.py:9: tr(NAMES[key], 'x')",
        "app/page.py:12: dialog.tr('Pour qui')",
    ]


def test_no_translation_call_in_the_app_forwards_a_variable_text():
    """Stricter than the extractor, which lets a translation function pass its parameters on:
    no call named `tr` or `translate` anywhere in the app, the GUI's bridge to the services
    included, has a text that is not a literal (Qt's function is installed as it is)."""
    forwarding = []
    for path in source_trees.python_files(catalog.APP_DIR):
        for node in source_trees.nodes(source_trees.tree(path)):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            position = {"tr": 0, "translate": 1}.get(name)
            if position is not None and len(node.args) > position:
                text = node.args[position]
                if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                    forwarding.append(f"{path.name}:{node.lineno}")
    assert forwarding == []


def test_counted_texts_reach_the_translator_with_qt_arguments():
    """`tr_n` calls the installed function as Qt's own is called, (context, text, None, n), so
    the GUI installs `QCoreApplication.translate` itself; without one, French fills "%n"."""
    calls = []
    before = i18n._translate, i18n._translate_n
    i18n.install_translator(before[0], lambda *arguments: calls.append(arguments) or "x")
    try:
        assert i18n.tr_n("%n jour(s)", "Horaire", 3) == "x"
    finally:
        i18n.install_translator(*before)
    assert calls == [("Horaire", "%n jour(s)", None, 3)]
    assert i18n.tr_n("%n jour(s)", "Horaire", 3) == "3 jours"
