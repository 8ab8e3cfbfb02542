"""The form of one thematic circle: its name, its mandate (what it decides alone, what it brings to
the group) and its members, ticked among the cohort's members. Beside each name, why she is
suggested ("suggérée : a fait les achats 4 fois"), recomputed as the name and mandate are typed.
A circle without a member is refused at the members' list; nothing is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
)

from app.i18n import joined
from app.services.circles.circles import CircleInfo, CircleInput
from app.services.circles.suggestions import Suggestion
from app.ui.dialogs import FormDialog
from app.ui.style import size_by_font
from app.ui.widgets import named

PERSON_ID = Qt.ItemDataRole.UserRole

Suggest = Callable[[str, str, str], list[Suggestion]]


def _text_box(name: str, accessible: str, text: str) -> QPlainTextEdit:
    box = named(QPlainTextEdit(text), name, accessible)
    size_by_font(box, height=3.6)
    return box


class CircleDialog(FormDialog):
    """`members` are (id, name) of the cohort; `suggest(name, alone, group)` ranks them;
    `circle` is the one edited (None: a new one)."""

    def __init__(
        self,
        save,
        cohort_id: int,
        members: list[tuple[int, str]],
        suggest: Suggest,
        circle: CircleInfo | None = None,
        parent=None,
    ):
        super().__init__(save, parent)
        self.setObjectName("circle_dialog")
        self.setWindowTitle(self.tr("Modifier le cercle") if circle else self.tr("Nouveau cercle"))
        size_by_font(self, min_width=70)
        self.cohort_id = cohort_id
        self.members = members
        self._suggest = suggest
        self.name = named(
            QLineEdit(circle.name if circle else ""),
            "name",
            self.tr("Nom du cercle"),
            placeholder=self.tr("par exemple : Achats et stock"),
        )
        self.decides_alone = _text_box(
            "decides_alone",
            self.tr("Ce que le cercle décide seul"),
            circle.decides_alone if circle else "",
        )
        self.brings_to_group = _text_box(
            "brings_to_group",
            self.tr("Ce que le cercle apporte au groupe"),
            circle.brings_to_group if circle else "",
        )
        self.member_list = named(QListWidget(), "members", self.tr("Membres du cercle"))
        size_by_font(self.member_list, height=8)
        # A suggestion's reason is read in full: long lines wrap, nothing scrolls sideways.
        self.member_list.setWordWrap(True)
        self.member_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.member_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chosen = set(circle.member_ids) if circle else set()
        for person_id, person_name in members:
            item = QListWidgetItem(person_name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(PERSON_ID, person_id)
            item.setCheckState(
                Qt.CheckState.Checked if person_id in chosen else Qt.CheckState.Unchecked
            )
            self.member_list.addItem(item)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("name", self.tr("Nom *"), self.name),
                ("decides_alone", self.tr("Décide seul"), self.decides_alone),
                ("brings_to_group", self.tr("Apporte au groupe"), self.brings_to_group),
                ("members", self.tr("Membres *"), self.member_list),
            ),
        )
        self.lay_out(form)
        self.name.textChanged.connect(self.show_suggestions)
        self.decides_alone.textChanged.connect(self.show_suggestions)
        self.show_suggestions()
        self.name.setFocus()

    def show_suggestions(self) -> None:
        """Each member's name, and why she is suggested when she is."""
        found = {
            s.person_id: s
            for s in self._suggest(
                self.name.text(),
                self.decides_alone.toPlainText(),
                self.brings_to_group.toPlainText(),
            )
        }
        for row in range(self.member_list.count()):
            item = self.member_list.item(row)
            person_id = item.data(PERSON_ID)
            name = dict(self.members)[person_id]
            hint = found.get(person_id)
            item.setText(joined(name, hint.explanation()) if hint else name)

    def typed(self) -> CircleInput:
        ticked = tuple(
            self.member_list.item(row).data(PERSON_ID)
            for row in range(self.member_list.count())
            if self.member_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return CircleInput(
            self.cohort_id,
            self.name.text(),
            ticked,
            self.decides_alone.toPlainText(),
            self.brings_to_group.toPlainText(),
        )
