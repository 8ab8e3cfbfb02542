"""Individual reports in the Evaluations tab: pick a member, write the coordinator's comment,
preview and print her report (PDF)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill, isolate, listing, with_percent
from app.services.errors import ValidationError
from app.services.evaluations import campaigns, report
from app.services.people.cooperative import get_cooperative
from app.ui.areas import Area
from app.ui.evaluations.common import number
from app.ui.field_errors import FieldErrors
from app.ui.rich_text import escape
from app.ui.style import size_by_font
from app.ui.widgets import button


def _percent_or_dash(value) -> str:
    return "—" if value is None else with_percent(number(value, 0))


class ReportsPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.member = QComboBox()
        self.member.setObjectName("report_member")
        self.member.setAccessibleName(self.tr("Membre"))
        size_by_font(self.member, min_width=37)
        self.member.currentIndexChanged.connect(lambda _i: self.load_member())
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("report_comment")
        self.comment.setAccessibleName(self.tr("Commentaire de la coordinatrice"))
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(
            self.tr(
                "Ce que vous voulez dire à la personne et aux employeurs : progrès, qualités, "
                "conseils."
            )
        )
        self.message = QLabel()
        self.errors = FieldErrors(self.message)
        self.errors_comment = self.errors.add("comment", self.comment)
        self.save_button = button(
            self.tr("Enregistrer le commentaire"), "save_comment", self.save_comment, tall=True
        )
        self.print_button = button(
            self.tr("Aperçu et impression du bilan…"),
            "print_report",
            self.print_report,
            tooltip=self.tr("Aperçu et impression du bilan (Ctrl+P)"),
            tall=True,
        )
        self.print_button.setShortcut("Ctrl+P")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Membre :")))
        top.addWidget(self.member)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        self.summary = QLabel()
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setAccessibleName(self.tr("Résumé du bilan"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        summary_box = QGroupBox(self.tr("Ce que le bilan contiendra"))
        QVBoxLayout(summary_box).addWidget(scroll)
        comment_box = QGroupBox(self.tr("Commentaire de la coordinatrice (imprimé dans le bilan)"))
        comment_layout = QVBoxLayout(comment_box)
        comment_layout.addWidget(self.comment, 1)
        comment_layout.addWidget(self.errors_comment)
        comment_layout.addWidget(self.message)
        split = QSplitter()
        split.addWidget(summary_box)
        split.addWidget(comment_box)
        split.setSizes([550, 550])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        keep = self.member.currentData()
        self.member.blockSignals(True)
        self.member.clear()
        if self.ctx.cohort_id:
            with self.ctx.db.session() as session:
                for person in campaigns.evaluated_members(session, self.ctx.cohort_id):
                    self.member.addItem(person.full_name, person.id)
        self.member.setCurrentIndex(max(0, self.member.findData(keep)))
        self.member.blockSignals(False)
        self.load_member()

    def load_member(self) -> None:
        self.errors.clear()
        person_id = self.member.currentData()
        has = person_id is not None and bool(self.ctx.cohort_id)
        for widget in (self.comment, self.save_button, self.print_button):
            widget.setEnabled(has)
        text, data = "", None
        if has:
            with self.ctx.db.session() as session:
                text = report.get_feedback(session, self.ctx.cohort_id, person_id)
                data = report.member_report(session, person_id, self.ctx.cohort_id)
        self.comment.setPlainText(text)
        self.summary.setText(self.summary_html(data) if data else "")

    def summary_html(self, data: report.MemberReport) -> str:
        def items(values) -> str:
            return listing(escape(v) for v in values) or "—"

        rows = "".join(
            f"<tr><td>{escape(c.label)}</td><td align='right'>{number(c.observed_median)}</td>"
            f"<td align='right'>"
            f"{_percent_or_dash(c.self_percent)}</td></tr>"
            for c in data.categories
        )
        words = (
            listing(escape(w) if n == 1 else f"{escape(w)} (×{n})" for w, n in data.peer_adjectives)
            or "—"
        )
        header = (
            "<table cellspacing='0' cellpadding='3'><tr>"
            f"<th align='left'>{self.tr('Catégorie')}</th>"
            f"<th>{fill(self.tr('Observé (sur {n})'), n=data.max_level)}</th>"
            f"<th>{self.tr('Auto-évaluation')}</th></tr>"
        )
        return (
            header
            + rows
            + "</table>"
            + f"<p><b>{self.tr('Points forts')}</b> : {isolate(items(data.strengths))}</p>"
            + f"<p><b>{self.tr('Points à travailler')}</b> : {isolate(items(data.to_work_on))}</p>"
            + f"<p><b>{self.tr('Adjectifs choisis par ses collègues')}</b> : {isolate(words)}</p>"
        )

    def save_comment(self) -> bool:
        person_id = self.member.currentData()
        if person_id is None:
            return False
        self.errors.clear()
        try:
            with self.ctx.db.session() as session:
                report.set_feedback(
                    session, self.ctx.cohort_id, person_id, self.comment.toPlainText()
                )
        except ValidationError as error:
            self.errors.show(error)
            return False
        self.ctx.changed(Area.EVALUATIONS)
        return True

    def report_pdf(self) -> tuple[bytes, str] | None:
        from app.printing.evaluation_report import evaluation_report_pdf

        person_id = self.member.currentData()
        if person_id is None or not self.save_comment():
            return None
        with self.ctx.db.session() as session:
            data = report.member_report(session, person_id, self.ctx.cohort_id)
            pdf = evaluation_report_pdf(data, get_cooperative(session))
        return pdf, data.person_name

    def print_report(self) -> None:
        from app.ui.pdf_preview import preview_pdf

        made = self.report_pdf()
        if made is None:
            return
        pdf, name = made
        safe = "".join(ch if ch.isalnum() else "-" for ch in name)
        preview_pdf(pdf, fill(self.tr("Bilan de {name}"), name=name), f"bilan-{safe}.pdf", self)
