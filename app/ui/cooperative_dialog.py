"""The cooperative's settings: identity, contacts, logo, the producer line printed on labels, the
language of labels and customer documents, and the legal particulars printed on quotes and
attestations (VAT status, BCE, RPM, IBAN, signatory)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from app.i18n import LANGUAGE_NAMES
from app.services.people.cooperative import CooperativeInfo, default_producer_line
from app.services.people.legal_numbers import VatStatus, vat_status_label
from app.ui.dialogs import FormDialog
from app.ui.style import Role, set_role, size_by_font


def image_file_to_png(path: str, max_side: int = 600) -> bytes | None:
    """Any image file Qt reads, scaled down to at most max_side pixels, as PNG bytes."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(
            max_side,
            max_side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def label_language_combo(language: str) -> QComboBox:
    """The four languages, each named in its own script as the Langue menu names them (item
    data: the code), `language` chosen (French when it is none of them)."""
    combo = QComboBox()
    for code, name in LANGUAGE_NAMES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(language)))
    return combo


class CooperativeDialog(FormDialog):
    """`save(typed())` writes; with `reload` (the cooperative read anew), a save refused because
    another window changed the settings meanwhile shows them (`refill`)."""

    def __init__(self, save, info: CooperativeInfo | None, parent=None, reload=None):
        super().__init__(save, parent, reload)
        self.setObjectName("cooperative_dialog")
        self.setWindowTitle(self.tr("Paramètres de la coopérative"))
        size_by_font(self, min_width=74)
        info = info or CooperativeInfo(name="")
        self._info = info
        self.logo_png = info.logo_png
        self.name = QLineEdit(info.name)
        self.address = QPlainTextEdit(info.address)
        size_by_font(self.address, height=4.4)
        self.email = QLineEdit(info.email)
        self.phone = QLineEdit(info.phone)
        self.vat_number = QLineEdit(info.vat_number)
        self.vat_number.setPlaceholderText(self.tr("facultatif, par exemple BE 0123.456.789"))
        self.producer_line = QLineEdit(info.producer_line)
        self.producer_line.setPlaceholderText(self.tr("Produit par … (imprimé sur les étiquettes)"))
        self.label_language = label_language_combo(info.label_language)
        self.label_language.setToolTip(
            self.tr("Les étiquettes, la liste de prix, les fiches allergènes et les devis.")
        )
        self._shown_language = self.label_language.currentData()
        self.label_language.currentIndexChanged.connect(self._language_picked)
        self.logo_preview = QLabel()
        size_by_font(self.logo_preview, width=14, height=6)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.logo_preview, Role.FRAME)
        choose = QPushButton(self.tr("Choisir un logo…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Retirer le logo"))
        remove.clicked.connect(lambda: self._set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        self._set_logo(info.logo_png)

        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("name", self.tr("Nom *"), self.name),
                ("address", self.tr("Adresse"), self.address),
                ("email", self.tr("E-mail"), self.email),
                ("phone", self.tr("Téléphone"), self.phone),
                ("vat_number", self.tr("N° d'entreprise / TVA"), self.vat_number),
                ("producer_line", self.tr("Ligne « producteur »"), self.producer_line),
                (
                    "label_language",
                    self.tr("Langue des étiquettes et documents clients"),
                    self.label_language,
                ),
                *self._build_legal_fields(info),
            ),
        )
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow("", self.errors.add("logo", self.logo_preview))
        self.lay_out(form)

    def _build_legal_fields(self, info: CooperativeInfo) -> list[tuple[str, str, object]]:
        """VAT status, BCE, RPM, IBAN and signatory: what quotes and attestations print."""
        self.vat_status = QComboBox()
        for status in VatStatus:
            self.vat_status.addItem(vat_status_label(status), status.value)
        self.vat_status.setCurrentIndex(max(0, self.vat_status.findData(info.vat_status)))
        self.bce_number = QLineEdit(info.bce_number)
        self.bce_number.setPlaceholderText(self.tr("par exemple 0123.456.749"))
        self.rpm = QLineEdit(info.rpm)
        self.rpm.setPlaceholderText(self.tr("par exemple RPM Liège, division Liège"))
        self.iban = QLineEdit(info.iban)
        self.iban.setPlaceholderText(self.tr("pour les virements, par exemple BE68 5390 0754 7034"))
        self.signatory_name = QLineEdit(info.signatory_name)
        self.signatory_function = QLineEdit(info.signatory_function)
        self.signatory_function.setPlaceholderText(self.tr("par exemple Coordinatrice"))
        return [
            ("vat_status", self.tr("TVA"), self.vat_status),
            ("bce_number", self.tr("N° d'entreprise (BCE)"), self.bce_number),
            ("rpm", self.tr("RPM"), self.rpm),
            ("iban", self.tr("IBAN"), self.iban),
            ("signatory_name", self.tr("Qui signe (nom)"), self.signatory_name),
            ("signatory_function", self.tr("Qui signe (fonction)"), self.signatory_function),
        ]

    def _language_picked(self) -> None:
        """The producer line she did not write herself (the default) follows the language."""
        language = self.label_language.currentData()
        name, address = self.name.text(), self.address.toPlainText()
        if self.producer_line.text() == default_producer_line(name, address, self._shown_language):
            self.producer_line.setText(default_producer_line(name, address, language))
            self.producer_line.setCursorPosition(0)
        self._shown_language = language

    def refill(self, record: CooperativeInfo) -> None:
        """Show the settings as they are now (another window saved them meanwhile)."""
        self._info = record
        for field in (
            *("name", "email", "phone", "vat_number", "producer_line"),
            *("bce_number", "rpm", "iban", "signatory_name", "signatory_function"),
        ):
            getattr(self, field).setText(getattr(record, field))
        self.address.setPlainText(record.address)
        self.vat_status.setCurrentIndex(max(0, self.vat_status.findData(record.vat_status)))
        self.label_language.blockSignals(True)
        self.label_language.setCurrentIndex(
            max(0, self.label_language.findData(record.label_language))
        )
        self.label_language.blockSignals(False)
        self._shown_language = self.label_language.currentData()
        self._set_logo(record.logo_png)

    def _set_logo(self, png: bytes | None) -> None:
        self.logo_png = png
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    90,
                    90,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(aucun)"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir un logo"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"),
        )
        if path:
            png = image_file_to_png(path)
            if png is None:
                self.errors.clear()
                self.general_error.setText(self.tr("Ce fichier n'est pas une image lisible."))
                self.general_error.show()
            else:
                self._set_logo(png)

    def typed(self) -> CooperativeInfo:
        return CooperativeInfo(
            name=self.name.text(),
            address=self.address.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
            vat_number=self.vat_number.text(),
            producer_line=self.producer_line.text(),
            logo_png=self.logo_png,
            label_language=self.label_language.currentData(),
            vat_status=self.vat_status.currentData(),
            bce_number=self.bce_number.text(),
            rpm=self.rpm.text(),
            iban=self.iban.text(),
            signatory_name=self.signatory_name.text(),
            signatory_function=self.signatory_function.text(),
        )
