"""The Evaluations tab, behind the coordinator's PIN: observation grids, self and peers (with
private entry by the members) and individual reports (tastings: the Menus tab).

It locks again after 5 minutes without a key press or click, when the coordinator leaves the tab,
or with "Verrouiller" (Ctrl+L). While locked, no evaluation data is read from the database.
A member's half-filled private entry is kept as a draft in memory and comes back after the PIN.

The four pages (and their modules) are built when first shown after the PIN, not while locked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.evaluations import pin
from app.ui.areas import Area
from app.ui.dialogs import FormDialog
from app.ui.evaluations.pin_panel import PinPanel, pin_edit
from app.ui.evaluations.private_entry import PrivateDraft, PrivateEntry
from app.ui.lazy_pages import LazyPage, LazyPages, lazy_page, page_from
from app.ui.style import Role, set_role, size_by_font
from app.ui.tab_page import TabPage
from app.ui.widgets import button

LOCKED, OPEN, PRIVATE = 0, 1, 2
IDLE_CHECK_MS = 5000


class ChangePinDialog(FormDialog):
    def __init__(self, save, parent=None):
        super().__init__(save, parent)
        self.setObjectName("change_pin_dialog")
        self.setWindowTitle(self.tr("Changer le code PIN"))
        self.old = pin_edit("old_pin", self.tr("Ancien code"))
        self.new = pin_edit("pin", self.tr("Nouveau code"))
        self.repeat = pin_edit("repeat", self.tr("Nouveau code, encore une fois"))
        form = QFormLayout()
        self.add_rows(
            form,
            (
                (widget.objectName(), widget.accessibleName(), widget)
                for widget in (self.old, self.new, self.repeat)
            ),
        )
        self.lay_out(form)

    def typed(self):
        return self.old.text(), self.new.text(), self.repeat.text()


class EvaluationsTab(TabPage):
    object_name = "evaluations"
    refresh_on = frozenset({Area.EVALUATIONS, Area.PEOPLE, Area.COHORTS})

    def __init__(self, ctx):
        super().__init__(ctx)
        self.gate = pin.PinGate()
        self.pin_panel = PinPanel(self.ctx)
        self.pin_panel.unlocked.connect(self.unlock)

        self.pages = QTabWidget()
        self.pages.setObjectName("evaluation_pages")
        ctx = self.ctx
        self._lazy = LazyPages(
            self.pages,
            (
                LazyPage(
                    "grid",
                    self.tr("Grille d'observation"),
                    page_from("app.ui.evaluations.grid_page", "GridPage", ctx),
                ),
                LazyPage(
                    "peers",
                    self.tr("Auto-évaluation et pairs"),
                    page_from("app.ui.evaluations.peers_page", "PeersPage", ctx),
                ),
                LazyPage(
                    "reports",
                    self.tr("Bilans individuels"),
                    page_from("app.ui.evaluations.reports_page", "ReportsPage", ctx),
                ),
                LazyPage(
                    "framework",
                    self.tr("Compétences et échelle"),
                    page_from("app.ui.evaluations.framework_page", "FrameworkPage", ctx),
                ),
            ),
            on_built=self._page_built,
            build_first=False,
        )
        self.lock_button = button(
            self.tr("Verrouiller"),
            "lock_evaluations",
            self.lock,
            tooltip=self.tr("Verrouiller les évaluations (Ctrl+L)"),
        )
        self.change_pin_button = button(
            self.tr("Changer le code PIN…"), "change_pin", self.change_pin
        )
        header = QHBoxLayout()
        note = QLabel(self.tr("Données privées : verrouillez avant de quitter l'ordinateur."))
        set_role(note, Role.HINT)
        header.addWidget(note, 1)
        for widget in (self.change_pin_button, self.lock_button):
            size_by_font(widget, min_height=1.9)
            header.addWidget(widget)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(self.pages, 1)

        self.private_entry = PrivateEntry(self.ctx)
        self.draft: PrivateDraft | None = None  # a member's unfinished answers, across a lock
        self.private_entry.finished.connect(self.lock)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.pin_panel)
        self.stack.addWidget(content)
        self.stack.addWidget(self.private_entry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        QShortcut(QKeySequence("Ctrl+L"), self, self.lock)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self._watching = False

    def title(self) -> str:
        return self.tr("Évaluations")

    def typed_and_kept(self) -> tuple[PrivateDraft | None, object] | None:
        """A member's unfinished answers (the window's closing locked the tab and kept them), and
        what the coordinator typed or picked on the pages behind the PIN (`TabPage`)."""
        fields = super().typed_and_kept()
        return (self.draft, fields) if self.draft is not None or fields else None

    def fields_not_kept(self) -> tuple[QWidget, ...]:
        """Never a PIN; a member's entry is kept as her draft."""
        return (self.pin_panel, self.private_entry)

    def take_over(self, kept: tuple[PrivateDraft | None, object]) -> None:
        """They come back after the PIN in the new window, as after a lock: her answers, or the
        coordinator's pages as she left them."""
        self.draft, self._to_put_back = kept

    def put_back_typed(self) -> None:
        """Only once open: nothing is read (nor shown) behind the lock."""
        if self.stack.currentIndex() == OPEN:
            super().put_back_typed()

    # --- the lock -----------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.stack.currentIndex() == LOCKED

    def _watch_activity(self, on: bool) -> None:
        """Keys and clicks keep the tab open: watched (an event filter on every event of the
        application) only while it is open, not from the tab's first show on."""
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def unlock(self) -> None:
        self.gate.open()
        self.idle_timer.start()
        self._watch_activity(True)
        draft, self.draft = self.draft, None
        if draft is not None:  # back to the member who was answering, her answers in place
            self.private_entry.restore(draft)
            self.stack.setCurrentIndex(PRIVATE)
            return
        self.stack.setCurrentIndex(OPEN)
        self.refresh()
        self.put_back_typed()  # what the coordinator left in the replaced window, if anything

    def lock(self) -> None:
        if self.stack.currentIndex() == PRIVATE:
            self.draft = self.private_entry.take_draft() or self.draft
        self.gate.lock()
        self.idle_timer.stop()
        self._watch_activity(False)
        self.private_entry.campaign_id = None
        self.private_entry.back_to_names()
        self.stack.setCurrentIndex(LOCKED)
        self.pin_panel.reset()

    def check_idle(self) -> None:
        if not self.is_locked() and not self.gate.is_open():
            self.lock()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)
            and not self.is_locked()
        ):
            if isinstance(watched, QWidget) and (watched is self or self.isAncestorOf(watched)):
                self.gate.touch()
        return False

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Leaving the tab (or hiding the window) locks the evaluations."""
        if not self.is_locked():
            self.lock()
        super().hideEvent(event)

    def start_private_entry(self, campaign_id: int) -> None:
        self.private_entry.begin(campaign_id)
        self.stack.setCurrentIndex(PRIVATE)

    def change_pin(self) -> None:
        def save(values):
            old, new, repeat = values
            with self.ctx.db.session() as session:
                pin.set_pin(session, new, repeat, old_pin=old)
            return True

        ChangePinDialog(save, self).exec()

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.stack.currentIndex() != OPEN:
            return  # nothing is read while locked or while a member enters her answers
        for page in self._lazy.built().values():
            page.refresh()
        self._lazy.page(self._lazy.current_key())  # built after the PIN, reading its data then

    grid_page = lazy_page("grid")
    peers_page = lazy_page("peers")
    reports_page = lazy_page("reports")
    framework_page = lazy_page("framework")

    def _page_built(self, key: str, page) -> None:
        if key == "peers":
            page.private_entry_requested.connect(self.start_private_entry)
        if self.stack.currentIndex() == OPEN:  # nothing is read while locked
            page.refresh()
