"""Preview a PDF in the app (QtPdf), then print it through the system dialog or save it.

QtPdf, QtPdfWidgets and QtPrintSupport are imported when a preview is opened or printed, not with
this module: pages import it to offer their print buttons, and the idle preloading of the tabs'
modules (app/ui/preload.py) would otherwise load those libraries for a person who never prints."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.ui.style import chars, lines, size_by_font

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class PdfPreviewDialog(QDialog):
    """Shows `pdf_bytes`; "Imprimer" opens the printer dialog, "Enregistrer en PDF" saves a copy."""

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        suggested_name: str = "document.pdf",
        parent=None,
        actual_size: bool = False,
    ):
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(title)
        self.resize(chars(117), lines(56.2))
        self.pdf_bytes = pdf_bytes
        self.suggested_name = suggested_name
        self.actual_size = actual_size
        self._data = QByteArray(pdf_bytes)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Aperçu"))

        pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.print_button.setObjectName("print")
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Enregistrer en PDF…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save_document)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, close):
            size_by_font(button, min_height=2.2)
            button.setAccessibleName(button.text())
        row = QHBoxLayout()
        row.addWidget(pages)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        if actual_size:
            # label sheets: "fit to page" shrinks the letters below the legal size and moves
            # every label off its place on the sheet
            self.actual_size_note = QLabel(
                self.tr(
                    "Imprimez à la taille réelle (100 %) : dans la fenêtre d'impression, "
                    "ne choisissez pas « Ajuster à la page ». Sinon les lettres deviennent "
                    "trop petites pour la loi et les étiquettes sortent à côté des cases."
                )
            )
            self.actual_size_note.setObjectName("actual_size_note")
            self.actual_size_note.setWordWrap(True)
            layout.addWidget(self.actual_size_note)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def save_to(self, path: Path) -> None:
        Path(path).write_bytes(self.pdf_bytes)

    def ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer en PDF"),
            str(Path.home() / self.suggested_name),
            "PDF (*.pdf)",
        )
        return path

    def save_document(self) -> None:
        path = self.ask_save_path()
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.actual_size:
            # the page's corner is the paper's corner, not the printable area's
            printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.render_to(printer)

    def render_to(self, printer: QPrinter) -> None:
        """Draw every page at the printer's resolution (actual size, no scaling to fit)."""
        painter = QPainter(printer)
        try:
            dpi = printer.resolution()
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                size_pt = self.document.pagePointSize(index)
                width = int(size_pt.width() / 72 * dpi)
                height = int(size_pt.height() / 72 * dpi)
                image = self.document.render(index, QSize(width, height))
                painter.drawImage(QPointF(0, 0), image)
        finally:
            painter.end()


def preview_pdf(
    pdf_bytes: bytes, title: str, suggested_name: str, parent=None, actual_size: bool = False
) -> None:
    """Open the preview (tests replace `PdfPreviewDialog.exec`); `actual_size` for label sheets
    says to print at 100 % and prints from the paper's corner."""
    PdfPreviewDialog(pdf_bytes, title, suggested_name, parent, actual_size).exec()
