"""The interface language: load its translation, lay Arabic out right to left (its text boxes too:
`text_direction`), fall back to French.

French is the source language: choosing it removes every translator but the one that resolves
its plurals ("%n jour(s)" → "2 jours") and Qt's own French. A missing or damaged
translation file falls back to French with a note in the log, never a blank interface.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app import i18n
from app.resources import RESOURCES_DIR
from app.ui import text_direction

LOG = logging.getLogger(__name__)
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
# Each language named in its own script.
LANGUAGES: dict[str, str] = i18n.LANGUAGE_NAMES
RIGHT_TO_LEFT = {"ar"}
# The locale for numbers, dates and amounts in each interface language (one table: app.i18n).
FORMAT_LOCALES = i18n.FORMAT_LOCALES


class SourceTextTranslator(QTranslator):
    """A second chance for strings whose context differs at run time (e.g. `tr` called on a
    subclass): looks the French source up whatever its context, from the language's .ts file."""

    def __init__(self, ts_file: Path, parent=None):
        super().__init__(parent)
        import xml.etree.ElementTree as ET  # another language than French only

        self._by_source: dict[str, str] = {}
        for message in ET.parse(ts_file).getroot().iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or message.get("numerus")
            ):
                continue
            source = message.findtext("source") or ""
            if translation.text:
                self._by_source.setdefault(source, translation.text)

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        if disambiguation is None:
            # PySide6 (6.x, Python < 3.12) hands a null disambiguation over as None without taking
            # a reference: each call would lower None's count until the interpreter aborts.
            _keep_none_alive()
        # This translator is asked last: when it does not know the text, the French source is the
        # answer (an empty str would blank the widget; returning None corrupts PySide's refcounts).
        return self._by_source.get(source_text, source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._by_source


class FrenchPlurals(QTranslator):
    """The French interface's plurals: French is the source language and has no catalogue, so a
    text about `n` things ("%n jour(s)") gets its "(s)" resolved here ("1 jour", "2 jours")."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        if disambiguation is None:
            _keep_none_alive()  # see SourceTextTranslator.translate
        return source_text if n < 0 else i18n.french_plural(source_text, n)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def _keep_none_alive() -> None:
    if sys.version_info < (3, 12):  # None is immortal from Python 3.12 on
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


_installed: list[QTranslator] = []


def _install_qt_base(application: QApplication, code: str) -> None:
    """Qt's own texts (Yes/No, file dialogs, text menus) in `code`, French included: Qt's source
    language is English, so French needs its qtbase translation like the others."""
    from PySide6.QtCore import QLibraryInfo

    qt_base = QTranslator(application)
    if qt_base.load(
        QLocale(code),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        application.installTranslator(qt_base)
        _installed.append(qt_base)
    else:
        LOG.warning("Qt's own translation for %s missing: its buttons stay in English", code)


def apply_language(application: QApplication, code: str) -> str:
    """Install the translators for `code`; returns the language actually in force."""
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    if code not in LANGUAGES:
        LOG.warning("unknown language %r in the settings: using French", code)
        code = "fr"
    if code != "fr":
        from xml.etree.ElementTree import ParseError

        qm_file = TRANSLATIONS_DIR / f"coopactives_{code}.qm"
        ts_file = TRANSLATIONS_DIR / f"coopactives_{code}.ts"
        primary = QTranslator(application)
        try:
            loaded = primary.load(str(qm_file)) and not primary.isEmpty()
            fallback = SourceTextTranslator(ts_file, application) if loaded else None
        except (OSError, ParseError) as error:
            LOG.warning("translation %s unreadable (%s): using French", code, error)
            loaded = False
        if not loaded:
            LOG.warning("translation file %s missing or damaged: using French", qm_file.name)
            code = "fr"
        else:
            for translator in (fallback, primary):  # the last installed is asked first
                application.installTranslator(translator)
                _installed.append(translator)
    if code == "fr":
        plurals = FrenchPlurals(application)
        application.installTranslator(plurals)
        _installed.append(plurals)
    _install_qt_base(application, code)
    application.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    text_direction.follow_interface(application, code in RIGHT_TO_LEFT)
    i18n.set_format_locale(FORMAT_LOCALES[code])
    i18n.set_right_to_left(code in RIGHT_TO_LEFT)
    QCoreApplication.instance().setProperty("coopactives_language", code)
    return code
