"""The allergen sheets opened where a person looks for them: a menu's and an order's from the
Menus tab, the stand's price list and allergen table from the Sales tab; each preview read back."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pdfplumber
from PySide6.QtCore import Qt

from app.db import Database
from app.services.menus import menus
from app.services.sales import events
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog
from tests.services.sales_fixtures import make_shop
from tests.ui.test_menus_tab import open_tab, seed

LEFT = Qt.MouseButton.LeftButton


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return " ".join(" ".join(page.extract_text().split()) for page in document.pages)


def capture(monkeypatch) -> list[bytes]:
    shown: list[bytes] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_bytes) or 0)
    return shown


def test_menu_and_order_buttons_preview_their_allergen_sheet(qtbot, db_path, monkeypatch):
    data = seed(db_path)  # energy balls with oats (gluten)
    database = Database.open(db_path)
    with database.session() as session:
        menus.create_menu(
            session,
            menus.MenuInput(
                "Goûter", "catering", (menus.MenuItemInput(data["recipe"], Decimal(2)),)
            ),
            dt.date(2022, 6, 1),
        )
    database.close()
    window, tab, database = open_tab(qtbot, db_path)
    shown = capture(monkeypatch)
    tab.pages.setCurrentWidget(tab.menus)
    tab.menus.table.selectRow(0)
    qtbot.mouseClick(tab.menus.allergens_button, LEFT)
    tab.pages.setCurrentWidget(tab.orders)
    tab.orders.table.selectRow(0)
    qtbot.mouseClick(tab.orders.allergens_button, LEFT)
    assert len(shown) == 2
    menu_text, order_text = (text_of(pdf) for pdf in shown)
    assert "Allergènes — Goûter" in menu_text and "Energy balls gluten" in menu_text
    assert "Allergènes — Asbl du quartier" in order_text and "Energy balls gluten" in order_text
    window.close()
    database.close()


def test_sales_tab_prints_the_price_list_and_the_allergen_table(qtbot, db_path, monkeypatch):
    database = Database.open(db_path)
    with database.session() as session:
        shop = make_shop(session)
        events.create_event(
            session,
            events.EventInput(
                shop.cohort_id,
                dt.date(2022, 10, 5),
                "stand",
                place="Marché",
                recipe_ids=(shop.balls, shop.soup),
            ),
        )
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 10, 5)))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("sales")
    tab = window.page("sales")
    assert tab.prices_button.isEnabled() and tab.allergens_button.isEnabled()
    shown = capture(monkeypatch)
    qtbot.mouseClick(tab.prices_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.allergens_button, Qt.MouseButton.LeftButton)
    prices, table = (text_of(pdf).replace("\xa0", " ") for pdf in shown)
    assert "Nos prix — 05/10/2022" in prices and "Energy balls 2,50 €" in prices
    assert "Soupe 4,00 €" in prices
    assert "Allergènes — Marché, 05/10/2022" in table
    assert "Energy balls Aucun des 14 allergènes" in table
    window.close()
    database.close()
