"""Demo cooperative, cohorts and people. All names are invented; countries are the 2022 ones.

Cohort 3 is the next one, prepared while cohort 2 runs: it starts in January 2023, after cohort 2
ends, with new members and one who comes back (Mariama left cohort 1 early for a job that ended)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.services.people import cohorts, cooperative
from app.services.people import members as people

# Cohort 1: 14 members from 7 countries.
COHORT_1_MEMBERS = [
    ("Amina", "Lukusa", "CD", "français, lingala"),
    ("Grâce", "Mbuyi", "CD", "français, swahili"),
    ("Fatima", "El Idrissi", "MA", "arabe, français"),
    ("Khadija", "Benali", "MA", "arabe, français, darija"),
    ("Salma", "Trabelsi", "TN", "arabe, français"),
    ("Leïla", "Ben Ammar", "TN", "arabe, français, anglais"),
    ("Aminata", "Kamara", "SL", "anglais, krio"),
    ("Mariama", "Sesay", "SL", "anglais, temne"),
    ("Clarisse", "Ngo Bassa", "CM", "français, bassa"),
    ("Hortense", "Essomba", "CM", "français, ewondo"),
    ("Fatoumata", "Diallo", "GN", "français, peul"),
    ("Kadiatou", "Barry", "GN", "français, soussou"),
    ("Olga", "Petrova", "RU", "russe, français"),
    ("Natalia", "Смирнова", "RU", "russe, anglais"),
]
# Cohort 2: 10 members from 10 countries.
COHORT_2_MEMBERS = [
    ("Diane", "Uwimana", "RW", "kinyarwanda, français, anglais"),
    ("Esperança", "Domingos", "AO", "portugais, français"),
    ("Hằng", "Nguyễn Thị", "VN", "vietnamien, anglais"),
    ("Nadia", "Boudiaf", "DZ", "arabe, français, kabyle"),
    ("Rania", "Haddad", "PS", "arabe, anglais"),
    ("Claudine", "Niyonzima", "BI", "kirundi, français"),
    ("Anahit", "Petrosyan", "AM", "arménien, russe"),
    ("Bénédicte", "Kabongo", "CD", "français, tshiluba"),
    ("Zineb", "Ouali", "MA", "arabe, français"),
    ("Irina", "Volkova", "RU", "russe, français"),
]
# Cohort 3 (starts in 2023): 7 new members; Mariama of cohort 1 comes back (RETURNING).
COHORT_3_MEMBERS = [
    ("Aïssatou", "Bah", "GN", "français, peul"),
    ("Mercy", "Owusu", "GH", "anglais, twi"),
    ("Samira", "Hamdi", "SY", "arabe, anglais"),
    ("Tatiana", "Moraru", "MD", "roumain, russe"),
    ("Yasmine", "Khalil", "LB", "arabe, français"),
    ("Ana", "Ferreira", "BR", "portugais, espagnol"),
    ("Sabrina", "Mukendi", "CD", "français, lingala"),
]
RETURNING = "Mariama"
# Staff of cohort 3 (the others stay with cohorts 1 and 2).
COHORT_3_STAFF = ("Sophie", "Julie", "Youssef", "Isabelle")
STAFF = [
    ("Sophie", "Lambert", "facilitator", "BE", "français, néerlandais", "+32 4 222 11 00"),
    ("Julie", "Dumont", "facilitator", "BE", "français, anglais", "+32 470 55 66 77"),
    ("Marc", "Lejeune", "mentor", "BE", "français", ""),
    ("Nathalie", "Renard", "mentor", "BE", "français, espagnol", ""),
    ("Pierre", "Collard", "evaluator", "BE", "français", ""),
    ("Isabelle", "Francotte", "evaluator", "BE", "français, allemand", ""),
    ("Youssef", "Amrani", "speaker", "BE", "français, arabe", ""),
]


SEED_ORDER = 10  # build_demo runs the seeders in increasing order (app/demo/__init__.py)


def seed(session: Session, context: DemoContext) -> None:
    cooperative.save_cooperative(
        session,
        cooperative.CooperativeInfo(
            name="Coopér'Actives Cuisine",
            address="Le Monde des Possibles asbl\nRue des Champs 67\n4020 Liège",
            email="cooperactives@example.be",
            phone="+32 4 232 00 00",
            vat_number="BE 0000.000.000",
            bce_number="0123.456.749",
            rpm="RPM Liège, division Liège",
            iban="BE68 5390 0754 7034",
            signatory_name="Nadia Boudiaf",
            signatory_function="Coordinatrice",
        ),
    )
    cohort_1 = cohorts.create_cohort(
        session,
        cohorts.CohortInput(
            "Coopérative 1",
            dt.date(2022, 4, 19),
            dt.date(2022, 7, 8),
            "Traiteur, brunchs et stands",
        ),
    )
    cohort_2 = cohorts.create_cohort(
        session,
        cohorts.CohortInput(
            "Coopérative 2",
            dt.date(2022, 9, 12),
            dt.date(2022, 12, 16),
            "Energy balls : un seul produit, amélioré version après version",
        ),
    )
    cohort_3 = cohorts.create_cohort(
        session,
        cohorts.CohortInput(
            "Coopérative 3",
            dt.date(2023, 1, 16),
            dt.date(2023, 4, 28),
            "Cuisine du monde en bocaux, avec informatique et comptabilité en sous-groupes",
        ),
    )
    context.cohort_ids.update(c1=cohort_1.id, c2=cohort_2.id, c3=cohort_3.id)
    for key, cohort, members in (
        ("c1", cohort_1, COHORT_1_MEMBERS),
        ("c2", cohort_2, COHORT_2_MEMBERS),
        ("c3", cohort_3, COHORT_3_MEMBERS),
    ):
        ids = []
        for index, (first, last, country, languages) in enumerate(members):
            phone = f"+32 470 {10 + index:02d} {20 + len(first):02d} {30 + index:02d}"
            person = people.create_person(
                session,
                people.PersonInput(first, last, "member", country, languages, phone),
                cohort.id,
            )
            context.person_ids[first] = person.id
            ids.append(person.id)
        context.members_by_cohort[key] = ids
    for first, last, role, country, languages, phone in STAFF:
        person = people.create_person(
            session, people.PersonInput(first, last, role, country, languages, phone), cohort_1.id
        )
        people.add_to_cohort(session, person.id, cohort_2.id)
        context.person_ids[first] = person.id
    # One member of cohort 1 left early (found a job): her history stays.
    people.leave_cohort(session, context.person_ids["Mariama"], cohort_1.id, dt.date(2022, 6, 10))
    # Her job ended: she comes back with cohort 3.
    people.add_to_cohort(session, context.person_ids[RETURNING], cohort_3.id)
    context.members_by_cohort["c3"].append(context.person_ids[RETURNING])
    for first in COHORT_3_STAFF:
        people.add_to_cohort(session, context.person_ids[first], cohort_3.id)
