"""The charter and the house rules: every version (the latest first), its text, who signed it and
when; a new version, a signature, with undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import format_date
from app.services.decisions import documents, register
from app.services.decisions.documents import DocumentInfo
from app.ui.areas import Area
from app.ui.decisions.commands import AddVersion, Sign
from app.ui.dialogs import FormDialog
from app.ui.row_model import Column, RowModel
from app.ui.table_view import read_only_table, select_key, select_row, selected_row, sorted_proxy
from app.ui.vocab_combo import add_choices
from app.ui.widgets import button, date_edit, hbox
from app.vocab.decisions import DocumentKind, document_kind_label


class VersionDialog(FormDialog):
    """A new version of the charter or the house rules: its kind, text and adoption date."""

    def __init__(self, save, today, start: DocumentInfo | None = None, parent=None):
        super().__init__(save, parent)
        self.setObjectName("document_version_dialog")
        self.setWindowTitle(self.tr("Nouvelle version"))
        self.kind = add_choices(QComboBox(), DocumentKind, document_kind_label)
        self.body = QPlainTextEdit(start.body if start else "")
        self.body.setMinimumHeight(200)
        if start:
            self.kind.setCurrentIndex(self.kind.findData(start.kind))
        self.adopted_on = date_edit(today)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("kind", self.tr("Document"), self.kind),
                ("body", self.tr("Texte *"), self.body),
                ("adopted_on", self.tr("Adopté le *"), self.adopted_on),
            ),
        )
        self.lay_out(form)

    def typed(self):
        return self.kind.currentData(), self.body.toPlainText(), self.adopted_on.date().toPython()


class SignDialog(FormDialog):
    """Who signs the version shown, and on which day (those who signed it are not offered)."""

    def __init__(self, save, members: list[tuple[int, str]], today, parent=None):
        super().__init__(save, parent)
        self.setObjectName("sign_dialog")
        self.setWindowTitle(self.tr("Signer le document"))
        self.person = QComboBox()
        for person_id, name in members:
            self.person.addItem(name, person_id)
        self.signed_on = date_edit(today)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("person", self.tr("Membre"), self.person),
                ("signed_on", self.tr("Signé le"), self.signed_on),
            ),
        )
        self.lay_out(form)

    def typed(self):
        return self.person.currentData(), self.signed_on.date().toPython()


def documents_model(parent=None) -> RowModel:
    return RowModel(
        [
            Column(
                QCoreApplication.translate("Decisions", "Document"),
                lambda d: document_kind_label(d.kind),
            ),
            Column(
                QCoreApplication.translate("Decisions", "Version"), lambda d: d.version, right=True
            ),
            Column(
                QCoreApplication.translate("Decisions", "Adopté le"),
                lambda d: format_date(d.adopted_on),
            ),
            Column(
                QCoreApplication.translate("Decisions", "Signatures"),
                lambda d: len(d.signatures),
                right=True,
            ),
        ],
        parent=parent,
    )


def signatures_model(parent=None) -> RowModel:
    return RowModel(
        [
            Column(QCoreApplication.translate("Decisions", "Membre"), lambda s: s.name),
            Column(
                QCoreApplication.translate("Decisions", "Signé le"),
                lambda s: format_date(s.signed_on),
            ),
        ],
        key=lambda s: s.person_id,
        parent=parent,
    )


class DocumentsPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("documents_page")
        self.model = documents_model(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = read_only_table("documents_table", self.tr("Charte et règlement"), self.proxy)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.text = QPlainTextEdit()
        self.text.setObjectName("document_text")
        self.text.setAccessibleName(self.tr("Texte du document"))
        self.text.setReadOnly(True)
        self.signatures = signatures_model(self)
        self.signatures_table = read_only_table(
            "signatures_table", self.tr("Signatures"), self.signatures
        )
        self.version_button = button(
            self.tr("Nouvelle version"), "add_document_version", self.add_version, tall=True
        )
        self.sign_button = button(self.tr("Signer"), "sign_document", self.sign, tall=True)
        self.unsigned_label = QLabel()
        splitter = QSplitter()
        splitter.addWidget(self.text)
        splitter.addWidget(self.signatures_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(splitter, 2)
        layout.addWidget(self.unsigned_label)
        layout.addLayout(hbox(self.version_button, self.sign_button, stretch_after=True))

    def refresh(self) -> None:
        selected = self.selected()
        with self.ctx.db.session() as session:
            rows = documents.list_documents(session)
        self.model.set_rows(rows)
        if selected is not None:
            select_key(self.table, self.proxy, self.model, selected.id)
        elif rows:
            select_row(self.table, 0)
        self._show_selected()

    def selected(self) -> DocumentInfo | None:
        return selected_row(self.table, self.proxy, self.model)

    def _unsigned(self, document: DocumentInfo) -> list[tuple[int, str]]:
        cohort_id = self.ctx.cohort_id
        if cohort_id is None:
            return []
        with self.ctx.db.session() as session:
            members = register.cohort_members(session, cohort_id)
        return [(pid, name) for pid, name in members if not document.signed_by(pid)]

    def _show_selected(self) -> None:
        document = self.selected()
        self.text.setPlainText(document.body if document else "")
        self.signatures.set_rows(document.signatures if document else [])
        unsigned = self._unsigned(document) if document else []
        self.unsigned_label.setText(
            self.tr(
                "Pas encore signée par %n membre(s) de la cohorte.",
                "",
                len(unsigned),
            )
            if document
            else ""
        )
        self.sign_button.setEnabled(bool(unsigned))

    def add_version(self) -> None:
        def save(typed):
            kind, body, adopted_on = typed
            with self.ctx.db.session() as session:
                return documents.add_version(session, kind, body, adopted_on)

        dialog = VersionDialog(save, self.ctx.today(), self.selected(), parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddVersion(self.ctx, dialog.result_value))
            self.ctx.changed(Area.DECISIONS)
            select_key(self.table, self.proxy, self.model, dialog.result_value.id)

    def sign(self) -> None:
        document = self.selected()
        if document is None:
            return

        def save(typed):
            person_id, signed_on = typed
            with self.ctx.db.session() as session:
                documents.sign(session, document.id, person_id, signed_on)
            return typed

        dialog = SignDialog(save, self._unsigned(document), self.ctx.today(), parent=self)
        if dialog.exec() and dialog.result_value is not None:
            person_id, signed_on = dialog.result_value
            self.ctx.undo_stack.push(Sign(self.ctx, document.id, person_id, signed_on))
            self.ctx.changed(Area.DECISIONS)
