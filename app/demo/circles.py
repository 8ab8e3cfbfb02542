"""Demo circles of cohort 2: "Achats et stock" (its members the ones the history suggests) and
"Communication", each with its mandate, a starter checklist partly done, a lead, a meeting with
its minutes and open tasks (one due on the demo's today, one late)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.demo.delegate import DEMO_TODAY
from app.services.circles import checklist, circles, lead, meetings, tasks
from app.services.circles.circles import CircleInput
from app.services.circles.suggestions import suggest_members

SEED_ORDER = 52  # after the rotation (50): its done tasks and ticks make the suggestions

PURCHASING = (
    "Achats et stock",
    "Choisir les fournisseurs, acheter pour la semaine jusqu'à 80 €, tenir le stock.",
    "Un achat de plus de 80 €, un nouveau fournisseur.",
    (
        ("Faire la liste des fournisseurs du quartier", True),
        ("Ouvrir une fiche de stock", True),
        ("Comparer les prix de deux grossistes", False),
    ),
    "Prix comparés chez deux grossistes : le marché est moins cher pour les dattes.",
    ("Commander les dattes pour la semaine", "Compter le stock de farine"),
)
COMMUNICATION = (
    "Communication",
    "Les affiches, les photos, les messages aux clientes.",
    "Le nom des produits, les prix affichés.",
    (
        ("Faire l'affiche de la vente", True),
        ("Prendre les photos des produits", False),
    ),
    "Affiche prête ; photos des energy balls jeudi.",
    ("Imprimer l'affiche en couleur",),
)


def _seed_circle(session: Session, cohort_id: int, spec, members, started: dt.date) -> int:
    name, alone, group, lines, minutes, open_tasks = spec
    made = circles.create_circle(
        session, CircleInput(cohort_id, name, tuple(members), alone, group)
    )
    for text, done in lines:
        line = checklist.add_item(session, made.id, text)
        if done:
            checklist.set_done(session, line.id, True, started, members[0])
    lead.pass_lead(session, made.id, started)
    meetings.record_meeting(session, made.id, started + dt.timedelta(days=2), minutes)
    # One task due on the demo's today, the next one already late.
    due_dates = (DEMO_TODAY, DEMO_TODAY - dt.timedelta(days=1))
    for index, text in enumerate(open_tasks):
        tasks.add_circle_task(
            session, made.id, text, members[index % len(members)], due_dates[index % 2], started
        )
    return made.id


def seed(session: Session, context: DemoContext) -> None:
    c2 = context.cohort_ids["c2"]
    people = context.members_by_cohort["c2"]
    suggested = [s.person_id for s in suggest_members(session, c2, PURCHASING[0], PURCHASING[1])]
    buyers = (suggested + [p for p in people if p not in suggested])[:3]
    speakers = [p for p in people if p not in buyers][:3]
    started = DEMO_TODAY - dt.timedelta(days=7)
    context.extra["circle_ids"] = {
        PURCHASING[0]: _seed_circle(session, c2, PURCHASING, buyers, started),
        COMMUNICATION[0]: _seed_circle(session, c2, COMMUNICATION, speakers, started),
    }
