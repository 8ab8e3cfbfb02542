"""Demo register of decisions: the 2022 profit sharing of cohort 1 as a register entry (its
rounds and the authors of its objections filled in), two other decisions taken by consent, and the
charter (two versions) and house rules signed by the members."""

from __future__ import annotations

import datetime as dt

from app.demo.context import DemoContext
from app.services.decisions import documents, register
from app.services.decisions.register import DecisionInput, ObjectionInput
from app.vocab.decisions import DecisionKind, DocumentKind, Position

SEED_ORDER = 45  # after the sales (40): the profit sharing's register entry exists

CHARTER_V1 = (
    "Nous sommes une coopérative éphémère de femmes. Nous décidons ensemble, par consentement : "
    "chacune défend son idée, chacune est écoutée."
)
CHARTER_V2 = CHARTER_V1 + (
    " Une objection est une raison, pas un refus : nous cherchons ensemble comment l'intégrer."
)
HOUSE_RULES = (
    "Arriver à 8 h 30. Prévenir la déléguée du jour en cas d'absence. Tablier et charlotte en "
    "cuisine. Le téléphone reste dans le sac pendant la production."
)


def _profit_sharing_entry(session, context: DemoContext) -> None:
    c1 = context.cohort_ids["c1"]
    (entry,) = [
        d for d in register.list_decisions(session, c1) if d.kind == DecisionKind.PROFIT_SHARING
    ]
    authors = [context.person_ids["Clarisse"], context.person_ids["Khadija"]]
    data = entry.as_input()
    register.update_decision(
        session,
        entry.id,
        DecisionInput(
            **{
                **data.__dict__,
                "title": "Partage du bénéfice de la coopérative 1",
                "clarifications": (
                    "Les heures comptent-elles les matinées de formation ? Oui, toutes les "
                    "matinées de présence."
                ),
                "reactions": "Chacune a défendu son idée ; la garde des enfants a beaucoup pesé.",
                "objections": tuple(
                    ObjectionInput(author, line.objection, line.integration)
                    for author, line in zip(authors, data.objections, strict=True)
                ),
            }
        ),
    )


def seed(session, context: DemoContext) -> None:
    _profit_sharing_entry(session, context)
    c1 = context.cohort_ids["c1"]
    members = context.members_by_cohort["c1"]
    name = context.person_ids
    register.record_decision(
        session,
        DecisionInput(
            cohort_id=c1,
            decided_on=dt.date(2022, 5, 3),
            title="Heure de début",
            proposal="Commencer la production à 9 h au lieu de 8 h 30.",
            clarifications="Et le mercredi ? Les écoles finissent à midi.",
            reactions="Plus facile pour déposer les enfants ; la cuisine est libre jusqu'à 13 h.",
            outcome="Adopté : 9 h, et 9 h 30 le mercredi.",
            review_on=dt.date(2022, 6, 7),
            positions=tuple(
                (pid, Position.OBJECTION if pid == name["Fatoumata"] else Position.CONSENT)
                for pid in members[:11]
            )
            + ((members[11], Position.ABSTENTION), (members[12], Position.ABSENT)),
            objections=(
                ObjectionInput(
                    name["Fatoumata"],
                    "Le mercredi, je dois chercher mon fils à midi.",
                    "Le mercredi, on commence à 9 h 30 et elle part à 11 h 45.",
                ),
            ),
        ),
    )
    register.record_decision(
        session,
        DecisionInput(
            cohort_id=c1,
            decided_on=dt.date(2022, 6, 14),
            title="Frigo d'occasion",
            proposal="Acheter un frigo d'occasion (150 €) avec le fonds commun.",
            reactions="Le frigo actuel est trop petit pour les traiteurs.",
            outcome="Adopté après vérification de la température par deux membres.",
            positions=tuple((pid, Position.CONSENT) for pid in members[:10]),
        ),
    )
    _cohort_2_decision(session, context)
    charter = documents.add_version(session, DocumentKind.CHARTER, CHARTER_V1, dt.date(2022, 4, 26))
    for pid in members[:8]:
        documents.sign(session, charter.id, pid, dt.date(2022, 4, 26))
    charter = documents.add_version(session, DocumentKind.CHARTER, CHARTER_V2, dt.date(2022, 5, 10))
    for pid in members[:12]:
        documents.sign(session, charter.id, pid, dt.date(2022, 5, 10))
    rules = documents.add_version(
        session, DocumentKind.HOUSE_RULES, HOUSE_RULES, dt.date(2022, 4, 26)
    )
    for pid in members:
        documents.sign(session, rules.id, pid, dt.date(2022, 4, 27))


def _cohort_2_decision(session, context: DemoContext) -> None:
    members = context.members_by_cohort["c2"]
    nadia = context.person_ids["Nadia"]
    register.record_decision(
        session,
        DecisionInput(
            cohort_id=context.cohort_ids["c2"],
            decided_on=dt.date(2022, 11, 8),
            title="Stand au marché de Noël",
            proposal="Tenir un stand au marché de Noël le 10 décembre avec soupes et biscuits.",
            clarifications="Qui porte le matériel ? La camionnette de l'asbl.",
            reactions="Bonne occasion de vendre ; il fera froid.",
            outcome="Adopté : stand de 10 h à 16 h, deux équipes qui se relaient.",
            review_on=dt.date(2022, 12, 13),
            positions=tuple(
                (pid, Position.OBJECTION if pid == nadia else Position.CONSENT)
                for pid in members[:9]
            )
            + ((members[9], Position.ABSENT),),
            objections=(
                ObjectionInput(
                    nadia,
                    "Rester six heures dans le froid, c'est trop long.",
                    "Deux équipes de trois heures.",
                ),
            ),
        ),
    )
