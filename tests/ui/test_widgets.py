"""The widget helpers (app/ui/widgets.py), the form dialog's rows and layout (app/ui/dialogs.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox

from app.services.errors import Field, ValidationError
from app.ui.dialogs import FormDialog
from app.ui.widgets import BUTTON_HEIGHT, button, combo_box, date_edit, hbox, named


def test_named_sets_what_tests_and_screen_readers_use(qtbot):
    edit = named(QLineEdit(), "lot", "Numéro de lot", placeholder="L261201", tooltip="le lot")
    qtbot.addWidget(edit)
    assert (edit.objectName(), edit.accessibleName()) == ("lot", "Numéro de lot")
    assert (edit.placeholderText(), edit.toolTip()) == ("L261201", "le lot")
    box = named(QCheckBox("Logo"), "show_logo")
    qtbot.addWidget(box)
    assert box.accessibleName() == "Logo"  # a button's own text when none is given


def test_a_button_calls_back_without_arguments(qtbot):
    calls = []
    push = button("Publier", "publish", lambda *args: calls.append(args), tall=True)
    qtbot.addWidget(push)
    qtbot.mouseClick(push, Qt.MouseButton.LeftButton)
    assert calls == [()]
    assert (push.objectName(), push.accessibleName()) == ("publish", "Publier")
    assert push.minimumHeight() == BUTTON_HEIGHT
    spoken = button("Planifier…", "plan", None, accessible="Planifier")
    qtbot.addWidget(spoken)
    assert spoken.accessibleName() == "Planifier" and spoken.minimumHeight() == 0


def test_date_edit_and_combo_box(qtbot):
    edit = date_edit(dt.date(2026, 12, 1))
    qtbot.addWidget(edit)
    assert edit.date() == QDate(2026, 12, 1) and edit.calendarPopup()
    assert edit.text() == "01/12/2026"
    assert date_edit(QDate(2026, 2, 3)).date() == QDate(2026, 2, 3)
    box = combo_box([("Aucun", "none"), ("QR code", "qr")])
    qtbot.addWidget(box)
    assert [box.itemData(i) for i in range(box.count())] == ["none", "qr"]
    assert box.itemText(1) == "QR code"


def test_hbox_adds_parts_in_order_with_their_stretch(qtbot):
    first, second = QLabel("a"), QLabel("b")
    row = hbox((first, 2), second, stretch_after=True, margins=False)
    assert [row.itemAt(i).widget() for i in range(2)] == [first, second]
    assert [row.stretch(i) for i in range(3)] == [2, 0, 1]
    assert row.itemAt(2).spacerItem() is not None
    assert row.contentsMargins().left() == 0


class _LinesDialog(FormDialog):
    def __init__(self, save):
        super().__init__(save)
        self.name = QLineEdit()
        self.count = QSpinBox()
        self.lines = QLabel()
        form = self.add_rows(
            QFormLayout(),
            (
                ("name", "Nom *", self.name),
                ("count", "Nombre", self.count, hbox(self.count, QLabel("pièces"))),
            ),
        )
        self.lay_out(form, self.lines, self.errors.add("lines", self.lines))

    def typed(self):
        return self.name.text()


def test_rows_name_the_fields_and_errors_show_where_they_belong(qtbot):
    def save(name):
        if not name:
            raise ValidationError("name", "Le nom manque.")
        raise ValidationError(Field("lines", row=2), "Ligne 3 : une quantité.")

    dialog = _LinesDialog(save)
    qtbot.addWidget(dialog)
    assert (dialog.name.objectName(), dialog.name.accessibleName()) == ("name", "Nom")
    assert (dialog.count.objectName(), dialog.count.accessibleName()) == ("count", "Nombre")
    assert isinstance(dialog.buttons.buttons()[0], QPushButton)
    dialog.accept()
    assert dialog.errors.message_for("name") == "Le nom manque."
    dialog.name.setText("Shakshuka")
    dialog.accept()
    assert dialog.errors.message_for("lines") == "Ligne 3 : une quantité."
    assert dialog.result() == 0  # still open: nothing was saved
