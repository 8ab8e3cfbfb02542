"""The main window: cohort selector, tabs, menus, status bar. It assembles; the tabs do the work."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import app
from app.i18n import fill
from app.services.today import first_screen
from app.ui import view_menu
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.icons import decorate_buttons, icon
from app.ui.large_mode import follow_large_mode
from app.ui.preload import IdlePreloader
from app.ui.settings import ui_settings
from app.ui.style import Role, set_role, size_by_font
from app.ui.tabs import TABS, TabSpec, modules_to_preload
from app.ui.undo import undo_actions
from app.ui.widgets import scrolling
from app.vocab.people import Gender

DEFAULT_TITLE = "Coopér'Actives Cuisine"


class MainWindow(QMainWindow):
    # The window that replaces this one (a language switch, app/ui/view_menu.py), once made.
    replaced = Signal(QMainWindow)

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.replacement: MainWindow | None = None
        self.setObjectName("main_window")
        follow_large_mode(self)  # its widgets take the mode's click targets when first shown
        self._settings = ui_settings()

        self.cohort_box = QComboBox()
        self.cohort_box.setObjectName("cohort_selector")
        self.cohort_box.setAccessibleName(self.tr("Cohorte"))
        size_by_font(self.cohort_box, min_width=31)
        self.cohort_box.currentIndexChanged.connect(self._cohort_picked)

        self._welcome: QWidget | None = None  # built when first needed (a new cooperative)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self._specs: list[TabSpec] = list(TABS)
        self._built: dict[str, object] = {}
        self._handed_over: dict[str, object] = {}  # kept typing for tabs not built yet
        self.preloader = None  # imports the other tabs while idle, once shown (app/ui/preload.py)
        for spec in self._specs:
            # A page taller or wider than the screen scrolls; it never makes the window larger.
            page_layout = QVBoxLayout()
            page_layout.setContentsMargins(0, 0, 0, 0)
            holder = scrolling(page_layout)
            holder.setObjectName(f"{spec.name}_holder")
            holder.setFrameShape(QFrame.Shape.NoFrame)
            self.tabs.addTab(holder, icon(spec.icon), spec.title())
        self.tabs.currentChanged.connect(self._build_tab)
        self.tabs.currentChanged.connect(self._activate_undo_stack)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._build_tab(0)
        self._activate_undo_stack(0)
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.cohort_status = QLabel()
        self.cohort_status.setObjectName("cohort_status")
        self.statusBar().addWidget(self.cohort_status)
        self.delegate_status = QLabel()
        self.delegate_status.setObjectName("delegate_status")
        self.statusBar().addWidget(self.delegate_status)

        # Methods, never lambdas: the bus outlives a closed or replaced window, and holds a
        # method's window weakly (a lambda strongly, out of the collector's sight).
        ctx.bus.data_changed.connect(self._on_data_changed)
        ctx.bus.cohort_changed.connect(self._on_cohort_changed)
        ctx.bus.open_requested.connect(self.open_tab)
        self._update_title()  # the cooperative read once: the welcome below follows it
        self.reload_cohorts(prefer=self._settings.value(self._last_cohort_key(), type=int))
        geometry = self._settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

    # --- building -----------------------------------------------------------------------------
    def _action(
        self, text: str, slot, shortcut=None, name: str = "", icon_name: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.settings_action = self._action(
            self.tr("Paramètres de la coopérative…"),
            self.edit_cooperative,
            QKeySequence.StandardKey.Preferences,
            "settings",
            "settings",
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.new_cohort_action = self._action(
            self.tr("Nouvelle cohorte…"),
            self.new_cohort,
            "Ctrl+Shift+N",
            "new_cohort",
            "users-plus",
        )
        self.edit_cohort_action = self._action(
            self.tr("Modifier la cohorte…"), self.edit_cohort, None, "edit_cohort", "pencil"
        )
        self.quit_action = self._action(
            self.tr("Quitter"), self.close, QKeySequence.StandardKey.Quit, "quit", "logout"
        )
        # Annuler / Rétablir act on the visible tab's own undo stack (see _activate_undo_stack)
        self.undo_action, self.redo_action = undo_actions(self.ctx.undo_group, self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("arrow-back-up"))
        self.redo_action.setIcon(icon("arrow-forward-up"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.about_action = self._action(
            self.tr("À propos…"), self.show_about, None, "about", "info-circle"
        )

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Cohorte"))
        bar.setObjectName("cohort_toolbar")
        bar.setMovable(False)
        label = QLabel(self.tr("Cohorte :"))
        label.setBuddy(self.cohort_box)
        bar.addWidget(label)
        bar.addWidget(self.cohort_box)
        bar.addAction(self.new_cohort_action)
        bar.addAction(self.edit_cohort_action)
        self.cohort_toolbar = bar
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.new_cohort_action)
        file_menu.addAction(self.edit_cohort_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        edit_menu = self.menuBar().addMenu(self.tr("É&dition"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.edit_menu = edit_menu
        view_menu.install(self)  # Affichage: language, large mode
        help_menu = self.menuBar().addMenu(self.tr("A&ide"))
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu
        from app.ui.safety.actions import install as install_safety

        self.safety = install_safety(self)  # backups, restore, logs, trash, status bar
        from app.ui.programme.report_actions import install as install_programme

        self.programme = install_programme(self)  # the programme report (File menu, toolbar)
        from app.ui.programme.reuse_action import install as install_reuse

        self.reuse = install_reuse(self)  # a new cohort from a previous one (File menu)
        from app.ui.network.publish_action import install as install_publish

        self.publish = install_publish(self)  # the organisation's server
        from app.ui.help.panel import install as install_help

        self.help_panel = install_help(self)  # "Comment faire ?" (F1)

    @property
    def welcome(self) -> QWidget:
        """The box above the tabs that says what to do first (cooperative, first cohort); built
        when first needed, not before the first paint of a window with nothing to welcome."""
        if self._welcome is None:
            self._welcome = self._build_welcome()
            self.centralWidget().layout().insertWidget(0, self._welcome)
        return self._welcome

    def _build_welcome(self) -> QWidget:
        box = QWidget()
        box.setObjectName("welcome")
        set_role(box, Role.WELCOME)
        self.welcome_text = QLabel()
        self.welcome_text.setWordWrap(True)
        self.welcome_button = QPushButton(self.tr("Commencer"))
        size_by_font(self.welcome_button, min_height=2.2)
        self.welcome_button.clicked.connect(self._welcome_step)
        row = QHBoxLayout(box)
        row.addWidget(self.welcome_text, 1)
        row.addWidget(self.welcome_button)
        box.hide()
        return box

    # --- state --------------------------------------------------------------------------------
    def reload_cohorts(self, prefer: int | None = None) -> None:
        with first_screen.reading(self.ctx.db) as connection:
            rows = first_screen.cohort_choices(connection)
            keep = prefer or self.ctx.cohort_id
            if not keep:
                keep = first_screen.cohort_of_the_day(connection, self.ctx.today())
        self.cohort_box.blockSignals(True)
        self.cohort_box.clear()
        for cohort_id, name in rows:
            self.cohort_box.addItem(name, cohort_id)
        index = self.cohort_box.findData(keep) if keep else -1
        self.cohort_box.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.cohort_box.blockSignals(False)
        self._cohort_picked()

    def _last_cohort_key(self) -> str:
        """The remembered cohort's key, one per database (file or server): a cohort's number in
        one file is another cohort, or none, in another (a demo opened on a file's last cohort)."""
        import hashlib
        import os

        path = self.ctx.db.path
        where = os.path.realpath(path) if path is not None else self.ctx.db.url
        digest = hashlib.sha256(str(where).encode()).hexdigest()[:16]
        return f"last_cohort_{digest}"

    def _cohort_picked(self, *_args) -> None:
        cohort_id = self.cohort_box.currentData()
        self.edit_cohort_action.setEnabled(cohort_id is not None)
        another = cohort_id != self.ctx.cohort_id
        self.ctx.set_cohort(cohort_id)  # another cohort: `cohort_changed` redraws the status bar
        if cohort_id:
            self._settings.setValue(self._last_cohort_key(), cohort_id)
        if not another:
            self._update_status()
        self._update_welcome()

    def _update_status(self) -> None:
        name = self.cohort_box.currentText()
        self.cohort_status.setText(
            fill(self.tr("Cohorte : {name}"), name=name) if name else self.tr("Aucune cohorte")
        )
        with first_screen.reading(self.ctx.db) as connection:
            name, gender = first_screen.delegate_on(
                connection, self.ctx.cohort_id, self.ctx.today()
            )
        if not name:
            self.delegate_status.setText("")
        elif gender == Gender.MAN:
            self.delegate_status.setText(fill(self.tr("Délégué du jour : {name}"), name=name))
        else:
            self.delegate_status.setText(fill(self.tr("Déléguée du jour : {name}"), name=name))

    def _update_title(self) -> None:
        """The cooperative's name as the title; whether it is described, for the welcome."""
        with first_screen.reading(self.ctx.db) as connection:
            name = first_screen.cooperative_name(connection)
        self.setWindowTitle(name or DEFAULT_TITLE)
        self._has_cooperative = name is not None

    def _update_welcome(self) -> None:
        if not self._has_cooperative:
            box = self.welcome
            self.welcome_text.setText(
                self.tr(
                    "Bienvenue ! Commencez par décrire votre coopérative : son nom, son adresse."
                )
            )
            self.welcome_button.setText(self.tr("Décrire la coopérative"))
            box.show()
        elif self.cohort_box.count() == 0:
            box = self.welcome
            self.welcome_text.setText(
                self.tr("Créez maintenant la première cohorte, puis ajoutez ses membres.")
            )
            self.welcome_button.setText(self.tr("Créer une cohorte"))
            box.show()
        elif self._welcome is not None:
            self._welcome.hide()

    def _welcome_step(self) -> None:
        with first_screen.reading(self.ctx.db) as connection:
            has_cooperative = first_screen.cooperative_name(connection) is not None
        if has_cooperative:
            self.new_cohort()
        else:
            self.edit_cooperative()

    def _on_cohort_changed(self, _cohort_id: int) -> None:
        self._update_status()

    def _on_data_changed(self, areas: frozenset[Area]) -> None:
        if Area.COHORTS in areas:
            self.reload_cohorts()
        if Area.COOPERATIVE in areas:
            self._update_title()
            self._update_welcome()
        if Area.ROTATION in areas or Area.PEOPLE in areas:
            self._update_status()

    @property
    def pages(self) -> list:
        """The tab pages built so far, in tab order."""
        return [self._built[spec.name] for spec in self._specs if spec.name in self._built]

    def _build_tab(self, index: int):
        if not 0 <= index < len(self._specs):
            return None
        spec = self._specs[index]
        page = self._built.get(spec.name)
        if page is None:
            page = spec.build(self.ctx)
            self._built[spec.name] = page
            if spec.name in self._handed_over:  # typed in the window this one replaced
                page.take_over(self._handed_over.pop(spec.name))
            decorate_buttons(page)  # icons on the tab's main buttons, from their object names
            holder = self.tabs.widget(index)
            holder.widget().layout().addWidget(page)
            if holder.isVisible():
                page.show()  # a layout shows a new child only later, from the event loop
        return page

    def take_over(self, kept: dict[str, object]) -> None:
        """What the replaced window's pages kept (`TabPage.typed_and_kept`), by tab: given to
        each tab page now if it is built, else when it is built."""
        for name, page_kept in kept.items():
            if name in self._built:
                self._built[name].take_over(page_kept)
            else:
                self._handed_over[name] = page_kept

    def _activate_undo_stack(self, index: int) -> None:
        page = self._build_tab(index)
        self.ctx.undo_group.setActiveStack(page.ctx.undo_stack if page is not None else None)

    def current_page(self):
        """The page of the tab on screen."""
        return self._build_tab(self.tabs.currentIndex())

    def page(self, name: str):
        """The tab page whose object name is `name`, built if needed (None if no such tab)."""
        for index, spec in enumerate(self._specs):
            if spec.name == name:
                return self._build_tab(index)
        return None

    def open_tab(self, name: str, item_id: int = 0) -> None:
        """Show the tab whose object name is `name` and let it open an item."""
        for index, spec in enumerate(self._specs):
            if spec.name == name:
                self.tabs.setCurrentIndex(index)
                page = self._build_tab(index)
                if item_id:
                    page.open_item(item_id)
                return

    # --- actions ------------------------------------------------------------------------------
    # Actions import the services that write where they are used: opening the window reads with
    # app.services.today.first_screen only, on a plain connection (`first_screen.reading`),
    # without loading the model classes or opening an ORM session.
    def edit_cooperative(self) -> None:
        from app.ui.cooperative_action import edit_cooperative

        edit_cooperative(self.ctx, self)

    def new_cohort(self) -> None:
        from app.services.people import cohorts

        def save(data):
            with self.ctx.db.session() as session:
                return cohorts.create_cohort(session, data)

        from app.ui.cohort_dialog import CohortDialog

        dialog = CohortDialog(save, self.ctx.today(), parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.reload_cohorts(prefer=dialog.result_value.id)
            self.ctx.changed(Area.COHORTS)

    def edit_cohort(self) -> None:
        from app.ui.cohort_action import edit_cohort

        edit_cohort(self.ctx, self)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the window is shown

        QMessageBox.about(
            self,
            self.tr("À propos"),
            fill(
                self.tr(
                    "<h3>Coopér'Actives Cuisine {version}</h3>"
                    "<p>L'application des coopératives éphémères de cuisine : planning, menus, "
                    "étiquettes, ventes, déléguée du jour et évaluations.</p>"
                    "<p>Base de données : {path}</p>"
                ),
                version=app.__version__,
                path=self.ctx.db.display_name,
            ),
        )

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Once shown, the other tabs' modules are imported while she does nothing."""
        super().showEvent(event)
        if self.preloader is None:
            self.preloader = IdlePreloader(modules_to_preload(self._specs), self)
            self.preloader.start()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.preloader is not None:
            self.preloader.stop()
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)
        if event.isAccepted() and self.replacement is None:
            # The last window on this context: its undo steps go with it, now, rather than when
            # the collector frees the context (AppContext.__del__ says why that order matters).
            self.ctx.clear_undo_history()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Alt+1 … Alt+9 jump to a tab.
        if event.modifiers() == Qt.KeyboardModifier.AltModifier:
            index = event.key() - Qt.Key.Key_1
            if 0 <= index < self.tabs.count():
                self.tabs.setCurrentIndex(index)
                return
        super().keyPressEvent(event)
