"""Render the interface to PNG files (`coopactives --demo --screenshot DIR [--lang ar] [--large]`):
every tab, every inner page of a tab and every dialog, named so that they sort by tab
("03-menus.png", "03-menus-02-ingredients.png", "03-menus-z-recipe_dialog.png"), for looking at
the screens in each language and mode; and each tab's page alone into help/ (the pictures of the
"Comment faire ?" panel)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app.ui.main_window import MainWindow

# Sizes that follow the font are set again once a page's roles are polished: its layout needs a
# few rounds of events to settle before the picture.
SETTLE_ROUNDS = 4
# PNG written with light compression (Qt's quality 0 is the smallest file, 100 no compression):
# on the demo's 107 pictures 80 takes a third less CPU than Qt's default and the files are no
# larger (5.2 MB against 5.4 MB); writing them was a fifth of the command's time.
PNG_QUALITY = 80
from app.ui.widgets import SMALL_SCREEN as WINDOW_SIZE  # the laptop's screen, less the panel


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(WINDOW_SIZE)
    window.show()
    if window.preloader is not None:
        # The run opens every tab itself: no import while idle (there is no event loop anyway),
        # and no application-wide event filter seeing the run's hundred thousand events.
        window.preloader.stop()
    saved = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        name = window.tabs.widget(index).objectName().removesuffix("_holder") or f"tab{index}"
        prefix = f"{index + 1:02d}-{name}"
        saved.append(_save(window, folder / f"{prefix}.png"))
        saved.append(save_help_picture(window, name, folder / "help"))
        saved += save_inner_pages(window, window.page(name), folder, prefix)
        saved += save_dialogs(window, name, folder, prefix)
    return saved


def _save(widget: QWidget, path: Path) -> Path:
    for _ in range(SETTLE_ROUNDS):
        QApplication.processEvents()
    widget.grab().save(str(path), "PNG", PNG_QUALITY)
    return path


def save_inner_pages(window: MainWindow, page: QWidget, folder: Path, prefix: str) -> list[Path]:
    """Each page of the tab's inner tabs, the first one too (the tab's own picture shows it
    too, but under its own name here). The Evaluations tab opens only with the demo's PIN."""
    from app.ui.dialog_catalogue import opened_with_demo_pin

    if hasattr(page, "is_locked") and not opened_with_demo_pin(page):
        return []
    saved = []
    for inner in page.findChildren(QTabWidget):
        if not inner.isVisibleTo(page):
            continue
        for index in range(inner.count()):
            inner.setCurrentIndex(index)
            name = _page_name(inner.widget(index))
            saved.append(_save(window, folder / f"{prefix}-{index + 1:02d}-{name}.png"))
        inner.setCurrentIndex(0)
    return saved


def _page_name(widget) -> str:
    """The page's object name, else its class in snake case ("TastingsPage" → "tastings_page")."""
    if widget.objectName():
        return widget.objectName()
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(widget).__name__).lower()


def save_dialogs(window: MainWindow, tab: str, folder: Path, prefix: str) -> list[Path]:
    """The tab's dialogs, each alone at the size it opens at on the laptop (a dialog that cannot
    be built on this database is told on stderr and left out)."""
    from app.ui.dialog_catalogue import DIALOGS, show_as_on_the_laptop

    saved = []
    for class_name, (owner, build) in sorted(DIALOGS.items()):
        if owner != tab:
            continue
        try:
            dialog = build(window)
        except Exception as error:  # noqa: BLE001 (one missing picture, not the whole run)
            print(f"{class_name}: {error}", file=sys.stderr)
            continue
        show_as_on_the_laptop(dialog)
        name = dialog.objectName() or class_name.lower()
        saved.append(_save(dialog, folder / f"{prefix}-z-{name}.png"))
        dialog.reject()
        dialog.deleteLater()
        window.open_tab(tab)
    return saved


def save_help_picture(window: MainWindow, name: str, folder: Path) -> Path:
    """The tab's page alone, 560 px wide, as help/<name>.png (copied to resources/help/)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    picture = window.page(name).grab()
    picture = picture.scaledToWidth(560, Qt.TransformationMode.SmoothTransformation)
    picture.save(str(path), "PNG", PNG_QUALITY)
    return path
