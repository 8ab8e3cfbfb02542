"""Every dialog of the interface fits the kitchen laptop (1366×700 usable) in normal mode, in large
mode (in Dutch, the longest words) and in Arabic, with nothing clipped: each dialog is found by
importing app/ui (a new dialog must be registered in app/ui/dialog_catalogue.py), built on the
demo cooperative, shown at the size it opens at; its buttons, labels and column headers must be as
wide as their text, and no area may cut its content off on the side. A table's fields, boxes and
buttons lie whole inside their row and inside the table (the recipe's "Retirer" was cut at the
table's edge, the decision's position boxes at the top and bottom of their rows), no table scrolls
sideways, a text box shows its whole example text (the closure's "vide = un seul jour"), and a
text box of several lines starts on the interface's side (an Arabic empty box's cursor stood on the
left).
A group's title is whole (a style sheet rule for a group's tick box cut an Arabic title's first
letter). A closed list is as wide as its longest choice, no two tick boxes of a dialog read alike
(the weekdays cut to three letters: "الأ" for Wednesday and Sunday), no value (a date, an amount)
is broken over two lines of a wrapped text, and a right-to-left line made of values and a few words
is laid out right to left."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from app import i18n
from app.db import Database
from app.i18n import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from app.ui.context import AppContext
from app.ui.dialog_catalogue import DIALOGS, dialog_classes, show_as_on_the_laptop
from app.ui.language import apply_language
from app.ui.large_mode import apply_large_mode
from app.ui.main_window import MainWindow
from app.ui.widgets import SMALL_SCREEN, placeholder_width
from tests.conftest import install_french_once
from tests.isolation import isolate
from tests.qt_cleanup import delete_closed_widgets
from tests.ui.group_titles import cut_group_titles
from tests.ui.text_boxes import boxes_against_the_interface

MODES = {"normal": ("fr", False), "large_dutch": ("nl", True), "large_arabic": ("ar", True)}


@pytest.fixture(scope="module", params=sorted(MODES))
def mode_window(request, tmp_path_factory, _demo_template, qapp):
    """(mode, a main window on a copy of the demo), built in that mode's language and size and
    kept for all the dialogs of the mode (each test is one dialog). Its own home, set up before
    the tests' (`tests.isolation`): the real user's remembered cohort and sizes are not read (a
    cohort remembered by a person's session made the Stock dialog show another cohort)."""
    language, large = MODES[request.param]
    with pytest.MonkeyPatch.context() as monkeypatch:
        isolate(monkeypatch, tmp_path_factory.mktemp("home"))
        install_french_once(qapp)  # not over this mode's language at the first test
        apply_language(qapp, language)
        services_translation = i18n._translate, i18n._translate_n
        i18n.install_translator(
            QCoreApplication.translate, QCoreApplication.translate
        )  # as the app
        apply_large_mode(qapp, large)
        path = shutil.copyfile(_demo_template, tmp_path_factory.mktemp("fit") / "demo.sqlite3")
        database = Database.open(path)
        window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
        window.show()
        yield request.param, window
        window.close()
        window.deleteLater()
        delete_closed_widgets()  # gone before the style and language change back
        database.close()
        apply_large_mode(qapp, False)
        apply_language(qapp, "fr")
        i18n.install_translator(*services_translation)


def test_every_dialog_of_the_interface_is_in_the_registry():
    found = set(dialog_classes())
    assert len(found) > 30
    assert sorted(found - set(DIALOGS)) == [], (
        "register the new dialogs in app/ui/dialog_catalogue.py"
    )
    assert sorted(set(DIALOGS) - found) == [], "dialogs that no longer exist"


# Lists known to scroll sideways in large mode, left to the developer of their tab this session
# (app/ui/sales: the new sale's products, "… — 4,50 €" cut): remove the line once it is fixed.
LISTS_LEFT_SIDEWAYS: set[tuple[str, str]] = set()  # (dialog, list) let through, for now


def _shown_in(widget: QWidget, dialog: QDialog) -> bool:
    """`widget` is visible and not inside an area that scrolls (where it may lie out of view)."""
    if not widget.isVisibleTo(dialog):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QScrollArea):
            return True  # checked for its width only: the area scrolls up and down
        parent = parent.parentWidget()
    return True


def clipped(dialog: QDialog) -> list[str]:
    """Buttons, one-line labels and group titles narrower than their text, and button rows
    out of view."""
    found = []
    for button in dialog.findChildren(QAbstractButton):
        if button.text() and _shown_in(button, dialog):
            if button.width() < button.sizeHint().width():
                found.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint()}")
    for label in dialog.findChildren(QLabel):
        if label.text() and not label.wordWrap() and _shown_in(label, dialog):
            if label.width() < label.minimumSizeHint().width():
                found.append(f"label {label.text()[:40]!r}: {label.width()} px")
    for area in dialog.findChildren(QScrollArea):
        inner = area.widget()
        if area.isVisibleTo(dialog) and inner is not None:
            if inner.width() > area.viewport().width():
                found.append(f"{area.objectName() or 'an area'} is cut off or scrolls sideways")
    for view in dialog.findChildren(QListView):
        if (dialog.objectName(), view.objectName()) in LISTS_LEFT_SIDEWAYS:
            continue
        if view.isVisibleTo(dialog) and view.horizontalScrollBar().maximum() > 0:
            found.append(f"the list {view.objectName()!r} scrolls sideways")
    for header in dialog.findChildren(QHeaderView):
        if header.isVisibleTo(dialog) and header.orientation() == Qt.Orientation.Horizontal:
            found += [f"column {text!r} is cut" for text in cut_headers(header)]
    for table in dialog.findChildren(QTableView):
        if table.isVisibleTo(dialog):
            found += cut_cells(table)
    for edit in dialog.findChildren(QLineEdit):
        if shows_only_its_end(edit) and _shown_in(edit, dialog):
            found.append(f"text box {edit.objectName()!r} shows the end of {edit.text()[:30]!r}")
        if edit.placeholderText() and _shown_in(edit, dialog):
            if edit.width() < placeholder_width(edit):
                found.append(f"example text {edit.placeholderText()!r} cut: {edit.width()} px")
    found += narrow_combos(dialog) + boxes_alike(dialog) + labels_said_twice(dialog)
    found += cut_group_titles(dialog) + boxes_against_the_interface(dialog)
    for label in dialog.findChildren(QLabel):
        if label.text() and _shown_in(label, dialog):
            found += [f"{value!r} broken over two lines" for value in broken_values(label)]
            if not label.text().startswith("<") and reads_left_to_right(label.text()):
                found.append(f"label {label.text()[:40]!r} laid out left to right")
    for row in dialog.findChildren(QDialogButtonBox):
        if row.isVisibleTo(dialog):
            place = row.geometry().translated(row.parentWidget().mapTo(dialog, row.pos() * 0))
            if not dialog.rect().contains(place):
                found.append("the dialog's buttons are out of view")
    return found


def combo_needs(combo: QComboBox) -> int:
    """The width `combo` needs to show its longest choice whole (as Qt's own size hint counts)."""
    metrics = combo.fontMetrics()
    widest = 0
    for index in range(combo.count()):
        width = metrics.boundingRect(combo.itemText(index)).width()
        if not combo.itemIcon(index).isNull():
            width += combo.iconSize().width() + 4
        widest = max(widest, width)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    contents = QSize(widest, metrics.height())
    return (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
        .width()
    )


def narrow_combos(dialog: QDialog) -> list[str]:
    """Closed lists narrower than their longest choice (a choice shown cut once picked)."""
    found = []
    for combo in dialog.findChildren(QComboBox):
        if combo.count() and not combo.isEditable() and _shown_in(combo, dialog):
            if combo.width() < combo_needs(combo):
                longest = max((combo.itemText(i) for i in range(combo.count())), key=len)
                found.append(f"list {combo.objectName() or longest[:30]!r} narrower than a choice")
    return found


def boxes_alike(dialog: QDialog) -> list[str]:
    """Texts shown by two tick boxes of one row or group of the dialog: which one is which?"""
    by_parent: dict[int, list[str]] = {}
    for box in dialog.findChildren(QCheckBox):
        if box.text() and box.isVisibleTo(dialog):
            by_parent.setdefault(id(box.parentWidget()), []).append(box.text())
    return [
        f"two tick boxes read {text!r}"
        for texts in by_parent.values()
        for text in sorted({t for t in texts if texts.count(t) > 1})
    ]


def shows_only_its_end(edit: QLineEdit) -> bool:
    """A text box not being typed in whose text is longer than it, scrolled to the text's end:
    "onde des Possibles asbl, Rue des Champs 67" for the producer's line, its start out of view."""
    room = edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right()
    too_long = edit.fontMetrics().horizontalAdvance(edit.text()) > room - 8
    return too_long and not edit.hasFocus() and edit.cursorPosition() > 0


def labels_said_twice(dialog: QDialog) -> list[str]:
    """Form rows whose tick box repeats the row's label ("In gebruik  ☑ In gebruik")."""
    found = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label, field = (item.widget() if item else None for item in (label, field))
            if isinstance(label, QLabel) and isinstance(field, QCheckBox) and field.text():
                if label.text().rstrip(" *") == field.text():
                    found.append(f"the row {label.text()!r} says it twice")
    return found


def isolated_spans(text: str) -> list[tuple[int, int]]:
    """(first, last) positions of each outermost isolated value of `text`."""
    spans, depth, start = [], 0, 0
    for position, character in enumerate(text):
        if character == FIRST_STRONG_ISOLATE:
            depth += 1
            if depth == 1:
                start = position
        elif character == POP_DIRECTIONAL_ISOLATE and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, position))
    return spans


def broken_values(label: QLabel) -> list[str]:
    """The isolated values of one word (a date, an amount, a number) of a wrapped Arabic label
    that its lines break in two ("7/8/" at the end of a line, "2022." on the next), unless the
    value alone is wider than a line. Values of several words (names) may wrap between them."""
    text = label.text()
    spans = isolated_spans(text)
    if not spans or not label.wordWrap() or "<" in text:
        return []
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    width = label.contentsRect().width() - 2 * label.margin()
    starts = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    metrics = label.fontMetrics()
    return [
        text[first + 1 : last]
        for first, last in spans
        if " " not in text[first:last]
        and any(first < start <= last for start in starts)
        and metrics.horizontalAdvance(text[first : last + 1]) < width
    ]


def reads_left_to_right(text: str) -> bool:
    """Whether a text with Arabic in it takes the left-to-right direction: its first strong
    letter outside isolated values is Latin, or it has none (a line of values and punctuation
    only, "⁨Amina⁩ — ⁨حاضرة⁩"), where a right-to-left mark was needed (`labelled` puts one)."""
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return False
    depth = 0
    for character in text:
        if character == FIRST_STRONG_ISOLATE:
            depth += 1
        elif character == POP_DIRECTIONAL_ISOLATE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(character)
            if kind in ("R", "AL"):
                return False
            if kind == "L":
                return True
    return True


def cut_cells(table: QTableView) -> list[str]:
    """A table that scrolls sideways, and the widgets in its cells that are cut: taller than their
    row, narrower than their text, or past the table's edge."""
    name = table.objectName() or "a table"
    found = []
    if table.horizontalScrollBar().maximum() > 0:
        found.append(f"{name} scrolls sideways")
    model, viewport = table.model(), table.viewport()
    for row in range(model.rowCount() if model else 0):
        for column in range(model.columnCount()):
            widget = table.indexWidget(model.index(row, column))
            if widget is None or not widget.isVisible():
                continue
            what = (
                f"{name}, row {row + 1}, {type(widget).__name__} {getattr(widget, 'text', str)()!r}"
            )
            if widget.sizeHint().height() > table.rowHeight(row):
                found.append(f"{what} taller than its row")
            if isinstance(widget, QAbstractButton) and widget.width() < widget.sizeHint().width():
                found.append(f"{what} narrower than its text")
            if widget.x() < 0 or widget.x() + widget.width() > viewport.width():
                found.append(f"{what} past the table's edge")
    return found


def cut_headers(header: QHeaderView) -> list[str]:
    """The texts of a table's column headers that are wider than their column."""
    model = header.model()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    cut = []
    for section in range(header.count()):
        text = model.headerData(section, Qt.Orientation.Horizontal) if model else None
        if header.isSectionHidden(section) or not text:
            continue
        if header.fontMetrics().horizontalAdvance(str(text)) + margin > header.sectionSize(section):
            cut.append(str(text))
    return cut


def problems_of(name: str, window, qtbot) -> list[str]:
    try:
        dialog = DIALOGS[name][1](window)
    except Exception as error:  # noqa: BLE001 (told with the others, not one run per dialog)
        return [f"{name}: not built ({type(error).__name__}: {error})"]
    qtbot.addWidget(dialog)
    needs = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    found = []
    if needs.width() > SMALL_SCREEN.width() or needs.height() > SMALL_SCREEN.height():
        found.append(f"needs {needs.width()}×{needs.height()}")
    show_as_on_the_laptop(dialog)
    QApplication.processEvents()
    found += clipped(dialog)
    dialog.reject()
    dialog.deleteLater()
    return [f"{name}: {problem}" for problem in found]


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_fits_the_laptop_with_nothing_clipped(mode_window, qtbot, name):
    mode, window = mode_window
    language = QApplication.instance().property("coopactives_language") or "fr"
    assert (language, window.isRightToLeft()) == (MODES[mode][0], MODES[mode][0] == "ar")
    assert problems_of(name, window, qtbot) == [], mode


def test_a_clipped_button_and_a_dialog_too_tall_are_found(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    narrow = QPushButton("Enregistrer la fiche de la membre")
    narrow.setFixedWidth(40)
    layout.addWidget(narrow)
    dialog.show()
    QApplication.processEvents()
    assert any("Enregistrer la fiche" in problem for problem in clipped(dialog))
    narrow.setMinimumWidth(0)
    narrow.setMaximumWidth(10_000)
    narrow.setMinimumHeight(SMALL_SCREEN.height() + 50)
    DIALOGS["__probe"] = ("today", lambda window: dialog)
    try:
        assert any("needs" in problem for problem in problems_of("__probe", None, qtbot))
    finally:
        del DIALOGS["__probe"]


def test_a_narrow_list_and_two_tick_boxes_alike_are_found(qtbot):
    from PySide6.QtWidgets import QHBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    row = QHBoxLayout(dialog)
    choices = QComboBox()
    choices.addItems(["non indiqué", "absorbe de l'eau (%)"])
    choices.setFixedWidth(choices.sizeHint().width() - 10)
    row.addWidget(choices)
    for text in ("الأ", "الث", "الأ"):
        row.addWidget(QCheckBox(text))
    dialog.show()
    QApplication.processEvents()
    assert narrow_combos(dialog) == ['list "absorbe de l\'eau (%)" narrower than a choice']
    assert boxes_alike(dialog) == ["two tick boxes read 'الأ'"]
    choices.setFixedWidth(combo_needs(choices))
    assert narrow_combos(dialog) == []


def test_a_date_broken_over_two_lines_is_found(qtbot):
    written = "24\u200f/6\u200f/2022"  # as Arabic writes a date: a break may follow a "/"
    date = f"{FIRST_STRONG_ISOLATE}{written}{POP_DIRECTIONAL_ISOLATE}"
    label = QLabel(f"Accord donné le {date}.")
    label.setWordWrap(True)
    qtbot.addWidget(label)
    metrics = label.fontMetrics()
    label.setFixedWidth(metrics.horizontalAdvance(f"Accord donné le {written[:6]}"))
    label.show()
    QApplication.processEvents()
    assert broken_values(label) == [written]
    label.setFixedWidth(metrics.horizontalAdvance(label.text()) + 10)
    assert broken_values(label) == []


def test_an_arabic_line_of_values_only_reads_left_to_right():
    value = f"{FIRST_STRONG_ISOLATE}حاضرة{POP_DIRECTIONAL_ISOLATE}"
    name = f"{FIRST_STRONG_ISOLATE}Amina{POP_DIRECTIONAL_ISOLATE}"
    assert reads_left_to_right(f"{name} — {value}")
    assert reads_left_to_right(f"Amina — {value}")
    assert not reads_left_to_right(f"\u200f{name} — {value}")
    assert not reads_left_to_right(f"الاسم: {name}")
    assert not reads_left_to_right("Amina Lukusa")  # no Arabic: its own direction is right


def test_a_tick_box_that_repeats_its_label_is_found(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    form.addRow("En service", QCheckBox("En service"))
    form.addRow("Actif *", QCheckBox())
    assert labels_said_twice(dialog) == ["the row 'En service' says it twice"]


def test_a_long_text_shown_by_its_end_is_found(qtbot):
    edit = QLineEdit("Produit par Coopér'Actives Cuisine, Le Monde des Possibles asbl, Liège")
    qtbot.addWidget(edit)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(edit.text()) // 2)
    edit.show()
    QApplication.processEvents()
    edit.clearFocus()  # shown alone, it took the keyboard: a box typed in shows where one types
    assert shows_only_its_end(edit)
    edit.setCursorPosition(0)
    assert not shows_only_its_end(edit)
