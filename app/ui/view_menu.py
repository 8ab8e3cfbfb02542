"""The "Affichage" menu: the interface language (each named in its own script) and the large mode.

The choices are saved in the UI settings and applied at start (`apply_saved_preferences`).
Switching the language rebuilds the main window on the same AppContext, keeping its geometry,
current tab, undo history, what was typed and not saved (each page's fields, rows picked and
inner tabs: `TabPage.typed_and_kept`) and the field she was typing in, so every widget shows
the new language and nothing is lost; the old window is closed and deleted. Nothing is asked.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from app.ui import typed_fields
from app.ui.icons import icon
from app.ui.language import LANGUAGES, apply_language
from app.ui.large_mode import apply_large_mode
from app.ui.settings import ui_settings

LOG = logging.getLogger(__name__)
LANGUAGE_KEY = "language"
LARGE_MODE_KEY = "large_mode"


t = QCoreApplication.translate


def saved_language() -> str:
    return str(ui_settings().value(LANGUAGE_KEY, "fr") or "fr")


def saved_large_mode() -> bool:
    return ui_settings().value(LARGE_MODE_KEY, False, type=bool)


def apply_saved_preferences(application: QApplication) -> str:
    """Apply the saved language (unknown → French) and large mode; returns the language in force."""
    code = apply_language(application, saved_language())
    apply_large_mode(application, saved_large_mode())
    return code


def install(window) -> None:
    """Add the Affichage menu (Langue submenu, large mode toggle) to the main window."""
    menu = window.menuBar().addMenu(t("ViewMenu", "&Affichage"))
    menu.setObjectName("view_menu")
    languages = menu.addMenu(icon("language"), t("ViewMenu", "Langue"))
    languages.setObjectName("language_menu")
    group = QActionGroup(window)
    group.setExclusive(True)
    current = QCoreApplication.instance().property("coopactives_language") or "fr"
    window.language_actions = {}
    for code, name in LANGUAGES.items():
        action = QAction(name, window)  # each language in its own script, never translated
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, c=code: switch_language(window, c))
        group.addAction(action)
        languages.addAction(action)
        window.language_actions[code] = action
    large = QAction(icon("zoom-in"), t("ViewMenu", "Grand affichage (comptoir)"), window)
    large.setObjectName("large_mode")
    large.setCheckable(True)
    large.setChecked(saved_large_mode())
    large.setShortcut(QKeySequence("Ctrl+Shift+L"))
    large.toggled.connect(set_large_mode)
    menu.addAction(large)
    window.view_menu = menu
    window.large_mode_action = large


def set_large_mode(on: bool) -> None:
    settings = ui_settings()
    settings.setValue(LARGE_MODE_KEY, bool(on))
    settings.sync()
    apply_large_mode(QApplication.instance(), bool(on))


def switch_language(window, code: str):
    """Save `code`, apply it and replace `window` by a new main window; returns the new window."""
    settings = ui_settings()
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()
    application = QApplication.instance()
    current = application.property("coopactives_language") or "fr"
    in_force = apply_language(application, code)
    if in_force == current:  # nothing to redraw (e.g. a damaged file fell back to French again)
        window.language_actions[in_force].setChecked(True)
        return window
    tab = window.tabs.currentIndex()
    focus = typed_fields.focused_key(window.current_page())  # where her cursor was
    window._settings.setValue("geometry", window.saveGeometry())
    window._settings.sync()
    from app.ui.main_window import MainWindow

    new = MainWindow(window.ctx)
    new.tabs.setCurrentIndex(tab)
    window.replacement = new  # before it closes: its undo history goes on in the new window
    window.replaced.emit(new)  # what follows the window on screen follows the new one
    new.show()  # shown before the old one closes, so the application does not quit
    # The old window is closed and deleted: nothing holds it (the bus holds its and its tabs'
    # methods weakly), so its Python side, pages and models are freed with it. What its pages
    # kept of her typing goes to the new window's pages first (every field's text and choice,
    # a member's unfinished evaluation: kept as a draft by the lock the closing causes).
    window.close()
    new.take_over(
        {
            page.objectName(): kept
            for page in window.pages
            if (kept := page.typed_and_kept()) is not None
        }
    )
    if focus is not None:
        typed_fields.give_focus(new.current_page(), focus)
    window.deleteLater()
    LOG.info("interface language: %s", in_force)
    return new
