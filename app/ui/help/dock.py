"""The dock of the "Comment faire ?" panel: the current tab's steps with its picture, and the
keyboard shortcuts. Built the first time the panel is shown (app/ui/help/panel.py holds the F1
action): a text browser and a dock are not made before the window's first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QTextBrowser

from app.ui.help.content import topics
from app.ui.rich_text import escape
from app.ui.style import size_by_font

t = QCoreApplication.translate  # the texts keep the panel's context ("HelpPanel")


class HelpDock(QDockWidget):
    def __init__(self, window, current_tab_name):
        super().__init__(t("HelpPanel", "Comment faire ?"), window)
        self.setObjectName("help_panel")
        self._window = window
        self._current_tab_name = current_tab_name
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setAccessibleName(t("HelpPanel", "Aide de l'onglet"))
        self.browser.setOpenExternalLinks(False)
        self.setWidget(self.browser)
        size_by_font(self, min_width=43)
        self.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)

    def show_current(self) -> None:
        self.browser.setHtml(self.page_html(self._current_tab_name()))

    def page_html(self, name: str) -> str:
        topic = topics().get(name)
        parts = []
        if topic is not None:
            parts.append(f"<h2>{escape(topic.title)}</h2>")
            if topic.picture.exists():
                parts.append(f'<p><img src="{topic.picture.as_uri()}" width="280"></p>')
            steps = "".join(f"<li>{escape(step)}</li>" for step in topic.steps)
            parts.append(f"<ol>{steps}</ol>")
        keys_title = escape(t("HelpPanel", "Raccourcis clavier"))
        parts.append(f"<h3>{keys_title}</h3>")
        tab_keys = topic.keys if topic is not None else ()
        rows = "".join(
            f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
            for keys, what in (*tab_keys, *self.shortcuts())
        )
        parts.append(f"<table cellpadding='2'>{rows}</table>")
        return "".join(parts)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what) for every window action with a shortcut, then the fixed keys."""
        found = [
            (t("HelpPanel", "Alt+1 … Alt+8"), t("HelpPanel", "Aller à un onglet")),
            (
                t("HelpPanel", "Tab / Maj+Tab"),
                t("HelpPanel", "Passer au champ suivant / précédent"),
            ),
        ]
        seen = set()
        for action in self._window.findChildren(QAction):
            keys = " / ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            text = action.text().replace("&", "").rstrip("…").strip()
            if keys and text and (keys, text) not in seen:
                seen.add((keys, text))
                found.append((keys, text))
        return found
