"""Who could join a circle, from what each member already did in the cohort: the tasks she marked
done and the checklist lines she ticked. A simple score anyone can check: one point per thing done
that matches one of the circle's themes (purchasing, cash, labels, communication; checklist lines
count once a day), one per task of the circle itself she did. Shown as "suggérée : a fait les
achats 4 fois"."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, listing, tr, tr_n
from app.models.delegate import ChecklistItem, ChecklistTick, Task
from app.services.decisions.register import cohort_members
from app.services.people.genders import gender_of
from app.services.text_match import folded
from app.vocab.people import in_gender

CIRCLE_TASKS = "circle"


@dataclass(frozen=True)
class Theme:
    key: str
    circle_words: tuple[str, ...]  # stems in the circle's name or mandate that make it relevant
    history_words: tuple[str, ...]  # stems in a task's or a checklist line's text
    checklist_keys: frozenset[str]  # default checklist lines of this theme


THEMES = (
    Theme(
        "purchasing",
        ("achat", "stock", "course", "fournisseur", "approvision"),
        ("achat", "acheter", "course", "stock", "fournisseur", "commande"),
        frozenset({"check_stock"}),
    ),
    Theme(
        "cash",
        ("caisse", "compta", "argent", "vente"),
        ("caisse", "encoder les ventes", "terminal", "clotur"),
        frozenset({"prepare_float", "check_terminal", "record_sales", "count_till", "close_day"}),
    ),
    Theme(
        "labels",
        ("etiquet", "allergen", "presentation"),
        ("etiquet", "allergen"),
        frozenset({"print_labels"}),
    ),
    Theme(
        "communication",
        ("communic", "affiche", "publicite", "reseau"),
        ("affiche", "photo", "questionnaire", "publicite", "flyer", "communic"),
        frozenset(),
    ),
)


def count_text(theme_key: str, n: int, gender: str = "unstated") -> str:
    """What she (or he) did, counted: "a fait les achats 4 fois" (Arabic "قامت" / "قام")."""
    if theme_key == "purchasing":
        return in_gender(
            gender,
            tr_n("a fait les achats %n fois", "circles", n),
            tr_n("a fait les achats %n fois", "circles_man", n),
        )
    if theme_key == "cash":
        return in_gender(
            gender,
            tr_n("a tenu la caisse %n fois", "circles", n),
            tr_n("a tenu la caisse %n fois", "circles_man", n),
        )
    if theme_key == "labels":
        return in_gender(
            gender,
            tr_n("a fait les étiquettes %n fois", "circles", n),
            tr_n("a fait les étiquettes %n fois", "circles_man", n),
        )
    if theme_key == "communication":
        return in_gender(
            gender,
            tr_n("a préparé la communication %n fois", "circles", n),
            tr_n("a préparé la communication %n fois", "circles_man", n),
        )
    return in_gender(
        gender,
        tr_n("a fait %n tâche(s) du cercle", "circles", n),
        tr_n("a fait %n tâche(s) du cercle", "circles_man", n),
    )


def circle_themes(*texts: str) -> list[Theme]:
    """The themes a circle's name and mandate speak of."""
    words = folded(" ".join(texts))
    return [t for t in THEMES if any(stem in words for stem in t.circle_words)]


def _matches(theme: Theme, text: str, key: str | None) -> bool:
    return (key is not None and key in theme.checklist_keys) or any(
        stem in folded(text) for stem in theme.history_words
    )


@dataclass(frozen=True)
class Suggestion:
    person_id: int
    name: str
    score: int
    counts: tuple[tuple[str, int], ...]  # (theme key or CIRCLE_TASKS, times), most first
    gender: str = "unstated"  # app.vocab.people.Gender: "suggérée" / "suggéré"

    def explanation(self) -> str:
        """ "suggérée : achats (4 fois), caisse (2 fois)", the reasons with the language's list
        comma ("،" in Arabic)."""
        reasons = listing(count_text(key, n, self.gender) for key, n in self.counts)
        sentence = in_gender(
            self.gender,
            tr("suggérée : {reasons}", "circles"),
            tr("suggéré : {reasons}", "circles_man"),
        )
        return fill(sentence, reasons=reasons)


def suggest_members(
    session: Session,
    cohort_id: int,
    name: str,
    decides_alone: str = "",
    brings_to_group: str = "",
    circle_id: int | None = None,
) -> list[Suggestion]:
    """The cohort's members who already did the circle's kind of work, best first."""
    themes = circle_themes(name, decides_alone, brings_to_group)
    members = dict(cohort_members(session, cohort_id))
    counts: dict[int, Counter] = {person_id: Counter() for person_id in members}
    done = session.execute(
        select(Task.done_by_id, Task.text, Task.circle_id).where(
            Task.cohort_id == cohort_id, Task.done_on.is_not(None), Task.done_by_id.is_not(None)
        )
    ).all()
    for person_id, text, task_circle in done:
        if person_id not in counts:
            continue
        if circle_id is not None and task_circle == circle_id:
            counts[person_id][CIRCLE_TASKS] += 1
        for theme in themes:
            if _matches(theme, text, None):
                counts[person_id][theme.key] += 1
    ticks = session.execute(
        select(
            ChecklistTick.ticked_by_id,
            ChecklistTick.date,
            ChecklistItem.text,
            ChecklistItem.default_key,
        )
        .join(ChecklistItem, ChecklistItem.id == ChecklistTick.item_id)
        .where(ChecklistTick.cohort_id == cohort_id, ChecklistTick.ticked_by_id.is_not(None))
    ).all()
    # Several lines of one theme ticked on one day (float, terminal, till) count once: a day.
    days = {
        (person_id, theme.key, date)
        for person_id, date, text, key in ticks
        if person_id in counts
        for theme in themes
        if _matches(theme, text, key)
    }
    for person_id, theme_key, _date in days:
        counts[person_id][theme_key] += 1
    found = [
        Suggestion(
            person_id,
            members[person_id],
            sum(counter.values()),
            tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))),
            gender_of(session, person_id),
        )
        for person_id, counter in counts.items()
        if counter
    ]
    return sorted(found, key=lambda s: (-s.score, s.name, s.person_id))
