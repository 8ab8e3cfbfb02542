"""First run: create the cooperative, its first cohort and its members in one unit of work.

Used by the first-run assistant. Everything is validated by the usual services; if any of them
refuses (ValidationError), the caller's session is rolled back and nothing is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.services.errors import ValidationError
from app.services.people import cohorts, cooperative, members
from app.services.text_match import caseless


@dataclass(frozen=True)
class FirstRunInput:
    cooperative_name: str
    cooperative_address: str
    cohort: cohorts.CohortInput
    member_names: tuple[str, ...]  # "First Last" per member; the first word is the first name
    label_language: str = "fr"  # labels and documents for customers


@dataclass(frozen=True)
class FirstRunResult:
    cooperative_name: str
    cohort_id: int
    member_ids: tuple[int, ...]


def split_name(full_name: str) -> tuple[str, str]:
    """'Amina Diallo Bah' -> ('Amina', 'Diallo Bah'); surrounding spaces ignored."""
    parts = full_name.strip().split(maxsplit=1)
    if not parts:
        return "", ""
    return parts[0], parts[1] if len(parts) > 1 else ""


def member_lines(text: str) -> tuple[str, ...]:
    """The non-empty lines of a text box, one member per line."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def create_start(session: Session, data: FirstRunInput) -> FirstRunResult:
    """Create cooperative, cohort and members; raise ValidationError before any commit."""
    if cooperative.get_cooperative(session) is not None:
        raise ValidationError(
            "name", tr("Une coopérative existe déjà dans cette base.", "first_run")
        )
    seen: set[str] = set()
    for name in data.member_names:
        key = caseless(name)
        if key in seen:
            raise ValidationError(
                "members", fill(tr("{name} est écrite deux fois.", "first_run"), name=name)
            )
        seen.add(key)
    info = cooperative.save_cooperative(
        session,
        cooperative.CooperativeInfo(
            name=data.cooperative_name,
            address=data.cooperative_address,
            label_language=data.label_language,
        ),
    )
    cohort = cohorts.create_cohort(session, data.cohort)
    member_ids = []
    for name in data.member_names:
        first, last = split_name(name)
        try:
            person = members.create_person(
                session, members.PersonInput(first_name=first, last_name=last), cohort.id
            )
        except ValidationError as error:
            raise ValidationError("members", f"{name} : {error.message}") from error
        member_ids.append(person.id)
    return FirstRunResult(info.name, cohort.id, tuple(member_ids))
