"""The programme report as titled tables of text, the one layout both the PDF and the spreadsheet
follow: the same sections, lines and figures, only the way a number is written differs (the PDF
writes "2,50 €" and "3 h", the spreadsheet plain numbers a spreadsheet can add up).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from app.i18n import fill, tr, tr_n
from app.services.programme.report import ProgrammeReport
from app.vocab.evaluations import competence_category_label
from app.vocab.outcomes import Checkpoint, Situation, checkpoint_label, situation_label
from app.vocab.people import gender_label
from app.vocab.sales import sale_format_label


@dataclass(frozen=True)
class Numbers:
    """How each kind of figure is written."""

    hours: Callable[[Decimal], str]
    money: Callable[[int], str]
    count: Callable[[int], str] = str


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    header: list[str]
    rows: list[list[str]]
    note: str = ""


def _percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value} %"


def _share(part: Decimal, whole: Decimal) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal(1))


def report_sections(report: ProgrammeReport, n: Numbers) -> list[Section]:
    sections = [
        Section(
            "participants",
            tr("Participantes", "programme"),
            [tr("Quoi", "programme"), tr("Nombre", "programme")],
            [
                [tr("Participantes", "programme"), n.count(report.participants)],
                [
                    tr("Restées jusqu'à la fin de leur cohorte", "programme"),
                    n.count(report.completed),
                ],
            ]
            + [
                [fill(tr("Pays d'origine : {country}", "programme"), country=country), n.count(k)]
                for country, k in report.countries
            ]
            + [
                [fill(tr("Genre : {gender}", "programme"), gender=gender_label(g)), n.count(k)]
                for g, k in report.genders
            ],
        ),
        Section(
            "hours",
            tr("Heures prévues et faites, par type de matinée", "programme"),
            [tr("Type", "programme"), tr("Prévues", "programme"), tr("Faites", "programme")],
            [[line.label, n.hours(line.planned), n.hours(line.done)] for line in report.kinds],
        ),
        Section(
            "targets",
            tr("Heures par rapport aux objectifs", "programme"),
            [
                tr("Partie", "programme"),
                tr("Prévues", "programme"),
                tr("Faites", "programme"),
                tr("Objectif", "programme"),
                tr("Fait / objectif", "programme"),
            ],
            [
                [
                    line.label,
                    n.hours(line.planned),
                    n.hours(line.done),
                    n.hours(line.target),
                    _percent(_share(line.done, line.target)),
                ]
                for line in report.targets
            ]
            + [
                [
                    tr("Matinées", "programme"),
                    n.count(report.mornings_planned),
                    n.count(report.mornings_done),
                    n.count(report.target_mornings),
                    _percent(
                        _share(Decimal(report.mornings_done), Decimal(report.target_mornings))
                    ),
                ]
            ],
        ),
        Section(
            "attendance",
            tr("Présences", "programme"),
            [tr("Quoi", "programme"), tr("Nombre", "programme")],
            [
                [
                    tr("Présences notées (membre × matinée)", "programme"),
                    n.count(report.mornings_noted),
                ],
                [tr("Présente ou en retard", "programme"), n.count(report.mornings_attended)],
                [tr("Taux de présence", "programme"), _percent(report.attendance_rate)],
                [tr("Heures suivies par les membres", "programme"), n.hours(report.hours_attended)],
                [tr("Matinées de marrainage", "programme"), n.count(report.mentoring_mornings)],
                [tr("Heures de marrainage", "programme"), n.hours(report.mentoring_hours)],
            ],
        ),
        Section(
            "modules",
            tr("Modules", "programme"),
            [tr("Module", "programme"), tr("Matinées faites", "programme")],
            [[name, n.count(k)] for name, k in report.modules],
        ),
        Section(
            "visits",
            tr("Visites", "programme"),
            [tr("Date", "programme"), tr("Visite", "programme"), tr("Lieu", "programme")],
            [[day.isoformat(), title, place] for day, title, place in report.visits],
        ),
        Section(
            "sales",
            tr("Ventes par format", "programme"),
            [
                tr("Format", "programme"),
                tr("Jours", "programme"),
                tr("Recette HTVA", "programme"),
                tr("Coût des produits", "programme"),
                tr("Marge", "programme"),
            ],
            [
                [
                    sale_format_label(line.format),
                    n.count(line.events),
                    n.money(line.revenue_excl_cents),
                    n.money(line.cogs_cents),
                    n.money(line.margin_cents),
                ]
                for line in report.formats
            ]
            + [
                [
                    tr("Total", "programme"),
                    n.count(report.sales_events),
                    n.money(report.revenue_excl_cents),
                    n.money(report.cogs_cents),
                    n.money(report.margin_cents),
                ]
            ],
            fill(
                tr(
                    "Recette TVAC {incl}, dépenses {expenses}, résultat (recette HTVA − dépenses) "
                    "{profit}.",
                    "programme",
                ),
                incl=n.money(report.revenue_incl_cents),
                expenses=n.money(report.expenses_cents),
                profit=n.money(report.profit_cents),
            ),
        ),
    ]
    sections.append(_outcome_section(report, n))
    sections.append(_evaluation_section(report, n))
    return sections


def _outcome_section(report: ProgrammeReport, n: Numbers) -> Section:
    """Members per situation at each checkpoint (only those who agreed to the follow-up)."""
    header = [tr("Situation", "programme")] + [checkpoint_label(c) for c in Checkpoint]
    rows = [
        [situation_label(situation)]
        + [n.count(report.outcomes.get((checkpoint, situation), 0)) for checkpoint in Checkpoint]
        for situation in Situation
    ]
    return Section(
        "outcomes",
        tr("Après le programme", "programme"),
        header,
        rows if report.outcomes else [],
        tr_n(
            "%n membre(s) ont donné leur accord pour le suivi ; les autres ne sont pas comptées.",
            "programme",
            report.consents,
        ),
    )


def _evaluation_section(report: ProgrammeReport, n: Numbers) -> Section:
    title = tr("Évaluations (membres par niveau, sans noms)", "programme")
    if not report.evaluations_included:
        return Section(
            "evaluations",
            title,
            [],
            [],
            tr(
                "Non incluses : les évaluations ne s'impriment qu'avec le code PIN de la "
                "coordinatrice.",
                "programme",
            ),
        )
    header = [tr("Compétence", "programme"), tr("Catégorie", "programme")]
    header += [
        fill(tr("Niveau {level}", "programme"), level=level)
        for level in range(1, report.max_level + 1)
    ]
    several = len(report.cohorts) > 1
    rows = []
    for line in report.evaluations:
        name = f"{line.name} ({line.cohort_name})" if several else line.name
        counts = list(line.counts) + [0] * (report.max_level - len(line.counts))
        rows.append([name, competence_category_label(line.category)] + [n.count(k) for k in counts])
    note = "" if rows else tr("Aucune grille d'observation remplie.", "programme")
    return Section("evaluations", title, header, rows, note)
