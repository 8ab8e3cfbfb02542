"""Stock and lots of the cohort, opened from Today: what is soon out of date, the products on hand
by batch and the ingredients by purchased lot; a new purchase, a new batch, a count of the stock
(app/ui/kitchen/count_dialog.py), a loss with its reason (each undoable), and the lot trace (a
recall: from a lot number back to the purchases and forward to the sale days) with its PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout

from app.i18n import fill, format_date, listing
from app.services.errors import ValidationError
from app.services.kitchen import batches, purchases, stock, stock_changes
from app.services.kitchen.trace import LotTrace, trace_lot
from app.services.today.first_screen import soon_out_of_date
from app.services.units import format_decimal, quantity_with_unit
from app.ui.areas import Area
from app.ui.dialogs import add_field_rows
from app.ui.field_errors import FieldErrors
from app.ui.kitchen.soon_text import soon_text
from app.ui.row_model import Column, RowModel
from app.ui.style import Role, chars, lines, set_role, size_by_font
from app.ui.table_view import name_column_takes_the_room, read_only_table
from app.ui.undo import DoneCommand
from app.ui.widgets import button, hbox


class RecordedCommand(DoneCommand):
    """A purchase, a batch or a loss just recorded: undo removes it, redo records it again."""

    area = Area.TODAY

    def __init__(self, ctx, text: str, record, remove, record_id: int):
        super().__init__(ctx, text)
        self._record, self._remove, self.record_id = record, remove, record_id

    def _apply(self, session) -> None:
        self.record_id = self._record(session)

    def _revert(self, session) -> None:
        self._remove(session, self.record_id)


TABLE_MIN_LINES = 8  # each table's least height; on the laptop's screen they show about ten rows
# The ingredients' lot column is as wide as its lots up to a supplier's long lot number
# ("DAT-2210-03") and leaves the rest of the width to the names: shared half and half, large mode
# showed "Dattes …", "Noix de coco …". A longer lot (a purchase without one: "achat du
# 28/10/2022") is elided, its tooltip whole.
SUPPLIER_LOT_CHARS = 15


class StockDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stock_dialog")
        self.setWindowTitle(self.tr("Stock et lots"))
        self.resize(chars(240), lines(50))  # within the screen when shown (showEvent)
        self.soon = QLabel()
        self.soon.setObjectName("soon_out_of_date")
        self.soon.setWordWrap(True)
        self.products = RowModel(
            [
                Column(self.tr("Produit"), lambda r: r.product),
                Column(self.tr("Lot"), lambda r: r.lot),
                Column(self.tr("Fabriqué le"), lambda r: format_date(r.made_on)),
                Column(
                    self.tr("Date"), lambda r: format_date(r.best_before) if r.best_before else ""
                ),
                Column(self.tr("Vendues"), lambda r: r.sold, right=True),
                Column(self.tr("En stock"), lambda r: format_decimal(r.on_hand, 0), right=True),
            ],
            key=lambda r: r.batch_id,
        )
        self.products_table = read_only_table(
            "product_lots", self.tr("Produits en stock"), self.products
        )
        name_column_takes_the_room(self.products_table, 0)  # the names, never sideways
        self.products_table.horizontalHeader().setSectionResizeMode(
            1,
            QHeaderView.ResizeMode.ResizeToContents,  # the app's own short lots: "L221012"
        )
        self.ingredients = RowModel(
            [
                Column(
                    self.tr("Ingrédient"), lambda r: r.ingredient, tooltip=lambda r: r.ingredient
                ),
                Column(self.tr("Lot"), lambda r: r.lot, tooltip=lambda r: r.lot),
                Column(self.tr("Acheté le"), lambda r: format_date(r.bought_on)),
                Column(
                    self.tr("Date"), lambda r: format_date(r.expires_on) if r.expires_on else ""
                ),
                Column(
                    self.tr("En stock"), lambda r: quantity_with_unit(r.on_hand, r.unit), right=True
                ),
            ],
            key=lambda r: r.purchase_id,
        )
        self.ingredients_table = read_only_table(
            "ingredient_lots", self.tr("Ingrédients en stock"), self.ingredients
        )
        name_column_takes_the_room(self.ingredients_table, 0)
        self.ingredients_table.horizontalHeader().setSectionResizeMode(
            1,
            QHeaderView.ResizeMode.Interactive,  # sized in refresh, as its lots need
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.soon)
        layout.addLayout(
            hbox(
                button(self.tr("Nouvel achat…"), "new_purchase", self.new_purchase, tall=True),
                button(self.tr("Nouveau lot fabriqué…"), "new_batch", self.new_batch, tall=True),
                button(self.tr("Compter le stock…"), "count_stock", self.count_stock, tall=True),
                stretch_after=True,
            )
        )
        for table in (self.products_table, self.ingredients_table):
            size_by_font(table, min_height=TABLE_MIN_LINES)
        products = QVBoxLayout()
        products.addWidget(self.products_table, 1)
        products.addLayout(self._build_waste())
        tables = hbox(products, stretch_after=False)
        tables.addWidget(self.ingredients_table, 1)
        tables.setStretch(0, 1)
        layout.addLayout(tables, 1)
        layout.addLayout(self._build_trace())
        layout.addWidget(self.trace_text)
        close = button(self.tr("Fermer"), "close", self.accept, tall=True)
        closing = hbox(stretch_after=True)
        closing.addWidget(close)
        layout.addLayout(closing)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Open as large as asked, within the screen (two tables side by side, about ten rows)."""
        if not event.spontaneous() and self.screen() is not None:
            self.resize(self.size().boundedTo(self.screen().availableGeometry().size()))
        super().showEvent(event)

    def _build_waste(self):
        """A loss of the batch selected above: how many units, and why."""
        self.waste_quantity = QLineEdit()
        self.waste_quantity.setMaximumWidth(chars(8))
        self.waste_reason = QLineEdit()
        self.waste_reason.setPlaceholderText(self.tr("par exemple : tombées, date dépassée"))
        self.waste_error = QLabel()
        self.waste_errors = FieldErrors(self.waste_error)
        form = QFormLayout()
        add_field_rows(
            form,
            self.waste_errors,
            (
                ("quantity", self.tr("Unités perdues"), self.waste_quantity),
                ("reason", self.tr("Raison de la perte"), self.waste_reason),
            ),
        )
        # The button under the fields, not beside them: beside, the products' half of the dialog
        # was as wide as both, and the ingredients' names were cut ("Dattes …") in large mode.
        column = QVBoxLayout()
        column.addLayout(form)
        column.addLayout(
            hbox(
                button(self.tr("Noter la perte du lot choisi"), "record_waste", self.record_waste),
                stretch_after=True,
                margins=False,
            )
        )
        column.addWidget(self.waste_error)
        return column

    def _build_trace(self):
        self.trace_lot = QLineEdit()
        self.trace_lot.setObjectName("trace_lot")
        self.trace_lot.setAccessibleName(self.tr("Numéro de lot à retrouver"))
        self.trace_lot.setPlaceholderText(self.tr("numéro de lot : étiquette ou fournisseur"))
        self.trace_lot.returnPressed.connect(self.show_trace)
        self.trace_text = QLabel()
        self.trace_text.setObjectName("trace_text")
        self.trace_text.setWordWrap(True)
        set_role(self.trace_text, Role.READING)
        return hbox(
            self.trace_lot,
            button(self.tr("Retrouver le lot"), "find_lot", self.show_trace, tall=True),
            button(self.tr("Imprimer la traçabilité…"), "print_trace", self.print_trace, tall=True),
        )

    def refresh(self) -> None:
        cohort, today = self.ctx.cohort_id, self.ctx.today()
        with self.ctx.db.session() as session:  # what is on hand today
            products = stock.product_lots(session, cohort, today) if cohort else []
            ingredients = stock.ingredient_lots(session, cohort, today) if cohort else []
            soon = soon_out_of_date(session, cohort, today) if cohort else []  # as Today's
        self.products.set_rows(products)
        self.ingredients.set_rows(ingredients)
        header = self.ingredients_table.horizontalHeader()
        # its lots' width, never under its heading's (with no lot, the heading was cut)
        needs = min(self.ingredients_table.sizeHintForColumn(1), chars(SUPPLIER_LOT_CHARS))
        header.resizeSection(1, max(needs, header.sectionSizeHint(1)))
        if soon:
            text = soon_text(soon)
            set_role(self.soon, Role.NOTICE)
        else:
            text = self.tr("Rien n'est bientôt périmé.")
            set_role(self.soon, Role.HINT)
        self.soon.setText(text)

    def _push(self, text: str, record, remove, record_id: int) -> None:
        self.ctx.undo_stack.push(RecordedCommand(self.ctx, text, record, remove, record_id))
        self.ctx.changed(Area.TODAY)
        self.refresh()

    def new_purchase(self) -> None:
        from app.services.menus.ingredients import list_ingredients
        from app.ui.kitchen.purchase_dialog import PurchaseDialog

        cohort, today = self.ctx.cohort_id, self.ctx.today()
        if cohort is None:
            return
        with self.ctx.db.session() as session:
            choices = list_ingredients(session, today)
        saved: dict = {}

        def record(session, typed):
            saved["typed"] = typed
            return purchases.create_purchase(session, cohort, typed).id

        def save(typed):
            with self.ctx.db.session() as session:
                return record(session, typed)

        dialog = PurchaseDialog(save, choices, today, self)
        if dialog.exec():
            self._push(
                QCoreApplication.translate("Stock", "Achat d'ingrédient"),
                lambda session: record(session, saved["typed"]),
                purchases.delete_purchase,
                dialog.result_value,
            )

    def new_batch(self) -> None:
        from app.services.sales.events import list_recipes_for_sale
        from app.ui.kitchen.batch_dialog import BatchDialog

        cohort, today = self.ctx.cohort_id, self.ctx.today()
        if cohort is None:
            return
        with self.ctx.db.session() as session:
            products = list_recipes_for_sale(session)
            lots = [lot for lot in stock.ingredient_lots(session, cohort) if lot.on_hand > 0]
        saved: dict = {}

        def record(session, typed):
            saved["typed"] = typed
            return batches.create_batch(session, cohort, typed).id

        def save(typed):
            with self.ctx.db.session() as session:
                return record(session, typed)

        dialog = BatchDialog(save, products, lots, today, self)
        if dialog.exec():
            self._push(
                QCoreApplication.translate("Stock", "Lot fabriqué"),
                lambda session: record(session, saved["typed"]),
                batches.delete_batch,
                dialog.result_value,
            )

    def count_stock(self) -> None:
        """What is on the shelf, typed lot by lot: one correction per lot that differs."""
        from app.ui.kitchen.count_dialog import CountDialog

        cohort, today = self.ctx.cohort_id, self.ctx.today()
        if cohort is None:
            return
        with self.ctx.db.session() as session:
            products = [lot for lot in stock.product_lots(session, cohort) if lot.on_hand > 0]
            ingredients = [lot for lot in stock.ingredient_lots(session, cohort) if lot.on_hand > 0]
        saved: dict = {}

        def record(session, typed):
            saved["typed"] = typed
            return stock_changes.count_lots(session, cohort, typed.counts, today, typed.reason)

        def save(typed):
            with self.ctx.db.session() as session:
                return record(session, typed)

        dialog = CountDialog(save, products, ingredients, self)
        if dialog.exec() and dialog.result_value:
            self._push(
                QCoreApplication.translate("Stock", "Comptage du stock"),
                lambda session: record(session, saved["typed"]),
                stock_changes.remove_movements,
                dialog.result_value,
            )

    def record_waste(self) -> None:
        self.waste_errors.clear()
        chosen = self.products_table.selectionModel().selectedRows()
        lot = self.products.row_at(chosen[0].row()) if chosen else None
        if lot is None:
            self.waste_error.setText(
                self.tr("Choisissez d'abord le lot dans la liste des produits.")
            )
            self.waste_error.show()
            return
        cohort, today = self.ctx.cohort_id, self.ctx.today()
        quantity, reason = self.waste_quantity.text(), self.waste_reason.text()

        def record(session):
            return stock_changes.record_waste(
                session, cohort, lot.batch_id, quantity, today, reason
            ).id

        try:
            with self.ctx.db.session() as session:
                movement_id = record(session)
        except ValidationError as error:
            self.waste_errors.show(error)
            return
        self.waste_quantity.clear()
        self.waste_reason.clear()
        self._push(
            QCoreApplication.translate("Stock", "Perte"),
            record,
            stock_changes.remove_movement,
            movement_id,
        )

    def _trace(self) -> LotTrace:
        with self.ctx.db.session() as session:
            return trace_lot(session, self.trace_lot.text())

    def show_trace(self) -> None:
        trace = self._trace()
        if not trace.found:
            self.trace_text.setText(self.tr("Aucun achat ni lot fabriqué avec ce numéro."))
            return
        parts = []
        for p in trace.purchases:
            parts.append(
                fill(
                    self.tr("Acheté : {ingredient}, {supplier}, le {date}, lot {lot}"),
                    ingredient=p.ingredient,
                    supplier=p.supplier or "—",
                    date=format_date(p.bought_on),
                    lot=p.lot,
                )
            )
        for b in trace.batches:
            days = listing(
                fill(self.tr("{date} ({units})"), date=format_date(d.date), units=d.units)
                for d in b.sale_days
            )
            parts.append(
                fill(
                    self.tr("Lot {lot} : {product}, fait le {date} ; vendu : {days}"),
                    lot=b.lot,
                    product=b.product,
                    date=format_date(b.made_on),
                    days=days or "—",
                )
            )
        self.trace_text.setText("\n".join(parts))

    def print_trace(self) -> None:
        from app.printing.lot_trace import lot_trace_pdf
        from app.services.people.cooperative import get_cooperative
        from app.ui.pdf_preview import preview_pdf

        trace = self._trace()
        if not trace.found:
            self.show_trace()
            return
        with self.ctx.db.session() as session:
            data = lot_trace_pdf(trace, get_cooperative(session))
        preview_pdf(data, self.tr("Traçabilité du lot"), "tracabilite.pdf", self)
