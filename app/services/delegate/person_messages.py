"""The rotation's messages about one member, in her or his gender.

French marks it ("n'est pas déléguée" / "n'est pas délégué"), and Arabic marks it where French
does not ("غير متاحة" / "غير متاح" for "n'est pas disponible"): each man's sentence is its own
entry of the catalogue, in the context "delegate_man" (`app.vocab.people.in_gender`).
"""

from __future__ import annotations

import datetime as dt

from app.i18n import fill, format_day_month, tr
from app.vocab.people import in_gender


def no_day_to_swap(name: str, gender: str) -> str:
    sentence = in_gender(
        gender,
        tr("{name} n'a pas de jour à venir à échanger.", "delegate"),
        tr("{name} n'a pas de jour à venir à échanger.", "delegate_man"),
    )
    return fill(sentence, name=name)


def not_delegate_that_day(name: str, gender: str) -> str:
    sentence = in_gender(
        gender,
        tr("Ce jour-là, {name} n'est pas déléguée.", "delegate"),
        tr("Ce jour-là, {name} n'est pas délégué.", "delegate_man"),
    )
    return fill(sentence, name=name)


def not_available_on(name: str, gender: str, day: dt.date) -> str:
    sentence = in_gender(
        gender,
        tr("{name} n'est pas disponible le {date}.", "delegate"),
        tr("{name} n'est pas disponible le {date}.", "delegate_man"),
    )
    return fill(sentence, name=name, date=format_day_month(day))


def not_available_that_day(name: str, gender: str) -> str:
    sentence = in_gender(
        gender,
        tr("{name} n'est pas disponible ce jour-là.", "delegate"),
        tr("{name} n'est pas disponible ce jour-là.", "delegate_man"),
    )
    return fill(sentence, name=name)


def no_longer_available(name: str, gender: str) -> str:
    """The warning on a planned day whose delegate can no longer do it ("Absente…" is the
    Rotation tab's button, named as it reads)."""
    sentence = in_gender(
        gender,
        tr("{name} n'est plus disponible ce jour-là : remplacez-la (Absente…).", "delegate"),
        tr("{name} n'est plus disponible ce jour-là : remplacez-le (Absente…).", "delegate_man"),
    )
    return fill(sentence, name=name)
