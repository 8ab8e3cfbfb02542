"""The programme report's actions in the window: "Rapport du programme…" in the File menu and the
cohort toolbar, "Ventes de plusieurs cohortes…" in the File menu. The dialog
(`report_dialog.ProgrammeReportDialog`) and what it imports are loaded when one is chosen, not
when the window is built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.i18n import fill

PDF, SHEET = "pdf", "csv"  # what the report is written as
PROGRAMME, SALES = "programme", "sales"  # which document


class ProgrammeActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.report_action = QAction(self.tr("Rapport du programme…"), window)
        self.report_action.setObjectName("programme_report")
        self.report_action.triggered.connect(lambda: self.open_report(PROGRAMME))
        window.file_menu.insertAction(window.quit_action, self.report_action)
        window.file_menu.insertSeparator(window.quit_action)
        window.cohort_toolbar.addAction(self.report_action)
        self.sales_action = QAction(self.tr("Ventes de plusieurs cohortes…"), window)
        self.sales_action.setObjectName("cohorts_sales_summary")
        self.sales_action.triggered.connect(lambda: self.open_report(SALES))
        window.file_menu.insertAction(self.report_action, self.sales_action)

    def ask_path(self, suggested: str) -> str:
        from PySide6.QtWidgets import QFileDialog  # its type and enums: not before the window

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Enregistrer le rapport"),
            str(Path.home() / suggested),
            self.tr("Tableur CSV (*.csv)"),
        )
        return path

    def open_report(self, document: str = PROGRAMME) -> None:
        from app.ui.programme.report_dialog import ProgrammeReportDialog

        ctx = self.window.ctx
        dialog = ProgrammeReportDialog(
            ctx.db,
            ctx.cohort_id,
            self.window.cohort_box.currentText(),
            ctx.today(),
            self.window,
            document,
        )
        if not dialog.exec() or dialog.result_value is None:
            return
        made = dialog.result_value  # report_dialog.MadeReport
        if made.output == PDF:
            from app.ui.pdf_preview import preview_pdf

            preview_pdf(made.data, made.title, f"{made.file_name}.pdf", self.window)
            return
        path = self.ask_path(f"{made.file_name}.csv")
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            Path(path).write_bytes(made.data)
        except OSError as error:
            self.window.statusBar().showMessage(
                fill(self.tr("Impossible d'écrire le fichier : {error}"), error=error.strerror)
            )
            return
        self.window.statusBar().showMessage(fill(self.tr("Rapport enregistré : {path}"), path=path))


def install(window) -> ProgrammeActions:
    return ProgrammeActions(window)
