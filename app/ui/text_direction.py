"""Text boxes of several lines that follow the interface's direction (Arabic: right to left).

Qt lays a text box's paragraphs out by their first strong character, left to right when there is
none, and flush left whatever their direction: in the Arabic interface an empty box had its cursor
at the left edge, and a line that starts with a quantity or a product name ("10 kg طحين") read left
to right. While the interface reads right to left, every such box (QPlainTextEdit, an editable
QTextEdit) is given a direction and the side it is aligned to when it is polished (just before it
is first shown) and each time its text changes: the interface's direction, unless every letter of
its text is of the other direction (a note written in French only reads left to right, flush left).
A QPlainTextEdit has one text option for all its paragraphs (Qt's QPlainTextDocumentLayout), so
the direction is the box's, not each paragraph's. In a left-to-right interface nothing is changed:
Qt's own rule is already the interface's there. Printing has its own bidi (app/printing) and does
not read these widgets' layout.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

_RIGHT_TO_LEFT_LETTERS = frozenset({"R", "AL"})  # Unicode bidi classes: Hebrew, Arabic …
_LEFT_TO_RIGHT_LETTERS = frozenset({"L"})


def reads_right_to_left(text: str, interface_right_to_left: bool) -> bool:
    """Whether a box holding `text` reads right to left: in the interface's direction when the
    text holds a letter of that direction or no letter at all (empty, figures only), in the
    other direction when all its letters are of the other."""
    from unicodedata import bidirectional  # not at start: asked in a right-to-left interface only

    own = _RIGHT_TO_LEFT_LETTERS if interface_right_to_left else _LEFT_TO_RIGHT_LETTERS
    other = _LEFT_TO_RIGHT_LETTERS if interface_right_to_left else _RIGHT_TO_LEFT_LETTERS
    seen_other = False
    for char in text:
        kind = bidirectional(char)
        if kind in own:
            return interface_right_to_left
        seen_other = seen_other or kind in other
    return interface_right_to_left != seen_other


def _is_text_box(widget: QObject) -> bool:
    from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QTextEdit

    # A help page (QTextBrowser) is HTML, which says its own direction.
    return isinstance(widget, (QPlainTextEdit, QTextEdit)) and not isinstance(widget, QTextBrowser)


def set_text_direction(box: QWidget, direction: Qt.LayoutDirection) -> None:
    """Lay `box`'s text out in `direction`, aligned to the side it starts from (LayoutDirectionAuto
    with left alignment: Qt's own default). Changing the text option neither edits the text nor
    tells the box's `textChanged`."""
    document = box.document()
    option = document.defaultTextOption()
    if direction == Qt.LayoutDirection.RightToLeft:
        side = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    elif direction == Qt.LayoutDirection.LeftToRight:
        side = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    else:
        side = Qt.AlignmentFlag.AlignLeft
    if option.textDirection() == direction and option.alignment() == side:
        return
    option.setTextDirection(direction)
    option.setAlignment(side)
    document.setDefaultTextOption(option)  # the wrap mode and tab stops are kept


class _FollowsInterface(QObject):
    """Sets its box's direction from its text now and each time the text changes."""

    NAME = "text_follows_interface"

    def __init__(self, box: QWidget):
        super().__init__(box)
        self.setObjectName(self.NAME)
        self._box = box
        box.textChanged.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        box = self._box
        right_to_left = reads_right_to_left(box.toPlainText(), box.isRightToLeft())
        set_text_direction(
            box,
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight,
        )


def _followers(box: QWidget) -> list[QObject]:
    only_direct = Qt.FindChildOption.FindDirectChildrenOnly
    return box.findChildren(QObject, _FollowsInterface.NAME, only_direct)


def follow(box: QWidget) -> None:
    """`box` follows the interface's direction from now on (once, however often it is asked)."""
    if not _followers(box):
        _FollowsInterface(box)


def unfollow(box: QWidget) -> None:
    """`box` back to Qt's own rule (a switch to a left-to-right language)."""
    for follower in _followers(box):
        box.textChanged.disconnect(follower.follow)
        follower.setParent(None)
        follower.deleteLater()
    set_text_direction(box, Qt.LayoutDirection.LayoutDirectionAuto)


class _NewTextBoxes(QObject):
    """While the interface reads right to left, makes every text box follow it when the box is
    first polished. Every event of the application passes through it: installed in a
    right-to-left interface only (as the large mode's `_NewWindows`)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Polish and _is_text_box(watched):
            follow(watched)
        return False


_new_text_boxes: _NewTextBoxes | None = None  # installed on the application while right to left


def follow_interface(application: QApplication, right_to_left: bool) -> None:
    """Make the text boxes follow the interface (every box there is and every box to come) when
    it reads `right_to_left`; else give those that followed it back to Qt's own rule."""
    global _new_text_boxes
    if right_to_left == (_new_text_boxes is not None):
        return
    if right_to_left:
        _new_text_boxes = _NewTextBoxes(application)
        application.installEventFilter(_new_text_boxes)
    else:
        application.removeEventFilter(_new_text_boxes)
        _new_text_boxes.deleteLater()
        _new_text_boxes = None
    for widget in application.allWidgets():
        if _is_text_box(widget):
            if right_to_left:
                follow(widget)
            else:
                unfollow(widget)
