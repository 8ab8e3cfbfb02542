"""The Menus tab driven as a person would: edit a recipe line and watch the cost panel, bad input
at the field, new version, refused delete, undoing an added ingredient or recipe, the 2022 order's
warning and its quote preview."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from app.db import Database
from app.services.menus import ingredients, orders, recipes
from app.services.people.cooperative import CooperativeInfo, save_cooperative
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog
from tests.services.kitchen_fixtures import balls_input, kitchen, line
from tests.ui.helpers import type_text, when_dialog_opens
from tests.ui.test_table_widths import PaintCounter

JUNE = dt.date(2022, 6, 1)


def seed(db_path) -> dict:
    database = Database.open(db_path)
    with database.session() as session:
        save_cooperative(session, CooperativeInfo(name="Coop Test"))
        ids = kitchen(session)
        recipe = recipes.create_recipe(session, balls_input(ids), JUNE)
        order = orders.create_order(
            session,
            orders.OrderInput(
                "Asbl du quartier", JUNE, (orders.OrderLineInput(recipe.id, Decimal(10), 130, 600),)
            ),
            JUNE,
        )
    database.close()
    return {"ids": ids, "recipe": recipe.id, "order": order.id}


def open_tab(qtbot, path):
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: JUNE))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("menus")
    tab = window.page("menus")
    return window, tab, database


def column(page, header: str) -> list[str]:
    model = page.table.model()
    index = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )
    return [model.index(row, index).data() for row in range(model.rowCount())]


def save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_editing_a_line_updates_the_cost_panel_then_the_list(qtbot, db_path):
    seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.recipes
    assert column(page, "Coût / unité") == ["1,13\xa0€"]
    seen = {}

    def edit(dialog):
        seen["before"] = dialog.cost_panel.figures.text()
        _picker, amount, _unit = dialog.line_widgets(0)
        amount.clear()
        qtbot.keyClicks(amount, "600")
        seen["after"] = dialog.cost_panel.figures.text()
        save(qtbot, dialog)

    page.table.selectRow(0)
    errors = when_dialog_opens(edit, "recipe_dialog")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert not errors
    # 300 more grams of dates at 6,49 €/kg: +194,7 c -> batch 566 + 194,7 = 760,7 c, unit 152,14 c
    assert "Coût d'une fournée : 5,66\xa0€" in seen["before"]
    assert "Coût d'une fournée : 7,61\xa0€" in seen["after"]
    assert "Coût par unité : 1,52\xa0€" in seen["after"]
    assert column(page, "Coût / unité") == ["1,52\xa0€"]
    window.close()
    database.close()


def test_bad_price_and_grams_of_lemons_show_at_the_field_and_save_nothing(qtbot, db_path):
    data = seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.name, "Limonade")
        picker, amount, unit = dialog.line_widgets(0)
        picker.setCurrentIndex(picker.findData(data["ids"]["lemon"]))
        qtbot.keyClicks(amount, "100")
        unit.setCurrentIndex(unit.findData("g"))
        seen["panel"] = dialog.cost_panel.figures.text()
        dialog.price.clear()
        qtbot.keyClicks(dialog.price, "2,5,0")
        save(qtbot, dialog)
        seen["price_error"] = dialog.findChild(QLabel, "error_price").text()
        dialog.price.setText("2,50")
        save(qtbot, dialog)
        seen["lines_error"] = dialog.findChild(QLabel, "error_lines").text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    errors = when_dialog_opens(fill, "recipe_dialog")
    qtbot.mouseClick(tab.recipes.new_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert "2,5,0" in seen["price_error"]
    assert "Citron" in seen["lines_error"] and "pièces" in seen["lines_error"]
    assert "Citron" in seen["panel"]
    assert seen["open"]
    assert column(tab.recipes, "Recette") == ["Energy balls"]
    window.close()
    database.close()


def test_new_version_keeps_the_old_one(qtbot, db_path, monkeypatch):
    seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = tab.recipes
    page.table.selectRow(0)
    when_dialog_opens(lambda dialog: dialog.reject(), "recipe_dialog")
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    assert column(page, "Version") == ["v2"]
    page.show_inactive.setChecked(True)
    assert sorted(column(page, "Version")) == ["v1", "v2"]
    window.close()
    database.close()


def test_deleting_a_used_ingredient_is_refused_with_the_recipe(qtbot, db_path, monkeypatch):
    seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.ingredients
    tab.pages.setCurrentWidget(page)
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    names = column(page, "Ingrédient")
    page.table.selectRow(names.index("Dattes"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Energy balls v1" in warnings[0]
    assert "Dattes" in column(page, "Ingrédient")
    window.close()
    database.close()


def test_order_near_cost_is_red_and_its_quote_asks_then_previews(qtbot, db_path, monkeypatch):
    data = seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.orders
    tab.pages.setCurrentWidget(page)
    page.table.selectRow(0)
    # 10 × 1,30 € = 13,00 € (12,26 € without VAT) for a cost of 10 × 1,132 = 11,32 €
    assert "marge est trop petite" in page.message.text()
    asked, shown = [], []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_bytes) or 0)
    qtbot.mouseClick(page.quote_button, Qt.MouseButton.LeftButton)
    assert asked and "Prix conseillé" in asked[0]
    assert shown and shown[0].startswith(b"%PDF")
    qtbot.mouseClick(page.shopping_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 2
    assert data["order"] == page.selected().id
    window.close()
    database.close()


def test_another_tab_can_open_a_recipe(qtbot, db_path):
    data = seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    window.tabs.setCurrentIndex(0)
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    when_dialog_opens(look, "recipe_dialog")
    window.ctx.open("menus", data["recipe"])
    assert window.current_page() is tab
    assert seen["title"] == "Modifier Energy balls (v1)"
    window.close()
    database.close()


def test_undo_brings_a_recipe_edit_back(qtbot, db_path):
    seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.recipes

    def rename(dialog):
        dialog.name.clear()
        type_text(qtbot, dialog.name, "Boules énergie")
        save(qtbot, dialog)

    page.table.selectRow(0)
    when_dialog_opens(rename, "recipe_dialog")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert column(page, "Recette") == ["Boules énergie"]
    window.undo_action.trigger()
    assert column(page, "Recette") == ["Energy balls"]
    window.redo_action.trigger()
    assert column(page, "Recette") == ["Boules énergie"]
    window.close()
    database.close()


def test_new_order_from_a_menu_shows_its_cost_before_saving(qtbot, db_path):
    data = seed(db_path)
    database = Database.open(db_path)
    from app.services.menus import menus

    with database.session() as session:
        menus.create_menu(
            session,
            menus.MenuInput(
                "Goûter", "stand", (menus.MenuItemInput(data["recipe"], Decimal("0.5")),)
            ),
            JUNE,
        )
    database.close()
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.orders
    tab.pages.setCurrentWidget(page)
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.customer, "Maison de quartier")
        dialog.guests.setValue(9)
        dialog.menu.setCurrentIndex(dialog.menu.findText("Goûter"))
        qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
        seen["quantity"] = dialog.lines.cellWidget(0, 1).text()
        seen["panel"] = dialog.cost_panel.figures.text()
        seen["total"] = dialog.totals.text()
        save(qtbot, dialog)

    errors = when_dialog_opens(fill, "order_dialog")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert not errors
    # 9 guests × 0,5 = 4,5 -> 5 units at 5,00 € = 25,00 €; cost 5 × 113,2 c = 5,66 €
    assert seen["quantity"] == "5"
    assert "Coût de la commande : 5,66\xa0€" in seen["panel"]
    assert seen["total"] == "Total : 25,00\xa0€ TVA comprise"
    assert "Maison de quartier" in column(page, "Client")
    window.close()
    database.close()


def test_adding_an_ingredient_can_be_undone_and_redone(qtbot, db_path):
    seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.ingredients
    tab.pages.setCurrentWidget(page)

    def fill(dialog):
        type_text(qtbot, dialog.name, "Sel de Guérande")
        type_text(qtbot, dialog.pack_size, "1")
        type_text(qtbot, dialog.pack_price, "2,50")
        save(qtbot, dialog)

    when_dialog_opens(fill, "ingredient_dialog")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert "Sel de Guérande" in column(page, "Ingrédient")
    assert window.undo_action.text() == "Annuler : ajout de Sel de Guérande"
    window.undo_action.trigger()  # to the Corbeille: nothing undone is lost
    assert "Sel de Guérande" not in column(page, "Ingrédient")
    window.redo_action.trigger()
    assert "Sel de Guérande" in column(page, "Ingrédient")
    window.close()
    database.close()


def test_adding_a_recipe_can_be_undone(qtbot, db_path):
    data = seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.recipes

    def fill(dialog):
        type_text(qtbot, dialog.name, "Citronnade")
        picker, amount, unit = dialog.line_widgets(0)
        picker.setCurrentIndex(picker.findData(data["ids"]["lemon"]))
        qtbot.keyClicks(amount, "2")
        unit.setCurrentIndex(unit.findData("piece"))
        dialog.price.setText("2,50")
        save(qtbot, dialog)
        if dialog.isVisible():
            dialog.reject()  # an error left it open: the assertions below say so

    errors = when_dialog_opens(fill, "recipe_dialog")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert column(page, "Recette") == ["Citronnade", "Energy balls"]
    window.undo_action.trigger()
    assert column(page, "Recette") == ["Energy balls"]
    window.redo_action.trigger()
    assert column(page, "Recette") == ["Citronnade", "Energy balls"]
    window.close()
    database.close()


def _click_box(qtbot, box) -> None:
    """Click a check box where its indicator is (its left end)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_emphasis_suggested_by_the_name_is_confirmed_and_the_cooking_loss_stated(qtbot, db_path):
    data = seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.recipes
    seen = {}

    def edit(dialog):
        dates, oats = dialog.emphasis_box(0), dialog.emphasis_box(1)
        seen["before"] = (dates.checkState(), dialog.label_warnings.isVisible())
        dialog.name.clear()
        type_text(qtbot, dialog.name, "Energy balls dattes")
        # the name evokes the dates: half-ticked, and the dialog asks a person to confirm
        seen["suggested"] = dates.checkState()
        seen["warning"] = dialog.label_warnings.text()
        _click_box(qtbot, dates)
        _click_box(qtbot, oats)  # a person emphasises the oats too
        seen["confirmed"] = (dates.checkState(), oats.checkState())
        seen["after_confirm"] = dialog.label_warnings.isVisible()
        # 5 × 50 g = 250 g sold from 550 g of weighed ingredients (the lemon has no weight)
        type_text(qtbot, dialog.net_quantity, "50")
        combo = dialog.weight_change_kind
        combo.setCurrentIndex(combo.findData(-1))
        type_text(qtbot, dialog.weight_change, "20")
        seen["loss_warning"] = dialog.label_warnings.text()
        dialog.weight_change.clear()
        type_text(qtbot, dialog.weight_change, "55")  # 550 × 45 % = 247,5 g: agrees
        seen["agrees"] = dialog.label_warnings.isVisible()
        save(qtbot, dialog)

    page.table.selectRow(0)
    errors = when_dialog_opens(edit, "recipe_dialog")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen["before"] == (Qt.CheckState.Unchecked, False)
    assert seen["suggested"] == Qt.CheckState.PartiallyChecked
    assert "évoque « Dattes »" in seen["warning"]
    assert seen["confirmed"] == (Qt.CheckState.Checked, Qt.CheckState.Checked)
    assert not seen["after_confirm"]
    assert "(-20 %)" in seen["loss_warning"] and "= 250 g" in seen["loss_warning"]
    assert not seen["agrees"]
    with database.session() as session:
        saved = recipes.get_recipe(session, data["recipe"])
    assert saved.name == "Energy balls dattes"
    assert [line.emphasis for line in saved.lines] == ["yes", "yes", "auto", "auto"]
    assert saved.weight_change_pct == Decimal(-55)
    window.close()
    database.close()


def test_a_compound_ingredient_is_typed_with_its_own_ingredients_and_allergens(qtbot, db_path):

    seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.ingredients
    tab.pages.setCurrentWidget(page)
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.name, "Beurre de cacahuète")
        type_text(qtbot, dialog.pack_size, "350")
        dialog.unit.setCurrentIndex(dialog.unit.findData("g"))
        type_text(qtbot, dialog.pack_price, "3,49")

        def type_components(sub):
            editor = sub.editor  # one empty line to start with
            for name in ("", "Sel"):  # an empty line is left out
                qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
                text, _picker = editor.row_widgets(editor.table.rowCount() - 1)
                type_text(qtbot, text, name)
            text, picker = editor.row_widgets(0)
            type_text(qtbot, text, "Arachides grillées")
            picker.actions_by_key["peanuts"].trigger()  # ticked in the button's menu
            seen["picker"] = picker.text()
            qtbot.mouseClick(
                sub.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
            )

        when_dialog_opens(type_components, "components_dialog")
        qtbot.mouseClick(dialog.components_button, Qt.MouseButton.LeftButton)
        seen["button"] = dialog.components_button.text()
        save(qtbot, dialog)

    when_dialog_opens(fill, "ingredient_dialog")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen["picker"] == "Arachides"
    assert seen["button"] == "Ses ingrédients… (Arachides grillées, Sel)"
    with database.session() as session:
        [row] = [r for r in ingredients.list_ingredients(session, JUNE) if r.name.startswith("B")]
        info = ingredients.get_ingredient(session, row.id, JUNE)
    assert [(c.name, c.allergens) for c in info.components] == [
        ("Arachides grillées", ("peanuts",)),
        ("Sel", ()),
    ]
    window.close()
    database.close()


def test_nutrition_values_typed_once_and_the_artisan_exemption_are_saved(qtbot, db_path):

    data = seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    seen = {}

    def fill(dialog):
        def type_values(sub):
            fields = sub.editor.fields
            type_text(qtbot, fields["energy_kj"], "1180")
            ok = sub.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # only one value: refused
            seen["refused"] = (sub.error.text(), sub.isVisible())
            for key, text in (("energy_kcal", "282"), ("fat", "0,4"), ("saturates", "0,1")):
                type_text(qtbot, fields[key], text)
            for key, text in (("carbohydrate", "75"), ("sugars", "63"), ("protein", "2,5")):
                type_text(qtbot, fields[key], text)
            type_text(qtbot, fields["salt"], "0,01")
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

        when_dialog_opens(type_values, "nutrition_dialog")
        qtbot.mouseClick(dialog.nutrition_button, Qt.MouseButton.LeftButton)
        seen["button"] = dialog.nutrition_button.text()
        save(qtbot, dialog)

    page = tab.ingredients
    tab.pages.setCurrentWidget(page)
    names = column(page, "Ingrédient")
    dates_row = next(row for row, name in enumerate(names) if name == "Dattes")
    page.table.selectRow(dates_row)
    when_dialog_opens(fill, "ingredient_dialog")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen["refused"] == ("Remplissez toutes les valeurs nutritionnelles, ou aucune.", True)
    assert seen["button"] == "Valeurs nutritionnelles… (282 kcal)"

    def exempt(dialog):
        qtbot.mouseClick(dialog.nutrition_exempt, Qt.MouseButton.LeftButton)
        save(qtbot, dialog)

    tab.recipes.table.selectRow(0)
    when_dialog_opens(exempt, "recipe_dialog")
    qtbot.mouseClick(tab.recipes.edit_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        facts = ingredients.get_ingredient(session, data["ids"]["dates"], JUNE).nutrition
        assert recipes.get_recipe(session, data["recipe"]).nutrition_exempt
    assert (facts.energy_kj, facts.fat, facts.salt) == (
        Decimal(1180),
        Decimal("0.4"),
        Decimal("0.01"),
    )
    window.close()
    database.close()


def test_only_the_page_shown_reads_its_list_the_others_when_shown(qtbot, db_path):
    """Recipes are read when the tab opens; ingredients when their page is shown; a change
    made while another page is shown reaches the ingredients once they are shown again."""
    seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    assert "Energy balls" in column(tab.recipes, "Recette")
    assert tab.ingredients.model.rows() == []
    tab.pages.setCurrentWidget(tab.ingredients)
    assert "Dattes" in column(tab.ingredients, "Ingrédient")
    tab.pages.setCurrentWidget(tab.recipes)
    with database.session() as session:
        ingredients.create_ingredient(
            session, ingredients.IngredientInput("Sel", "g", Decimal(1000), 59, JUNE)
        )
    window.ctx.changed(Area.MENUS)
    assert "Sel" not in column(tab.ingredients, "Ingrédient")  # not read while hidden
    tab.pages.setCurrentWidget(tab.ingredients)
    assert column(tab.ingredients, "Ingrédient").count("Sel") == 1
    window.close()
    database.close()


def test_typing_in_the_search_filters_the_recipes_read_by_name_or_category(qtbot, db_path):
    """By a piece of the name or of the category, whatever the case; the count follows; typing
    reads nothing from the database."""
    from sqlalchemy import event

    seed(db_path)
    database = Database.open(db_path)
    with database.session() as session:
        ids = {i.name: i.id for i in ingredients.list_ingredients(session, JUNE)}
        recipes.create_recipe(
            session,
            recipes.RecipeInput(
                "Tajine d'Été", 4, (line(ids["Dattes"], "100", "g"),), category="Plat"
            ),
            JUNE,
        )
    database.close()
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.recipes
    assert sorted(column(page, "Recette")) == ["Energy balls", "Tajine d'Été"]
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(database.engine, "before_cursor_execute", listener)
    qtbot.keyClicks(page.search, "ÉTÉ")
    assert column(page, "Recette") == ["Tajine d'Été"]
    assert page.count_label.text() == "1 recette"
    page.search.clear()
    qtbot.keyClicks(page.search, "pla")  # the category
    assert column(page, "Recette") == ["Tajine d'Été"]
    qtbot.keyClicks(page.search, "x")
    assert column(page, "Recette") == []
    assert page.count_label.text() == "0 recette"
    event.remove(database.engine, "before_cursor_execute", listener)
    assert statements == []
    page.search.clear()
    assert len(column(page, "Recette")) == 2
    assert page.count_label.text() == "2 recettes"
    window.close()
    database.close()


def test_the_search_ignores_accents_and_ligatures_and_the_order_too(qtbot, db_path):
    """ "oeuf" typed finds "Œufs brouillés", "energie" finds "Énergie"; sorted by name, "Énergie"
    comes among the e's, not after "Zaalouk"."""
    seed(db_path)
    database = Database.open(db_path)
    with database.session() as session:
        ids = {i.name: i.id for i in ingredients.list_ingredients(session, JUNE)}
        for name in ("Œufs brouillés", "Zaalouk", "Énergie du matin"):
            recipes.create_recipe(
                session, recipes.RecipeInput(name, 4, (line(ids["Dattes"], "100", "g"),)), JUNE
            )
    database.close()
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.recipes
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(page, "Recette") == [
        "Énergie du matin",  # "energi" before "energy"
        "Energy balls",
        "Œufs brouillés",
        "Zaalouk",
    ]
    qtbot.keyClicks(page.search, "oeuf")
    assert column(page, "Recette") == ["Œufs brouillés"]
    page.search.clear()
    qtbot.keyClicks(page.search, "ENERGIE")
    assert column(page, "Recette") == ["Énergie du matin"]
    page.search.clear()
    qtbot.keyClicks(page.search, "brouilles oeufs")  # every word, in any order
    assert column(page, "Recette") == ["Œufs brouillés"]
    qtbot.keyClicks(page.search, " x")
    assert column(page, "Recette") == []
    window.close()
    database.close()


def test_only_the_page_on_screen_is_built_the_others_when_first_shown(qtbot, db_path):
    """The tab's first show builds the recipes page alone; a click on "Commandes et devis"
    builds the orders page in its place, shows it and reads its list; asking for a page in code
    builds it without changing the page on screen."""
    seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    assert set(tab._lazy.built()) == {"recipes"}
    assert tab.pages.count() == 5
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    assert set(tab._lazy.built()) == {"recipes", "orders"}
    assert tab.pages.currentWidget() is tab.orders
    assert tab.pages.widget(3) is tab.orders
    assert tab.orders.isVisible()
    assert "Asbl du quartier" in column(tab.orders, "Client")
    assert not tab.orders.new_button.icon().isNull()  # decorated like the tab's own buttons
    menus = tab.page("menus")
    assert tab.pages.widget(2) is menus
    assert tab.pages.currentWidget() is tab.orders
    assert [tab.pages.tabText(i) for i in range(5)] == [
        "Recettes",
        "Ingrédients",
        "Menus",
        "Commandes et devis",
        "Dégustations",
    ]
    window.close()
    database.close()


def test_the_recipe_list_is_painted_once_when_the_tab_is_first_shown(qtbot, db_path):
    """Its columns sized while the page is built and laid out do not have Qt paint the whole list
    a second time, and no box of the page opens as a window of its own on the way (the main
    window would lose the focus and be painted again)."""
    seed(db_path)
    database = Database.open(db_path)
    window = MainWindow(AppContext(database, today=lambda: JUNE))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    windows_before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    window.open_tab("menus")
    windows_after = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    table = window.page("menus").page("recipes").table
    counter = PaintCounter(table.viewport())
    qtbot.waitUntil(lambda: counter.paints > 0)
    for _ in range(5):
        QApplication.processEvents()
    assert counter.paints == 1
    assert windows_after == windows_before
    database.close()
