"""Summaries in the tab: key figures of the day and of the cohort, a chart of the revenue per event
(app/ui/sales/revenue_chart.py: QtCharts is loaded when this page is built, not when the module is
imported), and buttons to print the day, the cohort and the profit-sharing decision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.i18n import fill, labelled, listing
from app.services.kitchen.sale_day_stock import sale_day_stock
from app.services.kitchen.waste import waste_lines
from app.services.money import format_amount
from app.services.sales.result import ArithmeticRow, result_arithmetic
from app.services.sales.summaries import cohort_summary, day_summary
from app.ui.areas import Area
from app.ui.rich_text import escape
from app.ui.sales.day_view import SaleDayView
from app.ui.sales.dialogs import SharingDialog
from app.ui.style import size_by_font
from app.vocab.sales import payment_method_label


class SummaryPage(SaleDayView):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.profit_cents = 0
        self.setObjectName("summary_page")
        self.day_label = QLabel()
        self.day_label.setObjectName("day_figures")
        self.day_label.setWordWrap(True)
        self.day_label.setTextFormat(Qt.TextFormat.RichText)
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.cohort_label = QLabel()
        self.cohort_label.setObjectName("cohort_figures")
        self.cohort_label.setWordWrap(True)
        self.cohort_label.setTextFormat(Qt.TextFormat.RichText)
        self.cohort_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        from app.ui.sales.revenue_chart import revenue_chart_view  # QtCharts: now, not before

        self.chart_view = revenue_chart_view(
            self.tr("Recette par vente (hors TVA, €)"),
            self.tr("Graphique de la recette par vente"),
        )

        self.print_day = QPushButton(self.tr("Imprimer le résumé du jour…"))
        self.print_day.setObjectName("print_day")
        self.print_day.setShortcut("Ctrl+P")
        self.print_day.clicked.connect(self.preview_day)
        self.print_cohort = QPushButton(self.tr("Imprimer le résumé de la cohorte…"))
        self.print_cohort.setObjectName("print_cohort")
        self.print_cohort.clicked.connect(self.preview_cohort)
        self.share_button = QPushButton(self.tr("Décider le partage du résultat…"))
        self.share_button.setObjectName("decide_sharing")
        self.share_button.clicked.connect(self.decide_sharing)
        self.print_sharing = QPushButton(self.tr("Imprimer le partage…"))
        self.print_sharing.setObjectName("print_sharing")
        self.print_sharing.clicked.connect(self.preview_sharing)
        self.export_sales_button = QPushButton(self.tr("Exporter les ventes (CSV)…"))
        self.export_sales_button.setObjectName("export_sales")
        self.export_sales_button.clicked.connect(lambda: self.export("sales"))
        self.export_expenses_button = QPushButton(self.tr("Exporter les dépenses (CSV)…"))
        self.export_expenses_button.setObjectName("export_expenses")
        self.export_expenses_button.clicked.connect(lambda: self.export("expenses"))
        for button in (
            self.print_day,
            self.print_cohort,
            self.share_button,
            self.print_sharing,
            self.export_sales_button,
            self.export_expenses_button,
        ):
            size_by_font(button, min_height=2.2)
            button.setAccessibleName(button.text())
        figures = QGridLayout()
        figures.addWidget(self.day_label, 0, 0)
        figures.addWidget(self.cohort_label, 0, 1)
        # The printing on one row, deciding and exporting on the next: the four buttons that
        # shared a row made the page wider than the laptop in large Dutch.
        buttons = QHBoxLayout()
        for button in (self.print_day, self.print_cohort, self.print_sharing):
            buttons.addWidget(button)
        buttons.addStretch(1)
        exports = QHBoxLayout()
        exports.addWidget(self.share_button)
        exports.addWidget(self.export_sales_button)
        exports.addWidget(self.export_expenses_button)
        exports.addStretch(1)
        self.export_message = QLabel()
        self.export_message.setObjectName("export_message")
        exports.addWidget(self.export_message)
        layout = QVBoxLayout(self)
        layout.addLayout(figures)
        layout.addWidget(self.chart_view, 1)
        layout.addLayout(buttons)
        layout.addLayout(exports)

    @property
    def chart(self):
        """The revenue chart shown (a new one at each drawing)."""
        return self.chart_view.chart()

    def _stock_html(self, session) -> str:
        """The day's products carried over from before, sold beyond the stock, thrown away."""
        stock = sale_day_stock(session, self.sale_event.id)
        if not stock.shown:
            return ""
        carried = listing(f"{escape(name)} {units}" for name, units in stock.carried_over)
        html = fill(
            self.tr("<br>Reporté des jours précédents : {products}"), products=carried or "—"
        )
        if stock.wasted:
            html += self.tr("<br>Pertes du jour : %n unité(s)", "", stock.wasted)
        if stock.sold_without_stock:
            html += self.tr(
                "<br><b>Vendu plus que le stock noté : %n unité(s).</b> Le comptage sur "
                "papier compte ; vérifiez les lots fabriqués (Aujourd'hui, « Stock et lots »).",
                "",
                stock.sold_without_stock,
            )
        return html

    def draw(self, session) -> None:
        cohort_id = self.ctx.cohort_id
        self.print_day.setEnabled(self.sale_event is not None)
        for button in (
            self.print_cohort,
            self.share_button,
            self.print_sharing,
            self.export_sales_button,
            self.export_expenses_button,
        ):
            button.setEnabled(cohort_id is not None)
        day = day_summary(session, self.sale_event.id) if self.sale_event is not None else None
        cohort = cohort_summary(session, cohort_id) if cohort_id is not None else None
        self.profit_cents = cohort.profit_cents if cohort else 0
        m = format_amount
        if day is not None:
            # Each method beside its amount, both isolated: in Arabic a run of Latin names and
            # figures ("Bancontact 303,50 €, Payconiq …") otherwise reads in the wrong order.
            methods = (
                listing(
                    labelled(payment_method_label(k), m(v))
                    for k, v in day.method_cents.items()
                    if v
                )
                or "—"
            )
            self.day_label.setText(
                fill(
                    self.tr(
                        "<b>La journée</b> ({title})<br>Chiffre d'affaires TVAC : {incl}<br>TVA : "
                        "{vat}<br>Par paiement : {methods}"
                    ),
                    title=day.event.title,
                    incl=m(day.revenue_incl_cents),
                    vat=m(day.vat_cents),
                    methods=methods,
                )
                + arithmetic_html(result_arithmetic(day.chain))
                + self._stock_html(session)
            )
        else:
            self.day_label.setText(self.tr("Aucune vente choisie."))
        from app.ui.sales.revenue_chart import show_revenue

        events = cohort.events if cohort is not None else None
        show_revenue(self.chart_view, self.tr("Recette HTVA"), events)
        if cohort is None:
            self.cohort_label.setText("")
            return
        arithmetic = arithmetic_html(result_arithmetic(cohort.chain))
        wasted = sum(line.units for line in waste_lines(session, cohort_id))
        if wasted:
            arithmetic += self.tr("<br>Pertes (produits jetés) : %n unité(s)", "", wasted)
        self.cohort_label.setText(
            fill(self.tr("<b>La cohorte</b> ({n} ventes)"), n=len(cohort.events))
            + arithmetic
            + fill(
                self.tr("<br>Meilleures ventes : {best}"),
                best=escape(listing(g.key for g in cohort.best_sellers[:3]) or "—"),
            )
        )

    def preview_day(self) -> None:
        from app.printing.day_summary import day_summary_pdf

        if self.sale_event is None:
            return
        with self.ctx.db.session() as session:
            pdf = day_summary_pdf(session, self.sale_event.id)
        from app.ui.pdf_preview import preview_pdf  # QtPdf: when first used

        preview_pdf(
            pdf,
            self.tr("Résumé de la journée"),
            f"vente-{self.sale_event.date.isoformat()}.pdf",
            self,
        )

    def preview_cohort(self) -> None:
        from app.printing.cohort_summary import cohort_summary_pdf

        with self.ctx.db.session() as session:
            pdf = cohort_summary_pdf(session, self.ctx.cohort_id)
        from app.ui.pdf_preview import preview_pdf  # QtPdf: when first used

        preview_pdf(pdf, self.tr("Résumé de la cohorte"), "ventes-cohorte.pdf", self)

    def decide_sharing(self) -> None:
        dialog = SharingDialog(self.ctx, self.profit_cents, parent=self)
        if dialog.exec():
            self.ctx.changed(Area.SALES)
            self.preview_sharing()

    def preview_sharing(self) -> None:
        from app.printing.profit_sharing import profit_sharing_pdf

        with self.ctx.db.session() as session:
            pdf = profit_sharing_pdf(session, self.ctx.cohort_id)
        if pdf is None:
            QMessageBox.information(
                self,
                self.tr("Partage du résultat"),
                self.tr("Aucune décision de partage pour cette cohorte."),
            )
            return
        from app.ui.pdf_preview import preview_pdf  # QtPdf: when first used

        preview_pdf(pdf, self.tr("Partage du résultat"), "partage-resultat.pdf", self)

    def ask_export_path(self, suggested: str) -> str:
        """Where to save the CSV (tests replace this)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter en CSV"), str(Path.home() / suggested), "CSV (*.csv)"
        )
        return path

    def export(self, what: str) -> None:
        """CSV of the cohort's sale lines or expenses, for the accountant."""
        from pathlib import Path

        from app.services.sales import export as sales_export

        path = self.ask_export_path("ventes.csv" if what == "sales" else "depenses.csv")
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        function = sales_export.export_sales if what == "sales" else sales_export.export_expenses
        try:
            with self.ctx.db.session() as session:
                count = function(session, Path(path), self.ctx.cohort_id)
        except OSError as error:
            self.export_message.setText(
                fill(self.tr("Impossible d'écrire ce fichier : {e}"), e=error.strerror)
            )
            return
        self.export_message.setText(fill(self.tr("{n} lignes exportées."), n=count))


def arithmetic_html(rows: list[ArithmeticRow]) -> str:
    """The result's chain as lines of a label, the totals in bold."""
    lines = (labelled(escape(row.label), format_amount(row.cents)) for row in rows)
    return "".join(
        f"<br><b>{line}</b>" if row.total else f"<br>{line}" for row, line in zip(rows, lines)
    )
