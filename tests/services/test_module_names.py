"""The modules the app seeds (the 2022 catalogue) are stored in French and shown in the interface
language, Arabic included; a module the coordinator creates shows as she typed it."""

from __future__ import annotations

import pytest

from app import i18n, i18n_catalog
from app.services.schedule import modules, prerequisites
from app.services.schedule.morning_kinds import morning_title
from app.vocab.schedule import catalogue_module_names, module_label


@pytest.fixture
def arabic():
    """The interface's translator reading the shipped Arabic catalogue."""
    catalogue = i18n_catalog.read_ts(i18n_catalog.ts_path("ar"))
    previous = i18n._translate
    i18n.install_translator(lambda context, text: catalogue.get((context, text), [text])[0])
    yield
    i18n.install_translator(previous)


def test_every_seeded_module_has_a_translated_name():
    names = catalogue_module_names()
    assert [name for name, _kind in modules.CATALOGUE_2022 if name not in names] == []
    assert set(names) == {name for name, _kind in modules.CATALOGUE_2022}
    assert all(names[name] == name for name in names)  # French: the stored text itself


def test_seeded_modules_read_in_arabic_and_hers_as_typed(session, arabic):
    modules.ensure_default_catalogue(session)
    mine = modules.create_module(session, "Couture et retouches", "practice")
    labels = {m.name: m.label for m in modules.list_modules(session)}
    assert labels[modules.ACCOUNTING] == "مدخل إلى المحاسبة"
    assert labels["Analyse SWOT"] == "تحليل SWOT"
    assert labels[mine.name] == "Couture et retouches"
    assert sum(label == name for name, label in labels.items()) == 1  # only hers stays French
    rules = {
        (r.module_name, r.required_module_name) for r in prerequisites.list_prerequisites(session)
    }
    assert ("تمارين المحاسبة", "مدخل إلى المحاسبة") in rules
    assert morning_title("Visite d'un restaurant", "visit") == "زيارة مطعم"
    assert morning_title(None, "visit") == "زيارة"


def test_outside_the_catalogue_a_name_is_left_alone():
    assert module_label("Introduction à la comptabilité") == "Introduction à la comptabilité"
    assert module_label("Mon module") == "Mon module"
    assert module_label(None) == ""


def test_the_names_follow_the_language_when_it_changes():
    """Translated once per language: a switch of translator (the commands) or of the interface's
    locale (the GUI's switch, which changes Qt's translators behind one function) reads them
    again."""
    catalogue = i18n_catalog.read_ts(i18n_catalog.ts_path("ar"))
    arabic = {"on": False}

    def translate(context, text):  # one function, its language switched behind it, as Qt's
        return catalogue.get((context, text), [text])[0] if arabic["on"] else text

    previous, locale = i18n._translate, i18n.format_locale()
    try:
        i18n.install_translator(translate)
        assert module_label("Analyse SWOT") == "Analyse SWOT"
        arabic["on"] = True
        i18n.set_format_locale("ar_MA")
        assert module_label("Analyse SWOT") == "تحليل SWOT"
        assert catalogue_module_names()[modules.ACCOUNTING] == "مدخل إلى المحاسبة"
        i18n.install_translator(lambda context, text: text)
        assert module_label("Analyse SWOT") == "Analyse SWOT"
    finally:
        i18n.install_translator(previous)
        i18n.set_format_locale(locale)
    assert module_label(modules.ACCOUNTING) == modules.ACCOUNTING
