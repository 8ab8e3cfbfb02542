"""The Today screen, first thing anyone sees: the date, the delegate in large type and her deputy,
the previous handover (first), the day's schedule, the checklist to tick, open tasks, and buttons
to the day's main actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.i18n import (
    fill,
    format_day_month,
    format_locale,
    isolate,
    labelled,
    listing,
    time_range,
    with_celsius,
)
from app.services.kitchen.limits import TEMPERATURE_KEY, format_celsius
from app.services.locale_shapes import full_date
from app.services.today import first_screen
from app.services.today.day_records import HandoverInfo, TodayInfo
from app.ui.areas import Area
from app.ui.style import COLOURS, Role, colour, set_role, size_by_font
from app.ui.tab_page import TabPage
from app.ui.undo import ServiceCommand
from app.vocab.delegate import checklist_kind_label
from app.vocab.people import Gender, delegate_of_the_day, deputy_word

ITEM_ID = Qt.ItemDataRole.UserRole
TEMPERATURE_LINE = Qt.ItemDataRole.UserRole + 1
SOON_LINES = 3  # lots soon out of date shown on Today; the Stock window lists them all


def sentence_date(date: dt.date) -> str:
    """The full date inside a sentence, cased as the interface language writes it there
    ("mardi 4 octobre 2022" in French, "Tuesday, 4 October 2022" in English)."""
    return full_date(date, format_locale())  # the interface language, without Babel at start


def long_date(date: dt.date) -> str:
    """The full date at the start of a line: a capital first letter in every language."""
    text = sentence_date(date)
    return text[:1].upper() + text[1:]


class TodayTab(TabPage):
    object_name = "today"
    refresh_on = frozenset(
        {
            Area.TODAY,
            Area.ROTATION,
            Area.PEOPLE,
            Area.COHORTS,
            Area.SCHEDULE,
            Area.CIRCLES,
            Area.SALES,  # a sale day takes products from stock: the "soon out of date" list
        }
    )

    def __init__(self, ctx):
        super().__init__(ctx)
        self.info: TodayInfo | None = None
        # A handover written and not saved (Annuler, Échap), by (cohort, date): shown again when
        # the dialog is next opened, as drafts are kept everywhere (ARCHITECTURE.md).
        self._handover_drafts: dict[tuple[int, dt.date], HandoverInfo] = {}
        self.date_label = QLabel()
        self.date_label.setObjectName("today_date")
        set_role(self.date_label, Role.DATE_LINE)
        self.delegate_caption = caption = QLabel(delegate_of_the_day(Gender.UNSTATED))
        set_role(caption, Role.HINT)
        self.delegate_label = QLabel()
        self.delegate_label.setObjectName("today_delegate")
        set_role(self.delegate_label, Role.DELEGATE_NAME)
        self.delegate_label.setAccessibleName(self.tr("Déléguée du jour"))
        self.deputy_label = QLabel()
        self.deputy_label.setObjectName("today_deputy")
        set_role(self.deputy_label, Role.READING)
        self.next_label = QLabel()
        self.next_label.setObjectName("today_next")
        set_role(self.next_label, Role.HINT)
        self.follow_up_label = QLabel()
        self.follow_up_label.setObjectName("today_follow_ups")
        self.follow_up_label.setWordWrap(True)
        set_role(self.follow_up_label, Role.NOTICE)
        self.follow_up_label.hide()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("today_problem")
        self.problem_label.setWordWrap(True)
        set_role(self.problem_label, Role.ERROR)

        self.labels_button = QPushButton(self.tr("Imprimer les étiquettes"))
        self.labels_button.setObjectName("open_labels")
        self.labels_button.clicked.connect(lambda: self.ctx.open("labels"))
        self.sales_button = QPushButton(self.tr("Ouvrir les ventes"))
        self.sales_button.setObjectName("open_sales")
        self.sales_button.clicked.connect(lambda: self.ctx.open("sales"))
        self.close_button = QPushButton(self.tr("Clôturer la journée"))
        self.close_button.setObjectName("close_day")
        self.close_button.setToolTip(self.tr("Encoder les ventes et compter la caisse"))
        self.close_button.clicked.connect(self.open_closing)
        self.handover_button = QPushButton(self.tr("Écrire la passation"))
        self.handover_button.setObjectName("write_handover")
        self.handover_button.setToolTip(self.tr("Écrire la passation (Ctrl+Maj+H)"))
        self.handover_button.clicked.connect(self.write_handover)
        self.task_button = QPushButton(self.tr("Nouvelle tâche"))
        self.task_button.setObjectName("new_task")
        self.task_button.setToolTip(self.tr("Nouvelle tâche (Ctrl+Maj+A)"))
        self.task_button.clicked.connect(self.add_task)
        for button in (
            self.labels_button,
            self.sales_button,
            self.close_button,
            self.handover_button,
            self.task_button,
        ):
            size_by_font(button, min_height=2.5)
            button.setAccessibleName(button.text())
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, self.write_handover)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.add_task)

        self.handover_text = QLabel()
        self.handover_text.setObjectName("previous_handover")
        self.handover_text.setWordWrap(True)
        self.handover_text.setTextFormat(Qt.TextFormat.PlainText)
        self.handover_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.handover_text.setAccessibleName(self.tr("Passation précédente"))
        self.schedule_list = QListWidget()
        self.schedule_list.setObjectName("today_schedule")
        self.schedule_list.setAccessibleName(self.tr("Programme du jour"))
        self.checklist = QListWidget()
        self.checklist.setObjectName("today_checklist")
        self.checklist.setAccessibleName(self.tr("Liste du jour"))
        self.checklist.itemChanged.connect(self._tick_changed)
        self.checklist.itemDoubleClicked.connect(self._line_opened)
        self.temperature_button = QPushButton(self.tr("Températures…"))
        self.temperature_button.setObjectName("today_temperatures")
        self.temperature_button.setAccessibleName(self.tr("Relever les températures"))
        self.temperature_button.setMinimumHeight(40)
        self.temperature_button.clicked.connect(self.record_temperatures)
        self.stock_button = QPushButton(self.tr("Stock et lots…"))
        self.stock_button.setObjectName("today_stock")
        self.stock_button.setAccessibleName(self.tr("Stock, achats, lots fabriqués et pertes"))
        self.stock_button.setMinimumHeight(40)
        self.stock_button.clicked.connect(self.open_stock)
        self.soon_label = QLabel()
        self.soon_label.setObjectName("today_soon_out_of_date")
        self.soon_label.setWordWrap(True)
        set_role(self.soon_label, Role.ALERT_BOX)
        self.soon_label.hide()
        self.temperature_alarm = QLabel()
        self.temperature_alarm.setObjectName("temperature_alarm")
        self.temperature_alarm.setWordWrap(True)
        set_role(self.temperature_alarm, Role.ERROR)
        self.temperature_alarm.hide()
        self.task_list = QListWidget()
        self.task_list.setObjectName("today_tasks")
        self.task_list.setAccessibleName(self.tr("Tâches ouvertes"))
        self.task_list.itemChanged.connect(self._task_changed)

        for widget in (self.checklist, self.task_list, self.schedule_list):
            set_role(widget, Role.READING)
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_role(self.handover_text, Role.READING)

        hero = QFrame()
        hero.setObjectName("today_hero")
        set_role(hero, Role.HERO)
        hero_layout = QGridLayout(hero)
        hero_layout.addWidget(self.date_label, 0, 0, 1, 2)
        hero_layout.addWidget(caption, 1, 0)
        hero_layout.addWidget(self.delegate_label, 2, 0)
        hero_layout.addWidget(self.deputy_label, 3, 0)
        hero_layout.addWidget(self.next_label, 4, 0)
        hero_layout.addWidget(self.problem_label, 5, 0, 1, 2)
        hero_layout.addWidget(self.follow_up_label, 6, 0, 1, 2)
        actions = QVBoxLayout()
        # the day's actions together, in view on the kitchen laptop (the handover's button stood
        # at the foot of the checklist, below the fold at 1366×700)
        for button in (
            self.labels_button,
            self.sales_button,
            self.close_button,
            self.handover_button,
        ):
            actions.addWidget(button)
        hero_layout.addLayout(actions, 1, 1, 4, 1)
        hero_layout.setColumnStretch(0, 1)

        handover_box = self._box(self.tr("Passation de la déléguée précédente"), self.handover_text)
        handover_box.layout().addStretch(1)
        left = QVBoxLayout()
        left.addWidget(handover_box, 3)
        left.addWidget(self._box(self.tr("Programme du jour"), self.schedule_list), 2)
        middle = self.checklist_box = self._box(self.tr("Liste du jour"), self.checklist)
        middle.layout().insertWidget(0, self.temperature_alarm)
        middle.layout().addWidget(self.temperature_button)
        middle.layout().addWidget(self.soon_label)
        middle.layout().addWidget(self.stock_button)
        right = self._box(self.tr("Tâches ouvertes"), self.task_list)
        self.circle_tasks_label = QLabel()
        self.circle_tasks_label.setObjectName("circle_tasks_due")
        self.circle_tasks_label.setWordWrap(True)
        set_role(self.circle_tasks_label, Role.NOTICE)
        right.layout().insertWidget(0, self.circle_tasks_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.task_button)
        right.layout().addLayout(bottom)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(middle, 1)
        columns.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hero)
        layout.addLayout(columns, 1)

    def _box(self, title: str, widget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget, 1)
        return box

    def title(self) -> str:
        return self.tr("Aujourd'hui")

    # --- drawing --------------------------------------------------------------------------------
    def typed_and_kept(self) -> tuple[object, dict] | None:
        """Every field's value (`TabPage`) and the handovers written and not saved."""
        fields, drafts = super().typed_and_kept(), dict(self._handover_drafts)
        return (fields, drafts) if fields or drafts else None

    def take_over(self, kept: tuple[object, dict]) -> None:
        fields, drafts = kept
        self._handover_drafts.update(drafts)
        super().take_over(fields or {})

    def refresh(self) -> None:
        date = self.ctx.today()
        self.date_label.setText(long_date(date))
        cohort_id = self.ctx.cohort_id
        if not cohort_id:
            self.info = None
            self.delegate_label.setText("—")
            self.deputy_label.setText(self.tr("Choisissez ou créez une cohorte."))
            for widget in (self.checklist, self.task_list, self.schedule_list):
                widget.clear()
            self.handover_text.clear()
            self.next_label.clear()
            self.problem_label.hide()
            self.circle_tasks_label.hide()
            self.soon_label.hide()
            self._enable(False)
            return
        with first_screen.reading(self.ctx.db) as connection:
            self.info = info = first_screen.today(connection, cohort_id, date)
        self._enable(True)
        _, delegate_name, delegate_gender = info.day_delegate  # the sale's on a stand-only day
        self.delegate_caption.setText(delegate_of_the_day(delegate_gender))
        if delegate_name:
            self.delegate_label.setText(delegate_name)
        elif not info.has_plan:
            self.delegate_label.setText(self.tr("Pas encore de planning"))
        elif info.working_day:
            self.delegate_label.setText(self.tr("Pas de déléguée"))
        else:
            self.delegate_label.setText(self.tr("Pas de matinée aujourd'hui"))
        if info.deputy_name:
            self.deputy_label.setText(labelled(deputy_word(info.deputy_gender), info.deputy_name))
        elif not info.has_plan:
            self.deputy_label.setText(
                self.tr("Planifiez les déléguées dans l'onglet « Déléguées ».")
            )
        else:
            self.deputy_label.clear()
        if info.next_day is not None:
            self.next_label.setText(
                fill(
                    self.tr("Prochain délégué : {name}, {date}")
                    if info.next_day.delegate_gender == Gender.MAN
                    else self.tr("Prochaine déléguée : {name}, {date}"),
                    name=isolate(info.next_day.delegate_name or "—"),
                    date=isolate(sentence_date(info.next_day.date)),
                )
            )
        else:
            self.next_label.clear()
        remark = info.problem or info.warning  # as the Rotation tab's "Remarque" column
        self.problem_label.setText(remark)
        self.problem_label.setVisible(bool(remark))
        self.follow_up_label.setText(
            self.tr(
                "%n suivi(s) après le programme à faire : onglet Membres, « Après le programme… ».",
                "",
                info.follow_ups_due,
            )
        )
        self.follow_up_label.setVisible(info.follow_ups_due > 0)
        self._fill_handover(info)
        self._fill_schedule(info)
        self._fill_checklist(info)
        self._fill_temperature_alarm(info)
        self._fill_soon_out_of_date(info)
        self._fill_tasks(info)

    def _enable(self, enabled: bool) -> None:
        for widget in (
            self.handover_button,
            self.task_button,
            self.checklist,
            self.task_list,
            self.temperature_button,
        ):
            widget.setEnabled(enabled)

    def _fill_handover(self, info: TodayInfo) -> None:
        previous = info.previous_handover
        if previous is None:
            self.handover_text.setText(self.tr("Pas encore de passation."))
            return
        parts = [
            fill(
                self.tr("{name}, {date} :"),
                name=isolate(previous.author_name or "?"),
                date=isolate(sentence_date(previous.date)),
            )
        ]
        if previous.done_text:
            parts.append(fill(self.tr("Fait : {text}"), text=previous.done_text))
        if previous.next_text:
            parts.append(fill(self.tr("La suite : {text}"), text=previous.next_text))
        self.handover_text.setText("\n\n".join(parts))

    def _fill_schedule(self, info: TodayInfo) -> None:
        self.schedule_list.clear()
        for line in info.schedule:
            text = f"{time_range(line.start, line.end)}  {line.title}"
            if line.place:
                text += f" ({line.place})"
            self.schedule_list.addItem(text)
        if not info.schedule:
            self.schedule_list.addItem(self.tr("Rien dans le planning aujourd'hui."))

    def _fill_checklist(self, info: TodayInfo) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        kind = None
        for item in info.checklist:
            if item.day_kind != kind:
                kind = item.day_kind
                header = QListWidgetItem(checklist_kind_label(kind))
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.checklist.addItem(header)
            row = QListWidgetItem(item.text)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            row.setData(ITEM_ID, item.item_id)
            if item.default_key == TEMPERATURE_KEY:
                self._temperature_line(row, info)
            elif item.done:
                who = item.ticked_by or "?"
                at = f" {item.ticked_at:%H:%M}" if item.ticked_at else ""
                row.setToolTip(fill(self.tr("Coché par {name}{at}"), name=isolate(who), at=at))
            self.checklist.addItem(row)
        self.checklist.blockSignals(False)

    def _temperature_line(self, row: QListWidgetItem, info: TodayInfo) -> None:
        """The fridge line is not ticked: it is done when every appliance was read; it shows the
        values, and turns red while a value out of limits has no corrective action."""
        row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        row.setData(ITEM_ID, None)
        row.setData(TEMPERATURE_LINE, True)
        values = [
            labelled(
                line.name,
                "—" if line.value_c is None else with_celsius(format_celsius(line.value_c)),
            )
            for line in info.temperatures
        ]
        if values:
            row.setText(row.text() + "\n    " + " · ".join(values))
        row.setToolTip(self.tr("Double-cliquez pour écrire les températures."))
        if info.temperature_alarm:
            row.setForeground(QColor(COLOURS.error))

    def _fill_temperature_alarm(self, info: TodayInfo) -> None:
        self.temperature_alarm.setText(
            self.tr(
                "Température hors limites : notez ce qui a été fait (bouton « Températures… »)."
            )
        )
        self.temperature_alarm.setVisible(info.temperature_alarm)
        set_role(self.checklist_box, Role.WARNING_PANEL if info.temperature_alarm else None)

    def _fill_soon_out_of_date(self, info: TodayInfo) -> None:
        """The lots on hand past or near their date, a few lines (the Stock window has them all)."""
        from app.ui.kitchen.soon_text import soon_text

        if info.soon_out_of_date:
            self.soon_label.setText(soon_text(info.soon_out_of_date, SOON_LINES))
        self.soon_label.setVisible(bool(info.soon_out_of_date))

    def _line_opened(self, row: QListWidgetItem) -> None:
        if row.data(TEMPERATURE_LINE):
            self.record_temperatures()

    def record_temperatures(self) -> None:
        """The day's temperatures in a dialog; saved as one undoable step."""
        if self.info is None:
            return
        from app.services.kitchen import temperatures
        from app.ui.kitchen.temperature_dialog import TemperatureDialog

        date, who = self.info.date, self.info.day_delegate[0]
        with self.ctx.db.session() as session:
            readings = temperatures.readings_on(session, date)
        saved: dict = {}

        def save(typed):
            with self.ctx.db.session() as session:
                saved["before"] = temperatures.record_readings(session, date, typed, who)
                saved["after"] = temperatures.readings_on(session, date)
            return saved["after"]

        if not TemperatureDialog(save, readings, self).exec():
            return
        before = temperatures.as_wanted(saved["before"])
        after = temperatures.as_wanted(saved["after"])
        self.ctx.undo_stack.push(
            ServiceCommand(
                self.ctx,
                QCoreApplication.translate("Today", "Températures du jour"),
                lambda session: temperatures.write_day(session, date, after, who),
                lambda session: temperatures.write_day(session, date, before, who),
                Area.TODAY,
            )
        )
        self.ctx.changed(Area.TODAY)

    def open_stock(self) -> None:
        """The cohort's stock and lots: soon out of date, purchases, batches, losses, recall."""
        from app.ui.kitchen.stock_dialog import StockDialog

        StockDialog(self.ctx, self).exec()

    def _fill_tasks(self, info: TodayInfo) -> None:
        due = first_screen.circle_tasks_due(info.open_tasks, info.date)
        names = listing(dict.fromkeys(task.circle_name for task in due))
        self.circle_tasks_label.setText(
            fill(
                self.tr(
                    "Cercles : %n tâche(s) pour aujourd'hui ou en retard ({circles})", "", len(due)
                ),
                circles=names,
            )
        )
        self.circle_tasks_label.setVisible(bool(due))
        self.task_list.blockSignals(True)
        self.task_list.clear()
        for task in info.open_tasks:
            details = [d for d in (task.assignee_name, task.circle_name) if d]
            if task.due_date:
                details.append(
                    fill(self.tr("pour le {date}"), date=format_day_month(task.due_date))
                )
            text = task.text + (f"\n    {' · '.join(details)}" if details else "")
            row = QListWidgetItem(text)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setData(ITEM_ID, task.id)
            if task.is_late(info.date):
                row.setForeground(colour("late"))
                row.setToolTip(self.tr("En retard"))
            self.task_list.addItem(row)
        if not info.open_tasks:
            empty = QListWidgetItem(self.tr("Aucune tâche ouverte."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.task_list.addItem(empty)
        self.task_list.blockSignals(False)

    # --- actions --------------------------------------------------------------------------------
    # The writing services and the dialogs are imported where they are used: showing the day needs
    # only app.services.today.first_screen, so the window opens without loading the model classes.
    def _tick_changed(self, row: QListWidgetItem) -> None:
        item_id = row.data(ITEM_ID)
        if item_id is None or self.info is None:
            return
        done = row.checkState() == Qt.CheckState.Checked
        cohort_id, date, who = self.info.cohort_id, self.info.date, self.info.day_delegate[0]

        from app.services.delegate import checklists

        def apply(session, value=done):
            checklists.tick(session, cohort_id, date, item_id, value, who)

        with self.ctx.db.session() as session:
            apply(session)
        t = QCoreApplication.translate
        text = t("Today", "Cocher « {text} »") if done else t("Today", "Décocher « {text} »")
        self.ctx.undo_stack.push(
            ServiceCommand(
                self.ctx,
                text.format(text=row.text()),
                apply,
                lambda s: apply(s, not done),
                Area.TODAY,
            )
        )
        self.ctx.changed(Area.TODAY)

    def _task_changed(self, row: QListWidgetItem) -> None:
        task_id = row.data(ITEM_ID)
        if task_id is None or self.info is None or row.checkState() != Qt.CheckState.Checked:
            return
        date, who = self.info.date, self.info.day_delegate[0]

        from app.services.delegate import tasks

        def apply(session):
            tasks.set_done(session, task_id, True, date, who)

        def revert(session):
            tasks.set_done(session, task_id, False, date)

        with self.ctx.db.session() as session:
            apply(session)
        self.ctx.undo_stack.push(
            ServiceCommand(
                self.ctx,
                fill(QCoreApplication.translate("Today", "Tâche faite : {text}"), text=row.text()),
                apply,
                revert,
                Area.TODAY,
            )
        )
        self.ctx.changed(Area.TODAY)

    def _choices(self):
        from app.services.circles import circles
        from app.services.people import members

        with self.ctx.db.session() as session:
            persons = [
                (p.id, p.first_name) for p in members.list_people(session, self.ctx.cohort_id)
            ]
            groups = [(c.id, c.name) for c in circles.list_circles(session, self.ctx.cohort_id)]
        return persons, groups

    def open_closing(self) -> None:
        """The Sales tab, on the "Fin de journée" page of today's sale day (one click less for the
        delegate); without a sale today, the open days are named and she picks one, or none."""
        from app.ui.today.closing_choice import day_to_close

        if not self.ctx.cohort_id:
            return
        event_id = day_to_close(self.ctx, self)
        if event_id is None:
            return
        self.ctx.open("sales", event_id)
        sales = self.window().page("sales") if hasattr(self.window(), "page") else None
        if sales is not None and hasattr(sales, "show_closing"):
            sales.show_closing()

    def add_task(self) -> None:
        if self.info is None:
            return
        cohort_id, date = self.info.cohort_id, self.info.date
        persons, groups = self._choices()

        from app.services.delegate import tasks
        from app.ui.delegate.dialogs import TaskDialog

        def save(data):
            with self.ctx.db.session() as session:
                return tasks.add_task(session, cohort_id, data, date)

        if TaskDialog(save, persons, groups, date, self).exec():
            self.ctx.changed(Area.TODAY)

    def write_handover(self) -> None:
        if self.info is None:
            return
        info = self.info
        persons, groups = self._choices()

        from app.services.delegate import handover
        from app.ui.delegate.dialogs import HandoverDialog

        def save(values):
            done_text, next_text, new_tasks = values
            with self.ctx.db.session() as session:
                return handover.save_handover(
                    session,
                    info.cohort_id,
                    info.date,
                    info.day_delegate[0],
                    done_text,
                    next_text,
                    new_tasks,
                    today=info.date,
                )

        key = (info.cohort_id, info.date)
        shown = self._handover_drafts.get(key, info.own_handover)
        dialog = HandoverDialog(save, persons, groups, info.date, shown, self)
        if dialog.exec():
            self._handover_drafts.pop(key, None)
            self.ctx.changed(Area.TODAY)
            return
        # Annuler, Échap or the window's cross: what she wrote comes back at the next opening
        done_text, next_text, _tasks = dialog.typed()
        before = (shown.done_text, shown.next_text) if shown else ("", "")
        if (done_text, next_text) != before:
            self._handover_drafts[key] = HandoverInfo(
                info.date, info.day_delegate[0], "", done_text, next_text
            )
