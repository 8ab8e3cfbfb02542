"""The names of the weekdays in the interface's language (Monday is 0), model-free so that the
Today screen's plain-SQL read can name them too."""

from __future__ import annotations

from app.i18n import tr


def weekday_name(weekday: int) -> str:
    names = (
        tr("lundi", "delegate"),
        tr("mardi", "delegate"),
        tr("mercredi", "delegate"),
        tr("jeudi", "delegate"),
        tr("vendredi", "delegate"),
        tr("samedi", "delegate"),
        tr("dimanche", "delegate"),
    )
    return names[weekday]
