"""The people vocabulary: a person's role in the programme."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class Role(StrEnum):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    MENTOR = "mentor"
    EVALUATOR = "evaluator"
    SPEAKER = "speaker"


def role_label(value: str, gender: str | None = None) -> str:
    """The role's name: for a list of roles (`gender` None) the usual word ("Animatrice",
    "Marraine / parrain"); for one person, in her or his gender (`role_of`)."""
    if gender is not None:
        return role_of(value, gender)
    return {
        Role.MEMBER: tr("Membre", "vocab_people"),
        Role.FACILITATOR: tr("Animatrice", "vocab_people"),
        Role.MENTOR: tr("Marraine / parrain", "vocab_people"),
        Role.EVALUATOR: tr("Évaluatrice", "vocab_people"),
        Role.SPEAKER: tr("Intervenante", "vocab_people"),
    }.get(value, value)


def role_of(value: str, gender: str) -> str:
    """One person's role in her gender: "Animatrice" for a woman or when unstated, "Animateur"
    for a man (each form is its own source in the catalogue)."""
    if gender == Gender.MAN:
        return {
            Role.MEMBER: tr("Membre", "vocab_people"),
            Role.FACILITATOR: tr("Animateur", "vocab_people"),
            Role.MENTOR: tr("Parrain", "vocab_people"),
            Role.EVALUATOR: tr("Évaluateur", "vocab_people"),
            Role.SPEAKER: tr("Intervenant", "vocab_people"),
        }.get(value, value)
    return {
        Role.MEMBER: tr("Membre", "vocab_people"),
        Role.FACILITATOR: tr("Animatrice", "vocab_people"),
        Role.MENTOR: tr("Marraine", "vocab_people"),
        Role.EVALUATOR: tr("Évaluatrice", "vocab_people"),
        Role.SPEAKER: tr("Intervenante", "vocab_people"),
    }.get(value, value)


class Gender(StrEnum):
    """A person's gender, only if she says it; unstated reads as a woman (the cooperatives are
    of women), so a role shown for her takes the feminine form."""

    WOMAN = "woman"
    MAN = "man"
    UNSTATED = "unstated"


def gender_label(value: str) -> str:
    return {
        Gender.WOMAN: tr("Femme", "vocab_people"),
        Gender.MAN: tr("Homme", "vocab_people"),
        Gender.UNSTATED: tr("Non précisé", "vocab_people"),
    }.get(value, value)


def in_gender(gender: str, feminine: str, masculine: str) -> str:
    """Of a sentence about one person, the form in her or his gender: `masculine` for a man,
    `feminine` for a woman or when unstated. Each form is its own catalogue entry (the man's
    in a "*_man" context when the French is the same), since Arabic, English and Dutch mark a
    gender where French does not ("غير متاحة" / "غير متاح", "her" / "his")."""
    return masculine if gender == Gender.MAN else feminine


# A role shown for one person takes her (or his) gender: "Déléguée" / "Délégué" are two sources
# in the catalogue, so each language has both forms (Arabic: المندوبة / المندوب).
def delegate_word(gender: str) -> str:
    """ "Déléguée" for a woman or when unstated, "Délégué" for a man."""
    if gender == Gender.MAN:
        return tr("Délégué", "vocab_people")
    return tr("Déléguée", "vocab_people")


def deputy_word(gender: str) -> str:
    """ "Adjointe" for a woman or when unstated, "Adjoint" for a man."""
    if gender == Gender.MAN:
        return tr("Adjoint", "vocab_people")
    return tr("Adjointe", "vocab_people")


def delegate_of_the_day(gender: str) -> str:
    """The Today screen's caption over the delegate's name."""
    if gender == Gender.MAN:
        return tr("Délégué du jour", "vocab_people")
    return tr("Déléguée du jour", "vocab_people")
