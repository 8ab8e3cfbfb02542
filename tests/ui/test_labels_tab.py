"""The Labels tab driven as a delegate would: counts typed, a template chosen, preview, refusals."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QSpinBox

from app.db import Database
from app.services.labels import templates
from app.ui.context import AppContext
from app.ui.labels.model import COUNT_COLUMN
from app.ui.labels.tab import LabelsTab
from app.ui.pdf_preview import PdfPreviewDialog
from tests.labels_fixtures import add_cooperative, energy_balls, ingredient, recipe
from tests.ui.helpers import type_text, when_dialog_opens

TODAY = dt.date(2022, 10, 5)


def seed(db_path) -> dict[str, int]:
    database = Database.open(db_path)
    with database.session() as session:
        add_cooperative(session)
        balls = energy_balls(session, name="Energy balls Thị Hiền")
        soup = recipe(session, "Soupe de lentilles", [(ingredient(session, "Lentilles"), 1, "kg")])
        broken = recipe(
            session,
            "Houmous",
            [(ingredient(session, "Pois chiches"), 1, "kg")],
            shelf_life_days=None,
        )
        ids = {"balls": balls.id, "soup": soup.id, "houmous": broken.id}
    database.close()
    return ids


def open_tab(qtbot, db_path):
    database = Database.open(db_path)
    ctx = AppContext(database, today=lambda: TODAY)
    tab = LabelsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab, database


def type_count(qtbot, tab, name: str, count: str) -> None:
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == name)
    index = tab.model.index(row, COUNT_COLUMN)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.indexWidget(index)
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, count)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.index(row, COUNT_COLUMN).data() == int(count), timeout=1000)


def capture_previews(monkeypatch, dialogs: list | None = None) -> list[bytes]:
    shown: list[bytes] = []

    def exec_(self):
        shown.append(self.pdf_bytes)
        if dialogs is not None:
            dialogs.append(self)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return shown


def test_type_counts_choose_template_skip_preview_and_remember(qtbot, db_path, monkeypatch):
    seed(db_path)
    tab, database = open_tab(qtbot, db_path)
    dialogs: list = []
    shown = capture_previews(monkeypatch, dialogs)
    assert [tab.model.index(r, 0).data() for r in range(3)] == [
        "Energy balls Thị Hiền",
        "Houmous",
        "Soupe de lentilles",
    ]
    assert "durée de conservation" in tab.model.index(1, 3).data()
    type_count(qtbot, tab, "Energy balls Thị Hiền", "30")
    type_count(qtbot, tab, "Soupe de lentilles", "12")
    tab.template_box.setCurrentIndex(tab.template_box.findData("L7163"))
    assert tab.skip.maximum() == 13
    tab.skip.selectAll()
    qtbot.keyClicks(tab.skip, "4")
    assert tab.skip.value() == 4
    tab.production_date.setDate(QDate(2022, 10, 3))
    assert tab.lot.placeholderText().endswith("L221003")
    assert tab.summary.text().startswith("42 étiquettes sur 4 feuilles Avery L7163.")  # 46 / 14
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    with pdfplumber.open(io.BytesIO(shown[0])) as document:
        per_page = [p.extract_text().count("Lot : L221003") for p in document.pages]
        first_page = document.pages[0].extract_text()
    assert per_page == [10, 14, 14, 4]
    # the preview says to print at 100 %, and prints from the paper's corner
    assert "taille réelle (100 %)" in dialogs[0].actual_size_note.text()
    assert dialogs[0].actual_size
    assert "Energy balls Thị Hiền" in first_page
    assert "17/10/2022" in first_page  # 3 October + 14 days
    tab.close()
    database.close()

    again, database = open_tab(qtbot, db_path)
    assert again.current_template_id() == "L7163"
    assert again.production_date.date() == QDate(2022, 10, 3)
    again.close()
    database.close()


def test_refused_product_says_what_is_missing_and_opens_the_recipe(qtbot, db_path, monkeypatch):
    ids = seed(db_path)
    tab, database = open_tab(qtbot, db_path)
    shown = capture_previews(monkeypatch)
    type_count(qtbot, tab, "Houmous", "5")
    tab.table.clearSelection()
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert shown == []
    assert "Houmous" in tab.job_error.text() and "durée de conservation" in tab.job_error.text()
    asked = []
    tab.ctx.bus.open_requested.connect(lambda name, item: asked.append((name, item)))
    assert tab.open_recipe_button.isEnabled()
    qtbot.mouseClick(tab.open_recipe_button, Qt.MouseButton.LeftButton)
    assert asked == [("menus", ids["houmous"])]
    tab.close()
    database.close()


def test_nothing_chosen_and_too_small_template_are_explained(qtbot, db_path, monkeypatch):
    seed(db_path)
    tab, database = open_tab(qtbot, db_path)
    shown = capture_previews(monkeypatch)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert "au moins un produit" in tab.job_error.text()
    type_count(qtbot, tab, "Energy balls Thị Hiền", "3")
    tab.template_box.setCurrentIndex(tab.template_box.findData("L7651"))
    tab.print_button.click()
    assert shown == []
    message = tab.job_error.text()
    assert "mentions obligatoires" in message and "ne tiennent pas" in message
    assert "plus grand" in message
    tab.close()
    database.close()


def test_custom_template_refused_then_saved_then_deleted_and_undone(qtbot, db_path, monkeypatch):
    seed(db_path)
    tab, database = open_tab(qtbot, db_path)
    seen = {}

    def fill(dialog):
        for field in dialog.edits.values():
            field.clear()
        values = {
            "id": "MON-70x36",
            "name": "Étiquettes Leïla",
            "page_width_mm": "210",
            "page_height_mm": "297",
            "label_width_mm": "70",
            "label_height_mm": "36",
            "left_mm": "0",
            "top_mm": "4,5",
            "pitch_x_mm": "70",
            "pitch_y_mm": "36",
            "columns": "4",
            "rows": "8",
        }
        for field, text in values.items():
            type_text(qtbot, dialog.edits[field], text)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.findChild(QLabel, "error_columns").text()
        dialog.edits["columns"].clear()
        qtbot.keyClicks(dialog.edits["columns"], "3")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    errors = when_dialog_opens(fill, "template_dialog")
    qtbot.mouseClick(tab.new_template_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert "sortent de la page" in seen["error"]
    assert tab.current_template_id() == "MON-70x36"
    assert tab.skip.maximum() == 23
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.delete_template_button, Qt.MouseButton.LeftButton)
    assert tab.template_box.findData("MON-70x36") == -1
    tab.ctx.undo_stack.undo()
    assert tab.template_box.findData("MON-70x36") >= 0
    with tab.ctx.db.session() as session:
        assert templates.get_template(session, "MON-70x36").name == "Étiquettes Leïla"
    tab.close()
    database.close()


def test_printer_offset_is_kept_and_used_by_the_calibration_page(qtbot, db_path, monkeypatch):
    seed(db_path)
    tab, database = open_tab(qtbot, db_path)
    shown = capture_previews(monkeypatch)
    tab.template_box.setCurrentIndex(tab.template_box.findData("L7160"))
    tab.offset_x.setValue(0.8)
    tab.offset_y.setValue(-1.2)
    qtbot.mouseClick(tab.save_offset_button, Qt.MouseButton.LeftButton)
    with tab.ctx.db.session() as session:
        assert templates.printer_offset(session, "L7160") == (0.8, -1.2)
    tab.template_box.setCurrentIndex(tab.template_box.findData("L7163"))
    assert tab.offset_x.value() == 0.0
    tab.template_box.setCurrentIndex(tab.template_box.findData("L7160"))
    assert (tab.offset_x.value(), tab.offset_y.value()) == (0.8, -1.2)
    qtbot.mouseClick(tab.calibration_button, Qt.MouseButton.LeftButton)
    with pdfplumber.open(io.BytesIO(shown[0])) as document:
        assert "0,8 mm vers la droite, -1,2 mm vers le bas" in document.pages[0].extract_text()
    tab.close()
    database.close()


def test_clicking_the_sheet_drawing_sets_the_labels_already_used(qtbot, db_path):
    seed(db_path)
    tab, database = open_tab(qtbot, db_path)
    tab.template_box.setCurrentIndex(tab.template_box.findData("L7160"))
    type_count(qtbot, tab, "Soupe de lentilles", "5")
    fifth = tab.sheet_map._cell(4).center().toPoint()  # second row, second column
    qtbot.mouseClick(tab.sheet_map, Qt.MouseButton.LeftButton, pos=fifth)
    assert tab.skip.value() == 4
    assert (tab.sheet_map.skip, tab.sheet_map.count) == (4, 5)
    assert "Les 4 premières (en gris) sont déjà utilisées." in tab.summary.text()
    tab.close()
    database.close()


def test_typing_a_number_on_a_row_sets_its_count_and_an_old_date_is_pointed_out(qtbot, db_path):
    seed(db_path)
    tab, database = open_tab(qtbot, db_path)
    assert not tab.date_notice.isVisibleTo(tab)
    tab.table.setFocus()
    tab.table.selectRow(2)  # Soupe de lentilles, the name column clicked
    assert tab.table.currentIndex().column() == COUNT_COLUMN
    qtbot.keyClicks(tab.table, "7")
    editor = tab.table.indexWidget(tab.table.currentIndex())
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.count(tab.model.row_at(2).recipe_id) == 7, timeout=1000)
    tab.production_date.setDate(QDate(2022, 10, 1))
    assert tab.date_notice.isVisibleTo(tab)
    assert "05/10/2022" in tab.date_notice.text()
    tab.close()
    database.close()


def test_the_main_window_has_the_labels_tab(qtbot, db_path):
    from app.ui.main_window import MainWindow

    seed(db_path)
    database = Database.open(db_path)
    window = MainWindow(AppContext(database, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.open_tab("labels")
    assert window.current_page().objectName() == "labels"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Étiquettes"
    window.close()
    database.close()


def test_a_product_to_check_says_why_in_its_state(qtmodeltester):
    from app.services.labels.content import ProductChoice
    from app.ui.labels.model import ProductsModel

    model = ProductsModel()
    model.set_rows(
        [ProductChoice(1, "Crêpes", 1, "60 g", (), ("Demande « À consommer jusqu'au ».",))]
    )
    qtmodeltester.check(model)
    state = model.index(0, 3)
    assert state.data() == "Prêt, à vérifier : Demande « À consommer jusqu'au »."
    assert "À consommer jusqu'au" in state.data(Qt.ItemDataRole.ToolTipRole)


def test_the_preview_prints_in_the_label_language_not_the_interface_s(qtbot, db_path, monkeypatch):
    from dataclasses import replace

    from app.services.people import cooperative

    seed(db_path)
    database = Database.open(db_path)
    with database.session() as session:
        info = cooperative.get_cooperative(session)
        cooperative.save_cooperative(session, replace(info, label_language="nl", producer_line=""))
    database.close()
    tab, database = open_tab(qtbot, db_path)
    shown = capture_previews(monkeypatch)
    type_count(qtbot, tab, "Energy balls Thị Hiền", "1")
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    with pdfplumber.open(io.BytesIO(shown[0])) as document:
        text = " ".join(document.pages[0].extract_text().split())
    assert "Ingrediënten:" in text and "Kan sporen bevatten van: noten." in text
    assert "Lot: L221005" in text and "Gemaakt door" in text
    assert "Ingrédients" not in text and "Lot :" not in text
    tab.close()
    database.close()


def test_a_long_list_fills_the_table_in_sight_a_page_at_a_time(qtbot, db_path, monkeypatch):
    """60 products: the table shows a first page of 15 rows, fetches the next pages while its last
    row is in sight, each page completed in its own call (the first show costs one page, never
    a row twice); every row in sight shows its state; scrolling to the end shows the rest."""
    from app.services.labels import content
    from app.ui.labels.model import PAGE_SIZE

    database = Database.open(db_path)
    with database.session() as session:
        add_cooperative(session)
        lentils = ingredient(session, "Lentilles")
        for number in range(60):
            recipe(session, f"Soupe {number:02d}", [(lentils, 1, "kg")])
    database.close()
    completed = []
    choices = content.product_choices
    monkeypatch.setattr(
        content,
        "product_choices",
        lambda session, ids: completed.append(list(ids)) or choices(session, ids),
    )
    tab, database = open_tab(qtbot, db_path)
    table = tab.table
    assert PAGE_SIZE == 15
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 2) >= 0)
    in_sight = table.rowAt(table.viewport().height() - 2)
    assert in_sight >= PAGE_SIZE  # 18-pixel rows: more than one page in sight
    assert [len(ids) for ids in completed[:2]] == [PAGE_SIZE, PAGE_SIZE]  # a page at a time
    assert all(tab.model.index(row, 3).data() == "Prêt" for row in range(in_sight + 1))
    table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 60)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.index(59, 0).data() == "Soupe 59")
    ids = [recipe_id for call in completed for recipe_id in call]
    assert len(ids) == len(set(ids))  # no product completed twice
    database.close()


def test_what_a_product_lacks_is_listed_with_the_interface_s_semicolon(qtbot, db_path):
    """In Arabic, "؛ " between what the recipe lacks, in the table's state and under it."""
    from app.commands.language import use_language

    database = Database.open(db_path)
    with database.session() as session:
        add_cooperative(session)
        lentils = [(ingredient(session, "Lentilles"), 1, "kg")]
        recipe(session, "Dal", lentils, shelf_life_days=None, net_quantity=None)
    database.close()
    use_language("ar")
    tab, database = open_tab(qtbot, db_path)
    assert tab.model.rowCount() == 1 and "Dal" in tab.model.index(0, 0).data()
    state = tab.model.index(0, 3).data()
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: "Dal" in tab.selected_info.text(), timeout=1000)
    for text in (state, tab.selected_info.text()):
        assert text.count("؛ ") == 1 and "; " not in text, text
    tab.close()
    database.close()
