"""The live tally: one big button per product (+1), a small −1 beside it, the payment method as
big toggle buttons, a field that receives the barcode scanner's typing, and running totals.

Shortcuts: F1…F9 add one of product 1…9, Shift+F1…F9 remove one, Ctrl+1…5 choose the payment
method; Ctrl+Z / Ctrl+Y undo and redo (Édition › Annuler / Rétablir on the Ventes tab's own undo
stack), wherever the focus is, the scanner field included. Every tap is saved at once.

The page's own "Annuler le dernier appui" undoes only the last tap of the shown sale day made in
this session: it is disabled when the last step of the Ventes tab's history is anything else.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill, format_date, isolate, labelled
from app.services.errors import ValidationError
from app.services.money import format_amount
from app.services.sales import events as sales_events
from app.services.sales import tally
from app.services.sales.events import EventInfo
from app.ui.areas import Area
from app.ui.sales.commands import TapCommand, is_tap_of
from app.ui.steady_label import steady
from app.ui.style import TALLY_BUTTON_LINES, Role, lines, set_role, size_by_font
from app.ui.widgets import hbox
from app.vocab import values
from app.vocab.sales import PaymentMethod, payment_method_label


class LetUndoThrough(QObject):
    """Installed on a text field: Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) reach Édition › Annuler /
    Rétablir instead of the field's own typing history (the scanner field's would swallow them)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()  # not overridden: the window's shortcut runs
            return True
        return False


def _is_undo_key(event: QKeyEvent) -> bool:
    ctrl_y = event.key() == Qt.Key.Key_Y and (
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )
    return bool(
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or ctrl_y
    )


NAME_LINE_CHARS = 14  # a longer product name is written on two lines on its button


def product_caption(name: str) -> str:
    """A product's name for its tally button: on two lines of about the same length when it is
    long, so that three buttons side by side, with their counts and −1 buttons, fit the laptop's
    width in large mode, in every language (a name without a space stays whole)."""
    words = name.split(" ")
    if len(name) <= NAME_LINE_CHARS or len(words) < 2:
        return name
    splits = [(" ".join(words[:cut]), " ".join(words[cut:])) for cut in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(len(pair[0]), len(pair[1])))
    return f"{first}\n{second}"


class TallyPage(QWidget):
    """Shows one open event; `tapped` is emitted after each saved tap."""

    tapped = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.sale_event: EventInfo | None = None
        # True while this page announces its own tap: the Sales tab then leaves the day list as
        # it is (a tap changes no day) and this page redraws its counts once, itself.
        self.announcing_tap = False
        self.setObjectName("tally_page")

        self.methods = QButtonGroup(self)
        self.methods.setExclusive(True)
        method_row = QHBoxLayout()
        method_row.addWidget(QLabel(self.tr("Paiement :")))
        self.method_buttons: dict[str, QPushButton] = {}
        for index, method in enumerate(values(PaymentMethod)):
            # The shortcut under the name: five side by side fit the laptop in large mode.
            button = QPushButton(f"{payment_method_label(method)}\n(Ctrl+{index + 1})")
            button.setObjectName(f"method_{method}")
            button.setCheckable(True)
            size_by_font(button, min_height=3)
            set_role(button, Role.TALLY_METHOD)
            button.setAccessibleName(
                fill(self.tr("Paiement : {m}"), m=payment_method_label(method))
            )
            self.methods.addButton(button, index)
            self.method_buttons[method] = button
            method_row.addWidget(button, 1)
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, button.click)
        self.method_buttons[PaymentMethod.CASH].setChecked(True)

        self.scan = QLineEdit()
        self.scan.setObjectName("barcode")
        self.scan.setPlaceholderText(
            self.tr("Scanner un code-barres ici (ou taper le code puis Entrée)")
        )
        self.scan.setAccessibleName(self.tr("Code-barres"))
        self.scan.returnPressed.connect(self.scan_entered)
        self._let_undo_through = LetUndoThrough(self)
        self.scan.installEventFilter(self._let_undo_through)
        self.message = QLabel()
        self.message.setObjectName("tally_message")
        self.message.setWordWrap(True)

        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        # No margins of its own and little room between the rows: two rows of products stay in
        # view under the payment buttons on the laptop in large mode, in every language.
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(10)
        self.grid.setHorizontalSpacing(lines(1))
        self.plus_buttons: list[QPushButton] = []
        self.minus_buttons: list[QPushButton] = []
        self.count_labels: list[QLabel] = []

        self.totals_label = QLabel()
        self.totals_label.setObjectName("tally_totals")
        self.totals_label.setWordWrap(True)
        set_role(self.totals_label, Role.READING)
        self.undo_button = QPushButton(self.tr("Annuler le dernier appui (Ctrl+Z)"))
        self.undo_button.setObjectName("tally_undo")
        self.undo_button.clicked.connect(self.undo_tap)
        self.redo_button = QPushButton(self.tr("Rétablir (Ctrl+Y)"))
        self.redo_button.setObjectName("tally_redo")
        self.redo_button.clicked.connect(self.redo_tap)
        self.ctx.undo_stack.indexChanged.connect(self._history_moved)
        for button in (self.undo_button, self.redo_button):
            size_by_font(button, min_height=2.5)
            button.setAccessibleName(button.text())
        for n in range(1, 10):
            QShortcut(QKeySequence(f"F{n}"), self, lambda n=n: self.tap_index(n - 1, +1))
            QShortcut(QKeySequence(f"Shift+F{n}"), self, lambda n=n: self.tap_index(n - 1, -1))

        bottom = QHBoxLayout()
        bottom.addWidget(steady(self.totals_label), 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(method_row)
        # The last tap's message beside the scanner field, not on a line of its own.
        layout.addLayout(hbox((self.scan, 1), (steady(self.message), 1), margins=False))
        layout.addWidget(self.grid_box, 1)
        layout.addLayout(bottom)
        hint = QLabel(
            self.tr(
                "Chaque appui est enregistré tout de suite. F1 à F9 : +1 du produit 1 à 9 ; "
                "Maj+F1 à F9 : −1. "
                "Ceci est un outil de comptage, pas une caisse enregistreuse certifiée."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, Role.HINT)
        layout.addWidget(hint)

    # --- state ----------------------------------------------------------------------------------
    def method(self) -> str:
        return values(PaymentMethod)[max(0, self.methods.checkedId())]

    def set_event(self, event: EventInfo | None) -> None:
        if event is None or self.sale_event is None or event.products != self.sale_event.products:
            self._build_buttons(event)
        another_day = (event.id if event else None) != (
            self.sale_event.id if self.sale_event else None
        )
        self.sale_event = event
        self.update_totals()
        if another_day:
            self._warn_if_not_today(event)

    def _warn_if_not_today(self, event: EventInfo | None) -> None:
        """An open day of another date (the tab opens on the newest open day when there is no sale
        today): taps would count on that day, so the message line says so and what to do."""
        if event is None or event.closed or event.date == self.ctx.today():
            self._say("")
            return
        self._say(
            fill(
                self.tr(
                    "Cette vente est celle du {date}, pas d'aujourd'hui. Pour vendre aujourd'hui, "
                    "cliquez sur « Nouvelle vente… »."
                ),
                date=format_date(event.date),
            ),
            error=True,
        )

    def _build_buttons(self, event: EventInfo | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().hide()  # out of sight at once: it is deleted when Qt is idle
                item.widget().deleteLater()
        self.plus_buttons, self.minus_buttons, self.count_labels = [], [], []
        if event is None:
            return
        columns = 3 if len(event.products) > 4 else 2
        for index, product in enumerate(event.products):
            key = f"F{index + 1}" if index < 9 else ""
            price = format_amount(product.price_cents)
            plus = QPushButton(f"{product_caption(product.name)}\n{price}   {key}")
            plus.setObjectName(f"plus_{index}")
            set_role(plus, Role.TALLY_PRODUCT)
            size_by_font(plus, min_height=TALLY_BUTTON_LINES)  # grows with the large mode
            plus.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            plus.setAccessibleName(fill(self.tr("Ajouter un {name}"), name=product.name))
            plus.clicked.connect(lambda _=False, i=index: self.tap_index(i, +1))
            minus = QPushButton(isolate("−1"))
            minus.setObjectName(f"minus_{index}")
            set_role(minus, Role.TALLY_PRODUCT)
            size_by_font(minus, min_width=6, min_height=TALLY_BUTTON_LINES)  # in its own font
            minus.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
            minus.setAccessibleName(fill(self.tr("Enlever un {name}"), name=product.name))
            minus.clicked.connect(lambda _=False, i=index: self.tap_index(i, -1))
            count = QLabel("0")
            count.setObjectName(f"count_{index}")
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            size_by_font(count, min_width=4)  # four digits of the large count font
            set_role(count, Role.TALLY_COUNT)
            row, column = divmod(index, columns)
            holder = QWidget()
            holder.setLayout(hbox((plus, 1), steady(count), minus, margins=False))
            self.grid.addWidget(holder, row, column)
            self.plus_buttons.append(plus)
            self.minus_buttons.append(minus)
            self.count_labels.append(count)

    def update_totals(self, totals: tally.TallyTotals | None = None) -> None:
        """The counts and the totals line; `totals` when the caller read them already (a tap
        reads them in its own unit of work)."""
        event = self.sale_event
        enabled = event is not None and not event.closed
        for button in self.plus_buttons + self.minus_buttons + [self.scan]:
            button.setEnabled(enabled)
        if event is None:
            self.totals_label.setText(self.tr("Choisissez ou créez une vente."))
            return
        if totals is None:
            with self.ctx.db.session() as session:
                totals = tally.tally_totals(session, event.id)
        for index, product in enumerate(event.products):
            self.count_labels[index].setText(str(totals.product_total(product.id)))
        parts = [
            labelled(
                payment_method_label(m),
                f"{totals.method_count(m)} ({format_amount(totals.by_method_cents.get(m, 0))})",
            )
            for m in values(PaymentMethod)
            if totals.method_count(m)
        ]
        text = fill(self.tr("Total : {amount}"), amount=format_amount(totals.revenue_cents))
        if parts:
            text += "  ·  " + "  ·  ".join(parts)
        if event.closed:
            text = self.tr("Journée clôturée. ") + text
        self.totals_label.setText(text)
        self._update_undo_buttons()

    # --- this day's taps in the Ventes tab's undo history -----------------------------------------
    def _last_tap(self):
        """The step Annuler would take back, if it is a tap of the shown day (else None)."""
        stack = self.ctx.undo_stack
        command = stack.command(stack.index() - 1) if stack.index() > 0 else None
        return command if self._is_open_day_tap(command) else None

    def _next_tap(self):
        """The step Rétablir would do again, if it is a tap of the shown day (else None)."""
        stack = self.ctx.undo_stack
        command = stack.command(stack.index()) if stack.index() < stack.count() else None
        return command if self._is_open_day_tap(command) else None

    def _is_open_day_tap(self, command) -> bool:
        event = self.sale_event
        return event is not None and not event.closed and is_tap_of(command, event.id)

    def _update_undo_buttons(self) -> None:
        self.undo_button.setEnabled(self._last_tap() is not None)
        self.redo_button.setEnabled(self._next_tap() is not None)

    def undo_tap(self) -> None:
        if self._last_tap() is not None:
            self.ctx.undo_stack.undo()

    def redo_tap(self) -> None:
        if self._next_tap() is not None:
            self.ctx.undo_stack.redo()

    def _history_moved(self, _index: int) -> None:
        if shiboken6.isValid(self.ctx.undo_stack):  # it empties itself as the application closes
            self._update_undo_buttons()

    def _taken_back(self, undone: bool, tap: str) -> None:
        """A tap was undone or redone (by any means): the message line no longer shows it done."""
        if undone:
            self._say(fill(self.tr("Annulé : {tap}"), tap=tap))
        else:
            self._say(fill(self.tr("Rétabli : {tap}"), tap=tap))

    # --- actions --------------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        set_role(self.message, Role.ERROR if error else Role.SUCCESS)
        self.message.setText(text)

    def tap_index(self, index: int, delta: int) -> None:
        if self.sale_event is None or not 0 <= index < len(self.sale_event.products):
            return
        self.tap(self.sale_event.products[index].id, delta)

    def tap(self, product_id: int, delta: int) -> bool:
        event = self.sale_event
        if event is None:
            return False
        product = next(p for p in event.products if p.id == product_id)
        method = self.method()
        try:
            with self.ctx.db.session() as session:
                tally.record_tap(session, event.id, product_id, method, delta)
                totals = tally.tally_totals(session, event.id)  # one transaction for both
        except ValidationError as error:
            QApplication.beep()
            self._say(error.message, error=True)
            return False
        self.ctx.undo_stack.push(
            TapCommand(self.ctx, event.id, product.name, delta, self._taken_back)
        )
        sign = "+1" if delta > 0 else "−1"
        self._say(f"{sign} {product.name} ({payment_method_label(method)})")
        self.announcing_tap = True
        try:
            self.ctx.changed(Area.SALES)  # the other tabs redraw when next shown
        finally:
            self.announcing_tap = False
        self.update_totals(totals)
        self.tapped.emit()
        self.scan.setFocus()  # next scan; Ctrl+Z still reaches Annuler (LetUndoThrough)
        return True

    def scan_entered(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if self.sale_event is None or not code:
            return
        try:
            with self.ctx.db.session() as session:
                product = sales_events.product_by_code(session, self.sale_event.id, code)
        except ValidationError as error:
            QApplication.beep()
            self._say(error.message, error=True)
            return
        self.tap(product.id, +1)
