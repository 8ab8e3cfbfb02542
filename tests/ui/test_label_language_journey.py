"""The label language chosen in the window: Fichier › Paramètres de la coopérative, Nederlands,
Enregistrer; the Labels tab's preview then prints Dutch words, a new order's conditions start in
Dutch, and Édition › Annuler puts French back."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QMessageBox

from app.db import Database
from app.services.people import cooperative
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.labels_fixtures import add_cooperative, energy_balls
from tests.ui.helpers import when_dialog_opens
from tests.ui.test_labels_tab import capture_previews, type_count

TODAY = dt.date(2022, 10, 5)


def open_window(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        add_cooperative(session)
        energy_balls(session, name="Energy balls")
    window = MainWindow(AppContext(database, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    return window, database


def choose_language(qtbot, name: str, seen: dict):
    def fill(dialog):
        combo = dialog.findChild(QComboBox, "label_language")
        seen["choices"] = [combo.itemText(index) for index in range(combo.count())]
        seen["before"] = combo.currentText()
        combo.setCurrentIndex(combo.findText(name))
        seen["producer"] = dialog.findChild(QLineEdit, "producer_line").text()
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    return when_dialog_opens(fill, "cooperative_dialog")


def preview_text(qtbot, window, monkeypatch) -> str:
    window.open_tab("labels")
    tab = window.page("labels")
    shown = capture_previews(monkeypatch)
    type_count(qtbot, tab, "Energy balls", "1")
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    with pdfplumber.open(io.BytesIO(shown[-1])) as document:
        return " ".join(document.pages[0].extract_text().split())


def new_order_conditions(qtbot, window) -> str:
    window.open_tab("menus")
    tab = window.page("menus")
    tab.pages.setCurrentWidget(tab.orders)
    seen = {}

    def read(dialog):
        seen["conditions"] = dialog.conditions.toPlainText()
        dialog.reject()

    errors = when_dialog_opens(read, "order_dialog")
    qtbot.mouseClick(tab.orders.new_button, Qt.MouseButton.LeftButton)
    assert errors == []
    return seen["conditions"]


def test_nederlands_chosen_in_the_settings_prints_dutch_labels_and_undo_brings_french_back(
    qtbot, db_path, monkeypatch
):
    window, database = open_window(qtbot, db_path)
    window.open_tab("labels")
    seen: dict = {}
    errors = choose_language(qtbot, "Nederlands", seen)
    window.settings_action.trigger()
    assert errors == []
    assert seen["choices"] == ["Français", "English", "Nederlands", "العربية"]
    assert seen["before"] == "Français"
    # the producer line she never wrote follows the language in the dialog already
    assert seen["producer"] == "Gemaakt door Coopér'Actives, Rue des Champs 67, 4020 Liège"
    with database.session() as session:
        assert cooperative.label_language(session) == "nl"

    text = preview_text(qtbot, window, monkeypatch)
    assert "Ingrediënten:" in text and "Gemaakt door" in text
    hint = window.page("labels").language_hint.text()
    assert hint.startswith("Langue des étiquettes : Nederlands.")
    assert "Ingrédients" not in text
    assert new_order_conditions(qtbot, window).startswith("Voorschot van 30 %")

    window.open_tab("labels")  # Annuler acts on the tab where the settings were saved
    assert window.undo_action.text().endswith("modification des paramètres de la coopérative")
    window.undo_action.trigger()
    with database.session() as session:
        info = cooperative.get_cooperative(session)
    assert info.label_language == "fr"
    assert info.producer_line.startswith("Produit par Coopér'Actives")
    text = preview_text(qtbot, window, monkeypatch)
    assert "Ingrédients :" in text and "Ingrediënten" not in text
    assert "Français" in window.page("labels").language_hint.text()
    assert new_order_conditions(qtbot, window).startswith("Acompte de 30 %")

    window.open_tab("labels")
    window.redo_action.trigger()
    with database.session() as session:
        assert cooperative.label_language(session) == "nl"
    window.close()
    database.close()


def test_a_save_keeps_what_another_window_wrote_meanwhile(qtbot, db_path):
    """She only chose the language: the e-mail another window saved while her dialog was open
    stays."""
    window, database = open_window(qtbot, db_path)

    def fill(dialog):
        with database.session() as session:
            shown = cooperative.get_cooperative(session)
            cooperative.save_cooperative(
                session, cooperative.CooperativeInfo(**{**shown.__dict__, "email": "x@y.be"})
            )
        combo = dialog.findChild(QComboBox, "label_language")
        combo.setCurrentIndex(combo.findData("en"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    errors = when_dialog_opens(fill, "cooperative_dialog")
    window.settings_action.trigger()
    assert errors == []
    with database.session() as session:
        info = cooperative.get_cooperative(session)
    assert (info.label_language, info.email) == ("en", "x@y.be")
    window.close()
    database.close()


def test_the_language_changed_meanwhile_elsewhere_refuses_her_save_and_shows_it(qtbot, db_path):
    """Another window chose English while her dialog was open; she chose Nederlands: nothing is
    written, the dialog says why and now shows English; saving again writes her choice."""
    window, database = open_window(qtbot, db_path)
    seen: dict = {}

    def fill(dialog):
        with database.session() as session:
            shown = cooperative.get_cooperative(session)
            cooperative.save_cooperative(
                session, cooperative.CooperativeInfo(**{**shown.__dict__, "label_language": "en"})
            )
        combo = dialog.findChild(QComboBox, "label_language")
        combo.setCurrentIndex(combo.findData("nl"))
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.click()
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["shown"] = combo.currentText()
        with database.session() as session:
            seen["stored"] = cooperative.label_language(session)
        combo.setCurrentIndex(combo.findData("nl"))
        save.click()

    errors = when_dialog_opens(fill, "cooperative_dialog")
    window.settings_action.trigger()
    assert errors == []
    assert seen["open"] and seen["message"].startswith(
        "Les paramètres de la coopérative ont changé"
    )
    assert (seen["shown"], seen["stored"]) == ("English", "en")
    with database.session() as session:
        assert cooperative.label_language(session) == "nl"
    window.close()
    database.close()


def test_undo_is_refused_when_the_language_changed_again_since(qtbot, db_path, monkeypatch):
    """Édition › Annuler would put French back over English chosen since in another window: it
    says why and writes nothing."""
    window, database = open_window(qtbot, db_path)
    errors = choose_language(qtbot, "Nederlands", {})
    window.settings_action.trigger()
    assert errors == []
    with database.session() as session:
        shown = cooperative.get_cooperative(session)
        cooperative.save_cooperative(
            session, cooperative.CooperativeInfo(**{**shown.__dict__, "label_language": "en"})
        )
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    window.undo_action.trigger()
    assert told == [
        "Ces paramètres ont été changés depuis, dans une autre fenêtre : ils restent comme ils "
        "sont."
    ]
    with database.session() as session:
        assert cooperative.label_language(session) == "en"
    window.close()
    database.close()
