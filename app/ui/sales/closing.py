"""End of day: counts typed from the paper sheet, cash in/out, the closing cash count by coin and
note, closing the day, and corrections afterwards (reversing entries with a reason).

The page redraws from the database whenever the day changes (`SaleDayView`); a save sends only
what the person typed, with the day's version the page was drawn from, and a day changed meanwhile
is refused (`StaleError`): the page reloads, keeps what she typed and says the figures changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill, format_date, format_datetime, joined, listed, listing
from app.services.errors import StaleError, ValidationError
from app.services.money import format_amount, parse_amount
from app.services.sales import cash as sales_cash
from app.services.sales import closing, tally
from app.ui.areas import Area
from app.ui.sales.day_view import FieldMemory, SaleDayView
from app.ui.sales.dialogs import CashCorrectionDialog, CorrectionDialog
from app.ui.style import Role, set_role, size_by_font
from app.vocab import values
from app.vocab.sales import LineKind, PaymentMethod, payment_method_label

COLUMNS = [*values(PaymentMethod), LineKind.UNSOLD.value, LineKind.GIVEN.value]


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    set_role(label, Role.ERROR)
    label.setWordWrap(True)
    return label


def _line_edit(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class ClosingPage(SaleDayView):
    changed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("closing_page")
        self.memory = FieldMemory()
        self._cash = None
        self._to_retype: tuple[int, dict] | None = None  # (day, her text) from a replaced window
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self._build_counts())
        layout.addWidget(self._build_cash_box())
        layout.addWidget(self._build_cash_count())
        layout.addLayout(self._build_closing_row())
        layout.addWidget(self.audit)
        self._size_buttons()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- building -------------------------------------------------------------------------------
    def _build_counts(self) -> QGroupBox:
        """1. The counts typed from the paper sheet, one row per product."""
        self.counts = QTableWidget(0, len(COLUMNS))
        self.counts.setObjectName("typed_counts")
        self.counts.setAccessibleName(self.tr("Comptes de la feuille papier"))
        self.counts.setHorizontalHeaderLabels(
            [payment_method_label(m) for m in values(PaymentMethod)]
            + [self.tr("Invendus"), self.tr("Offert ou perdu hors vente")]
        )
        size_by_font(self.counts, min_height=6.9)
        size_by_font(self.counts, max_height=11.2)
        self.save_counts_button = QPushButton(self.tr("Enregistrer les comptes"))
        self.save_counts_button.setObjectName("save_counts")
        self.save_counts_button.clicked.connect(self.save_counts)
        self.counts_error = _error_label("counts_error")
        box = QGroupBox(self.tr("1. Comptes de la journée (si vous avez compté sur papier)"))
        column = QVBoxLayout(box)
        column.addWidget(self.counts)
        row = QHBoxLayout()
        row.addWidget(self.counts_error, 1)
        row.addWidget(self.save_counts_button)
        column.addLayout(row)
        return box

    def _build_cash_box(self) -> QGroupBox:
        """2. The opening float, the day's notes, and cash put in or taken out."""
        self.float_edit = _line_edit("opening_float", self.tr("Fonds de caisse"))
        self.notes = _line_edit(
            "event_notes",
            self.tr("Notes de la journée"),
            self.tr("Ce qui s'est passé, ce qu'il faut retenir"),
        )
        self.save_float_button = QPushButton(self.tr("Enregistrer le fonds de caisse et les notes"))
        self.save_float_button.setObjectName("save_float")
        self.save_float_button.clicked.connect(self.save_float)
        self.movement_amount = _line_edit(
            "movement_amount", self.tr("Montant entré ou sorti"), self.tr("-3,50 pour une sortie")
        )
        self.movement_reason = _line_edit(
            "movement_reason", self.tr("Raison"), self.tr("Pourquoi ?")
        )
        self.add_movement_button = QPushButton(self.tr("Ajouter"))
        self.add_movement_button.setObjectName("add_movement")
        self.add_movement_button.clicked.connect(self.add_movement)
        self.movements = QListWidget()
        self.movements.setObjectName("movements")
        self.movements.setAccessibleName(self.tr("Entrées et sorties d'argent"))
        size_by_font(self.movements, max_height=5)
        self.cash_error = _error_label("cash_error")
        box = QGroupBox(self.tr("2. Argent de la caisse"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Fonds de caisse au début :")), 0, 0)
        grid.addWidget(self.float_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("Notes de la journée :")), 1, 0)
        grid.addWidget(self.notes, 1, 1)
        grid.addWidget(self.save_float_button, 0, 2, 2, 2)
        grid.addWidget(QLabel(self.tr("Entrée (+) ou sortie (−) :")), 2, 0)
        grid.addWidget(self.movement_amount, 2, 1)
        grid.addWidget(self.movement_reason, 2, 2)
        grid.addWidget(self.add_movement_button, 2, 3)
        grid.addWidget(self.movements, 3, 0, 1, 4)
        grid.addWidget(self.cash_error, 4, 0, 1, 4)
        return box

    def _build_cash_count(self) -> QGroupBox:
        """3. The closing count, coin by coin and note by note, against the expected cash."""
        box = QGroupBox(self.tr("3. Comptage de la caisse à la fin"))
        grid = QGridLayout(box)
        self.piece_edits: dict[int, QLineEdit] = {}
        for index, denomination in enumerate(sales_cash.DENOMINATIONS):
            label = QLabel(sales_cash.denomination_label(denomination))
            edit = QLineEdit()
            edit.setObjectName(f"pieces_{denomination}")
            edit.setAccessibleName(fill(self.tr("Nombre de {d}"), d=label.text()))
            size_by_font(edit, max_width=10)
            edit.textChanged.connect(self.update_count_preview)
            label.setBuddy(edit)
            row, column = divmod(index, 5)
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(edit, row, column * 2 + 1)
            self.piece_edits[denomination] = edit
        self.count_preview = QLabel()
        self.count_preview.setObjectName("count_preview")
        set_role(self.count_preview, Role.READING)
        self.explanation = _line_edit(
            "cash_explanation",
            self.tr("Explication de la différence"),
            self.tr("S'il y a une différence : pourquoi ?"),
        )
        self.save_count_button = QPushButton(self.tr("Enregistrer le comptage"))
        self.save_count_button.setObjectName("save_count")
        self.save_count_button.clicked.connect(self.save_count)
        self.count_error = _error_label("count_error")
        grid.addWidget(self.count_preview, 3, 0, 1, 10)
        grid.addWidget(self.explanation, 4, 0, 1, 8)
        grid.addWidget(self.save_count_button, 4, 8, 1, 2)
        grid.addWidget(self.count_error, 5, 0, 1, 10)
        return box

    def _build_closing_row(self) -> QHBoxLayout:
        """4. Closing, corrections after closing, and the audit trail."""
        self.close_button = QPushButton(self.tr("4. Clôturer la journée"))
        self.close_button.setObjectName("close_day")
        size_by_font(self.close_button, min_height=2.8)
        set_role(self.close_button, Role.STRONG)
        self.close_button.clicked.connect(self.close_day)
        self.correct_button = QPushButton(self.tr("Corriger (après clôture)…"))
        self.correct_button.setObjectName("correct")
        self.correct_button.clicked.connect(self.correct)
        self.correct_cash_button = QPushButton(self.tr("Corriger la caisse…"))
        self.correct_cash_button.setObjectName("correct_cash")
        self.correct_cash_button.clicked.connect(self.correct_cash)
        self.state_label = QLabel()
        self.state_label.setObjectName("closing_state")
        self.state_label.setWordWrap(True)
        self.audit = QListWidget()
        self.audit.setObjectName("audit_trail")
        self.audit.setAccessibleName(self.tr("Clôture et corrections"))
        size_by_font(self.audit, max_height=5.6)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addWidget(self.correct_button)
        row.addWidget(self.correct_cash_button)
        row.addWidget(self.state_label, 1)
        return row

    def _size_buttons(self) -> None:
        for button in (
            self.save_counts_button,
            self.save_float_button,
            self.add_movement_button,
            self.save_count_button,
            self.close_button,
            self.correct_button,
            self.correct_cash_button,
        ):
            button.setMinimumHeight(max(button.minimumHeight(), 36))
            button.setAccessibleName(button.text())

    # --- showing --------------------------------------------------------------------------------
    def other_day(self) -> None:
        self.memory.clear()
        for label in (self.counts_error, self.cash_error, self.count_error):
            label.clear()

    def _editable(self) -> tuple[QWidget, ...]:
        return (
            self.counts,
            self.save_counts_button,
            self.float_edit,
            self.notes,
            self.save_float_button,
            self.movement_amount,
            self.movement_reason,
            self.add_movement_button,
            self.explanation,
            self.save_count_button,
            self.close_button,
            *self.piece_edits.values(),
        )

    def draw(self, session) -> None:
        event = self.sale_event
        open_ = event is not None and not event.closed
        for widget in self._editable():
            widget.setEnabled(open_)
        self.correct_button.setEnabled(event is not None and event.closed)
        self.correct_cash_button.setEnabled(event is not None and event.closed)
        self.movements.clear()
        self.audit.clear()
        if event is None:
            self.counts.setRowCount(0)
            self.state_label.setText("")
            self._cash = None
            return
        self._draw_counts(tally.tally_totals(session, event.id))
        self._draw_cash(sales_cash.cash_state(session, event.id))
        self._draw_trail(closing.audit_trail(session, event.id))
        if self._to_retype is not None:
            self._retype_now()

    def _draw_counts(self, totals: tally.TallyTotals) -> None:
        event = self.sale_event
        typed = {
            (row, column): self._cell_text(row, column)
            for row in range(self.counts.rowCount())
            for column in range(len(COLUMNS))
        }
        self.counts.setRowCount(len(event.products))
        self.counts.setVerticalHeaderLabels([p.name for p in event.products])
        for row, product in enumerate(event.products):
            for column, key in enumerate(COLUMNS):
                if key == "unsold":
                    value = totals.unsold.get(product.id, 0)
                elif key == "given":
                    value = totals.given.get(product.id, 0)
                else:
                    value = totals.sold.get((product.id, key), 0)
                text = self.memory.fill(
                    ("cell", row, column), typed.get((row, column), ""), str(value)
                )
                self.counts.setItem(row, column, QTableWidgetItem(text))
        self.counts.resizeColumnsToContents()

    def _draw_cash(self, cash: sales_cash.CashState) -> None:
        event = self.sale_event
        self._fill(self.float_edit, format_amount(event.opening_float_cents, symbol=False))
        self._fill(self.notes, event.notes)
        for movement in cash.movements:
            mark = self.tr(" (correction)") if movement.is_correction else ""
            self.movements.addItem(
                joined(format_amount(movement.amount_cents), movement.reason) + mark
            )
        for denomination, edit in self.piece_edits.items():
            edit.blockSignals(True)
            self._fill(edit, str(cash.count[denomination]) if denomination in cash.count else "")
            edit.blockSignals(False)
        self._fill(self.explanation, cash.explanation)
        self._cash = cash
        self.update_count_preview()

    def _draw_trail(self, trail) -> None:
        event = self.sale_event
        for entry in trail:
            what = joined(entry.what, entry.reason) if entry.reason else entry.what
            self.audit.addItem(listed(format_datetime(entry.when), entry.who or "—", what))
        if event.closed:
            self.state_label.setText(
                fill(
                    self.tr(
                        "Journée clôturée le {when} par {who}. Elle ne change plus : "
                        "utilisez « Corriger »."
                    ),
                    when=format_datetime(event.closed_at),
                    who=event.closed_by_name or "—",
                )
            )
        else:
            self.state_label.setText(self.tr("Journée ouverte."))

    def _text_fields(self) -> dict[str, QLineEdit]:
        fields = (self.float_edit, self.notes, self.explanation, *self.piece_edits.values())
        return {edit.objectName(): edit for edit in fields}

    def typed(self) -> tuple[int, dict] | None:
        """(the day, what she typed there and did not save, field by field), or None."""
        if self.sale_event is None:
            return None
        cells = {
            ("cell", row, column): self._cell_text(row, column)
            for row in range(self.counts.rowCount())
            for column in range(len(COLUMNS))
        }
        texts = {name: edit.text() for name, edit in self._text_fields().items()}
        typed = {k: v for k, v in (cells | texts).items() if self.memory.changed(k, v)}
        return (self.sale_event.id, typed) if typed else None

    def retype(self, kept: tuple[int, dict]) -> None:
        """Put `typed()`'s text back over the day's figures when that day is next drawn."""
        self._to_retype = kept
        self.mark_stale()

    def _retype_now(self) -> None:
        event_id, typed = self._to_retype
        if self.sale_event is None or self.sale_event.id != event_id:
            return
        self._to_retype = None
        fields = self._text_fields()
        for key, text in typed.items():
            if isinstance(key, tuple):
                item = self.counts.item(key[1], key[2])
                if item is not None:
                    item.setText(text)
            elif key in fields:
                fields[key].setText(text)
        self.update_count_preview()

    def _fill(self, edit: QLineEdit, value: str) -> None:
        edit.setText(self.memory.fill(edit.objectName(), edit.text(), value))

    def _cell_text(self, row: int, column: int) -> str:
        item = self.counts.item(row, column)
        return item.text() if item else ""

    def typed_pieces(self) -> dict[int, str]:
        return {d: edit.text() for d, edit in self.piece_edits.items()}

    def update_count_preview(self) -> None:
        cash = self._cash
        if cash is None:
            self.count_preview.clear()
            return
        try:
            counted = sum(d * sales_cash.parse_pieces(t, d) for d, t in self.typed_pieces().items())
        except ValidationError as error:
            self.count_preview.setText(error.message)
            return
        difference = counted - cash.expected_cents
        self.count_preview.setText(
            fill(
                self.tr("Attendu : {e}   ·   Compté : {c}   ·   Différence : {d}"),
                e=format_amount(cash.expected_cents),
                c=format_amount(counted),
                d=format_amount(difference),
            )
        )

    # --- actions --------------------------------------------------------------------------------
    def _done(self) -> None:
        self.ctx.changed(Area.SALES)
        self.changed.emit()
        self.refresh()

    def _reload_stale(self, error: StaleError, label: QLabel) -> None:
        """The day changed since the page was drawn: show the new figures, keep what was typed."""
        self.refresh()
        label.setText(error.message)

    def typed_counts(self) -> tally.TypedCounts:
        """The cells the person changed since the page was drawn, and only those."""
        sold, unsold, given = {}, {}, {}
        for row, product in enumerate(self.sale_event.products):
            for column, key in enumerate(COLUMNS):
                text = self._cell_text(row, column)
                if not self.memory.changed(("cell", row, column), text):
                    continue
                if key == "unsold":
                    unsold[product.id] = text
                elif key == "given":
                    given[product.id] = text
                else:
                    sold[(product.id, key)] = text
        return tally.TypedCounts(sold, unsold, given)

    def save_counts(self) -> None:
        event = self.sale_event
        self.counts_error.clear()
        typed = self.typed_counts()
        if not (typed.sold or typed.unsold or typed.given):
            self.counts_error.setText(self.tr("Rien à enregistrer : aucun compte n'a changé."))
            return
        confirm = False
        while True:
            try:
                with self.ctx.db.session() as session:
                    tally.set_counts(
                        session, event.id, typed, confirm_large=confirm, seen_version=event.version
                    )
                break
            except tally.ImplausibleCount as error:
                answer = QMessageBox.question(self, self.tr("Nombre très grand"), error.message)
                if answer != QMessageBox.StandardButton.Yes:
                    return
                confirm = True
            except StaleError as error:
                self._reload_stale(error, self.counts_error)
                return
            except ValidationError as error:
                self.counts_error.setText(error.message)
                self._select_cell(error)
                return
        self._accept_cells()
        self._done()

    def _accept_cells(self) -> None:
        for row in range(self.counts.rowCount()):
            for column in range(len(COLUMNS)):
                self.memory.saved(("cell", row, column), self._cell_text(row, column))

    def _select_cell(self, error: ValidationError) -> None:
        """The typed count the error is about: row = its product, column = method or kind."""
        rows = [i for i, p in enumerate(self.sale_event.products) if p.id == error.row]
        if rows and error.column in COLUMNS:
            self.counts.setCurrentCell(rows[0], COLUMNS.index(error.column))

    def save_float(self) -> None:
        from app.services.sales import events as sales_events

        self.cash_error.clear()
        event = self.sale_event
        try:
            cents = parse_amount(self.float_edit.text(), "opening_float")
            with self.ctx.db.session() as session:
                sales_events.update_event(
                    session,
                    event.id,
                    event.place,
                    event.delegate_id,
                    cents,
                    self.notes.text(),
                    seen_version=event.version,
                )
        except StaleError as error:
            self._reload_stale(error, self.cash_error)
            return
        except ValidationError as error:
            self.cash_error.setText(error.message)
            return
        for edit in (self.float_edit, self.notes):
            self.memory.saved(edit.objectName(), edit.text())
        self._done()

    def add_movement(self) -> None:
        self.cash_error.clear()
        try:
            cents = parse_amount(self.movement_amount.text(), "amount", allow_negative=True)
            with self.ctx.db.session() as session:
                sales_cash.add_movement(
                    session, self.sale_event.id, cents, self.movement_reason.text()
                )
        except ValidationError as error:
            self.cash_error.setText(error.message)
            return
        self.movement_amount.clear()
        self.movement_reason.clear()
        self._done()

    def save_count(self) -> bool:
        self.count_error.clear()
        try:
            with self.ctx.db.session() as session:
                sales_cash.record_count(
                    session,
                    self.sale_event.id,
                    self.typed_pieces(),
                    self.explanation.text(),
                    seen_version=self.sale_event.version,
                )
        except StaleError as error:
            self._reload_stale(error, self.count_error)
            return False
        except ValidationError as error:
            self.count_error.setText(error.message)
            if error.field == "explanation":
                self.explanation.setFocus()
            elif error.field == "denomination" and error.row in self.piece_edits:
                self.piece_edits[error.row].setFocus()
            return False
        for edit in (*self.piece_edits.values(), self.explanation):
            self.memory.saved(edit.objectName(), edit.text())
        self._done()
        return True

    def _unsaved_buttons(self) -> list[QPushButton]:
        """The save buttons of the parts where she typed something not saved yet (a count by coin
        seen in "Compté" is not the count a closing would keep)."""
        typed = (self.typed() or (None, {}))[1]
        parts = (
            (self.save_counts_button, any(isinstance(key, tuple) for key in typed)),
            (self.save_float_button, bool({"opening_float", "event_notes"} & typed.keys())),
            (self.add_movement_button, bool(self.movement_amount.text().strip())),
            (
                self.save_count_button,
                bool(
                    {"cash_explanation", *(e.objectName() for e in self.piece_edits.values())}
                    & typed.keys()
                ),
            ),
        )
        return [button for button, unsaved in parts if unsaved]

    def close_day(self) -> None:
        event = self.sale_event
        unsaved = self._unsaved_buttons()
        if unsaved:  # the closing would lock the day without what she typed
            self.count_error.setText(
                fill(
                    self.tr(
                        "Ce que vous avez tapé n'est pas encore enregistré : cliquez d'abord sur "
                        "{buttons}, puis clôturez la journée."
                    ),
                    buttons=listing(
                        fill(self.tr("« {button} »"), button=button.text()) for button in unsaved
                    ),
                )
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Clôturer la journée"),
            fill(
                self.tr(
                    "Clôturer la journée du {date} ? Ensuite, on ne peut plus changer les comptes, "
                    "seulement ajouter des corrections."
                ),
                date=format_date(event.date),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.session() as session:
                closing.close_event(
                    session, event.id, event.delegate_id, seen_version=event.version
                )
        except StaleError as error:
            self._reload_stale(error, self.count_error)
            return
        except ValidationError as error:
            self.count_error.setText(error.message)
            return
        self._done()

    def correct(self) -> None:
        dialog = CorrectionDialog(self.ctx, self.sale_event, parent=self)
        if dialog.exec():
            self._done()

    def correct_cash(self) -> None:
        dialog = CashCorrectionDialog(self.ctx, self.sale_event, parent=self)
        if dialog.exec():
            self._done()
