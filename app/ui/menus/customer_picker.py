"""The order form's customer from the directory: a combo to search the directory's organisations
(type a few letters), "Nouveau client…" to add one, and the chosen customer's past orders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.i18n import fill, listing
from app.ui.folded_completer import find_as_you_type
from app.ui.style import Role, set_role
from app.ui.widgets import button, hbox, named


@dataclass(frozen=True)
class CustomerChoice:
    id: int
    name: str
    address: str


@dataclass(frozen=True)
class CustomerSource:
    """What the picker reads and writes, each in its own unit of work: the directory's
    organisations, a customer's past orders as short texts, and a new customer (its dialog; None
    when cancelled)."""

    choices: Callable[[], list[CustomerChoice]]
    past_orders: Callable[[int], list[str]]
    new_customer: Callable[[QWidget, str], CustomerChoice | None]


class CustomerPicker(QWidget):
    picked = Signal(object)  # the CustomerChoice chosen, or None

    def __init__(self, source: CustomerSource, typed_name: Callable[[], str], parent=None):
        super().__init__(parent)
        self.source = source
        self._typed_name = typed_name
        self.combo = named(QComboBox(), "directory_customer", self.tr("Client du répertoire"))
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        find_as_you_type(self.combo)
        self.new_button = button(self.tr("Nouveau client…"), "new_customer", self.add_new)
        self.past = QLabel()
        self.past.setObjectName("past_orders")
        self.past.setWordWrap(True)
        set_role(self.past, Role.HINT)
        self._load(None)
        self.combo.currentIndexChanged.connect(self._on_index)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(hbox((self.combo, 1), self.new_button, margins=False))
        layout.addWidget(self.past)

    def _load(self, chosen_id: int | None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(pas dans le répertoire)"), None)
        for choice in self.source.choices():
            self.combo.addItem(choice.name, choice)
        self.combo.blockSignals(False)
        self.select(chosen_id)

    def current_id(self) -> int | None:
        choice = self.combo.currentData()
        return None if choice is None else choice.id

    def select(self, organisation_id: int | None) -> None:
        for index in range(self.combo.count()):
            choice = self.combo.itemData(index)
            if (choice.id if choice is not None else None) == organisation_id:
                self.combo.setCurrentIndex(index)
                break
        self._show_past()

    def _on_index(self, _index: int) -> None:
        self._show_past()
        self.picked.emit(self.combo.currentData())

    def _show_past(self) -> None:
        organisation_id = self.current_id()
        past = [] if organisation_id is None else self.source.past_orders(organisation_id)
        self.past.setText(
            fill(self.tr("Commandes passées : {orders}"), orders=listing(past)) if past else ""
        )

    def add_new(self) -> None:
        choice = self.source.new_customer(self, self._typed_name())
        if choice is not None:
            self._load(choice.id)
            self.picked.emit(choice)
