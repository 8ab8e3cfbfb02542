"""Small shared pieces of the Evaluations tab: a read-only table model over rows of text, the
dialog that starts a campaign and the action that opens it, and number formatting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
)

from app.services.evaluations import campaigns
from app.services.evaluations.campaigns import DEFAULT_GRID_DAYS
from app.ui.areas import Area
from app.ui.dialogs import FormDialog
from app.ui.row_model import Column, RowModel
from app.ui.style import size_by_font
from app.ui.vocab_combo import add_choices
from app.ui.widgets import date_edit
from app.vocab.evaluations import CampaignFormat, campaign_format_label


def number(value: float | None, decimals: int = 1) -> str:
    """1.5 -> "1,5"; None -> "—" (French decimal comma)."""
    if value is None:
        return "—"
    text = f"{value:.{decimals}f}".replace(".", ",")
    return text[:-2] if decimals and text.endswith(",0") else text


@dataclass(frozen=True)
class TextRow:
    key: object
    cells: tuple[str, ...]


def _cell(column: int) -> Callable[[TextRow], str]:
    return lambda row: row.cells[column] if column < len(row.cells) else ""


class TextRowsModel(RowModel):
    """Read-only rows of text under headers, each with a key (its `UserRole`, `key_at`)."""

    def __init__(self, headers: list[str], parent=None):
        columns = [Column(header, _cell(index)) for index, header in enumerate(headers)]
        super().__init__(columns, key=lambda row: row.key, parent=parent)

    def set_rows(self, rows: list[list[str]], keys: list[object] | None = None) -> None:
        keys = list(keys or [])
        keys += [None] * (len(rows) - len(keys))
        super().set_rows(TextRow(key, tuple(cells)) for cells, key in zip(rows, keys))


class CampaignDialog(FormDialog):
    """Title, format, first day and number of days of a new evaluation."""

    def __init__(self, save: Callable, today: QDate, kind: str = "grid", parent=None):
        super().__init__(save, parent)
        self.setObjectName("campaign_dialog")
        self.setWindowTitle(self.tr("Nouvelle évaluation"))
        size_by_font(self, min_width=60)
        self.title = QLineEdit()
        self.kind = add_choices(QComboBox(), CampaignFormat, campaign_format_label)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.start = date_edit(today)
        self.days = QSpinBox()
        self.days.setRange(1, 30)
        self.days.setValue(DEFAULT_GRID_DAYS)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.days.setEnabled(self.kind.currentData() == "grid")
        )
        self.days.setEnabled(kind == "grid")
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("title", self.tr("Titre *"), self.title),
                ("format", self.tr("Format"), self.kind),
                ("start_date", self.tr("Premier jour"), self.start),
                ("days", self.tr("Nombre de jours de vente"), self.days),
            ),
        )
        self.lay_out(form)
        self.title.setFocus()

    def typed(self):
        return (
            self.title.text(),
            self.kind.currentData(),
            self.start.date().toPython(),
            self.days.value(),
        )


def start_campaign(page, kind: str) -> None:
    """Asks for a new evaluation of `kind` ("grid" or "self_peer") of the current cohort, then
    shows it in the page's `campaign` list."""
    cohort_id = page.ctx.cohort_id
    if not cohort_id:
        return

    def save(values):
        title, chosen_kind, start, days = values
        with page.ctx.db.session() as session:
            return campaigns.create_campaign(session, cohort_id, chosen_kind, title, start, days)

    dialog = CampaignDialog(save, QDate(page.ctx.today()), kind, page)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
        page.ctx.changed(Area.EVALUATIONS)
        index = page.campaign.findData(dialog.result_value.id)
        if index >= 0:
            page.campaign.setCurrentIndex(index)
