"""The Schedule tab: the cohort's week (cards by day) and list of mornings, attendance grid,
hours planned and done; add / edit / move / cancel a morning, copy a week, generate a term,
closures; print the week and attestations, export the calendar. Prerequisite problems show in red.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill, format_date, format_day_month, listing
from app.services.errors import ValidationError
from app.services.people import members
from app.services.schedule import attendance, hours, modules, prerequisites, term
from app.services.schedule import mornings as schedule
from app.services.schedule.expected import ExpectedOnce
from app.services.schedule.mornings import MorningInfo, MorningInput
from app.ui.areas import Area
from app.ui.lazy_pages import LazyPage, LazyPages, lazy_page
from app.ui.schedule.commands import (
    AddClosure,
    AddMornings,
    EditMorning,
)
from app.ui.schedule.dialogs import (
    ClosureDialog,
    CopyWeekDialog,
    MorningDialog,
    MorningDirectory,
    MoveDialog,
    TermDialog,
)
from app.ui.schedule.models import MorningsModel
from app.ui.schedule.views import ProgressPage, WeekGrid
from app.ui.style import Role, set_role
from app.ui.tab_page import TabPage
from app.ui.table_view import read_only_table, select_row
from app.ui.widgets import BUTTON_HEIGHT, button, hbox, named

MAX_ISSUES_SHOWN = 4


class ScheduleTab(TabPage):
    object_name = "schedule"
    refresh_on = frozenset({Area.SCHEDULE, Area.PEOPLE, Area.COHORTS, Area.SALES, Area.MENUS})

    def __init__(self, ctx):
        super().__init__(ctx)
        self.monday: dt.date | None = None
        self._cohort_shown: int | None = None
        self.mornings: list[MorningInfo] = []
        self._expected: ExpectedOnce | None = None  # who is expected at them, read when needed
        self.issues: dict[int, list[str]] = {}

        self._build_messages()
        nav = self._build_navigation()
        views = self._build_views()
        actions = self._build_actions()
        self._add_shortcuts()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(nav)
        layout.addWidget(self.issues_label)
        layout.addWidget(views, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)

    # --- building ------------------------------------------------------------------------------
    def _build_messages(self) -> None:
        self.issues_label = named(QLabel(), "prerequisite_issues")
        self.issues_label.setWordWrap(True)
        set_role(self.issues_label, Role.ISSUE_BOX)
        self.message = named(QLabel(), "schedule_message")
        self.message.setWordWrap(True)
        self.empty_label = QLabel(self.tr("Choisissez ou créez une cohorte pour voir son horaire."))

    def _build_navigation(self) -> QHBoxLayout:
        """Week before, the week shown (large), this week, week after."""
        self.prev_button = button(
            self.tr("◀ Semaine d'avant"), "previous_week", self.previous_week, tall=True
        )
        self.next_button = button(
            self.tr("Semaine d'après ▶"), "next_week", self.next_week, tall=True
        )
        self.today_button = button(self.tr("Cette semaine"), "this_week", self.this_week, tall=True)
        self.week_label = named(QLabel(), "week_label")
        set_role(self.week_label, Role.SUBTITLE)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        return nav

    def _build_views(self) -> QTabWidget:
        """Week, list, attendance, hours, closures and prerequisites: the week built now, the
        others when first shown or asked for (`tab.attendance_page`...; app/ui/lazy_pages.py)."""
        self.week = WeekGrid()
        self.week.cellDoubleClicked.connect(self._week_double_clicked)
        self.week.itemSelectionChanged.connect(self._update_buttons)
        self.week.on_drop = self.drop_morning
        self.views = named(QTabWidget(), "schedule_views")
        self._lazy = LazyPages(
            self.views,
            (
                LazyPage("week", self.tr("Semaine"), lambda: self.week),
                LazyPage("list", self.tr("Liste"), self._build_list),
                LazyPage("attendance", self.tr("Présences"), self._build_attendance),
                LazyPage("hours", self.tr("Heures"), ProgressPage),
                LazyPage("rules", self.tr("Fermetures et prérequis"), self._build_rules),
            ),
            on_built=self._page_built,
        )
        self.views.currentChanged.connect(self._view_changed)  # after the page is built
        self._views_read: set[str] = set()  # the data-heavy views read since the last refresh
        return self.views

    def _build_list(self) -> QWidget:
        view = read_only_table(
            "mornings_list", self.tr("Liste des matinées"), MorningsModel(self), alternating=False
        )
        view.doubleClicked.connect(lambda _i: self.edit_selected())
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return view

    def _build_attendance(self) -> QWidget:
        from app.ui.schedule.attendance_page import AttendancePage

        return AttendancePage(self.ctx, self.message.setText)

    def _build_rules(self) -> QWidget:
        from app.ui.schedule.rules_page import RulesPage

        return RulesPage(self.ctx, self.add_closure)

    def _page_built(self, key: str, _page: QWidget) -> None:
        """A page built after the tab: the list gets the mornings read by the last refresh (the
        other pages read their own data when shown)."""
        if key == "list":
            self.list_model.set_rows(self.mornings, self.issues)

    list_view = lazy_page("list")
    attendance_page = lazy_page("attendance")
    progress_page = lazy_page("hours")
    rules_page = lazy_page("rules")

    @property
    def list_model(self) -> MorningsModel:
        return self.list_view.model()

    @property
    def attendance_model(self):
        return self.attendance_page.model

    @property
    def attendance_view(self):
        return self.attendance_page.view

    def _build_actions(self) -> QHBoxLayout:
        """What to do with the selected morning on the left; print and "more" on the right."""
        self.add_button = button(
            self.tr("Nouvelle matinée"),
            "add_morning",
            self.add_morning,
            tooltip=self.tr("Nouvelle matinée (Ctrl+N)"),
            tall=True,
        )
        self.edit_button = button(
            self.tr("Modifier"), "edit_morning", self.edit_selected, tall=True
        )
        self.move_button = button(
            self.tr("Déplacer…"),
            "move_morning",
            self.move_selected,
            tooltip=self.tr("Déplacer (Alt+Gauche / Alt+Droite : un jour plus tôt ou plus tard)"),
            tall=True,
        )
        self.cancel_button = button(
            self.tr("Annuler la matinée"), "cancel_morning", self.toggle_cancelled, tall=True
        )
        self.delete_button = button(
            self.tr("Supprimer"), "delete_morning", self.delete_selected, tall=True
        )
        self.print_button = button(
            self.tr("Imprimer la semaine"),
            "print_week",
            self.print_week,
            tooltip=self.tr("Imprimer la semaine pour le mur de la cuisine (Ctrl+P)"),
            tall=True,
        )
        self.more_button = named(QToolButton(), "more_actions", self.tr("Plus d'actions"))
        self.more_button.setText(self.tr("Plus…"))
        self.more_button.setMinimumHeight(BUTTON_HEIGHT)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.term_action = menu.addAction(self.tr("Générer une période…"), self.generate_term)
        self.copy_action = menu.addAction(self.tr("Copier cette semaine…"), self.copy_week)
        self.closure_action = menu.addAction(self.tr("Nouvelle fermeture…"), self.add_closure)
        self.subgroup_action = menu.addAction(self.tr("Nouveau sous-groupe…"), self.add_subgroup)
        self.rename_subgroup_action = menu.addAction(
            self.tr("Renommer un sous-groupe…"), self.rename_subgroup
        )
        self.delete_subgroup_action = menu.addAction(
            self.tr("Supprimer un sous-groupe…"), self.delete_subgroup
        )
        menu.addSeparator()
        self.sheets_action = menu.addAction(
            self.tr("Feuilles de présence à signer (cette semaine)"), self.print_attendance_sheets
        )
        self.export_action = menu.addAction(
            self.tr("Exporter le calendrier (.ics)…"), self.export_calendar
        )
        self.export_attendance_action = menu.addAction(
            self.tr("Exporter les présences (tableur .csv)…"), self.export_attendance
        )
        self.more_button.setMenu(menu)
        actions = hbox(
            self.add_button,
            self.edit_button,
            self.move_button,
            self.cancel_button,
            self.delete_button,
            stretch_after=True,
        )
        actions.addWidget(self.print_button)
        actions.addWidget(self.more_button)
        return actions

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.add_morning),
            (QKeySequence.StandardKey.Print, self.print_week),
            ("Alt+Left", lambda: self.shift_selected(-1)),
            ("Alt+Right", lambda: self.shift_selected(1)),
            ("Ctrl+PgUp", self.previous_week),
            ("Ctrl+PgDown", self.next_week),
            (QKeySequence.StandardKey.Delete, self.delete_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def title(self) -> str:
        return self.tr("Horaire")

    # --- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        cohort_id = self.ctx.cohort_id
        has_cohort = cohort_id is not None
        self.empty_label.setVisible(not has_cohort)
        self.views.setEnabled(has_cohort)
        for widget in (
            self.prev_button,
            self.next_button,
            self.today_button,
            self.add_button,
            self.print_button,
            self.more_button,
        ):
            widget.setEnabled(has_cohort)
        if not has_cohort:
            self.mornings, self.issues = [], {}
            self.week.show_week(schedule.monday_of(self.ctx.today()), [], {})
            self._fill_list()
            self.issues_label.hide()
            self._update_buttons()
            return
        selected = self.selected_morning()
        with self.ctx.db.session() as session:
            if not modules.list_modules(session):
                modules.ensure_default_catalogue(session)
            cohort = schedule.get_cohort_dates(session, cohort_id)
            if self._cohort_shown != cohort_id or self.monday is None:
                self._cohort_shown = cohort_id
                today = self.ctx.today()
                start = today if cohort[0] <= today <= cohort[1] else cohort[0]
                self.monday = schedule.monday_of(start)
            self.mornings = schedule.list_mornings(session, cohort_id)
            # who is expected where: read once for the check and the attendance grid shown
            self._expected = ExpectedOnce(cohort_id, [m.id for m in self.mornings])
            found = prerequisites.check_prerequisites(
                session, cohort_id, mornings=self.mornings, expected=self._expected
            )
        self._views_read = set()
        self._read_view(cohort_id, self._lazy.current_key())
        self.issues = {}
        for issue in found:
            if issue.morning_id is not None:
                self.issues.setdefault(issue.morning_id, []).append(issue.message)
        self._show_issues([i.message for i in found])
        week = [
            m for m in self.mornings if self.monday <= m.date <= self.monday + dt.timedelta(days=6)
        ]
        self.week.show_week(self.monday, week, self.issues)
        self.week_label.setText(
            fill(
                self.tr("Semaine du {start} au {end}"),
                start=schedule.format_day(self.monday, "d MMMM"),
                end=schedule.format_day(self.monday + dt.timedelta(days=6), "d MMMM y"),
            )
        )
        self._fill_list()
        if selected is not None:
            self.select_morning(selected.id)
        self._update_buttons()

    def _fill_list(self) -> None:
        """The list of mornings, if it was built (else when it is: `_page_built`)."""
        if "list" in self._lazy.built():
            self.list_model.set_rows(self.mornings, self.issues)

    def _read_view(self, cohort_id: int, key: str) -> None:
        """The attendance grid, the hours, or the closures and rules: read for the view shown
        only (the others when they are shown), so that picking a cohort reads one of them."""
        self._views_read.add(key)
        if key not in ("attendance", "hours", "rules"):
            return  # the week and the list: filled by `refresh`
        with self.ctx.db.session() as session:
            if key == "attendance":
                same = self._cohort_shown == cohort_id
                grid = attendance.attendance_grid(
                    session,
                    cohort_id,
                    self.mornings if same else None,
                    self._expected if same else None,
                )
                summaries = attendance.member_summaries(session, cohort_id, grid)
            elif key == "hours":
                progress = hours.progress(session, cohort_id)
            elif key == "rules":
                closures = term.list_closures(session, cohort_id)
                rules = prerequisites.list_prerequisites(session)
        if key == "attendance":
            self.attendance_page.show_grid(grid, summaries)
        elif key == "hours":
            self.progress_page.show_progress(progress)
        elif key == "rules":
            self.rules_page.show_rules(closures, rules)

    def _view_changed(self, _index: int) -> None:
        key = self._lazy.current_key()
        cohort_id = self.ctx.cohort_id
        if cohort_id is not None and key not in self._views_read:
            self._read_view(cohort_id, key)
        self._update_buttons()

    def _show_issues(self, messages: list[str]) -> None:
        if not messages:
            self.issues_label.hide()
            return
        shown = messages[:MAX_ISSUES_SHOWN]
        text = "⚠ " + "\n⚠ ".join(shown)
        if len(messages) > len(shown):
            text += "\n" + self.tr(
                "… et %n autre(s) : voir la liste.", "", len(messages) - len(shown)
            )
        self.issues_label.setText(text)
        self.issues_label.show()

    def selected_morning(self) -> MorningInfo | None:
        morning_id = None
        shown = self._lazy.current_key()
        if shown == "list":
            rows = self.list_view.selectionModel().selectedRows()
            if rows:
                morning_id = self.list_model.key_at(rows[0].row())
        elif shown == "week":
            item = self.week.currentItem()
            if item is not None and item.isSelected():
                morning_id = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.mornings if m.id == morning_id), None)

    def select_morning(self, morning_id: int) -> None:
        self.week.select_morning(morning_id)
        if "list" in self._lazy.built():
            row = self.list_model.row_of(morning_id)
            if row >= 0:
                select_row(self.list_view, row)

    def open_item(self, item_id: int) -> None:
        morning = next((m for m in self.mornings if m.id == item_id), None)
        if morning is not None:
            self.show_week_of(morning.date)
            self.views.setCurrentWidget(self.week)
            self.select_morning(item_id)

    def _update_buttons(self) -> None:
        morning = self.selected_morning()
        for widget in (self.edit_button, self.move_button, self.cancel_button, self.delete_button):
            widget.setEnabled(morning is not None)
        self.cancel_button.setText(
            self.tr("Rétablir la matinée")
            if morning is not None and morning.status == "cancelled"
            else self.tr("Annuler la matinée")
        )

    # --- weeks -----------------------------------------------------------------------------------
    def show_week_of(self, day: dt.date) -> None:
        self.monday = schedule.monday_of(day)
        self.refresh()

    def previous_week(self) -> None:
        if self.monday is not None:
            self.show_week_of(self.monday - dt.timedelta(days=7))

    def next_week(self) -> None:
        if self.monday is not None:
            self.show_week_of(self.monday + dt.timedelta(days=7))

    def this_week(self) -> None:
        self.show_week_of(self.ctx.today())

    # --- mornings --------------------------------------------------------------------------------
    def _dialog_lists(self):
        with self.ctx.db.session() as session:
            catalogue = modules.list_modules(session)
            staff = [
                (p.id, p.full_name)
                for p in members.list_people(session, self.ctx.cohort_id)
                if p.role != "member"
            ]
        return catalogue, staff

    def _subgroups(self) -> list[tuple[int, str]]:
        from app.services.schedule.subgroups import list_subgroups

        if self.ctx.cohort_id is None:
            return []
        with self.ctx.db.session() as session:
            return [(g.id, g.name) for g in list_subgroups(session, self.ctx.cohort_id)]

    def _week_double_clicked(self, row: int, column: int) -> None:
        if self.week.morning_id_at(row, column) is not None:
            self.edit_selected()
        elif 0 <= column < len(self.week.days):
            self.add_morning(self.week.days[column])

    def add_morning(self, day: dt.date | None = None) -> None:
        cohort_id = self.ctx.cohort_id
        if cohort_id is None:
            return
        if not isinstance(day, dt.date):
            day = (
                self.week.days[max(0, self.week.currentColumn())]
                if self.week.days
                else self.ctx.today()
            )
        catalogue, staff = self._dialog_lists()

        def save(data: MorningInput) -> MorningInfo:
            with self.ctx.db.session() as session:
                return schedule.create_morning(session, cohort_id, data)

        dialog = MorningDialog(
            save,
            day,
            catalogue,
            staff,
            parent=self,
            subgroups=self._subgroups(),
            directory=self._directory(),
        )
        if dialog.exec() and dialog.result_value is not None:
            morning = dialog.result_value
            self.ctx.undo_stack.push(
                AddMornings(self.ctx, [morning], self.tr("Ajouter une matinée"))
            )
            self.monday = schedule.monday_of(morning.date)
            self.ctx.changed(Area.SCHEDULE)
            self.select_morning(morning.id)

    def edit_selected(self) -> None:
        morning = self.selected_morning()
        if morning is None:
            return
        catalogue, staff = self._dialog_lists()

        def save(data: MorningInput) -> MorningInfo:
            with self.ctx.db.session() as session:
                return schedule.update_morning(session, morning.id, data)

        dialog = MorningDialog(
            save,
            morning.date,
            catalogue,
            staff,
            morning,
            parent=self,
            subgroups=self._subgroups(),
            directory=self._directory(),
        )
        if dialog.exec() and dialog.result_value is not None:
            self._pushed_edit(morning, dialog.result_value, self.tr("Modifier la matinée"))

    def _directory(self) -> MorningDirectory:
        """The directory's mentors and organisations, for a morning's mentor and visit host."""
        from app.services.directory import contacts, organisations

        with self.ctx.db.session() as session:
            mentors = contacts.list_contacts(session, role="mentor")
            hosts = organisations.list_organisations(session)
        return MorningDirectory(
            tuple((c.id, c.full_name) for c in mentors), tuple((o.id, o.name) for o in hosts)
        )

    def _pushed_edit(self, before: MorningInfo, after: MorningInfo, text: str) -> None:
        self.ctx.undo_stack.push(
            EditMorning(self.ctx, before.id, before.as_input(), after.as_input(), text)
        )
        self.monday = schedule.monday_of(after.date)
        self.ctx.changed(Area.SCHEDULE)
        self.select_morning(after.id)

    def move_selected(self) -> None:
        morning = self.selected_morning()
        if morning is None:
            return

        def save(target) -> MorningInfo:
            with self.ctx.db.session() as session:
                return schedule.move_morning(session, morning.id, target[0], target[1])

        dialog = MoveDialog(save, morning, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self._pushed_edit(morning, dialog.result_value, self.tr("Déplacer la matinée"))

    def shift_selected(self, days: int) -> None:
        """Alt+Left / Alt+Right: the selected morning one day earlier or later."""
        morning = self.selected_morning()
        if morning is not None:
            self.drop_morning(morning.id, morning.date + dt.timedelta(days=days))

    def drop_morning(self, morning_id: int, day: dt.date) -> None:
        """Move a morning to another day (drag and drop in the week, or the keyboard)."""
        morning = next((m for m in self.mornings if m.id == morning_id), None)
        if morning is None or morning.date == day:
            return
        try:
            with self.ctx.db.session() as session:
                after = schedule.move_morning(session, morning.id, day)
        except ValidationError as error:
            self.message.setText(error.message)
            return
        self.message.clear()
        self._pushed_edit(morning, after, self.tr("Déplacer la matinée"))

    def toggle_cancelled(self) -> None:
        morning = self.selected_morning()
        if morning is None:
            return
        status = "planned" if morning.status == "cancelled" else "cancelled"
        if status == "cancelled":
            answer = QMessageBox.question(
                self,
                self.tr("Annuler la matinée"),
                fill(
                    self.tr(
                        "Annuler la matinée du {date} ? "
                        "Elle reste dans l'horaire, barrée, et ne compte plus."
                    ),
                    date=format_date(morning.date),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self.ctx.db.session() as session:
                after = schedule.set_status(session, morning.id, status)
        except ValidationError as error:
            self.message.setText(error.message)
            return
        self._pushed_edit(morning, after, self.cancel_button.text())

    def delete_selected(self) -> None:
        """To the Corbeille with its attendance (undoable, restorable for 30 days)."""
        from app.services.safety import deletions
        from app.ui.safety.delete_action import confirm_and_trash

        morning = self.selected_morning()
        if morning is None:
            return
        confirm_and_trash(
            self.ctx,
            self,
            deletions.morning_label(morning),
            lambda session: deletions.trash_morning(session, morning.id),
            Area.SCHEDULE,
        )

    def _skipped_day(self, day: dt.date, why: str) -> str:
        """A day left out and why ("25/12 (jour férié : Noël)"), each value isolated."""
        return fill(self.tr("{day} ({why})"), day=format_day_month(day), why=why)

    def _report(
        self, created: list[MorningInfo], skipped: list[tuple[dt.date, str]], taken: int = 0
    ) -> None:
        text = self.tr("%n matinée(s) ajoutée(s).", "", len(created))
        if taken:
            text += " " + self.tr("Jours qui avaient déjà une matinée : %n.", "", taken)
        if skipped:
            text += " " + fill(
                self.tr("Jours sautés : {days}"),
                days=listing((self._skipped_day(d, why) for d, why in skipped[:8]), ";")
                + (" …" if len(skipped) > 8 else ""),
            )
        self.message.setText(text)

    def copy_week(self) -> None:
        cohort_id, monday = self.ctx.cohort_id, self.monday
        if cohort_id is None or monday is None:
            return

        def save(target: dt.date):
            with self.ctx.db.session() as session:
                return schedule.copy_week(session, cohort_id, monday, target)

        dialog = CopyWeekDialog(save, monday, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            result = dialog.result_value
            if result.created:
                self.ctx.undo_stack.push(
                    AddMornings(self.ctx, result.created, self.tr("Copier la semaine"))
                )
                self.monday = schedule.monday_of(result.created[0].date)
            self.ctx.changed(Area.SCHEDULE)
            self._report(result.created, result.skipped)

    def generate_term(self) -> None:
        cohort_id = self.ctx.cohort_id
        if cohort_id is None:
            return
        with self.ctx.db.session() as session:
            start, end = schedule.get_cohort_dates(session, cohort_id)
        catalogue, _ = self._dialog_lists()

        def preview(pattern) -> str:
            with self.ctx.db.session() as session:
                plan = term.plan_term(session, cohort_id, pattern)
            text = self.tr("Matinées à ajouter : %n.", "", len(plan.dates))
            if plan.skipped:
                text += " " + fill(
                    self.tr("Sautés : {days}."),
                    days=listing((self._skipped_day(d, why) for d, why in plan.skipped[:6]), ";")
                    + (" …" if len(plan.skipped) > 6 else ""),
                )
            if plan.taken:
                text += " " + self.tr("Jours qui ont déjà une matinée : %n.", "", len(plan.taken))
            return text

        def save(pattern):
            with self.ctx.db.session() as session:
                return term.generate_term(session, cohort_id, pattern)

        dialog = TermDialog(save, preview, start, end, catalogue, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            plan = dialog.result_value
            if plan.created:
                self.ctx.undo_stack.push(
                    AddMornings(self.ctx, plan.created, self.tr("Générer une période"))
                )
                self.monday = schedule.monday_of(plan.created[0].date)
            self.ctx.changed(Area.SCHEDULE)
            self._report(plan.created, plan.skipped, len(plan.taken))

    def add_closure(self) -> None:
        cohort_id = self.ctx.cohort_id

        def save(typed):
            start, end, reason, for_all = typed
            with self.ctx.db.session() as session:
                return term.add_closure(session, None if for_all else cohort_id, start, end, reason)

        dialog = ClosureDialog(save, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddClosure(self.ctx, dialog.result_value))
            self.ctx.changed(Area.SCHEDULE)
            closure = dialog.result_value
            self.message.setText(
                fill(
                    self.tr("Fermeture ajoutée du {start} au {end}."),
                    start=format_date(closure.start_date),
                    end=format_date(closure.end_date),
                )
            )

    def add_subgroup(self) -> None:
        from app.services.schedule.attendance import cohort_members
        from app.services.schedule.subgroups import create_subgroup
        from app.ui.schedule.commands import AddSubgroup
        from app.ui.schedule.subgroup_dialog import SubgroupDialog

        cohort_id = self.ctx.cohort_id
        if cohort_id is None:
            return
        with self.ctx.db.session() as session:
            people = [(m.id, m.name) for m in cohort_members(session, cohort_id)]

        def save(typed):
            name, member_ids = typed
            with self.ctx.db.session() as session:
                return create_subgroup(session, cohort_id, name, member_ids)

        dialog = SubgroupDialog(save, people, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddSubgroup(self.ctx, dialog.result_value))
            self.ctx.changed(Area.SCHEDULE)

    def rename_subgroup(self) -> None:
        from app.services.schedule.subgroups import get_subgroup, rename_subgroup
        from app.ui.schedule.commands import RenameSubgroup
        from app.ui.schedule.subgroup_dialog import SubgroupChoiceDialog

        choices = self._subgroups()
        if not choices:
            self.message.setText(self.tr("Cette cohorte n'a pas de sous-groupe."))
            return
        seen = {}

        def save(typed):
            subgroup_id, name = typed
            with self.ctx.db.session() as session:
                seen["before"] = get_subgroup(session, subgroup_id)
                return rename_subgroup(session, subgroup_id, name)

        dialog = SubgroupChoiceDialog(save, choices, renaming=True, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(RenameSubgroup(self.ctx, seen["before"], dialog.result_value))
            self.ctx.changed(Area.SCHEDULE)

    def delete_subgroup(self) -> None:
        from app.services.safety import trash
        from app.services.schedule.subgroups import check_deletable
        from app.ui.safety.delete_action import confirm_and_trash
        from app.ui.schedule.subgroup_dialog import SubgroupChoiceDialog

        choices = self._subgroups()
        if not choices:
            self.message.setText(self.tr("Cette cohorte n'a pas de sous-groupe."))
            return

        def check(typed):
            with self.ctx.db.session() as session:
                check_deletable(session, typed[0])
            return typed[0]

        dialog = SubgroupChoiceDialog(check, choices, renaming=False, parent=self)
        if not dialog.exec() or dialog.result_value is None:
            return
        subgroup_id = dialog.result_value
        name = dict(choices)[subgroup_id]

        def move(session):
            check_deletable(session, subgroup_id)  # a morning may have come meanwhile
            return trash.move_to_trash(session, "subgroup", subgroup_id, name)

        confirm_and_trash(self.ctx, self, name, move, Area.SCHEDULE)

    # --- printing and export ---------------------------------------------------------------------
    def print_week(self) -> None:
        from app.printing.week import week_pdf
        from app.ui.pdf_preview import preview_pdf

        if self.ctx.cohort_id is None or self.monday is None:
            return
        with self.ctx.db.session() as session:
            pdf = week_pdf(session, self.ctx.cohort_id, self.monday)
        name = f"semaine-{schedule.iso_week_name(self.monday)}.pdf"
        preview_pdf(pdf, self.tr("Semaine à imprimer"), name, self)

    def print_attendance_sheets(self) -> None:
        from app.printing.attendance_sheet import attendance_sheets_pdf
        from app.ui.pdf_preview import preview_pdf

        if self.ctx.cohort_id is None or self.monday is None:
            return
        try:
            with self.ctx.db.session() as session:
                pdf = attendance_sheets_pdf(session, self.ctx.cohort_id, self.monday)
        except ValidationError as error:
            self.message.setText(error.message)
            return
        name = f"presences-{schedule.iso_week_name(self.monday)}.pdf"
        preview_pdf(pdf, self.tr("Feuilles de présence à signer"), name, self)

    def ask_csv_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les présences"),
            str(Path.home() / "presences.csv"),
            self.tr("Tableur CSV (*.csv)"),
        )
        return path

    def export_attendance(self) -> None:
        from app.services.schedule.attendance_export import attendance_csv

        if self.ctx.cohort_id is None:
            return
        path = self.ask_csv_path()
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        with self.ctx.db.session() as session:
            data = attendance_csv(session, self.ctx.cohort_id)
        self._write_file(path, data, self.tr("Présences enregistrées : {path}"))

    def _write_file(self, path: str, data: bytes, done: str) -> None:
        """Write an exported file; say where, or why it could not be written."""
        try:
            Path(path).write_bytes(data)
        except OSError as error:
            self.message.setText(
                fill(self.tr("Impossible d'écrire le fichier : {error}"), error=error.strerror)
            )
            return
        self.message.setText(fill(done, path=path))

    def ask_ics_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter le calendrier"),
            str(Path.home() / "horaire.ics"),
            "iCalendar (*.ics)",
        )
        return path

    def export_calendar(self) -> None:
        from app.services.schedule.calendar import cohort_calendar

        if self.ctx.cohort_id is None:
            return
        path = self.ask_ics_path()
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        with self.ctx.db.session() as session:
            data = cohort_calendar(session, self.ctx.cohort_id)
        self._write_file(path, data, self.tr("Calendrier enregistré : {path}"))
