""" "Nouvelle cohorte à partir de…" in the File menu: the action opens `reuse_dialog.ReuseDialog`,
loaded when it is chosen (not while the window is built), then makes the new cohort the current
one and says in the status bar how many mornings were copied.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.ui.areas import Area


class ReuseAction(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Nouvelle cohorte à partir de…"), window)
        self.action.setObjectName("reuse_cohort")
        self.action.triggered.connect(self.open)
        window.file_menu.insertAction(window.edit_cohort_action, self.action)

    def open(self) -> None:
        from app.services.today import first_screen
        from app.ui.programme.reuse_dialog import ReuseDialog

        ctx = self.window.ctx
        with ctx.db.session() as session:
            cohorts = first_screen.cohort_choices(session)
        dialog = ReuseDialog(ctx.db, cohorts, ctx.cohort_id, ctx.today(), self.window)
        if not dialog.exec() or dialog.result_value is None:
            return
        result = dialog.result_value  # a programme.reuse.CopyResult
        self.window.reload_cohorts(prefer=result.cohort_id)
        ctx.changed(Area.COHORTS, Area.SCHEDULE, Area.EVALUATIONS)
        self.window.statusBar().showMessage(
            self.tr(
                "Nouvelle cohorte créée : %n matinée(s) reprise(s).", "", result.counts["schedule"]
            )
        )


def install(window) -> ReuseAction:
    return ReuseAction(window)
