"""Every example text (placeholder) of a text box, and every title of a framed group, on every tab
and inner page is shown whole, of any length, on the kitchen laptop (1366×700): in normal French,
in large Dutch (the longest words) and in large Arabic (a title's first letter was cut off at the
right edge there). The dialogs' text boxes are checked by tests/ui/test_dialog_fit.py."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget, QWidget

from app.db import Database
from app.ui.context import AppContext
from app.ui.language import apply_language
from app.ui.large_mode import apply_large_mode
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS
from app.ui.widgets import SMALL_SCREEN, placeholder_width
from tests.conftest import install_french_once
from tests.qt_cleanup import delete_closed_widgets
from tests.ui.group_titles import cut_group_titles

MODES = {"normal": ("fr", False), "large_dutch": ("nl", True), "large_arabic": ("ar", True)}


@pytest.fixture(params=sorted(MODES))
def mode_window(request, qapp, tmp_path, _demo_template):
    language, large = MODES[request.param]
    install_french_once(qapp)
    apply_language(qapp, language)
    apply_large_mode(qapp, large)
    database = Database.open(shutil.copyfile(_demo_template, tmp_path / "demo.sqlite3"))
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
    window.resize(SMALL_SCREEN)
    window.show()
    yield window
    window.close()
    window.deleteLater()
    delete_closed_widgets()
    database.close()
    apply_large_mode(qapp, False)
    apply_language(qapp, "fr")


def cut_placeholders(where: str, page: QWidget) -> list[str]:
    """The text boxes shown on `page` narrower than their example text."""
    return [
        f"{where}: {edit.objectName()} {edit.placeholderText()!r}: {edit.width()} px"
        f" < {placeholder_width(edit)}"
        for edit in page.findChildren(QLineEdit)
        if edit.placeholderText() and edit.isVisible() and edit.width() < placeholder_width(edit)
    ]


def cut_on(where: str, page: QWidget) -> list[str]:
    return cut_placeholders(where, page) + [f"{where}: {cut}" for cut in cut_group_titles(page)]


def every_cut_text(window) -> list[str]:
    found = []
    for spec in TABS:
        window.open_tab(spec.name)
        page = window.page(spec.name)
        QApplication.processEvents()
        found += cut_on(spec.name, page)
        for inner in page.findChildren(QTabWidget):
            for index in range(inner.count()):
                inner.setCurrentIndex(index)
                QApplication.processEvents()
                found += cut_on(f"{spec.name} › {inner.tabText(index)}", page)
    return found


def test_every_placeholder_and_title_of_every_page_is_shown_whole(mode_window):
    assert sorted(set(every_cut_text(mode_window))) == []


def test_a_long_placeholder_cut_in_a_narrow_field_is_found(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit(holder)
    edit.setPlaceholderText("par exemple : bus 4, arrêt Pont d'Avroy, puis 5 minutes à pied")
    edit.setFixedWidth(placeholder_width(edit) - 1)
    holder.show()
    assert len(cut_placeholders("probe", holder)) == 1
    edit.setFixedWidth(placeholder_width(edit))
    assert cut_placeholders("probe", holder) == []
