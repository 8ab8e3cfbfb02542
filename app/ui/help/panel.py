"""The "Comment faire ?" panel: a dock beside the tabs showing the current tab's steps with its
picture, and the keyboard shortcuts. F1 and the Help menu show or hide it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QTextBrowser

from app.ui.help.content import topics
from app.ui.rich_text import escape
from app.ui.style import size_by_font

TABS_USING_F1 = ("sales",)  # the tally's product keys F1 … F9


class HelpPanel(QDockWidget):
    def __init__(self, window):
        super().__init__(QCoreApplication.translate("HelpPanel", "Comment faire ?"), window)
        self.setObjectName("help_panel")
        self._window = window
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setAccessibleName(self.tr("Aide de l'onglet"))
        self.browser.setOpenExternalLinks(False)
        self.setWidget(self.browser)
        size_by_font(self, min_width=43)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()
        self.toggle_action = QAction(self.tr("Comment faire ?"), window)
        self.toggle_action.setObjectName("help_toggle")
        self._set_keys()
        self.toggle_action.setCheckable(True)
        self.toggle_action.toggled.connect(self.setVisible)
        self.visibilityChanged.connect(self._visibility_changed)
        window.addAction(self.toggle_action)
        window.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, _index: int) -> None:
        """The keys follow the tab; the page is written only if the panel is shown (else when
        it is next shown, `_visibility_changed`)."""
        self._set_keys()
        if self.isVisible():
            self.show_current()

    def _set_keys(self) -> None:
        # On the Sales tab F1, F2 ... count products: help is Ctrl+F1 there (and everywhere).
        keys = [QKeySequence("Ctrl+F1")]
        if self.current_tab_name() not in TABS_USING_F1:
            keys.insert(0, QKeySequence(Qt.Key.Key_F1))
        self.toggle_action.setShortcuts(keys)

    def _visibility_changed(self, visible: bool) -> None:
        self.toggle_action.setChecked(visible)
        if visible:
            self.show_current()

    def current_tab_name(self) -> str:
        holder = self._window.tabs.currentWidget()
        return holder.objectName().removesuffix("_holder") if holder else ""

    def show_current(self) -> None:
        self.browser.setHtml(self.page_html(self.current_tab_name()))

    def page_html(self, name: str) -> str:
        topic = topics().get(name)
        parts = []
        if topic is not None:
            parts.append(f"<h2>{escape(topic.title)}</h2>")
            if topic.picture.exists():
                parts.append(f'<p><img src="{topic.picture.as_uri()}" width="280"></p>')
            steps = "".join(f"<li>{escape(step)}</li>" for step in topic.steps)
            parts.append(f"<ol>{steps}</ol>")
        parts.append(f"<h3>{escape(self.tr('Raccourcis clavier'))}</h3>")
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
            (self.tr("Alt+1 … Alt+8"), self.tr("Aller à un onglet")),
            (self.tr("Tab / Maj+Tab"), self.tr("Passer au champ suivant / précédent")),
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


def install(window) -> HelpPanel:
    """Add the panel and its Help menu entry (F1) to the main window."""
    panel = HelpPanel(window)
    window.help_menu.insertAction(
        window.help_menu.actions()[0] if window.help_menu.actions() else None, panel.toggle_action
    )
    return panel
