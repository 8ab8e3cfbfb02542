"""The shape every sub-page of the Menus tab shares: a search line, an optional "show inactive"
box, a sortable table, a red sentence about the selected row, and a row of buttons.

The search line filters the rows already read (each page's `search_text(row)`, every word typed,
in any order, without case nor accents: "oeuf" finds "Œufs"): typing reads nothing from the
database, whatever the length of the list. A page whose rows cost work (the recipes' costs)
passes `complete` on to its `RowModel`: only the rows in sight are completed."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.text_match import words_of
from app.ui.row_model import INACTIVE_COLOR, SEARCH_ROLE, Column, RowModel
from app.ui.style import Role, set_role, size_by_font
from app.ui.table_view import (
    lay_out_now,
    read_only_table,
    select_key,
    selected_row,
    sorted_proxy,
    widths_from_samples,
)


class ListPage(QWidget):
    def __init__(
        self,
        ctx,
        name: str,
        columns: list[Column],
        search_hint: str,
        inactive_text: str | None,
        is_inactive=None,
        parent=None,
        *,
        search_text,
        complete=None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"{name}_page")
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}_search")
        self.search.setPlaceholderText(search_hint)
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.show_inactive = QCheckBox(inactive_text or "")
        self.show_inactive.setObjectName(f"{name}_show_inactive")
        self.show_inactive.setAccessibleName(inactive_text or "")
        if inactive_text is None:  # (shown by its page: `setVisible(True)` on a box with no
            self.show_inactive.hide()  # parent yet opens it as a window of its own)
        self.show_inactive.toggled.connect(self.refresh)
        self.model = RowModel(
            columns,
            row_color=(lambda row: INACTIVE_COLOR if is_inactive(row) else None)
            if is_inactive is not None
            else None,
            search_text=search_text,
            complete=complete,
            parent=self,
        )
        self.proxy = sorted_proxy(self.model, self)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both folded
        self.table = read_only_table(f"{name}_table", search_hint, self.proxy, sortable=True)
        widths_from_samples(self.table, columns)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())
        self.message = QLabel()
        self.message.setObjectName(f"{name}_message")
        self.message.setWordWrap(True)
        set_role(self.message, Role.ERROR)
        self.count_label = QLabel()
        self.button_row = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(self.button_row)

    def add_button(
        self, text: str, name: str, slot, needs_selection: bool = True, tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        size_by_font(button, min_height=2.2)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        button.setProperty("needs_selection", needs_selection)
        self.button_row.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.count_label)

    def selected(self):
        return selected_row(self.table, self.proxy, self.model)

    def select(self, item_id: int) -> bool:
        return select_key(self.table, self.proxy, self.model, item_id)

    def set_rows(self, rows) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        lay_out_now(self.table)  # one paint of the list, not two
        if keep is not None:
            self.select(keep.id)
        self.selection_changed()
        self._show_count()

    def _filter(self, text: str) -> None:
        # every word typed, in any order: "oeufs herbes" finds "Œufs brouillés aux herbes"
        words = words_of(text)
        self.proxy.setFilterRegularExpression(
            "(?s)" + "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)
        )
        self.selection_changed()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.count_text(self.proxy.rowCount()))

    def count_text(self, shown: int) -> str:
        """ "12 recette(s)": how many rows the table shows."""
        raise NotImplementedError

    def selection_changed(self) -> None:
        row = self.selected()
        for index in range(self.button_row.count()):
            widget = self.button_row.itemAt(index).widget()
            if isinstance(widget, QPushButton) and widget.property("needs_selection"):
                widget.setEnabled(row is not None)
        self.message.setText(self.message_for(row) if row is not None else "")

    def message_for(self, row) -> str:
        return ""

    def refresh(self) -> None:
        raise NotImplementedError

    def edit_selected(self) -> None:
        raise NotImplementedError
