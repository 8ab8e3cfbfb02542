"""Every tab, inner page and dialog fits the kitchen laptop (1366×700 usable), in normal and
large mode: the window never needs more than the screen (a long page scrolls up and down inside
its tab, never sideways), and a dialog's buttons stay in view (its fields scroll)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QTabWidget

from app.db import Database
from app.ui.context import AppContext
from app.ui.large_mode import apply_large_mode
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS
from app.ui.widgets import SMALL_SCREEN
from tests.qt_cleanup import delete_closed_widgets
from tests.ui.test_keyboard import DIALOGS

SIDEWAYS_ROOM = SMALL_SCREEN.width() - 40  # the window's frame, margins and a scroll bar


@pytest.fixture
def demo_window(qtbot, tmp_path, _demo_template, qapp):
    path = shutil.copyfile(_demo_template, tmp_path / "demo.sqlite3")
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
    qtbot.addWidget(window)
    window.show()
    yield window
    delete_closed_widgets()  # closed by qtbot: not restyled by the switch back
    apply_large_mode(qapp, False)
    database.close()


def too_big(window) -> list[str]:
    """Each tab and inner page that makes the window larger than the screen, or is wider."""
    found = []

    def check(where: str, page) -> None:
        window_needs = window.minimumSizeHint()
        if (
            window_needs.width() > SMALL_SCREEN.width()
            or window_needs.height() > SMALL_SCREEN.height()
        ):
            found.append(
                f"{where}: the window needs {window_needs.width()}×{window_needs.height()}"
            )
        page_needs = page.minimumSizeHint().expandedTo(page.minimumSize())
        if page_needs.width() > SIDEWAYS_ROOM:
            found.append(f"{where}: {page_needs.width()} px wide")

    for spec in TABS:
        window.open_tab(spec.name)
        page = window.page(spec.name)
        check(spec.name, page)
        for inner in page.findChildren(QTabWidget):
            for index in range(inner.count()):
                inner.setCurrentIndex(index)
                check(f"{spec.name} › {inner.tabText(index)}", page)
    return found


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_every_tab_and_inner_page_fits_the_laptop(demo_window, qapp, large):
    apply_large_mode(qapp, large)
    assert too_big(demo_window) == []


def test_a_page_that_is_too_wide_is_found(demo_window):
    demo_window.open_tab("members")
    demo_window.page("members").setMinimumWidth(SMALL_SCREEN.width() + 100)
    assert any(problem.startswith("members") for problem in too_big(demo_window))


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_fits_the_laptop_with_its_buttons_in_view(qtbot, qapp, name, large):
    apply_large_mode(qapp, large)
    try:
        dialog = DIALOGS[name]()
        qtbot.addWidget(dialog)
        dialog.show()
        for size in (dialog.minimumSizeHint(), dialog.sizeHint()):
            assert size.width() <= SMALL_SCREEN.width() and size.height() <= SMALL_SCREEN.height()
        buttons = dialog.buttons.geometry()
        assert dialog.rect().contains(buttons), "the Save and Cancel buttons are in view"
    finally:
        apply_large_mode(qapp, False)
