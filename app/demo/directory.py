"""Demo directory: the 2022 partners (MAdiL, Plug-R, OuftiCoop, Epiphytes, InitiativES, IRFAM,
the WOW project), the funder (Fondation Roi Baudouin), the places visited, the three mentors of
"Un Deux Nous" (labels, accounting, storytelling) paired with members of both cohorts, the
mentoring mornings and visits linked to them, and a repeat customer with two orders.

Addresses and contact names are invented; the organisations are those of the 2022 report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.models.menus import CustomerOrder
from app.models.schedule import Morning
from app.services.directory import contacts, mentors, organisations
from app.services.directory.contacts import ContactInput
from app.services.directory.organisations import OrganisationInput
from app.services.menus import orders

SEED_ORDER = 35  # after the schedule (20) and the orders (30) it links to
MENTORS_GROUP = "Un Deux Nous (Le Monde des Possibles)"

ORGANISATIONS = [
    OrganisationInput(
        "MAdiL",
        "partner",
        address="Liège",
        notes="Ateliers boules énergétiques et alimentation durable (session 2).",
    ),
    OrganisationInput(
        "Plug-R",
        "partner",
        address="Liège",
        notes="Hub créatif : test de découverte marché et entretiens empathiques (session 2).",
    ),
    OrganisationInput(
        "OuftiCoop",
        "visit_host",
        address="Rue Hors-Château 1, 4000 Liège",
        transport_note="Bus 4 ou 10, arrêt Saint-Barthélemy, puis 3 minutes à pied.",
        notes="Supermarché participatif : visite « success story », fournisseurs en Belgique.",
    ),
    OrganisationInput(
        "Restaurant Utopia",
        "visit_host",
        address="Seraing",
        transport_note="Bus 2 depuis Liège-Guillemins, arrêt Seraing Pont.",
    ),
    OrganisationInput("Epiphytes", "partner", address="Liège"),
    OrganisationInput("InitiativES", "partner", address="Liège"),
    OrganisationInput(
        "IRFAM", "partner", address="Liège", notes="Partenaire du projet WOW (garde d'enfants)."
    ),
    OrganisationInput(
        "Projet WOW (WOmen knoW)", "partner", notes="Suite de Coopér'Actives dès septembre 2023."
    ),
    OrganisationInput(
        "Fondation Roi Baudouin", "funder", address="Rue Brederode 21, 1000 Bruxelles"
    ),
    OrganisationInput(
        "Un Deux Nous (Le Monde des Possibles)",
        "partner",
        notes="Le groupe des marraines et parrains bénévoles.",
    ),
    OrganisationInput(
        "Maison de quartier Saint-Léonard",
        "customer",
        address="Rue Saint-Léonard 300, 4000 Liège",
        phone="0470 11 22 33",
        notes="Cliente fidèle : un brunch, puis des boules énergétiques pour sa fête.",
    ),
    OrganisationInput(
        "Asbl Les Jardins de Bressoux",
        "customer",
        address="Rue de Visé 120, 4020 Liège",
        phone="04 343 00 00",
    ),
]
MENTORS = [
    ("Patricia", "Vente et étalage : mettre en valeur les produits, préparer les étiquettes."),
    ("Marie-Hélène", "Professeure d'économie : la comptabilité, prix de revient et bénéfices."),
    ("Jacques", "Visite d'OuftiCoop, les fournisseurs, le storytelling des produits."),
]
# Which members each mentor accompanies, by cohort (indexes in the cohort's member list).
PAIRS = {"c1": ((0, 0), (0, 1), (1, 2), (1, 3), (2, 4)), "c2": ((0, 0), (1, 1), (2, 2), (2, 3))}
VISIT_HOSTS = {"Supermarché coopératif": "OuftiCoop", "Restaurant": "Restaurant Utopia"}


def seed(session: Session, context: DemoContext) -> None:
    made = {data.name: organisations.create_organisation(session, data) for data in ORGANISATIONS}
    contacts.create_contact(
        session,
        ContactInput("Sarah", "Meunier", "speaker", made["Plug-R"].id, notes="Entretiens."),
    )
    mentor_ids = [
        contacts.create_contact(
            session,
            ContactInput(first, role="mentor", organisation_id=made[MENTORS_GROUP].id, notes=notes),
        ).id
        for first, notes in MENTORS
    ]
    for cohort_key, pairs in PAIRS.items():
        cohort_id = context.cohort_ids[cohort_key]
        members = context.members_by_cohort[cohort_key]
        for mentor_index, member_index in pairs:
            mentors.pair(
                session,
                cohort_id,
                mentor_ids[mentor_index],
                members[member_index],
                MENTORS[mentor_index][1].split(":")[0],
            )
        _link_mornings(session, cohort_id, mentor_ids, made)
    _link_orders(session, context, made)


def _link_mornings(session: Session, cohort_id: int, mentor_ids: list[int], made: dict) -> None:
    """The mentoring mornings name their mentor in turn; a visit names its host."""
    rows = session.scalars(
        select(Morning).where(Morning.cohort_id == cohort_id).order_by(Morning.date)
    ).all()
    mentoring = [row for row in rows if row.kind == "mentoring"]
    for index, row in enumerate(mentoring):
        row.mentor_id = mentor_ids[index % len(mentor_ids)]
    for row in rows:
        if row.kind != "visit":
            continue
        host = next((name for key, name in VISIT_HOSTS.items() if key in row.place), None)
        if host is not None:
            row.host_organisation_id = made[host].id
            row.meeting_point = "Devant la salle, 8h45"
    session.flush()


def _link_orders(session: Session, context: DemoContext, made: dict) -> None:
    """The orders of known customers point to the directory; the Maison de quartier orders again
    (energy balls for its December party): a repeat customer with two orders."""
    order_ids = context.extra["order_ids"]
    links = {
        "brunch": "Maison de quartier Saint-Léonard",
        "asbl_2022": "Asbl Les Jardins de Bressoux",
        "energy_balls": "OuftiCoop",
    }
    for key, name in links.items():
        session.get(CustomerOrder, order_ids[key]).organisation_id = made[name].id
    session.flush()
    balls = orders.get_order(session, order_ids["energy_balls"])
    again = orders.create_order(
        session,
        replace(
            balls.as_input(),
            customer="Maison de quartier Saint-Léonard",
            contact="Karim, 0470 11 22 33",
            event_date=dt.date(2022, 12, 10),
            status="accepted",
            organisation_id=made["Maison de quartier Saint-Léonard"].id,
        ),
        dt.date(2022, 11, 28),
    )
    order_ids["party"] = again.id
