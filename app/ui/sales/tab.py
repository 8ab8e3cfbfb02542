"""The Sales tab: pick or create a sales day, then Comptage (live tally), Fin de journée,
Dépenses and Résumé. Ctrl+N makes a new sales day.

The tally is built with the tab; the other pages (and their modules: the closing's forms, the
summary's chart) when first shown or asked for (`tab.closing`, `tab.page("summary")`), each then
given the day shown (`app/ui/lazy_pages.py`)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from app.i18n import fill
from app.services.sales import events as sales_events
from app.services.sales.events import EventInfo
from app.ui.areas import Area
from app.ui.elided_label import ElidedLabel
from app.ui.lazy_pages import LazyPage, LazyPages, lazy_page, page_from
from app.ui.sales.commands import forget_closed_days
from app.ui.sales.tally import TallyPage
from app.ui.style import size_by_font
from app.ui.tab_page import TabPage
from app.vocab.people import Gender


class SalesTab(TabPage):
    object_name = "sales"
    refresh_on = frozenset({Area.SALES, Area.PEOPLE, Area.COHORTS, Area.MENUS})

    def __init__(self, ctx):
        super().__init__(ctx)
        self.events: list[EventInfo] = []
        self.event_box = QComboBox()
        self.event_box.setObjectName("event_selector")
        self.event_box.setAccessibleName(self.tr("Vente"))
        size_by_font(self.event_box, min_width=51)
        self.event_box.currentIndexChanged.connect(self._event_picked)
        self.new_button = QPushButton(self.tr("Nouvelle vente…"))
        self.new_button.setObjectName("new_event")
        self.new_button.setToolTip(self.tr("Nouvelle vente (Ctrl+N)"))
        self.new_button.setAccessibleName(self.new_button.text())
        size_by_font(self.new_button, min_height=2.2)
        self.new_button.clicked.connect(self.new_event)
        self.delete_button = QPushButton(self.tr("Supprimer…"))
        self.delete_button.setObjectName("delete_event")
        self.delete_button.setAccessibleName(self.tr("Supprimer la vente"))
        size_by_font(self.delete_button, min_height=2.2)
        self.delete_button.clicked.connect(self.delete_event)
        self.prices_button = self._stand_button(
            self.tr("Prix…"),
            "print_price_list",
            self.tr("Liste des prix du jour, avec les allergènes, à afficher"),
            self.print_price_list,
        )
        self.allergens_button = self._stand_button(
            self.tr("Allergènes…"),
            "print_day_allergens",
            self.tr("Tableau des allergènes de chaque produit du jour"),
            self.print_allergens,
        )
        # The day's state on one line and its delegate on a second, each shortened with "…"
        # when the row is short of room (large mode, longer languages): never more than two
        # lines, and the row never makes the page wider than the laptop.
        self.status = ElidedLabel(least_chars=10)
        self.status.setObjectName("event_status")
        self.delegate_line = ElidedLabel(least_chars=10)
        self.delegate_line.setObjectName("event_delegate")
        QShortcut(QKeySequence.StandardKey.New, self, self.new_event)

        self.tally = TallyPage(self.ctx)
        self.pages = QTabWidget()
        self.pages.setObjectName("sales_pages")
        ctx = self.ctx
        self._lazy = LazyPages(
            self.pages,
            (
                LazyPage("tally", self.tr("Comptage"), lambda: self.tally),
                LazyPage(
                    "closing",
                    self.tr("Fin de journée"),
                    page_from("app.ui.sales.closing", "ClosingPage", ctx),
                ),
                LazyPage(
                    "expenses",
                    self.tr("Dépenses"),
                    page_from("app.ui.sales.expenses", "ExpensesPage", ctx),
                ),
                LazyPage(
                    "summary",
                    self.tr("Résumé"),
                    page_from("app.ui.sales.summary", "SummaryPage", ctx),
                ),
            ),
            on_built=lambda _key, page: page.set_event(self.current_event()),
        )

        top = QHBoxLayout()
        label = QLabel(self.tr("Vente :"))
        label.setBuddy(self.event_box)
        top.addWidget(label)
        top.addWidget(self.event_box)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.prices_button)
        top.addWidget(self.allergens_button)
        state = QVBoxLayout()
        state.setSpacing(0)
        state.addWidget(self.status)
        state.addWidget(self.delegate_line)
        top.addLayout(state, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._refreshing = False

    closing = lazy_page("closing")
    expenses = lazy_page("expenses")
    summary = lazy_page("summary")

    def page(self, key: str):
        """The inner page named `key` ("tally", "closing", "expenses", "summary"), built first
        if it was not yet."""
        return self._lazy.page(key)

    def _stand_button(self, text: str, name: str, tip: str, slot) -> QPushButton:
        """A button for a sheet to put up at the stand (the day's prices, its allergens)."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.setMinimumHeight(36)
        button.clicked.connect(slot)
        return button

    def print_price_list(self) -> None:
        from app.ui.kitchen.printing import preview_price_list

        event = self.current_event()
        if event is not None:
            preview_price_list(self, event.id)

    def print_allergens(self) -> None:
        from app.ui.kitchen.printing import preview_allergens

        event = self.current_event()
        if event is not None:
            preview_allergens(self, "sale_day", event.id)

    def title(self) -> str:
        return self.tr("Ventes")

    def current_event(self) -> EventInfo | None:
        index = self.event_box.currentIndex()
        return self.events[index] if 0 <= index < len(self.events) else None

    def refresh(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        try:
            current = self.current_event()
            with self.ctx.db.session() as session:
                self.events = sales_events.list_events(session, self.ctx.cohort_id)
            forget_closed_days(self.ctx.undo_stack, {e.id for e in self.events if e.closed})
            self.event_box.blockSignals(True)
            self.event_box.clear()
            for event in self.events:
                mark = self.tr(" (clôturée)") if event.closed else ""
                self.event_box.addItem(event.title + mark, event.id)
            wanted = self._index_of(current.id if current else None)
            if wanted < 0:
                wanted = self._default_index()
            self.event_box.setCurrentIndex(wanted)
            self.event_box.blockSignals(False)
            self.new_button.setEnabled(self.ctx.cohort_id is not None)
            self._show(self.current_event())
        finally:
            self._refreshing = False

    def _on_data_changed(self, areas: frozenset[Area]) -> None:
        """A tap of the tally changes the day's counts only: the tally redraws them itself and the
        day's other pages read the day again when shown; the day list is not read again."""
        if self.tally.announcing_tap:
            for page in self._other_pages():
                page.mark_stale()
            return
        super()._on_data_changed(areas)

    def _index_of(self, event_id: int | None) -> int:
        for index, event in enumerate(self.events):
            if event.id == event_id:
                return index
        return -1

    def _default_index(self) -> int:
        """Today's event if there is one, else the newest still open, else the newest."""
        today = self.ctx.today()
        for index, event in enumerate(self.events):
            if event.date == today:
                return index
        for index, event in enumerate(self.events):
            if not event.closed:
                return index
        return 0 if self.events else -1

    def _show(self, event: EventInfo | None) -> None:
        self._show_state(event)
        self.tally.set_event(event)
        for page in self._other_pages():
            page.set_event(event)
        self.delete_button.setEnabled(event is not None and not event.closed)
        self.prices_button.setEnabled(event is not None)
        self.allergens_button.setEnabled(event is not None)

    def _show_state(self, event: EventInfo | None) -> None:
        """The day's state (one line) and its delegate (a second line, when there is a day)."""
        if event is None:
            self.status.setText(
                self.tr("Pas encore de vente dans cette cohorte.")
                if self.ctx.cohort_id
                else self.tr("Choisissez une cohorte.")
            )
        elif event.closed:
            self.status.setText(self.tr("Clôturée : corrections seulement"))
        else:
            self.status.setText(self.tr("Ouverte"))
        delegate = (
            self.tr("délégué : {name}")
            if event is not None and event.delegate_gender == Gender.MAN
            else self.tr("déléguée : {name}")
        )
        if event is not None:
            self.delegate_line.setText(fill(delegate, name=event.delegate_name or "—"))
        self.delegate_line.setVisible(event is not None)

    def _other_pages(self) -> list:
        """The day's pages besides the tally that are built (the others read the day when
        first shown)."""
        return [page for key, page in self._lazy.built().items() if key != "tally"]

    def delete_event(self) -> None:
        """An open day goes to the Corbeille with its lines (undoable); a closed day is refused."""
        from app.services.safety import deletions
        from app.ui.safety.delete_action import confirm_and_trash

        event = self.current_event()
        if event is not None:
            confirm_and_trash(
                self.ctx,
                self,
                deletions.event_label(event),
                lambda session: deletions.trash_event(session, event.id),
                Area.SALES,
            )

    def _event_picked(self, _index: int) -> None:
        self._show(self.current_event())

    def show_closing(self) -> None:
        """Show the "Fin de journée" page, focus on the first cash count field."""
        self.pages.setCurrentWidget(self.closing)
        self.closing.piece_edits[max(self.closing.piece_edits)].setFocus()

    def typed_and_kept(self) -> tuple[object, tuple[int, dict] | None] | None:
        """Every field's text and choice (`TabPage`), and the counts typed in the cells of "Fin
        de journée" and not saved (with their day)."""
        closing = self.closing.typed() if "closing" in self._lazy.built() else None
        fields = super().typed_and_kept()
        return (fields, closing) if fields or closing else None

    def take_over(self, kept: tuple[object, tuple[int, dict] | None]) -> None:
        """The same day's "Fin de journée", her counts over its figures; then the fields."""
        fields, closing = kept
        if closing is not None:
            self.open_item(closing[0])
            self.pages.setCurrentWidget(self.closing)
            self.closing.retype(closing)
        super().take_over(fields)

    def open_item(self, item_id: int) -> None:
        index = self._index_of(item_id)
        if index >= 0:
            self.event_box.setCurrentIndex(index)

    def new_event(self) -> None:
        if self.ctx.cohort_id is None:
            return
        from app.ui.sales.dialogs import EventDialog

        dialog = EventDialog(self.ctx, parent=self)
        accepted = dialog.exec() and dialog.result_value is not None
        dialog.deleteLater()
        self.window().activateWindow()  # back to the tally, whatever the platform does
        if accepted:
            self.ctx.changed(Area.SALES)
            self.open_item(dialog.result_value.id)
            self.pages.setCurrentWidget(self.tally)
            self.tally.scan.setFocus()  # ready for the first scan
