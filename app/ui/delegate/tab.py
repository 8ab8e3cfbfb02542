"""The Rotation tab: the plan day by day with its fairness figures, and the changes (plan, publish,
swap, absence, choice by hand, departure, unavailability), the history and the wall calendar.

The history's pages past the first (changes, tasks done, unavailabilities) are built and read
when first shown, and read again when shown after a change: the tab's first show reads only the
plan and its fairness figures, which are on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import before_after, fill, format_date, format_datetime
from app.services.delegate import rotation as delegates
from app.services.delegate.rotation import RotationDayInfo
from app.services.schedule.mornings import format_day
from app.ui.areas import Area
from app.ui.lazy_pages import LazyPage, LazyPages, lazy_page
from app.ui.row_model import Column, RowModel
from app.ui.style import COLOURS, Role, set_role
from app.ui.tab_page import TabPage
from app.ui.table_view import name_column_takes_the_room, read_only_table, select_row
from app.ui.undo import ServiceCommand
from app.ui.widgets import button, hbox, named
from app.vocab.delegate import ChangeKind
from app.vocab.people import Gender, in_gender

ATTENTION_COLOR = COLOURS.attention_background  # a day that needs someone's attention
# the history's pages read only when shown (the first, turns per person, comes with the plan)
READ_WHEN_SHOWN = ("changes", "done", "unavailabilities")


def _day(date) -> str:
    return format_day(date, "EEE d MMM y")  # "mer. 2 déc. 2026", from the kept locale facts


class RotationTab(TabPage):
    object_name = "rotation"
    refresh_on = frozenset(
        {Area.ROTATION, Area.PEOPLE, Area.COHORTS, Area.TODAY, Area.SCHEDULE, Area.CIRCLES}
    )

    def __init__(self, ctx):
        super().__init__(ctx)
        self.summary = named(QLabel(), "rotation_summary")
        self.summary.setWordWrap(True)
        set_role(self.summary, Role.READING)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_days())
        splitter.addWidget(self._build_history())
        splitter.setSizes([1000, 1000])  # halves: the history's names and reasons need room
        actions = self._build_actions()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    # --- building ------------------------------------------------------------------------------
    def _build_days(self) -> QTableView:
        """The plan, day by day; a day that needs attention is light red."""
        t = QCoreApplication.translate
        self.days_model = RowModel(
            [
                Column(t("Rotation", "Jour"), lambda d: _day(d.date)),
                Column(t("Rotation", "Déléguée"), lambda d: d.delegate_name or "—"),
                Column(t("Rotation", "Adjointe"), lambda d: d.deputy_name),
                Column(
                    t("Rotation", "Vente"), lambda d: t("Rotation", "vente") if d.is_sale else ""
                ),
                Column(t("Rotation", "Publié"), lambda d: "✓" if d.published else ""),
                Column(t("Rotation", "Remarque"), lambda d: d.problem or d.warning),
            ],
            row_background=lambda d: ATTENTION_COLOR if d.needs_attention else None,
            parent=self,
        )
        self.days_table = read_only_table(
            "rotation_days", self.tr("Jours et déléguées"), self.days_model
        )
        self.days_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return self.days_table

    def _build_history(self) -> QTabWidget:
        """Turns per person, changes, tasks done and unavailabilities, one tab each."""
        t = QCoreApplication.translate
        self.fair_model = RowModel(
            [
                Column(t("Rotation", "Membre"), lambda f: f.name),
                Column(t("Rotation", "Tours"), lambda f: str(f.turns)),
                Column(t("Rotation", "Ventes"), lambda f: str(f.sale_turns)),
                Column(t("Rotation", "Adjointe"), lambda f: str(f.deputy_turns)),
                Column(t("Rotation", "Déjà faits"), lambda f: str(f.done_turns)),
            ],
            parent=self,
        )
        self.changes_model = RowModel(
            [
                Column(t("Rotation", "Quand"), lambda c: format_datetime(c.made_at)),
                Column(t("Rotation", "Quoi"), lambda c: c.kind_label),
                Column(t("Rotation", "Jour"), lambda c: _day(c.date) if c.date else ""),
                # the two columns that share the room left: elided when narrow (large Arabic),
                # so each cell's tooltip shows its whole text
                Column(t("Rotation", "Avant → après"), _before_after, tooltip=_before_after),
                Column(t("Rotation", "Pourquoi"), _reason, tooltip=_reason),
            ],
            parent=self,
        )
        self.done_model = RowModel(
            [
                Column(t("Rotation", "Fait le"), lambda k: format_date(k.done_on)),
                Column(t("Rotation", "Tâche"), lambda k: k.text),
                Column(t("Rotation", "Par"), lambda k: k.done_by_name),
                Column(t("Rotation", "Cercle"), lambda k: k.circle_name),
            ],
            parent=self,
        )
        self.off_model = RowModel(
            [
                Column(t("Rotation", "Membre"), lambda u: u.name),
                Column(t("Rotation", "Quand"), lambda u: u.when),
                Column(t("Rotation", "Pourquoi"), lambda u: u.reason),
            ],
            parent=self,
        )
        self.history = named(QTabWidget(), "rotation_history")
        self._lazy = LazyPages(
            self.history,
            (
                LazyPage("fair", self.tr("Tours par personne"), self._build_fair_table),
                LazyPage("changes", self.tr("Changements"), self._build_changes_table),
                LazyPage("done", self.tr("Tâches faites"), self._build_done_table),
                LazyPage("unavailabilities", self.tr("Indisponibilités"), self._build_off_page),
            ),
            on_built=lambda _key, _page: self._update_buttons(),
        )
        self._unread: set[str] = set(READ_WHEN_SHOWN)  # pages to read when next shown
        self.history.currentChanged.connect(lambda _index: self._read_history_page())
        return self.history

    # The history's tables, each built when its tab is first shown or asked for, and read when
    # shown (`_read_history_page`): the person who never opens them holds no widgets.
    fair_table = lazy_page("fair")
    changes_table = lazy_page("changes")
    done_table = lazy_page("done")
    off_page = lazy_page("unavailabilities")

    def _build_fair_table(self) -> QTableView:
        return read_only_table("rotation_fairness", self.tr("Tours par personne"), self.fair_model)

    def _build_changes_table(self) -> QTableView:
        table = read_only_table("rotation_changes", self.tr("Changements"), self.changes_model)
        name_column_takes_the_room(table, 3, 4)  # the names and the reason
        return table

    def _build_done_table(self) -> QTableView:
        return read_only_table("rotation_done_tasks", self.tr("Tâches faites"), self.done_model)

    def _build_off_page(self) -> QWidget:
        """The unavailabilities, with their buttons."""
        self.off_table = read_only_table(
            "rotation_unavailability", self.tr("Indisponibilités"), self.off_model
        )
        self.off_button = self._button(
            self.tr("Indisponible…"), "unavailable", self.add_unavailability
        )
        self.off_remove_button = self._button(
            self.tr("Retirer"), "remove_unavailable", self.remove_unavailability
        )
        page = QWidget()
        page.setObjectName("unavailabilities")
        layout = QVBoxLayout(page)
        layout.addWidget(self.off_table, 1)
        layout.addLayout(hbox(self.off_button, self.off_remove_button, stretch_after=True))
        return page

    def _build_actions(self) -> QHBoxLayout:
        """Changes to the plan on the left; the day's lists, circles and printing on the right."""
        self.plan_button = self._button(self.tr("Planifier…"), "plan", self.plan, "Ctrl+Shift+P")
        self.publish_button = self._button(self.tr("Publier"), "publish", self.publish)
        self.swap_button = self._button(self.tr("Échanger…"), "swap", self.swap, "Ctrl+E")
        self.absent_button = self._button(self.tr("Absente…"), "absent", self.absent)
        self.choose_button = self._button(self.tr("Choisir à la main…"), "choose", self.choose)
        self.leave_button = self._button(self.tr("Départ de la cohorte…"), "leave", self.leave)
        self.lists_button = self._button(
            self.tr("Listes du jour…"), "edit_checklists", self.edit_checklists
        )
        self.circles_button = self._button(self.tr("Cercles…"), "edit_circles", self.edit_circles)
        self.print_button = self._button(
            self.tr("Imprimer le calendrier"), "print_rotation", self.print_calendar, "Ctrl+P"
        )
        actions = hbox(
            self.plan_button,
            self.publish_button,
            self.swap_button,
            self.absent_button,
            self.choose_button,
            self.leave_button,
            stretch_after=True,
        )
        for widget in (self.lists_button, self.circles_button, self.print_button):
            actions.addWidget(widget)
        return actions

    def _button(self, text: str, name: str, slot, shortcut: str | None = None) -> QPushButton:
        """A tall button read aloud without its "…"; `shortcut` also works anywhere in the tab."""
        spoken = text.rstrip("…")
        tooltip = f"{spoken} ({shortcut})" if shortcut else None
        push = button(text, name, slot, accessible=spoken, tooltip=tooltip, tall=True)
        if shortcut:
            QShortcut(QKeySequence(shortcut), self, slot)
        return push

    def title(self) -> str:
        return self.tr("Déléguées")

    def refresh(self) -> None:
        cohort_id = self.ctx.cohort_id
        if not cohort_id:
            for model in (
                self.days_model,
                self.fair_model,
                self.changes_model,
                self.done_model,
                self.off_model,
            ):
                model.set_rows([])
            self._unread.clear()
            self.summary.setText(self.tr("Choisissez ou créez une cohorte."))
            self._update_buttons()
            return
        selected = self.selected_day()
        with self.ctx.db.session() as session:
            info = delegates.get_rotation(session, cohort_id, self.ctx.today())
        self.days_model.set_rows(info.days)
        self.fair_model.set_rows(info.fairness)
        self._unread = set(READ_WHEN_SHOWN)
        self._read_history_page()
        if not info.days:
            self.summary.setText(self.tr("Pas encore de planning. Cliquez sur « Planifier… »."))
        else:
            text = fill(
                self.tr(
                    "{days} jours. Écart entre le plus et le moins de tours : {spread}. "
                    "Deux jours de suite : {b2b} fois."
                ),
                days=len(info.days),
                spread=info.spread,
                b2b=info.back_to_back,
            )
            attention = sum(1 for d in info.days if d.needs_attention)
            if attention:
                text += " " + self.tr("Attention : %n jour(s) à revoir (en rouge).", "", attention)
            self.summary.setText(text)
        if selected is not None:
            self.select_date(selected.date)
        self._update_buttons()

    def _read_history_page(self) -> None:
        """Reads the history page on screen if it was not read since the last change."""
        key = self._lazy.current_key()
        if key not in self._unread or not self.ctx.cohort_id:
            return
        self._unread.discard(key)
        cohort_id = self.ctx.cohort_id
        with self.ctx.db.session() as session:
            if key == "changes":
                self.changes_model.set_rows(delegates.list_changes(session, cohort_id))
            elif key == "done":
                from app.services.delegate import tasks

                self.done_model.set_rows(tasks.done_tasks(session, cohort_id))
            else:
                self.off_model.set_rows(delegates.list_unavailability(session, cohort_id))
        self._update_buttons()

    def selected_day(self) -> RotationDayInfo | None:
        indexes = self.days_table.selectionModel().selectedRows()
        return self.days_model.row_at(indexes[0].row()) if indexes else None

    def select_date(self, date) -> None:
        for row, day in enumerate(self.days_model.rows()):
            if day.date == date:
                select_row(self.days_table, row)
                return

    def _update_buttons(self) -> None:
        has_cohort = bool(self.ctx.cohort_id)
        day = self.selected_day()
        for widget in (self.plan_button, self.leave_button):
            widget.setEnabled(has_cohort)
        self.publish_button.setEnabled(has_cohort and self.days_model.rowCount() > 0)
        self.print_button.setEnabled(has_cohort)
        for widget in (self.swap_button, self.absent_button):
            widget.setEnabled(day is not None and day.delegate_id is not None)
        self.choose_button.setEnabled(day is not None)
        if "unavailabilities" in self._lazy.built():
            self.off_button.setEnabled(has_cohort)
            self.off_remove_button.setEnabled(self.off_model.rowCount() > 0)

    def _members(self) -> list[tuple[int, str]]:
        with self.ctx.db.session() as session:
            return [
                (c.person_id, c.name) for c in delegates.candidates(session, self.ctx.cohort_id)
            ]

    # --- actions --------------------------------------------------------------------------------
    def plan(self) -> None:
        from app.ui.delegate.dialogs import PlanDialog  # dialogs: when first opened

        cohort_id = self.ctx.cohort_id
        if not cohort_id:
            return
        with self.ctx.db.session() as session:
            weekdays = delegates.rotation_weekdays(session)
            has_schedule = any(
                d.from_schedule for d in delegates.working_days(session, cohort_id, weekdays)
            )

        def save(values):
            with self.ctx.db.session() as session:
                return delegates.plan_cohort(
                    session,
                    cohort_id,
                    values["from_date"],
                    None if has_schedule else values["weekdays"],
                    values["keep_published"],
                    values["pair_newcomers"],
                )

        replaced = [
            d for d in self.days_model.rows() if d.date >= self.ctx.today() and not d.published
        ]
        if replaced:
            answer = QMessageBox.question(
                self,
                self.tr("Planifier"),
                self.tr(
                    "Le planning existe déjà. Les jours non publiés à partir du jour choisi "
                    "seront refaits. Continuer ?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        with self.ctx.db.session() as session:
            before = delegates.get_rotation(session, cohort_id).days
        if PlanDialog(save, self.ctx.today(), weekdays, has_schedule, self).exec():
            with self.ctx.db.session() as session:
                after = delegates.get_rotation(session, cohort_id).days
            text = self.tr("Planifier les déléguées")
            # Edit > Undo puts the whole plan back as it was; Redo, the new plan.
            self.ctx.undo_stack.push(
                ServiceCommand(
                    self.ctx,
                    text,
                    lambda session: delegates.put_plan_back(session, cohort_id, after, undo=False),
                    lambda session: delegates.put_plan_back(session, cohort_id, before, undo=True),
                    Area.ROTATION,
                )
            )
            self.ctx.changed(Area.ROTATION)

    def publish(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Publier"),
            self.tr(
                "Publier le planning ? Les jours publiés ne changent plus quand on replanifie."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as session:
            delegates.publish(session, self.ctx.cohort_id)
        self.ctx.changed(Area.ROTATION)

    def swap(self) -> None:
        from app.ui.delegate.dialogs import ChangeDialog  # dialogs: when first opened

        day = self.selected_day()
        if day is None:
            return
        cohort_id, today = self.ctx.cohort_id, self.ctx.today()
        others = [(i, n) for i, n in self._members() if i != day.delegate_id]

        def save(values):
            with self.ctx.db.session() as session:
                return delegates.swap_days(
                    session, cohort_id, day.date, values["person_id"], values["reason"], today
                )

        dialog = ChangeDialog(
            save,
            self.tr("Échanger un jour"),
            fill(
                in_gender(
                    day.delegate_gender,
                    self.tr("{name} donne son jour ({date}) et prend le prochain jour de :"),
                    QCoreApplication.translate(
                        "RotationTab_man",
                        "{name} donne son jour ({date}) et prend le prochain jour de :",
                    ),
                ),
                name=day.delegate_name,
                date=_day(day.date),
            ),
            others,
            "other",
            self.tr("Avec"),
            parent=self,
        )
        if dialog.exec() and dialog.result_value is not None:
            _mine, theirs = dialog.result_value
            values = dialog.typed()

            def again(session):
                delegates.swap_days(
                    session,
                    cohort_id,
                    day.date,
                    values["person_id"],
                    values["reason"],
                    today,
                    theirs.date,
                )

            text = fill(self.tr("Échange du {date}"), date=_day(day.date))
            self._push_undo(text, [day.date, theirs.date], again, ChangeKind.SWAP)
            self.ctx.changed(Area.ROTATION)

    def absent(self) -> None:
        from app.ui.delegate.dialogs import ChangeDialog  # dialogs: when first opened

        day = self.selected_day()
        if day is None:
            return
        cohort_id, today = self.ctx.cohort_id, self.ctx.today()

        def save(values):
            with self.ctx.db.session() as session:
                return delegates.mark_absent(session, cohort_id, day.date, values["reason"], today)

        if day.delegate_gender == Gender.MAN:
            title = self.tr("Délégué absent")
            explanation = self.tr(
                "{name} est absent le {date}. Son adjointe ou son adjoint le remplace, sinon la "
                "membre qui a eu le moins de tours."
            )
        else:
            title = self.tr("Déléguée absente")
            explanation = self.tr(
                "{name} est absente le {date}. Son adjointe la remplace, sinon la membre qui a "
                "eu le moins de tours."
            )
        dialog = ChangeDialog(
            save,
            title,
            fill(explanation, name=day.delegate_name, date=_day(day.date)),
            parent=self,
        )
        if dialog.exec():
            reason = dialog.typed()["reason"]
            self._push_undo(
                fill(self.tr("Absence du {date}"), date=_day(day.date)),
                [day.date],
                lambda session: delegates.mark_absent(session, cohort_id, day.date, reason, today),
                ChangeKind.ABSENCE,
            )
            self.ctx.changed(Area.ROTATION)

    def choose(self) -> None:
        from app.ui.delegate.dialogs import ChangeDialog  # dialogs: when first opened

        day = self.selected_day()
        if day is None:
            return
        cohort_id, today = self.ctx.cohort_id, self.ctx.today()

        def save(values):
            with self.ctx.db.session() as session:
                return delegates.set_delegate(
                    session, cohort_id, day.date, values["person_id"], values["reason"], today
                )

        dialog = ChangeDialog(
            save,
            self.tr("Choisir la déléguée"),
            fill(self.tr("Qui est déléguée le {date} ?"), date=_day(day.date)),
            self._members(),
            "person",
            self.tr("Déléguée"),
            parent=self,
        )
        if dialog.exec():
            values = dialog.typed()
            self._push_undo(
                fill(self.tr("Déléguée du {date}"), date=_day(day.date)),
                [day.date],
                lambda session: delegates.set_delegate(
                    session, cohort_id, day.date, values["person_id"], values["reason"], today
                ),
                ChangeKind.MANUAL,
            )
            self.ctx.changed(Area.ROTATION)

    def _push_undo(self, text: str, dates: list, again, kind: ChangeKind) -> None:
        """Edit > Undo puts the days back as the table still shows them (before the change); the
        history notes the kind of change undone, put into words when read."""
        before = [d for d in self.days_model.rows() if d.date in dates]
        cohort_id = self.ctx.cohort_id

        def revert(session):
            delegates.restore_days(session, cohort_id, before, kind)

        self.ctx.undo_stack.push(ServiceCommand(self.ctx, text, again, revert, Area.ROTATION))

    def leave(self) -> None:
        from app.ui.delegate.dialogs import ChangeDialog  # dialogs: when first opened

        cohort_id = self.ctx.cohort_id
        if not cohort_id:
            return

        def save(values):
            with self.ctx.db.session() as session:
                return delegates.member_leaves(
                    session, cohort_id, values["person_id"], values["date"], values["reason"]
                )

        dialog = ChangeDialog(
            save,
            self.tr("Départ de la cohorte"),
            self.tr(
                "Ce jour-là, la personne choisie quitte la cohorte. Ses jours suivants sont "
                "donnés aux autres."
            ),
            self._members(),
            "person",
            self.tr("Membre"),
            self.ctx.today(),
            self.tr("Date du départ"),
            parent=self,
        )
        if dialog.exec():
            self.ctx.changed(Area.PEOPLE)
            self.ctx.changed(Area.ROTATION)

    def add_unavailability(self) -> None:
        from app.ui.delegate.dialogs import UnavailabilityDialog  # dialogs: when first opened

        cohort_id = self.ctx.cohort_id
        if not cohort_id:
            return

        def save(values):
            with self.ctx.db.session() as session:
                return delegates.add_unavailability(session, cohort_id, **values)

        if UnavailabilityDialog(save, self._members(), self.ctx.today(), self).exec():
            self.ctx.changed(Area.ROTATION)
            self.history.setCurrentIndex(3)

    def remove_unavailability(self) -> None:
        indexes = self.off_table.selectionModel().selectedRows()
        row = self.off_model.row_at(indexes[0].row()) if indexes else None
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retirer"),
            fill(
                self.tr("Retirer « {name} : {when} » ? Replanifiez ensuite si besoin."),
                name=row.name,
                when=row.when,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as session:
            delegates.remove_unavailability(session, row.id)
        self.ctx.changed(Area.ROTATION)

    def edit_checklists(self) -> None:
        from app.ui.delegate.lists import ChecklistTemplatesDialog

        ChecklistTemplatesDialog(self.ctx, self).exec()

    def edit_circles(self) -> None:
        """The circles live in the Vie coopérative tab, on their own page."""
        from app.ui.decisions.tab import OPEN_CIRCLES

        self.ctx.open("coop_life", OPEN_CIRCLES)

    def print_calendar(self) -> None:
        cohort_id = self.ctx.cohort_id
        if not cohort_id:
            return
        from app.printing.rotation import rotation_pdf

        with self.ctx.db.session() as session:
            data = rotation_pdf(session, cohort_id, self.ctx.today())
        from app.ui.pdf_preview import preview_pdf  # QtPdf: when first used

        preview_pdf(data, self.tr("Calendrier des déléguées"), "deleguees.pdf", self)


def _before_after(change) -> str:
    """A change's "Amina → Karim" (a plan has no before and after)."""
    if change.kind == "plan":
        return ""
    return before_after(change.before_name or "—", change.after_name or "—")


def _reason(change) -> str:
    return change.reason
