"""The "Comment faire ?" panel: a dock beside the tabs showing the current tab's steps with its
picture, and the keyboard shortcuts. F1 and the Help menu show or hide it.

`HelpPanel` holds the F1 action and follows the tabs; the dock itself (app/ui/help/dock.py, a
text browser) is built the first time the panel is shown, not before the window's first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

TABS_USING_F1 = ("sales",)  # the tally's product keys F1 … F9


class HelpPanel(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.dock = None  # the HelpDock, once first shown
        self.toggle_action = QAction(self.tr("Comment faire ?"), window)
        self.toggle_action.setObjectName("help_toggle")
        self._set_keys()
        self.toggle_action.setCheckable(True)
        self.toggle_action.toggled.connect(self.setVisible)
        window.addAction(self.toggle_action)
        window.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, _index: int) -> None:
        """The keys follow the tab; the page is written only if the panel is shown (else when
        it is next shown, `_visibility_changed`)."""
        self._set_keys()
        if self.isVisible():
            self.show_current()

    @property
    def browser(self):
        """The dock's text browser (the dock is built if it was not yet)."""
        return self._built_dock().browser

    def _built_dock(self):
        if self.dock is None:
            from app.ui.help.dock import HelpDock

            self.dock = HelpDock(self._window, self.current_tab_name)
            self.dock.visibilityChanged.connect(self._visibility_changed)
        return self.dock

    def isVisible(self) -> bool:  # noqa: N802 (as a widget's)
        return self.dock is not None and self.dock.isVisible()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (as a widget's)
        if visible:
            self._built_dock().show()
        elif self.dock is not None:
            self.dock.hide()

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
        """The current tab's help in the dock (nothing to do before the dock is first shown)."""
        if self.dock is not None:
            self.dock.show_current()


def install(window) -> HelpPanel:
    """Add the panel's Help menu entry (F1) to the main window; the dock comes when first shown."""
    panel = HelpPanel(window)
    window.help_menu.insertAction(
        window.help_menu.actions()[0] if window.help_menu.actions() else None, panel.toggle_action
    )
    return panel
