"""The programme report's dialog: "Rapport du programme…" in the File menu and the cohort toolbar
(`report_actions.py`) opens it (this cohort, a period or every cohort, evaluations with the PIN,
PDF or spreadsheet); the PDF is previewed, the spreadsheet saved where she chooses. The same
dialog makes the sales summary of several cohorts (the organisation's view when the app is opened
on its server, where every published cohort is).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit

from app.i18n import fill
from app.services.errors import ValidationError
from app.ui.dialogs import FormDialog
from app.ui.programme.report_actions import PDF, PROGRAMME, SALES, SHEET
from app.ui.widgets import combo_box, date_edit

EVERY_COHORT = "every"  # the scope's data: a cohort id, None for a period, or every cohort


@dataclass(frozen=True)
class ReportRequest:
    cohort_id: int | str | None  # None: the period; EVERY_COHORT: every cohort there is
    start: dt.date
    end: dt.date
    with_evaluations: bool
    pin: str
    output: str
    document: str = PROGRAMME


@dataclass(frozen=True)
class MadeReport:
    output: str
    data: bytes
    title: str
    file_name: str = "rapport-programme"  # suggested, without its extension


def make_report(database, request: ReportRequest) -> MadeReport:
    """One unit of work: check the PIN if evaluations are asked for, then build the document."""
    from app.printing.programme_report import programme_report_pdf, report_title
    from app.services.evaluations import pin
    from app.services.people.cooperative import get_cooperative
    from app.services.programme.report import programme_report
    from app.services.programme.report_sheet import report_csv

    if request.with_evaluations:
        with database.session() as session:  # its own unit of work: a wrong try is counted
            check = pin.verify_pin(session, request.pin)
        if not check.ok:
            raise ValidationError("pin", check.message)
    with database.session() as session:
        ids = _cohort_ids(session, request)
        if request.document == SALES:
            return _sales_summary(session, ids)
        report = programme_report(session, ids, request.with_evaluations)
        title = report_title(report)
        if request.output == PDF:
            data = programme_report_pdf(report, get_cooperative(session))
        else:
            data = report_csv(report, title)
    return MadeReport(request.output, data, title)


def _cohort_ids(session, request: ReportRequest) -> list[int]:
    from app.services.people.cohorts import list_cohorts
    from app.services.programme.report import cohorts_of_period

    if request.cohort_id == EVERY_COHORT:
        return [c.id for c in list_cohorts(session)]
    if request.cohort_id is not None:
        return [request.cohort_id]
    return [c.id for c in cohorts_of_period(session, request.start, request.end)]


def _sales_summary(session, cohort_ids: list[int]) -> MadeReport:
    """The sales summary of the cohorts (a PDF: one table of them all, then each cohort)."""
    from app.printing.cohort_summary import cohorts_summary_pdf

    if not cohort_ids:
        raise ValidationError(
            "cohort",
            QCoreApplication.translate("ProgrammeReportDialog", "Aucune cohorte à résumer."),
        )
    title = QCoreApplication.translate("ProgrammeReportDialog", "Ventes des cohortes")
    return MadeReport(PDF, cohorts_summary_pdf(session, cohort_ids), title, "ventes-cohortes")


class ProgrammeReportDialog(FormDialog):
    def __init__(
        self,
        database,
        cohort_id: int | None,
        cohort_name: str,
        today: dt.date,
        parent=None,
        document: str = PROGRAMME,
    ):
        super().__init__(lambda request: make_report(database, request), parent)
        self.setObjectName("programme_report_dialog")
        self.cohort_id = cohort_id
        self.document = combo_box(
            [
                (self.tr("Rapport du programme"), PROGRAMME),
                (self.tr("Résumé des ventes"), SALES),
            ]
        )
        choices = [(self.tr("Une période"), None), (self.tr("Toutes les cohortes"), EVERY_COHORT)]
        if cohort_id is not None:
            choices.insert(
                0, (fill(self.tr("Cette cohorte : {name}"), name=cohort_name), cohort_id)
            )
        self.scope = combo_box(choices)
        self.start = date_edit(dt.date(today.year, 1, 1))
        self.end = date_edit(dt.date(today.year, 12, 31))
        self.evaluations = QCheckBox(self.tr("Inclure les évaluations (sans noms)"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.output = combo_box(
            [(self.tr("PDF (à voir et imprimer)"), PDF), (self.tr("Tableur (.csv)"), SHEET)]
        )
        form = self.add_rows(
            QFormLayout(),
            (
                ("document", self.tr("Document"), self.document),
                ("cohort", self.tr("Pour"), self.scope),
                ("from", self.tr("Du"), self.start),
                ("to", self.tr("Au"), self.end),
                ("evaluations", self.tr("Évaluations"), self.evaluations),
                ("pin", self.tr("Code PIN"), self.pin),
                ("output", self.tr("Format"), self.output),
            ),
        )
        self.lay_out(form)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Faire le rapport"))
        self.document.setCurrentIndex(self.document.findData(document))
        self.scope.currentIndexChanged.connect(self._update)
        self.document.currentIndexChanged.connect(self._update)
        self.evaluations.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        period = self.scope.currentData() is None
        programme = self.document.currentData() == PROGRAMME
        self.setWindowTitle(
            self.tr("Rapport du programme") if programme else self.tr("Ventes des cohortes")
        )
        self.start.setEnabled(period)
        self.end.setEnabled(period)
        self.evaluations.setEnabled(programme)
        self.output.setEnabled(programme)  # the sales summary is a PDF
        self.pin.setEnabled(programme and self.evaluations.isChecked())

    def typed(self) -> ReportRequest:
        programme = self.document.currentData() == PROGRAMME
        return ReportRequest(
            cohort_id=self.scope.currentData(),
            start=self.start.date().toPython(),
            end=self.end.date().toPython(),
            with_evaluations=programme and self.evaluations.isChecked(),
            pin=self.pin.text(),
            output=self.output.currentData() if programme else PDF,
            document=self.document.currentData(),
        )
