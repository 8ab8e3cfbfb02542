"""The pseudo-locale: every translation replaced by a marked form ("⟦Matinées faites⟧"), and the
walk that lists each visible text of a widget tree that does not carry the mark.

A text that went through a translation carries the mark (also when data was inserted into it); a
text without it was never translated. Texts with no letter (numbers, dates as figures, amounts)
are data; so are key names as Qt writes them (Ctrl, Shift, F1, Z), and day and month names in the
pseudo format locale (German: a French "mercredi" shows a date formatted in a fixed locale); other
data widgets (names, products, places) are named in the test's allow-list, and only what they
show of the data is let through (`is_data`): a combo item that carries its key, not a placeholder.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app import i18n
from app.ui.language import _keep_none_alive

OPEN, CLOSE = "⟦", "⟧"
DATA_ITEM = "combo data item"
# What a data widget shows of the data; the rest of it (tooltip, placeholder, headers, items
# without a key) is checked like any other widget's.
DATA_PARTS = frozenset({"label", "button", "group box", DATA_ITEM})
# Qt's own file dialog: its folder and file type lists show paths and filters (not ours).
QT_FILE_DIALOG_PARTS = frozenset({"lookInCombo", "fileTypeCombo"})
FORMAT_LOCALE = "de_DE"  # dates and numbers in pseudo mode: a locale no interface language uses
_LETTER = re.compile(r"[^\W\d_]")
_KEY_NAMES = re.compile(r"\b(?:Ctrl|Shift|Alt|Tab|F\d{1,2}|[A-Z0-9])\b")


def _date_words() -> re.Pattern:
    from babel.dates import get_day_names, get_month_names

    words = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            words |= set(get_day_names(width, context, FORMAT_LOCALE).values())
            words |= set(get_month_names(width, context, FORMAT_LOCALE).values())
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


_DATE_WORDS = _date_words()


def mark(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


class PseudoTranslator(QTranslator):
    """Answers every translation request with the marked French source."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        if disambiguation is None:
            _keep_none_alive()  # see SourceTextTranslator: PySide6 hands None over unreferenced
        return mark(source_text) if source_text else source_text

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def install(application) -> tuple[PseudoTranslator, object]:
    """Install the pseudo translator for Qt and `app.i18n.tr`; returns what `uninstall` needs."""
    translator = PseudoTranslator(application)
    application.installTranslator(translator)
    previous = i18n._translate, i18n._translate_n, i18n.format_locale()
    i18n.install_translator(QCoreApplication.translate, QCoreApplication.translate)
    i18n.set_format_locale(FORMAT_LOCALE)
    return translator, previous


def uninstall(application, installed) -> None:
    translator, (translate, translate_n, format_locale) = installed
    application.removeTranslator(translator)
    i18n.install_translator(translate, translate_n)
    i18n.set_format_locale(format_locale)


def unmarked(text: str) -> bool:
    """True when `text` has a letter outside every ⟦…⟧ (the mark may be nested)."""
    outside, depth = [], 0
    for character in text:
        if character == OPEN:
            depth += 1
        elif character == CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            outside.append(character)
    outside_text = _DATE_WORDS.sub("", _KEY_NAMES.sub("", "".join(outside).replace("&", "")))
    return bool(_LETTER.search(outside_text))


def _header_texts(view: QAbstractItemView) -> list[str]:
    """The column headers of a table or tree, when shown."""
    header = (
        view.horizontalHeader() if isinstance(view, QTableView) else getattr(view, "header", None)
    )
    header = header() if callable(header) else header
    model = view.model()
    if model is None or header is None or header.isHidden():
        return []
    texts = []
    for column in range(model.columnCount()):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        texts.append(str(value) if value is not None else "")
    return texts


def visible_texts(root: QWidget) -> list[tuple[QWidget, str, str]]:
    """(widget, what, text) for each text a person can see on `root` and its visible children:
    labels, buttons, group boxes, headers, combo items, tooltips, titles, placeholders, tabs."""
    found: list[tuple[QWidget, str, str]] = []
    widgets = [root] + [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    for widget in widgets:

        def add(what: str, text: str | None, widget=widget) -> None:
            if text:
                found.append((widget, what, text))

        add("tooltip", widget.toolTip())
        if widget.isWindow():
            add("window title", widget.windowTitle())
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.PlainText:
            add("label", widget.text())
        elif isinstance(widget, QLabel):  # rich or auto: the tags are not seen
            add("label", re.sub(r"<[^>]+>", "", widget.text()))
        if isinstance(widget, QAbstractButton):
            add("button", widget.text())
        if isinstance(widget, QGroupBox):
            add("group box", widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add("placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                # An item filled from the database carries its key (a person's id, a cohort's):
                # a data item; a placeholder ("— choisir —", "(aucune)") carries none.
                kept = widget.itemData(index) is not None
                add(DATA_ITEM if kept else "combo item", widget.itemText(index))
        if isinstance(widget, QAbstractItemView):
            for text in _header_texts(widget):
                add("header", text)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add("tab", widget.tabText(index))
                add("tab tooltip", widget.tabToolTip(index))
        if isinstance(widget, QMenu):
            add("menu", widget.title())
        for action in widget.actions():
            add("action", action.text())
            add("action tooltip", action.toolTip() if action.toolTip() != action.text() else "")
    return found


def describe(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 3:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(names)


def is_data(widget: QWidget, what: str, data_widgets: re.Pattern) -> bool:
    """Whether a text of `widget` shows data: only in a widget named in `data_widgets`, and there
    only what it shows of the data (a label's or a button's text, a combo item that carries its
    key, Qt's own file dialog's paths), never its tooltip, placeholder, headers or the combo items
    without a key (a placeholder such as "— choisir —" must be translated)."""
    if not data_widgets.fullmatch(widget.objectName()):
        return False
    if widget.objectName() in QT_FILE_DIALOG_PARTS:
        return True
    return what in DATA_PARTS


def problems(
    root: QWidget, where: str, data_widgets: re.Pattern, data_texts: set[str]
) -> list[str]:
    """Each visible text of `root` without the mark, unless it is one of `data_texts` or data
    shown by a widget named in `data_widgets` (`is_data`)."""
    return [
        f"{where}: {what} {text!r} ({describe(widget)})"
        for widget, what, text in visible_texts(root)
        if unmarked(text) and text not in data_texts and not is_data(widget, what, data_widgets)
    ]
