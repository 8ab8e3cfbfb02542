"""A cohort's sub-groups: a name and its members. A sub-group with no member is refused (its
mornings would expect nobody). One that mornings still use cannot be deleted: the refusal says how
many mornings. Moving them to the whole cohort instead would be unsafe: every member would then be
expected at them, and they would clash with the other sub-group's mornings at the same hours."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import tr, tr_n
from app.models.people import Membership, Person
from app.models.schedule import Morning, Subgroup, SubgroupMember
from app.services.errors import NotFound, ValidationError
from app.services.text_match import named_key, sort_key
from app.services.validation import required_text


@dataclass(frozen=True)
class SubgroupInfo:
    id: int
    cohort_id: int
    name: str
    member_ids: tuple[int, ...]
    member_names: tuple[str, ...]


def _validated_members(session: Session, cohort_id: int, member_ids) -> list[int]:
    chosen = list(dict.fromkeys(member_ids))
    if not chosen:
        raise ValidationError(
            "members", tr("Choisissez au moins une membre du sous-groupe.", "schedule")
        )
    in_cohort = set(
        session.scalars(
            select(Membership.person_id).where(
                Membership.cohort_id == cohort_id, Membership.person_id.in_(chosen)
            )
        )
    )
    if set(chosen) - in_cohort:
        raise ValidationError(
            "members", tr("Cette personne ne fait pas partie de la cohorte.", "schedule")
        )
    return chosen


def _check_name(session: Session, cohort_id: int, name: str, except_id: int | None) -> str:
    text = required_text(name, "name", tr("le nom du sous-groupe", "schedule"), 80)
    clash = named_key(
        session.execute(
            select(Subgroup.id, Subgroup.name).where(
                Subgroup.cohort_id == cohort_id, Subgroup.id != (except_id or -1)
            )
        ),
        text,
    )
    if clash is not None:
        raise ValidationError("name", tr("Ce sous-groupe existe déjà.", "schedule"))
    return text


def create_subgroup(session: Session, cohort_id: int, name: str, member_ids) -> SubgroupInfo:
    text = _check_name(session, cohort_id, name, None)
    members = _validated_members(session, cohort_id, member_ids)
    row = Subgroup(cohort_id=cohort_id, name=text)
    row.members = [SubgroupMember(person_id=pid) for pid in members]
    session.add(row)
    session.flush()
    return get_subgroup(session, row.id)


def update_subgroup(session: Session, subgroup_id: int, name: str, member_ids) -> SubgroupInfo:
    row = session.get(Subgroup, subgroup_id)
    if row is None:
        raise NotFound(subgroup_id)
    text = _check_name(session, row.cohort_id, name, row.id)
    members = _validated_members(session, row.cohort_id, member_ids)
    row.name = text
    kept = {m.person_id: m for m in row.members}
    row.members = [kept.get(pid) or SubgroupMember(person_id=pid) for pid in members]
    session.flush()
    return get_subgroup(session, row.id)


def rename_subgroup(session: Session, subgroup_id: int, name: str) -> SubgroupInfo:
    """A new name (not empty, no other sub-group of the cohort with it); members stay."""
    row = session.get(Subgroup, subgroup_id)
    if row is None:
        raise NotFound(subgroup_id)
    row.name = _check_name(session, row.cohort_id, name, row.id)
    session.flush()
    return get_subgroup(session, row.id)


def check_deletable(session: Session, subgroup_id: int) -> None:
    """Refuses (at the field "subgroup_id") a sub-group that mornings still use, saying how many."""
    if session.get(Subgroup, subgroup_id) is None:
        raise NotFound(subgroup_id)
    used = session.scalar(select(func.count(Morning.id)).where(Morning.subgroup_id == subgroup_id))
    if used:
        raise ValidationError(
            "subgroup_id",
            tr_n(
                "Ce sous-groupe a encore des matinées au programme : %n. Mettez chacune pour "
                "« Toute la cohorte » ou supprimez-la d'abord.",
                "schedule",
                used,
            ),
        )


def delete_subgroup(session: Session, subgroup_id: int) -> None:
    check_deletable(session, subgroup_id)
    session.delete(session.get(Subgroup, subgroup_id))
    session.flush()


def get_subgroup(session: Session, subgroup_id: int) -> SubgroupInfo:
    row = session.get(Subgroup, subgroup_id)
    if row is None:
        raise NotFound(subgroup_id)
    people = sorted(
        (session.get(Person, m.person_id) for m in row.members),
        key=lambda p: (sort_key(p.first_name), sort_key(p.last_name), p.id),
    )
    return SubgroupInfo(
        row.id,
        row.cohort_id,
        row.name,
        tuple(p.id for p in people),
        tuple(f"{p.first_name} {p.last_name}".strip() for p in people),
    )


def list_subgroups(session: Session, cohort_id: int) -> list[SubgroupInfo]:
    ids = session.scalars(
        select(Subgroup.id).where(Subgroup.cohort_id == cohort_id).order_by(Subgroup.name)
    )
    return [get_subgroup(session, i) for i in ids]
