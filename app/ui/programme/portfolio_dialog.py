""" "Portfolio employeur…" for the chosen member (Members tab): her consent to a portfolio (noted or
withdrawn at once, undoable), which cohorts to put in, then "Voir le portfolio" previews the PDF.
Without her consent the portfolio is refused at the consent line and nothing is printed; with
evaluation content behind the coordinator's PIN, the PIN is asked first.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox

from app.i18n import fill
from app.services.errors import ValidationError
from app.services.outcomes.records import her_cohorts
from app.ui.dialogs import FormDialog
from app.ui.outcomes.consent_row import ConsentRow
from app.ui.style import size_by_font
from app.ui.widgets import combo_box
from app.vocab.outcomes import ConsentPurpose


@dataclass(frozen=True)
class MadePortfolio:
    data: bytes
    title: str


def make_portfolio(ctx, person_id: int, cohort_id: int | None) -> MadePortfolio:
    """One unit of work: her consent checked, then her portfolio gathered and drawn."""
    from app.printing.portfolio import portfolio_pdf, portfolio_title
    from app.services.people.cooperative import get_cooperative
    from app.services.programme.portfolio import member_portfolio

    with ctx.db.session() as session:
        portfolio = member_portfolio(session, person_id, ctx.today(), cohort_id)
        return MadePortfolio(
            portfolio_pdf(portfolio, get_cooperative(session)), portfolio_title(portfolio)
        )


class PortfolioDialog(FormDialog):
    def __init__(self, ctx, person, parent=None):
        super().__init__(self._make, parent)
        self.ctx, self.person = ctx, person
        self.setObjectName("portfolio_dialog")
        size_by_font(self, min_width=60)  # her consent's date on one line in large mode
        self.setWindowTitle(fill(self.tr("Portfolio employeur : {name}"), name=person.full_name))
        explain = QLabel(
            self.tr(
                "Un document pour les employeurs : ses heures et ses modules, ses journées de "
                "déléguée, les ventes qu'elle a menées, ses produits, ses compétences et son "
                "attestation. Rien sur les autres membres. Seulement avec son accord."
            )
        )
        explain.setWordWrap(True)
        self.consent_row = ConsentRow(
            ctx,
            person,
            ConsentPurpose.PORTFOLIO,
            self.confirm_withdrawal,
            self.errors.clear,
            self.errors.show,
        )
        with ctx.db.session() as session:
            cohorts = her_cohorts(session, person.id)
        self.cohort = combo_box(
            [(self.tr("Toutes ses cohortes"), None)]
            + [(name, cohort_id) for cohort_id, name in cohorts]
        )
        form = self.add_rows(
            QFormLayout(),
            (
                ("consent", self.tr("Accord pour le portfolio"), self.consent_row.label),
                ("portfolio_cohort", self.tr("Cohortes"), self.cohort),
            ),
        )
        self.lay_out(explain, self.consent_row, form)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Voir le portfolio"))

    @classmethod
    def confirm_withdrawal(cls, parent) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("PortfolioDialog", "Retirer son accord"),
            QCoreApplication.translate(
                "PortfolioDialog", "Retirer l'accord ? Plus aucun portfolio ne sera imprimé."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def typed(self) -> int | None:
        return self.cohort.currentData()

    def _make(self, cohort_id: int | None) -> MadePortfolio:
        from app.services.programme.portfolio import check_portfolio_consent
        from app.ui.safety.pin_dialog import unlock_evaluations

        with self.ctx.db.session() as session:
            check_portfolio_consent(session, self.person.id)
        if unlock_evaluations(self.ctx, self.person.id, self) is None:
            raise ValidationError(
                "consent",
                self.tr(
                    "Sans le code PIN, le portfolio n'est pas fait (il montre ses évaluations)."
                ),
            )
        return make_portfolio(self.ctx, self.person.id, cohort_id)


def open_portfolio(ctx, person, parent) -> None:
    """The dialog, then the preview of the PDF she asked for."""
    dialog = PortfolioDialog(ctx, person, parent)
    if not dialog.exec() or dialog.result_value is None:
        return
    from app.ui.pdf_preview import preview_pdf

    made: MadePortfolio = dialog.result_value
    preview_pdf(made.data, made.title, "portfolio.pdf", parent)
