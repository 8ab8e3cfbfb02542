"""Rotation days as records, and the names of the weekdays: shared by the planning
(`app.services.delegate.rotation`) and the delegate's dialogs. (The Today screen reads the day's
delegate in `app.services.today.first_screen`.)
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from app.models.people import Person
from app.models.rotation import RotationDay
from app.services.delegate.rotation_problem import StoredProblem
from app.services.people.genders import gender_of
from app.services.today.day_records import RotationDayInfo
from app.vocab.people import Gender


def names_of(session: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return {p.id: p.first_name for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def _gender(row: RotationDay, person_id: int | None) -> str:
    return gender_of(object_session(row), person_id)


def day_info(row, names: dict[int, str], genders: dict[int, str] | None = None) -> RotationDayInfo:
    """`row`: a RotationDay, or a row of its columns with the people's `genders` (a reader of a
    whole plan has them all at once); without them, each is looked up in the row's session."""
    if genders is not None:
        delegate_gender = genders.get(row.delegate_id, Gender.UNSTATED)
        deputy_gender = genders.get(row.deputy_id, Gender.UNSTATED)
    else:
        delegate_gender, deputy_gender = _gender(row, row.delegate_id), _gender(row, row.deputy_id)
    return RotationDayInfo(
        date=row.date,
        is_sale=row.is_sale,
        delegate_id=row.delegate_id,
        delegate_name=names.get(row.delegate_id, ""),
        deputy_id=row.deputy_id,
        deputy_name=names.get(row.deputy_id, ""),
        delegate_gender=delegate_gender,
        deputy_gender=deputy_gender,
        published=row.published,
        problem=StoredProblem(row.problem_kind, row.problem_values).text,
        problem_kind=row.problem_kind,
        problem_values=row.problem_values,
    )
