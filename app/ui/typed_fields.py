"""What is typed or picked in a page's fields, taken from one window and put back in another.

A language switch replaces the main window by a new one (app/ui/view_menu.py): without this,
everything typed and not saved (a search, a movement's amount, the scanner box, a comment, a
filter ticked, the inner tab shown) would be dropped. `take(page)` reads every editable field of a
page and of its inner pages (line edits, text edits, spin and date boxes, combo boxes, check boxes,
radio buttons) and the current page of each inner `QTabWidget`, keyed by the fields' object names;
`put_back(page, kept)` finds the same fields in the new window's page and gives them the same
values, showing the inner tabs that were shown; the fields of an inner page not shown get theirs
when it is first shown (a lazy page is built only when she opens it, as before the switch).

A field is found by its key: the object names of its named ancestors up to the page, a tab
widget's page by its index (`menus_pages#1/ingredients_page/ingredients_search`), an unnamed field
by its kind and rank among its unnamed siblings of that kind. A new page therefore gets this
without code of its own; name its fields (`setObjectName`), as the tests and the accessibility
already ask. Password fields (a PIN) are never kept. What is not in a field (a table's typed cells,
a member's private answers) is handed over by the page itself (`TabPage.typed_and_kept`).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

FIELD_KINDS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QCheckBox,
    QRadioButton,
    QTabWidget,
    QAbstractItemView,
)

Kept = dict[str, object]  # a field's key -> its value, in the page's order

# By page: the values still waiting for their inner tab page to be shown (a second switch before
# she opens it hands them on).
_WAITING: weakref.WeakKeyDictionary[QWidget, Kept] = weakref.WeakKeyDictionary()


def editable_fields(page: QWidget, skip: Iterable[QWidget] = ()) -> dict[str, QWidget]:
    """Every field a person can type in or pick from under `page` (not under `skip`), by key."""
    skipped = tuple(skip)
    window = page.window()
    fields: dict[str, QWidget] = {}
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, FIELD_KINDS) or not _editable(widget):
            continue
        if widget.window() is not window:  # a dialog or a combo box's list, not the page's
            continue
        if any(widget is s or s.isAncestorOf(widget) for s in skipped):
            continue
        fields[_key(page, widget)] = widget
    return fields


def take(page: QWidget, skip: Iterable[QWidget] = ()) -> Kept:
    """The value of each of `page`'s editable fields (see `editable_fields`), and those still
    waiting to be put back on an inner page not shown since a switch."""
    fields = {key: value_of(field) for key, field in editable_fields(page, skip).items()}
    return fields | _WAITING.get(page, {})


def put_back(page: QWidget, kept: Kept, skip: Iterable[QWidget] = ()) -> list[str]:
    """Give `page`'s fields the values `take` read from another page of the same kind: the fields
    on the pages shown, in order (an inner tab widget before its pages' fields; a choice may
    fill or replace the fields after it: they are looked for again after each value put back),
    then the rows picked (the searches and filters chose the rows). The fields of an inner
    tab page not shown get theirs when it is first shown: a lazy page is not built for them.
    Returns the keys not found."""
    skip = tuple(skip)
    fields = editable_fields(page, skip)
    waiting: dict[tuple[str, int], Kept] = {}
    missing, last, changed = [], [], False
    for key, value in kept.items():
        if changed:
            fields, changed = editable_fields(page, skip), False
        field = fields.get(key)
        on = _waiting_on(key, fields)
        if on is not None:
            waiting.setdefault(on, {})[key] = value
        elif field is None:
            missing.append(key)
        elif isinstance(field, QAbstractItemView):
            last.append(key)
        elif value_of(field) != value:  # a tab widget before its pages' fields (Qt's order)
            set_value(field, value)
            changed = True
    fields = editable_fields(page, skip)
    for key in last:
        if key in fields:
            set_value(fields[key], kept[key])
    for (tabs_key, index), later in waiting.items():
        tabs = fields.get(tabs_key)
        if isinstance(tabs, QTabWidget):
            _when_shown(page, tabs, index, later, skip)
    return missing


def _waiting_on(key: str, fields: dict[str, QWidget]) -> tuple[str, int] | None:
    """The first inner tab page on `key`'s path that is not the one shown (its tab widget's key
    and its index), or None when the field is on pages shown."""
    parts = key.split("/")
    for depth, part in enumerate(parts[:-1]):
        if "#" in part:
            name, index = part.rsplit("#", 1)
            tabs_key = "/".join([*parts[:depth], name])
            tabs = fields.get(tabs_key)
            if isinstance(tabs, QTabWidget) and tabs.currentIndex() != int(index):
                return tabs_key, int(index)
    return None


def _when_shown(page: QWidget, tabs: QTabWidget, index: int, kept: Kept, skip) -> None:
    """Put `kept` back when the page `index` of `tabs` is first shown (built then if lazy)."""
    _WAITING.setdefault(page, {}).update(kept)

    def shown(current: int) -> None:
        if current == index:
            tabs.currentChanged.disconnect(shown)
            waiting = _WAITING.get(page, {})
            for key in kept:
                waiting.pop(key, None)
            put_back(page, kept, skip)

    tabs.currentChanged.connect(shown)


def focused_key(page: QWidget) -> str | None:
    """The key of the field of `page` that has the keyboard focus, if one has."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit) and isinstance(
        focused.parentWidget(), (QComboBox, QAbstractSpinBox)
    ):
        focused = focused.parentWidget()  # the box's own line: the box is the field
    return next((key for key, field in editable_fields(page).items() if field is focused), None)


def give_focus(page: QWidget, key: str) -> None:
    """The keyboard focus to `page`'s field `key`, if it is on a page shown."""
    field = editable_fields(page).get(key)
    if field is not None:
        field.setFocus()


def value_of(field: QWidget) -> object:
    if isinstance(field, QTabWidget):
        return field.currentIndex()
    if isinstance(field, QAbstractItemView):
        current = field.currentIndex()
        return (current.row(), current.column()) if current.isValid() else None
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return field.toPlainText()
    if isinstance(field, QDateTimeEdit):
        return field.dateTime()
    if isinstance(field, (QSpinBox, QDoubleSpinBox)):
        return field.value()
    if isinstance(field, QAbstractSpinBox):
        return field.text()
    if isinstance(field, QComboBox):
        if field.isEditable():
            return ("text", field.currentText())
        data = field.currentData()
        return ("data", data) if data is not None else ("index", field.currentIndex())
    return field.isChecked()  # QAbstractButton


def set_value(field: QWidget, value: object) -> None:
    if isinstance(field, QTabWidget):
        field.setCurrentIndex(int(value))
    elif isinstance(field, QAbstractItemView):
        model = field.model()
        if value is not None and model is not None:
            index = model.index(*value)
            if index.isValid() and index != field.currentIndex():
                field.setCurrentIndex(index)
    elif isinstance(field, QLineEdit):
        if field.text() != value:
            field.setText(str(value))
    elif isinstance(field, (QPlainTextEdit, QTextEdit)):
        if field.toPlainText() != value:
            field.setPlainText(str(value))
    elif isinstance(field, QDateTimeEdit):
        field.setDateTime(value)
    elif isinstance(field, (QSpinBox, QDoubleSpinBox)):
        field.setValue(value)
    elif isinstance(field, QAbstractSpinBox):
        field.lineEdit().setText(str(value))
    elif isinstance(field, QComboBox):
        _pick(field, value)
    elif isinstance(field, QAbstractButton):
        field.setChecked(bool(value))


def _pick(combo: QComboBox, value) -> None:
    how, what = value
    if how == "text":
        combo.setCurrentText(what)
        return
    index = combo.findData(what) if how == "data" else int(what)
    if 0 <= index < combo.count() and index != combo.currentIndex():
        combo.setCurrentIndex(index)


def _editable(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractItemView):  # a list or table whose row one picks
        return (
            not isinstance(widget, QHeaderView)
            and widget.selectionMode() != QAbstractItemView.SelectionMode.NoSelection
            and widget.model() is not None
        )
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            return False  # a PIN or a password is never kept
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            return False  # the box's own line: the box is the field
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        return not widget.isReadOnly()
    return True


def _key(page: QWidget, widget: QWidget) -> str:
    """The field's object name, under its named ancestors' up to `page` (`page` not included)."""
    parts = [widget.objectName() or _rank(widget)]
    child, parent = widget, widget.parentWidget()
    while parent is not None and parent is not page:
        tabs = _tab_widget_of(child)
        if tabs is not None and tabs is not page:
            parts.append(f"{tabs.objectName() or _rank(tabs)}#{tabs.indexOf(child)}")
            child, parent = tabs, tabs.parentWidget()
            continue
        if parent.objectName():
            parts.append(parent.objectName())
        child, parent = parent, parent.parentWidget()
    return "/".join(reversed(parts))


def _tab_widget_of(page: QWidget) -> QTabWidget | None:
    """The QTabWidget whose page `page` is (its parent is the tab widget's own stack), or None."""
    stack = page.parentWidget()
    tabs = stack.parentWidget() if stack is not None else None
    if isinstance(tabs, QTabWidget) and tabs.indexOf(page) >= 0:
        return tabs
    return None


def _rank(widget: QWidget) -> str:
    """An unnamed widget: its kind and rank among its parent's unnamed children of that kind."""
    kind = type(widget).__name__
    parent = widget.parentWidget()
    if parent is None:
        return kind
    same = [
        c
        for c in parent.findChildren(type(widget))
        if c.parentWidget() is parent and not c.objectName()
    ]
    return f"{kind}{same.index(widget) if widget in same else 0}"
