"""Text boxes of several lines follow the interface's direction (app/ui/text_direction.py): in
Arabic an empty box's cursor stands at the right edge and a line that starts with a quantity
("10 kg طحين") reads right to left; in French nothing changes; a language switch carries over to
the boxes already open."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QVBoxLayout

from app.ui.language import apply_language
from app.ui.text_direction import reads_right_to_left, set_text_direction, unfollow
from tests.ui.text_boxes import boxes_against_the_interface, starts_on_the_right

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


@pytest.fixture
def arabic(qapp):
    apply_language(qapp, "ar")
    yield
    apply_language(qapp, "fr")


def dialog_with_a_box(qtbot, text: str = "") -> tuple[QDialog, QPlainTextEdit]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = QPlainTextEdit(text)
    box.setObjectName("notes")
    QVBoxLayout(dialog).addWidget(box)
    dialog.resize(400, 200)
    dialog.show()
    QApplication.processEvents()
    return dialog, box


def first_line_side(box: QPlainTextEdit) -> str:
    """Which edge of the box the first line's text touches."""
    line = box.document().firstBlock().layout().lineAt(0)
    text = line.naturalTextRect()
    return "right" if text.right() > line.width() - 2 else "left" if text.left() < 6 else "middle"


@pytest.mark.parametrize(
    ("text", "interface_right_to_left", "expected"),
    [
        ("", True, True),
        ("10 20", True, True),  # figures only: the interface's
        ("10 kg طحين", True, True),  # an Arabic line that starts with a quantity
        ("Nutella ثم", True, True),
        ("Farine bio, 10 kg.", True, False),  # French only
        ("", False, False),
        ("10 kg farine", False, False),
        ("طحين", False, True),  # Arabic only, in the French interface
        ("طحين 10 kg", False, False),
    ],
)
def test_a_box_reads_in_the_interface_direction_unless_all_its_letters_are_of_the_other(
    text, interface_right_to_left, expected
):
    assert reads_right_to_left(text, interface_right_to_left) is expected


neutral = st.text(alphabet="0123456789 .,;:-+()/%€\n\t", max_size=20)


@given(neutral, st.sampled_from(["طحين", "ماء", "خبز"]), st.sampled_from(["kg", "Farine", "bio"]))
def test_neutral_characters_never_turn_a_box(padding, arabic_word, latin_word):
    for interface in (True, False):
        assert reads_right_to_left(padding, interface) is interface
        assert reads_right_to_left(padding + arabic_word + padding, interface) is True
        assert reads_right_to_left(padding + latin_word + padding, interface) is False
        mixed = padding + latin_word + padding + arabic_word
        assert reads_right_to_left(mixed, interface) is interface


def test_an_empty_box_has_its_cursor_at_the_right_edge_in_arabic(qtbot, arabic):
    dialog, box = dialog_with_a_box(qtbot)
    box.setFocus()
    assert box.cursorRect().right() >= box.viewport().width() - 8
    assert boxes_against_the_interface(dialog) == []


def test_an_empty_box_keeps_its_cursor_at_the_left_in_french(qtbot, qapp):
    apply_language(qapp, "fr")
    dialog, box = dialog_with_a_box(qtbot)
    assert box.cursorRect().left() <= 8
    assert boxes_against_the_interface(dialog) == []


def test_a_line_starting_with_a_quantity_reads_right_to_left_in_arabic(qtbot, arabic):
    dialog, box = dialog_with_a_box(qtbot)
    qtbot.keyClicks(box, "10 kg ")  # QTest types no Arabic letters: they come as a keyboard's
    assert box.document().firstBlock().textDirection() == LTR  # Latin only so far
    box.insertPlainText("طحين")  # input method commits them
    assert box.toPlainText() == "10 kg طحين"
    block = box.document().firstBlock()
    assert block.textDirection() == RTL
    assert block.layout().textOption().textDirection() == RTL
    assert first_line_side(box) == "right"
    box.setPlainText("Farine bio.")  # French only: left to right, flush left
    assert box.document().firstBlock().textDirection() == LTR
    assert first_line_side(box) == "left"


def test_a_line_starting_with_a_quantity_reads_left_to_right_in_french(qtbot, qapp):
    apply_language(qapp, "fr")
    dialog, box = dialog_with_a_box(qtbot)
    qtbot.keyClicks(box, "10 kg farine")
    assert box.document().firstBlock().textDirection() == LTR
    assert first_line_side(box) == "left"


def test_the_direction_is_no_edit_of_the_text(qtbot, arabic):
    dialog, box = dialog_with_a_box(qtbot, "طحين")
    box.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
    changes = []
    box.textChanged.connect(lambda: changes.append(box.toPlainText()))
    assert box.document().defaultTextOption().textDirection() == RTL
    set_text_direction(box, LTR)
    set_text_direction(box, RTL)
    assert changes == [] and box.toPlainText() == "طحين"
    assert not box.document().isModified() and not box.document().isUndoAvailable()
    assert box.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere  # the option's other parts kept
    box.insertPlainText("Farine ")  # an edit: told once, and the box stays right to left
    assert changes == ["Farine طحين"] and box.document().isUndoAvailable()
    assert box.document().defaultTextOption().textDirection() == RTL


def test_a_language_switch_turns_the_boxes_already_open(qtbot, qapp):
    apply_language(qapp, "fr")
    dialog, box = dialog_with_a_box(qtbot)
    try:
        apply_language(qapp, "ar")
        assert starts_on_the_right(box)
        apply_language(qapp, "fr")
        assert not starts_on_the_right(box)
        option = box.document().defaultTextOption()  # Qt's own rule again
        assert (option.textDirection(), option.alignment()) == (
            Qt.LayoutDirection.LayoutDirectionAuto,
            Qt.AlignmentFlag.AlignLeft,
        )
        apply_language(qapp, "ar")
        assert starts_on_the_right(box)
    finally:
        apply_language(qapp, "fr")


def test_a_box_left_to_qt_is_found_in_arabic(qtbot, arabic):
    dialog, box = dialog_with_a_box(qtbot)
    unfollow(box)
    assert boxes_against_the_interface(dialog) == [
        "text box 'notes' ('') does not start on the right"
    ]
