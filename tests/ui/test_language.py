"""The interface language: menu, saved choice, window rebuilt, right to left, French fallbacks."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app import i18n
from app.db import Database
from app.ui import language, view_menu
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import ui_settings


@pytest.fixture
def french_afterwards(qapp):
    yield qapp
    language.apply_language(qapp, "fr")


@pytest.fixture
def window(qtbot, db_path, french_afterwards):
    database = Database.open(db_path)
    main = MainWindow(AppContext(database, today=lambda: dt.date(2022, 10, 3)))
    qtbot.addWidget(main)
    main.show()
    yield main
    replacement = getattr(main, "replacement", None)
    while replacement is not None:  # every window the switches made
        replacement.close()
        replacement.deleteLater()
        replacement = getattr(replacement, "replacement", None)
    database.close()


def tab_titles(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_language_menu_names_each_language_in_its_own_script(window):
    names = [action.text() for action in window.language_actions.values()]
    assert names == ["Français", "English", "Nederlands", "العربية"]
    assert window.language_actions["fr"].isChecked()


def test_switching_language_rebuilds_the_window_translated_and_saves_the_choice(window, qtbot):
    assert tab_titles(window)[:3] == ["Aujourd'hui", "Horaire", "Menus"]
    window.tabs.setCurrentIndex(2)
    window.language_actions["en"].trigger()
    new = window.replacement
    assert new is not window and new.isVisible() and not window.isVisible()
    assert tab_titles(new)[:2] == ["Today", "Schedule"]
    assert new.tabs.currentIndex() == 2
    assert new.ctx is window.ctx
    assert ui_settings().value("language") == "en"
    assert new.language_actions["en"].isChecked()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.format_locale() == "en_BE"


def test_arabic_lays_the_window_out_right_to_left(window):
    window.language_actions["ar"].trigger()
    new = window.replacement
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert new.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tab_titles(new)[0] == "اليوم"
    new.language_actions["fr"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert tab_titles(new.replacement)[0] == "Aujourd'hui"


def test_untranslated_text_shows_in_french_never_blank(french_afterwards):
    language.apply_language(french_afterwards, "nl")
    assert (
        QCoreApplication.translate("NoSuchContext", "Texte jamais traduit")
        == "Texte jamais traduit"
    )
    assert QCoreApplication.translate("Tabs", "Ventes") == "Verkoop"
    # a subclass's context: found by its French source
    assert QCoreApplication.translate("SomeSubclass", "Ventes") == "Verkoop"


def test_saved_language_is_applied_at_start_and_unknown_falls_back_to_french(
    french_afterwards, caplog
):
    settings = ui_settings()
    settings.setValue("language", "nl")
    settings.sync()
    assert view_menu.apply_saved_preferences(french_afterwards) == "nl"
    assert QCoreApplication.translate("Tabs", "Membres") == "Leden"
    settings.setValue("language", "klingon")
    settings.sync()
    with caplog.at_level(logging.WARNING):
        assert view_menu.apply_saved_preferences(french_afterwards) == "fr"
    assert QCoreApplication.translate("Tabs", "Membres") == "Membres"
    assert "klingon" in caplog.text
    assert i18n.format_locale() == "fr_BE"


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_missing_or_damaged_translation_falls_back_to_french(
    french_afterwards, tmp_path, monkeypatch, caplog, damage
):
    folder = tmp_path / "translations"
    shutil.copytree(language.TRANSLATIONS_DIR, folder)
    qm = folder / "coopactives_ar.qm"
    if damage == "missing":
        qm.unlink()
    else:
        qm.write_bytes(b"not a qm file at all" * 10)
    monkeypatch.setattr(language, "TRANSLATIONS_DIR", folder)
    with caplog.at_level(logging.WARNING):
        assert language.apply_language(french_afterwards, "ar") == "fr"
    assert "coopactives_ar.qm" in caplog.text
    assert QCoreApplication.translate("Tabs", "Ventes") == "Ventes"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_run_gui_applies_the_saved_language_and_survives_a_switch(qtbot, db_path, monkeypatch):
    """The whole life: start in Dutch (saved), switch to Arabic in the window, close: the app
    closes the rebuilt window, backs up once and reopens in Arabic next time."""
    from app.db import Database
    from app.services.people import cooperative
    from app.services.safety import backup
    from app.ui import app as gui_app

    database = Database.open(db_path)  # a described cooperative: no first-run assistant
    with database.session() as session:
        cooperative.save_cooperative(session, cooperative.CooperativeInfo(name="Coop"))
    database.close()
    settings = ui_settings()
    settings.setValue("language", "nl")
    settings.sync()
    seen = []

    def fake_exec():
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen.append(window.tabs.tabText(0))
        window.language_actions["ar"].trigger()
        seen.append(window.replacement.tabs.tabText(0))
        window.replacement.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    try:
        assert gui_app.run_gui(db_path, today=dt.date(2022, 10, 3)) == 0
    finally:
        language.apply_language(QApplication.instance(), "fr")
    assert seen == ["Vandaag", "اليوم"]
    assert ui_settings().value("language") == "ar"
    assert [b.reason for b in backup.list_backups(db_path)].count("fermeture") == 1
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()


@pytest.mark.parametrize(
    ("code", "yes"), [("fr", "&Oui"), ("nl", "&Ja"), ("en", "&Yes"), ("ar", "&نعم")]
)
def test_qt_own_buttons_speak_the_interface_language_french_included(french_afterwards, code, yes):
    from PySide6.QtWidgets import QDialogButtonBox

    language.apply_language(french_afterwards, code)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes)
    assert buttons.button(QDialogButtonBox.StandardButton.Yes).text() == yes


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("fr_BE", "mardi 4 octobre 2022"), ("en_BE", "Tuesday, 4 October 2022")],
)
def test_dates_inside_sentences_keep_the_language_s_own_case(locale, expected):
    from app.ui.today.tab import long_date, sentence_date

    previous = i18n.format_locale()
    i18n.set_format_locale(locale)
    try:
        assert sentence_date(dt.date(2022, 10, 4)) == expected
        assert long_date(dt.date(2022, 10, 4))[0].isupper()
    finally:
        i18n.set_format_locale(previous)


def test_counted_texts_take_the_language_s_plural_form(french_afterwards):
    from app.ui.app import make_application

    make_application()  # routes app.i18n's tr and tr_n through Qt
    language.apply_language(french_afterwards, "en")
    assert i18n.tr_n("Code PIN faux. Encore %n essai(s).", "evaluation", 1).endswith("1 more try.")
    assert i18n.tr_n("Code PIN faux. Encore %n essai(s).", "evaluation", 2).endswith(
        "2 more tries."
    )
    language.apply_language(french_afterwards, "ar")
    forms = [i18n.tr_n("Code PIN faux. Encore %n essai(s).", "evaluation", n) for n in range(12)]
    assert forms[2].endswith("محاولتان.") and forms[11].endswith("11 محاولة.")
    assert forms[3].endswith("3 محاولات.") and len(set(forms[:4])) == 4
    language.apply_language(french_afterwards, "fr")
    assert i18n.tr_n("Code PIN faux. Encore %n essai(s).", "evaluation", 1) == (
        "Code PIN faux. Encore 1 essai."
    )
    assert i18n.tr_n("Code PIN faux. Encore %n essai(s).", "evaluation", 2) == (
        "Code PIN faux. Encore 2 essais."
    )


def test_the_french_interface_writes_its_plurals_in_full_in_widgets_too(french_afterwards):
    language.apply_language(french_afterwards, "fr")
    sentence = "%n matinée(s) ajoutée(s)."
    assert QCoreApplication.translate("ScheduleTab", sentence, None, 1) == "1 matinée ajoutée."
    assert QCoreApplication.translate("ScheduleTab", sentence, None, 0) == "0 matinée ajoutée."
    assert QCoreApplication.translate("ScheduleTab", sentence, None, 3) == "3 matinées ajoutées."
    assert QCoreApplication.translate("ScheduleTab", "Horaire") == "Horaire"


def _mnemonic(text: str) -> str:
    match = re.search(r"&([^&])", text)
    return match.group(1).casefold() if match else ""


def test_no_two_menus_share_an_alt_key_in_any_language(window):
    current = window
    for code in ("fr", "en", "nl", "ar"):
        if code != "fr":
            current.language_actions[code].trigger()
            current = current.replacement
        keys = [_mnemonic(action.text()) for action in current.menuBar().actions()]
        assert all(keys), (code, [a.text() for a in current.menuBar().actions()])
        assert len(set(keys)) == len(keys), (code, [a.text() for a in current.menuBar().actions()])
