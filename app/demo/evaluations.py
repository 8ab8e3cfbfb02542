"""Demo evaluations: cohort 1's observation grid over its 3 closing sale days (two evaluators),
cohort 2's self-and-peer evaluation (the tastings are in app/demo/tastings.py).

The demo's coordinator PIN is "1234" (documented in docs/readme-evaluations.md).
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.services.evaluations import campaigns, grid, peers, pin, report
from app.services.evaluations import framework as evaluation_framework

DEMO_PIN = "1234"


def _grid(session: Session, context: DemoContext) -> None:
    cohort_id = context.cohort_ids["c1"]
    campaign = campaigns.create_campaign(
        session, cohort_id, "grid", "Vente de fin de session", dt.date(2022, 7, 5), 3
    )
    evaluators = [context.person_ids["Pierre"], context.person_ids["Isabelle"]]
    campaigns.set_evaluators(session, campaign.id, evaluators)
    framework = evaluation_framework.get_framework(session, cohort_id)
    rng = random.Random(2022)
    members = campaigns.evaluated_members(session, cohort_id)
    for member in members:
        base = {c.id: rng.choice((2, 3, 3, 4)) for c in framework.competences}
        for day in (1, 2, 3):
            for index, evaluator in enumerate(evaluators):
                ratings = []
                for competence in framework.competences:
                    level = base[competence.id] + (day == 3 and rng.random() < 0.3)
                    if index == 1 and rng.random() < 0.25:
                        level += rng.choice((-1, 1))
                    if index == 1 and rng.random() < 0.02:
                        level -= 2  # a real disagreement to discuss
                    comment = ""
                    if competence.name == "Entraide" and day == 2 and index == 0:
                        comment = "Aide spontanément au service."
                    ratings.append(grid.RatingInput(competence.id, max(1, min(4, level)), comment))
                grid.save_sheet(session, campaign.id, evaluator, member.id, day, ratings)
    grid.finalise(session, campaign.id)
    report.set_feedback(
        session,
        cohort_id,
        context.person_ids["Amina"],
        "Amina a pris des initiatives pendant les trois jours de vente. Elle a bien "
        "accueilli les clients. À travailler : l'écoute dans l'équipe.",
    )


def _self_peer(session: Session, context: DemoContext) -> None:
    cohort_id = context.cohort_ids["c2"]
    campaign = campaigns.create_campaign(
        session, cohort_id, "self_peer", "Regards croisés de décembre", dt.date(2022, 12, 12)
    )
    framework = evaluation_framework.get_framework(session, cohort_id)
    adjectives = [a.id for a in evaluation_framework.list_adjectives(session)]
    rng = random.Random(12)
    members = campaigns.evaluated_members(session, cohort_id)
    # Each member has a few words that teammates tend to see in her.
    typical = {m.id: rng.sample(adjectives, 4) for m in members}
    for member in members[:-1]:  # the last one has not answered yet
        answers = [
            peers.SelfAnswerInput(
                c.id, rng.random() < 0.65, "" if rng.random() < 0.8 else "Je progresse."
            )
            for c in framework.competences
        ]
        picks = {}
        for target in members:
            chosen = rng.sample(typical[target.id], 3)
            extra = rng.choice([a for a in adjectives if a not in chosen])
            picks[target.id] = chosen + ([extra] if rng.random() < 0.5 else [])
        peers.submit_entry(session, campaign.id, member.id, answers, picks)
    report.set_feedback(
        session,
        cohort_id,
        context.person_ids["Diane"],
        "Diane a guidé l'équipe pour les étiquettes des energy balls. Elle écoute et "
        "explique avec patience.",
    )


SEED_ORDER = 60  # build_demo runs the seeders in increasing order (app/demo/__init__.py)


def seed(session: Session, context: DemoContext) -> None:
    pin.set_pin(session, DEMO_PIN, DEMO_PIN)
    _grid(session, context)
    _self_peer(session, context)
