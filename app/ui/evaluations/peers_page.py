"""Format B in the Evaluations tab, for the coordinator: who has answered, start the private entry,
and each member's results (self-assessment and Johari window of adjectives)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.evaluations import campaigns, framework, peers
from app.ui.areas import Area
from app.ui.evaluations.common import CampaignDialog, RowsModel, table_view


class PeersPage(QWidget):
    """`private_entry_requested(campaign_id)` asks the tab to switch to private entry."""

    private_entry_requested = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.campaign = QComboBox()
        self.campaign.setObjectName("peer_campaign")
        self.campaign.setAccessibleName(self.tr("Évaluation"))
        self.campaign.setMinimumWidth(260)
        self.campaign.currentIndexChanged.connect(lambda _i: self.load_campaign())
        self.new_button = QPushButton(self.tr("Nouvelle auto-évaluation…"))
        self.new_button.setObjectName("new_self_peer")
        self.new_button.clicked.connect(self.new_campaign)
        self.entry_button = QPushButton(self.tr("Saisie privée par les membres"))
        self.entry_button.setObjectName("start_private_entry")
        self.entry_button.setToolTip(
            self.tr("Chaque membre répond seule ; personne ne voit les réponses des autres.")
        )
        self.entry_button.clicked.connect(self.request_entry)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Évaluation :")))
        top.addWidget(self.campaign)
        for button in (self.new_button, self.entry_button):
            button.setMinimumHeight(32)
            button.setAccessibleName(button.text())
            top.addWidget(button)
        top.addStretch(1)

        self.status_model = RowsModel([self.tr("Membre"), self.tr("A répondu")])
        self.status = table_view(self.status_model, "peer_status", self.tr("Qui a répondu"))
        status_box = QGroupBox(self.tr("Réponses"))
        QVBoxLayout(status_box).addWidget(self.status)

        self.member = QComboBox()
        self.member.setObjectName("peer_member")
        self.member.setAccessibleName(self.tr("Membre"))
        self.member.currentIndexChanged.connect(lambda _i: self.load_member())
        self.open_words = QLabel()
        self.blind_words = QLabel()
        self.hidden_words = QLabel()
        for label, name in (
            (self.open_words, "johari_open"),
            (self.blind_words, "johari_blind"),
            (self.hidden_words, "johari_hidden"),
        ):
            label.setObjectName(name)
            label.setWordWrap(True)
        self.self_model = RowsModel(
            [self.tr("Compétence"), self.tr("Catégorie"), self.tr("Elle dit"), self.tr("Note")]
        )
        self.self_table = table_view(self.self_model, "self_answers", self.tr("Auto-évaluation"))
        results = QGroupBox(self.tr("Résultats d'un membre (coordinatrice seulement)"))
        results_layout = QVBoxLayout(results)
        results_layout.addWidget(self.member)
        for title, label in (
            (self.tr("Ouvert : choisi par elle et par ses collègues"), self.open_words),
            (self.tr("Aveugle : choisi par ses collègues seulement"), self.blind_words),
            (self.tr("Caché : choisi par elle seulement"), self.hidden_words),
        ):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            results_layout.addWidget(heading)
            results_layout.addWidget(label)
        results_layout.addWidget(self.self_table, 1)

        split = QSplitter()
        split.addWidget(status_box)
        split.addWidget(results)
        split.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def campaign_id(self) -> int | None:
        return self.campaign.currentData()

    def refresh(self) -> None:
        current = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        if self.ctx.cohort_id:
            with self.ctx.db.session() as session:
                for info in campaigns.list_campaigns(session, self.ctx.cohort_id, "self_peer"):
                    self.campaign.addItem(info.title, info.id)
        index = self.campaign.findData(current)
        self.campaign.setCurrentIndex(index if index >= 0 else self.campaign.count() - 1)
        self.campaign.blockSignals(False)
        self.load_campaign()

    def load_campaign(self) -> None:
        campaign_id = self.campaign_id()
        self.entry_button.setEnabled(campaign_id is not None)
        self.new_button.setEnabled(bool(self.ctx.cohort_id))
        keep = self.member.currentData()
        self.member.blockSignals(True)
        self.member.clear()
        statuses = []
        if campaign_id is not None:
            with self.ctx.db.session() as session:
                statuses = peers.entry_status(session, campaign_id)
        self.status_model.set_rows(
            [
                [s.member_name, self.tr("oui") if s.submitted else self.tr("pas encore")]
                for s in statuses
            ],
            [s.member_id for s in statuses],
        )
        for status in statuses:
            self.member.addItem(status.member_name, status.member_id)
        self.member.setCurrentIndex(max(0, self.member.findData(keep)))
        self.member.blockSignals(False)
        self.load_member()

    def load_member(self) -> None:
        campaign_id, member_id = self.campaign_id(), self.member.currentData()
        if campaign_id is None or member_id is None:
            for label in (self.open_words, self.blind_words, self.hidden_words):
                label.setText("—")
            self.self_model.set_rows([])
            return
        with self.ctx.db.session() as session:
            window = peers.johari(session, campaign_id, member_id)
            answers = peers.self_answers(session, campaign_id, member_id)

        def counted(items) -> str:
            return ", ".join(w if n == 1 else f"{w} (×{n})" for w, n in items) or "—"

        self.open_words.setText(counted(window.open))
        self.blind_words.setText(counted(window.blind))
        self.hidden_words.setText(", ".join(window.hidden) or "—")
        self.self_model.set_rows(
            [
                [
                    a.competence_name,
                    framework.category_label(a.category),
                    self.tr("je l'ai déjà") if a.has_it else self.tr("à travailler"),
                    a.note,
                ]
                for a in answers
            ]
        )

    def request_entry(self) -> None:
        campaign_id = self.campaign_id()
        if campaign_id is not None:
            self.private_entry_requested.emit(campaign_id)

    def new_campaign(self) -> None:
        cohort_id = self.ctx.cohort_id
        if not cohort_id:
            return

        def save(values):
            title, kind, start, days = values
            with self.ctx.db.session() as session:
                return campaigns.create_campaign(session, cohort_id, kind, title, start, days)

        dialog = CampaignDialog(save, QDate(self.ctx.today()), "self_peer", self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.ctx.changed(Area.EVALUATIONS)
            index = self.campaign.findData(dialog.result_value.id)
            if index >= 0:
                self.campaign.setCurrentIndex(index)
