"""Format B in the Evaluations tab, for the coordinator: who has answered, start the private entry,
and each member's results (self-assessment and Johari window of adjectives)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import listing
from app.services.evaluations import campaigns, peers
from app.ui.evaluations.common import (
    TextRowsModel,
    start_campaign,
)
from app.ui.style import Role, set_role, size_by_font
from app.ui.table_view import read_only_table
from app.ui.widgets import button
from app.vocab.evaluations import competence_category_label


class PeersPage(QWidget):
    """`private_entry_requested(campaign_id)` asks the tab to switch to private entry."""

    private_entry_requested = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.campaign = QComboBox()
        self.campaign.setObjectName("peer_campaign")
        self.campaign.setAccessibleName(self.tr("Évaluation"))
        size_by_font(self.campaign, min_width=37)
        self.campaign.currentIndexChanged.connect(lambda _i: self.load_campaign())
        self.new_button = button(
            self.tr("Nouvelle auto-évaluation…"), "new_self_peer", self.new_campaign
        )
        self.entry_button = button(
            self.tr("Saisie privée par les membres"),
            "start_private_entry",
            self.request_entry,
            tooltip=self.tr(
                "Chaque membre répond seule ; personne ne voit les réponses des autres."
            ),
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Évaluation :")))
        top.addWidget(self.campaign)
        for widget in (self.new_button, self.entry_button):
            size_by_font(widget, min_height=2)
            top.addWidget(widget)
        top.addStretch(1)

        self.status_model = TextRowsModel([self.tr("Membre"), self.tr("A répondu")])
        self.status = read_only_table("peer_status", self.tr("Qui a répondu"), self.status_model)
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
        self.self_model = TextRowsModel(
            [self.tr("Compétence"), self.tr("Catégorie"), self.tr("Réponse"), self.tr("Note")]
        )
        self.self_table = read_only_table(
            "self_answers", self.tr("Auto-évaluation"), self.self_model
        )
        results = QGroupBox(self.tr("Résultats d'un membre (coordinatrice seulement)"))
        results_layout = QVBoxLayout(results)
        results_layout.addWidget(self.member)
        for title, label in (
            (self.tr("Ouvert : choisi par la personne et par ses collègues"), self.open_words),
            (self.tr("Aveugle : choisi par ses collègues seulement"), self.blind_words),
            (self.tr("Caché : choisi par la personne seulement"), self.hidden_words),
        ):
            heading = QLabel(title)
            set_role(heading, Role.STRONG)
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
            return listing(w if n == 1 else f"{w} (×{n})" for w, n in items) or "—"

        self.open_words.setText(counted(window.open))
        self.blind_words.setText(counted(window.blind))
        self.hidden_words.setText(listing(window.hidden) or "—")
        self.self_model.set_rows(
            [
                [
                    a.competence_name,
                    competence_category_label(a.category),
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
        start_campaign(self, "self_peer")
