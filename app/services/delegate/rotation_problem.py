"""Why a planned day has no delegate: stored as what happened (a `RotationProblem` kind and its
values as JSON text: each member's name and reason) and put into words only when shown or printed,
in the reader's language, so that a plan made in English reads in Arabic to the next person.

Qt-free and model-free: the Today screen's plain-SQL read uses it too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from app.i18n import fill, listing, tr
from app.services.delegate.weekday_names import weekday_name
from app.vocab.delegate import RotationProblem, UnavailableWhy, unavailable_why_label
from app.vocab.people import Gender


@dataclass(frozen=True)
class StoredProblem:
    """A day's problem as the database holds it: `kind` (None: no problem) and `values` (JSON)."""

    kind: str | None = None
    values: str = ""

    @property
    def text(self) -> str:
        return problem_text(self.kind, self.values)


NO_PROBLEM = StoredProblem()


def nobody_available(date: dt.date, members: Iterable) -> StoredProblem:
    """The problem of a day without a delegate: each of `members` (planner `Candidate`s) with
    the reason she was not available on `date`, or "no active member" when there is none."""
    members = list(members)
    if not members:
        return StoredProblem(RotationProblem.NO_MEMBER.value, "")
    reasons = []
    for m in members:
        reason: dict = {"name": m.name}
        if m.gender == Gender.MAN:  # the reason is put into words in his gender
            reason["gender"] = m.gender
        if m.available_from is not None and date < m.available_from:
            reason["why"] = UnavailableWhy.NOT_YET.value
        elif m.available_until is not None and date >= m.available_until:
            reason["why"] = UnavailableWhy.LEFT.value
        elif date.weekday() in m.unavailable_weekdays:
            reason |= {"why": UnavailableWhy.WEEKDAY.value, "weekday": date.weekday()}
        else:
            reason["why"] = UnavailableWhy.THAT_DAY.value
        reasons.append(reason)
    return StoredProblem(RotationProblem.NOBODY.value, json.dumps({"reasons": reasons}))


def typed_problem(text: str) -> StoredProblem:
    """A problem kept as written (a text from before problems were stored as what happened)."""
    if not text:
        return NO_PROBLEM
    return StoredProblem(RotationProblem.TYPED.value, json.dumps({"text": text}))


def _values(values: str) -> dict:
    try:
        loaded = json.loads(values) if values else {}
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _why(reason: dict) -> str:
    """One member's reason in words, in her or his gender (stored values without a gender, and
    those of plans made before it was kept, read as the feminine)."""
    why = reason.get("why")
    if why == UnavailableWhy.WEEKDAY and isinstance(reason.get("weekday"), int):
        return fill(tr("jamais le {day}", "delegate"), day=weekday_name(reason["weekday"] % 7))
    if why not in (UnavailableWhy.NOT_YET, UnavailableWhy.LEFT):
        why = UnavailableWhy.THAT_DAY
    return unavailable_why_label(why, str(reason.get("gender", Gender.UNSTATED)))


def problem_text(kind: str | None, values: str) -> str:
    """The stored problem in words, in the interface's language ("" when there is none)."""
    if not kind:
        return ""
    loaded = _values(values)
    if kind == RotationProblem.NO_MEMBER:
        return tr("Personne n'est disponible : la cohorte n'a pas de membre actif.", "delegate")
    if kind == RotationProblem.NOBODY:
        reasons = listing(
            fill(tr("{name} ({why})", "delegate"), name=reason.get("name", "?"), why=_why(reason))
            for reason in loaded.get("reasons", [])
            if isinstance(reason, dict)
        )
        return fill(
            tr(
                "Personne n'est disponible : {reasons}. Choisissez quelqu'un à la main.",
                "delegate",
            ),
            reasons=reasons,
        )
    return str(loaded.get("text", ""))
