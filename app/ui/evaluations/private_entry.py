"""Private entry for self-and-peer evaluation: one member at a time picks her name, says which
competences she already has, and picks 3 to 6 adjectives for herself and each teammate.

Nothing of anyone's answers is ever shown here: the form is built empty for each member and thrown
away after each submission. Leaving this screen needs the coordinator's PIN again.

When the tab locks while a member is half-way (5 idle minutes, Ctrl+L, leaving the tab), her
answers are kept as a `PrivateDraft`, in memory only (never written to the database), and her form
comes back as she left it once the PIN is typed: nothing she typed is thrown away.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill
from app.services.errors import ValidationError
from app.services.evaluations import campaigns, framework, peers
from app.ui.areas import Area
from app.ui.field_errors import FieldErrors
from app.ui.style import Role, set_role, size_by_font
from app.vocab.evaluations import competence_category_label


@dataclass(frozen=True)
class PrivateDraft:
    """One member's unfinished answers: per competence (checked button id, -1 for none; note),
    and the adjectives ticked per person."""

    campaign_id: int
    member_id: int
    answers: dict[int, tuple[int, str]]
    picks: dict[int, frozenset[int]]

    def is_empty(self) -> bool:
        typed = any(checked >= 0 or note.strip() for checked, note in self.answers.values())
        return not typed and not any(self.picks.values())


class PrivateEntry(QWidget):
    """`finished` asks the tab to lock (the coordinator's PIN is needed to see anything else)."""

    finished = Signal()
    submitted = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: int | None = None
        self.member_id: int | None = None
        self.form: QWidget | None = None
        self._answer_groups: dict[int, QButtonGroup] = {}
        self._notes: dict[int, QLineEdit] = {}
        self._picks: dict[int, list[QCheckBox]] = {}

        # Page 0: choose your name.
        self.heading = QLabel()
        set_role(self.heading, Role.TITLE)
        self.thanks = QLabel()
        self.thanks.setObjectName("entry_thanks")
        set_role(self.thanks, Role.SUCCESS)
        self.thanks.setWordWrap(True)
        self.who = QComboBox()
        self.who.setObjectName("entry_member")
        self.who.setAccessibleName(self.tr("Votre nom"))
        size_by_font(self.who, min_width=37)
        self.start_button = QPushButton(self.tr("Commencer"))
        self.start_button.setObjectName("entry_start")
        self.start_button.setAccessibleName(self.start_button.text())
        size_by_font(self.start_button, min_height=2.5)
        self.start_button.clicked.connect(self.start)
        self.end_button = QPushButton(self.tr("Terminer la saisie (code PIN)"))
        self.end_button.setObjectName("entry_end")
        self.end_button.setAccessibleName(self.end_button.text())
        self.end_button.clicked.connect(self.finished.emit)
        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.addStretch(1)
        choose_layout.addWidget(self.heading)
        choose_layout.addWidget(self.thanks)
        choose_layout.addWidget(
            QLabel(self.tr("Choisissez votre nom, puis cliquez sur « Commencer »."))
        )
        row = QHBoxLayout()
        row.addWidget(self.who)
        row.addWidget(self.start_button)
        row.addStretch(1)
        choose_layout.addLayout(row)
        choose_layout.addStretch(2)
        choose_layout.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignRight)

        # Page 1: the form, rebuilt empty for each member.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("entry_form")
        self.scroll.setWidgetResizable(True)
        self.message = QLabel()
        self.message.setObjectName("entry_message")
        self.errors = FieldErrors(self.message)
        self.send_button = QPushButton(self.tr("Envoyer mes réponses"))
        self.send_button.setObjectName("entry_send")
        self.send_button.setAccessibleName(self.send_button.text())
        size_by_font(self.send_button, min_height=2.5)
        self.send_button.clicked.connect(self.send)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setObjectName("entry_cancel")
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.cancel_button.clicked.connect(self.back_to_names)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.scroll, 1)
        form_layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        form_layout.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(choose)
        self.pages.addWidget(form_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def begin(self, campaign_id: int) -> None:
        """Enter private mode for a campaign: only the list of names is shown."""
        self.campaign_id = campaign_id
        self.thanks.clear()
        with self.ctx.db.session() as session:
            info = campaigns.get_campaign(session, campaign_id)
        self.heading.setText(info.title)
        self.back_to_names()

    def back_to_names(self) -> None:
        self._drop_form()
        self.who.clear()
        if self.campaign_id is not None:
            with self.ctx.db.session() as session:
                for status in peers.entry_status(session, self.campaign_id):
                    self.who.addItem(status.member_name, status.member_id)
        self.pages.setCurrentIndex(0)
        self.who.setFocus()

    def _drop_form(self) -> None:
        self.errors.clear()
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = None
        self.member_id = None
        self._answer_groups, self._notes, self._picks = {}, {}, {}

    def start(self) -> None:
        member_id = self.who.currentData()
        if member_id is None or self.campaign_id is None:
            return
        self._drop_form()
        self.thanks.clear()
        self.member_id = member_id
        with self.ctx.db.session() as session:
            info = campaigns.get_campaign(session, self.campaign_id)
            current = framework.get_framework(session, info.cohort_id)
            members = campaigns.evaluated_members(session, info.cohort_id)
            adjectives = framework.list_adjectives(session)
        self.errors = FieldErrors(self.message)
        form = QWidget()
        layout = QVBoxLayout(form)
        me = next(p for p in members if p.id == member_id)
        title = QLabel(fill(self.tr("Bonjour {name} !"), name=me.first_name))
        set_role(title, Role.TITLE)
        layout.addWidget(title)
        layout.addWidget(
            QLabel(self.tr("1. Pour chaque compétence : je l'ai déjà, ou je veux la travailler ?"))
        )
        for category, items in current.by_category().items():
            if not items:
                continue
            box = QGroupBox(competence_category_label(category))
            grid = QGridLayout(box)
            for row, competence in enumerate(items):
                group = QButtonGroup(box)
                have = QRadioButton(self.tr("Je l'ai déjà"))
                work = QRadioButton(self.tr("À travailler"))
                have.setObjectName(f"have_{competence.id}")
                work.setObjectName(f"work_{competence.id}")
                for button in (have, work):
                    button.setAccessibleName(f"{competence.name} : {button.text()}")
                group.addButton(have, 1)
                group.addButton(work, 0)
                note = QLineEdit()
                note.setObjectName(f"note_{competence.id}")
                note.setPlaceholderText(self.tr("Une note courte (si vous voulez)"))
                note.setAccessibleName(fill(self.tr("Note pour {name}"), name=competence.name))
                note.setMaxLength(200)
                grid.addWidget(QLabel(competence.name), row * 2, 0)
                grid.addWidget(have, row * 2, 1)
                grid.addWidget(work, row * 2, 2)
                grid.addWidget(note, row * 2, 3)
                grid.addWidget(self.errors.add(f"self_{competence.id}", have), row * 2 + 1, 0, 1, 4)
                self._answer_groups[competence.id] = group
                self._notes[competence.id] = note
            layout.addWidget(box)
        layout.addWidget(
            QLabel(
                fill(
                    self.tr(
                        "2. Choisissez de {low} à {high} mots pour vous et pour chaque collègue."
                    ),
                    low=peers.MIN_ADJECTIVES,
                    high=peers.MAX_ADJECTIVES,
                )
            )
        )
        targets = [me] + [p for p in members if p.id != member_id]
        for target in targets:
            heading = self.tr("Pour vous") if target.id == member_id else target.full_name
            box = QGroupBox(heading)
            box.setObjectName(f"picks_{target.id}")
            grid = QGridLayout(box)
            boxes = []
            for index, adjective in enumerate(adjectives):
                check = QCheckBox(adjective.word)
                check.setObjectName(f"pick_{target.id}_{adjective.id}")
                check.setToolTip(adjective.explanation)
                check.setAccessibleName(f"{heading} : {adjective.word}")
                check.setAccessibleDescription(adjective.explanation)
                check.setProperty("adjective_id", adjective.id)
                grid.addWidget(check, index // 4, index % 4)
                boxes.append(check)
            grid.addWidget(
                self.errors.add(f"picks_{target.id}", box), len(adjectives) // 4 + 1, 0, 1, 4
            )
            self._picks[target.id] = boxes
            layout.addWidget(box)
        layout.addStretch(1)
        self.form = form
        self.scroll.setWidget(form)
        self.pages.setCurrentIndex(1)

    def take_draft(self) -> PrivateDraft | None:
        """The member's answers so far (None when there is no form or nothing in it)."""
        if self.form is None or self.member_id is None or self.campaign_id is None:
            return None
        draft = PrivateDraft(
            self.campaign_id,
            self.member_id,
            {
                competence_id: (group.checkedId(), self._notes[competence_id].text())
                for competence_id, group in self._answer_groups.items()
            },
            {
                target_id: frozenset(b.property("adjective_id") for b in boxes if b.isChecked())
                for target_id, boxes in self._picks.items()
            },
        )
        return None if draft.is_empty() else draft

    def restore(self, draft: PrivateDraft) -> None:
        """Her form again, as she left it."""
        self.begin(draft.campaign_id)
        index = self.who.findData(draft.member_id)
        if index < 0:
            return
        self.who.setCurrentIndex(index)
        self.start()
        for competence_id, (checked, note) in draft.answers.items():
            group = self._answer_groups.get(competence_id)
            if group is None:
                continue
            if checked >= 0 and group.button(checked) is not None:
                group.button(checked).setChecked(True)
            self._notes[competence_id].setText(note)
        for target_id, chosen in draft.picks.items():
            for box in self._picks.get(target_id, []):
                box.setChecked(box.property("adjective_id") in chosen)
        self.message.setText(
            self.tr("Vos réponses commencées sont revenues : continuez, puis envoyez.")
        )

    def typed(self):
        answers = []
        for competence_id, group in self._answer_groups.items():
            checked = group.checkedId()
            answers.append(
                peers.SelfAnswerInput(
                    competence_id,
                    None if checked < 0 else bool(checked),
                    self._notes[competence_id].text(),
                )
            )
        picks = {
            target_id: [b.property("adjective_id") for b in boxes if b.isChecked()]
            for target_id, boxes in self._picks.items()
        }
        return answers, picks

    def send(self) -> None:
        if self.member_id is None or self.campaign_id is None:
            return
        answers, picks = self.typed()
        self.errors.clear()
        try:
            with self.ctx.db.session() as session:
                peers.submit_entry(session, self.campaign_id, self.member_id, answers, picks)
        except ValidationError as error:
            self.errors.show(error)
            return
        self.ctx.changed(Area.EVALUATIONS)
        self.back_to_names()
        self.thanks.setText(
            self.tr(
                "Merci ! Vos réponses sont enregistrées. "
                "Passez l'ordinateur à la personne suivante."
            )
        )
        self.submitted.emit()
