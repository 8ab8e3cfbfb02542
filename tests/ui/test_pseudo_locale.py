"""The pseudo-locale: built with every translation marked, no tab, inner page, dialog or help text
shows a word that did not go through a translation (data such as names excepted)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.db import Database
from app.demo.evaluations import DEMO_PIN
from app.services.evaluations import pin as evaluation_pin
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS
from tests.qt_cleanup import delete_closed_widgets
from tests.ui import pseudo_locale

PIN = "2468"
# Widgets that show data (names, products, places, adjectives, cohorts), by object name.
DATA_WIDGETS = re.compile(
    r"cohort_selector|event_selector|plus_\d+|peer_member|report_member|tasting_product"
    r"|tasting_version|answer_hint|question_text"
    r"|peer_campaign|johari_(open|hidden|blind)|report_summary"
    r"|person|delegate|today_delegate|paid_by|order_ref|menu|(required_)?module_id|facilitator_id|subgroup_id"
    r"|lookInCombo|fileTypeCombo|outcome_notes|portfolio_cohort|source_cohort"
    r"|circle_checklist|circle_tasks|members|assignee|circle"
    r"|organisation|mentor_id|host_organisation_id|label_language"
)
DATA_TEXTS = {"Coopér'Actives Cuisine", "MON-70x36"}  # the app's name, a sheet code
NOTHING = re.compile(r"(?!)")


@pytest.fixture
def pseudo(qapp):
    installed = pseudo_locale.install(qapp)
    yield
    pseudo_locale.uninstall(qapp, installed)


@pytest.fixture
def window(qtbot, demo_db_path, pseudo):
    database = Database.open(demo_db_path)
    with database.session() as session:
        evaluation_pin.set_pin(session, PIN, PIN, old_pin=DEMO_PIN)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    yield window
    window.close()
    delete_closed_widgets()  # not translated again when the pseudo-locale is taken off
    database.close()


def walk(page: QWidget, where: str) -> list[str]:
    found = pseudo_locale.problems(page, where, DATA_WIDGETS, DATA_TEXTS)
    for inner in page.findChildren(QTabWidget):
        if not inner.isVisibleTo(page):
            continue
        for index in range(inner.count()):
            inner.setCurrentIndex(index)
            found += pseudo_locale.problems(
                inner.widget(index), f"{where} > {index}", DATA_WIDGETS, DATA_TEXTS
            )
    return found


def test_every_tab_inner_page_and_the_help_panel_show_only_translated_text(qtbot, window):
    problems = walk(window, "main window")
    for spec in TABS:
        window.open_tab(spec.name)
        page = window.page(spec.name)
        qtbot.wait(1)
        problems += walk(page, spec.name)
        if not window.help_panel.isVisible():
            window.help_panel.toggle_action.trigger()
        problems += [
            f"help {spec.name}: {line!r}"
            for line in window.help_panel.browser.toPlainText().splitlines()
            if pseudo_locale.unmarked(line) and line not in DATA_TEXTS
        ]
        if spec.name == "evaluations":
            qtbot.keyClicks(page.pin_panel.pin, PIN)
            qtbot.mouseClick(page.pin_panel.open_button, Qt.MouseButton.LeftButton)
            assert not page.is_locked()
            problems += walk(page, "evaluations (unlocked)")
    assert problems == [], f"{len(problems)} untranslated:\n" + "\n".join(sorted(set(problems)))


def test_the_walk_finds_a_text_that_missed_the_translation(qtbot, window):
    page = window.page("today")
    lonely = QLabel("Bonjour", page)
    lonely.show()
    assert any("Bonjour" in line for line in pseudo_locale.problems(page, "today", NOTHING, set()))
    lonely.setText(page.tr("Bonjour"))
    assert not any(
        "Bonjour" in line for line in pseudo_locale.problems(page, "today", NOTHING, set())
    )


def test_a_data_combo_lets_through_its_data_items_only(qtbot, pseudo):
    """A combo named as data (`person`) shows names, which carry their key: let through; its
    placeholder carries none and must be translated, as must its tooltip."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QComboBox, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    combo = QComboBox(page)
    combo.setObjectName("person")
    combo.addItem("— choisir —")
    combo.addItem("Amina", 15)
    combo.setToolTip("La personne")
    QVBoxLayout(page).addWidget(combo)
    page.show()
    found = pseudo_locale.problems(page, "planted", DATA_WIDGETS, DATA_TEXTS)
    assert [line.split(" (")[0] for line in found] == [
        "planted: tooltip 'La personne'",
        "planted: combo item '— choisir —'",
    ]
    combo.setItemText(0, QCoreApplication.translate("Planted", "— choisir —"))
    combo.setToolTip(QCoreApplication.translate("Planted", "La personne"))
    assert pseudo_locale.problems(page, "planted", DATA_WIDGETS, DATA_TEXTS) == []


class DialogWalker:
    """Walks every modal dialog as it opens (then closes it), and every new top-level window."""

    def __init__(self, window):
        self.window = window
        self.problems: list[str] = []
        self.seen: list[str] = []
        self.where = ""
        self.timer = QTimer()
        self.timer.timeout.connect(self.poll)
        self.timer.start(20)

    def walk(self, dialog: QWidget) -> None:
        name = dialog.objectName() or type(dialog).__name__
        self.seen.append(name)
        self.problems += pseudo_locale.problems(
            dialog, f"{self.where} > {name}", DATA_WIDGETS, DATA_TEXTS
        )

    def poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.walk(dialog)
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    def others(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self.window and widget.isWindow():
                if isinstance(widget, QMenu):
                    continue
                self.walk(widget)
                widget.close()

    def stop(self) -> None:
        self.timer.stop()


SKIPPED_ACTIONS = {"quit"}
SKIPPED_BUTTONS = {"lock"}  # locking the evaluations hides the pages still to walk


def click_every_button(qtbot, walker: DialogWalker, page: QWidget, where: str) -> None:
    for button in [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]:
        if (
            not (button.isVisible() and button.isEnabled())
            or button.objectName() in SKIPPED_BUTTONS
        ):
            continue
        walker.where = f"{where} {button.objectName() or button.text()}"
        button.click()
        qtbot.wait(30)
        walker.others()


def test_every_menu_action_and_page_button_opens_only_translated_dialogs(qtbot, window):
    walker = DialogWalker(window)
    try:
        for menu_action in window.menuBar().actions():
            for action in menu_action.menu().actions():
                if action.isSeparator() or action.menu() or not action.isEnabled():
                    continue
                if action.objectName() in SKIPPED_ACTIONS or action.isCheckable():
                    continue
                walker.where = f"menu {action.text()}"
                action.trigger()
                qtbot.wait(30)
                walker.others()
        for spec in TABS:
            window.open_tab(spec.name)
            page = window.page(spec.name)
            qtbot.wait(1)
            if spec.name == "evaluations":
                qtbot.keyClicks(page.pin_panel.pin, PIN)
                qtbot.mouseClick(page.pin_panel.open_button, Qt.MouseButton.LeftButton)
            click_every_button(qtbot, walker, page, spec.name)
            for inner in page.findChildren(QTabWidget):
                for index in range(inner.count() if inner.isVisibleTo(page) else 0):
                    inner.setCurrentIndex(index)
                    click_every_button(qtbot, walker, inner.widget(index), f"{spec.name} {index}")
    finally:
        walker.stop()
    assert len(set(walker.seen)) > 15, walker.seen
    problems = walker.problems
    assert problems == [], f"{len(problems)} untranslated:\n" + "\n".join(sorted(set(problems)))


def test_the_after_the_programme_dialog_shows_only_translated_text(qtbot, window):
    """Opened for a member chosen in the Members tab (no member is chosen when the walk above
    clicks its buttons)."""
    from app.services.people import members
    from app.ui.outcomes.dialog import OutcomesDialog

    with window.ctx.db.session() as session:
        person = members.find_person(session, "Amina")
    dialog = OutcomesDialog(window.ctx, person, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert pseudo_locale.problems(dialog, "outcomes", DATA_WIDGETS, DATA_TEXTS) == []
    dialog.reject()


def test_the_portfolio_dialog_shows_only_translated_text(qtbot, window):
    from app.services.people import members
    from app.ui.programme.portfolio_dialog import PortfolioDialog

    with window.ctx.db.session() as session:
        person = members.find_person(session, "Amina")
    dialog = PortfolioDialog(window.ctx, person, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert pseudo_locale.problems(dialog, "portfolio", DATA_WIDGETS, DATA_TEXTS) == []
    dialog.reject()


def test_the_compound_ingredient_dialog_shows_only_translated_text(qtbot, pseudo):
    from app.services.menus.components import ComponentInput
    from app.ui.menus.components_editor import ComponentsDialog

    dialog = ComponentsDialog((ComponentInput("Arachides", ("peanuts",)),))
    qtbot.addWidget(dialog)
    dialog.show()
    data = re.compile(r"components")  # the typed names are data
    assert pseudo_locale.problems(dialog, "components", data, DATA_TEXTS) == []


def test_the_nutrition_values_dialog_shows_only_translated_text(qtbot, pseudo):
    from app.ui.menus.nutrition_editor import NutritionDialog

    dialog = NutritionDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert pseudo_locale.problems(dialog, "nutrition", NOTHING, DATA_TEXTS) == []
