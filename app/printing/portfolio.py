"""The employer portfolio PDF of one member, in plain words: for each cohort, her hours and modules,
the days she was delegate of the day, the sale days she ran and their results, the products made
on those days (versions, tasting scores), her competences (observed at the evaluation, and her
self-assessment marked as hers) and her attestation. Only her own data (see
`app.services.programme.portfolio`); printed only with her consent.

Written in the person's gender (`Portfolio.gender`; unstated reads as a woman, as the delegate's
words do): each sentence about her has its form for a man, a source of its own in the catalogue
(context "portfolio_man" where the French is the same and other languages differ: "Son
auto-évaluation" is "Her" or "His self-assessment").
"""

from __future__ import annotations

from app.i18n import fill, listing, tr, tr_n
from app.printing.document import build_pdf, escape, styles, table
from app.services.money import format_amount
from app.services.programme.portfolio import CohortPart, Portfolio
from app.services.schedule.mornings import format_day
from app.services.units import hours_with_unit
from app.vocab.people import Gender, delegate_of_the_day
from app.vocab.sales import sale_format_label
from app.vocab.schedule import MorningKind, morning_kind_label

LONG_DATE = "d MMMM y"


def portfolio_title(portfolio: Portfolio) -> str:
    return fill(tr("Portfolio — {name}", "portfolio"), name=portfolio.name)


def _in_gender(gender: str, woman: str, man: str) -> str:
    """The text about her, or about him when his gender is recorded as a man."""
    return man if gender == Gender.MAN else woman


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",") + " / 5"


def _paragraph(text: str, style):
    from app.printing.bidi_paragraph import Paragraph

    return Paragraph(escape(text), style)


def _table(rows: list, align_right_from: int) -> list:
    """A table and a little room under it, so that the sentence after it does not touch it."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    return [table(rows, align_right_from=align_right_from), Spacer(1, 2 * mm)]


def _hours(part: CohortPart, gender: str, s) -> list:
    rows = [
        [
            tr("Activité", "printing"),
            tr("Heures prévues", "printing"),
            tr("Heures suivies", "printing"),
        ]
    ]
    for kind in MorningKind:
        planned = part.planned_by_kind.get(kind, 0)
        done = part.hours_by_kind.get(kind, 0)
        if planned or done:
            rows.append([morning_kind_label(kind), hours_with_unit(planned), hours_with_unit(done)])
    rows.append(
        [
            tr("Total", "printing"),
            hours_with_unit(part.planned_total),
            hours_with_unit(part.hours_total),
        ]
    )
    story = [
        _paragraph(tr("Heures et modules", "portfolio"), s.heading),
        *_table(rows, 1),
    ]
    if part.modules:
        story.append(
            _paragraph(
                fill(
                    _in_gender(
                        gender,
                        tr("Modules suivis : {modules}.", "portfolio"),
                        tr("Modules suivis : {modules}.", "portfolio_man"),
                    ),
                    modules=listing(part.modules),
                ),
                s.body,
            )
        )
    return story


def _delegate_days(part: CohortPart, gender: str, s) -> list:
    story = [_paragraph(delegate_of_the_day(gender), s.heading)]
    if not part.delegate_days:
        not_yet = _in_gender(
            gender,
            tr("Elle n'a pas encore été déléguée du jour.", "portfolio"),
            tr("Il n'a pas encore été délégué du jour.", "portfolio"),
        )
        story.append(_paragraph(not_yet, s.body))
        return story
    times = len(part.delegate_days)
    sentence = _in_gender(
        gender,
        tr_n(
            "Elle a organisé la journée de toute l'équipe %n fois, comme déléguée du jour : "
            "{days}.",
            "portfolio",
            times,
        ),
        tr_n(
            "Il a organisé la journée de toute l'équipe %n fois, comme délégué du jour : {days}.",
            "portfolio",
            times,
        ),
    )
    days = listing(format_day(day, LONG_DATE) for day in part.delegate_days)
    story.append(_paragraph(fill(sentence, days=days), s.body))
    return story


def _sale_days(part: CohortPart, gender: str, s) -> list:
    heading = _in_gender(
        gender,
        tr("Journées de vente qu'elle a menées", "portfolio"),
        tr("Journées de vente qu'il a menées", "portfolio"),
    )
    story = [_paragraph(heading, s.heading)]
    if not part.sale_days:
        none = _in_gender(
            gender,
            tr("Aucune journée de vente menée.", "portfolio"),
            tr("Aucune journée de vente menée.", "portfolio_man"),
        )
        story.append(_paragraph(none, s.body))
        return story
    rows = [
        [
            tr("Date", "portfolio"),
            tr("Type de vente", "portfolio"),
            tr("Lieu", "portfolio"),
            tr("Ventes (TVAC)", "portfolio"),
            tr("Marge", "portfolio"),
        ]
    ]
    for day in part.sale_days:
        rows.append(
            [
                format_day(day.date, LONG_DATE),
                sale_format_label(day.format),
                day.place,
                format_amount(day.revenue_incl_cents),
                format_amount(day.margin_cents),
            ]
        )
    rows.append(
        [
            tr("Total", "printing"),
            "",
            "",
            format_amount(part.sales_incl_cents),
            format_amount(part.margin_cents),
        ]
    )
    story += _table(rows, 3)
    story.append(
        _paragraph(
            tr(
                "Marge : les ventes hors TVA moins le coût des ingrédients et des emballages.",
                "portfolio",
            ),
            s.small,
        )
    )
    return story


def _products(part: CohortPart, gender: str, s) -> list:
    if not part.products:
        return []
    rows = [
        [
            tr("Produit", "portfolio"),
            tr("Versions", "portfolio"),
            tr("Goût, première version goûtée", "portfolio"),
            tr("Goût, dernière version goûtée", "portfolio"),
        ]
    ]
    for product in part.products:
        rows.append(
            [
                product.name,
                str(product.versions),
                _score(product.first_taste),
                _score(product.latest_taste),
            ]
        )
    return [
        _paragraph(tr("Produits créés et améliorés", "portfolio"), s.heading),
        _paragraph(
            _in_gender(
                gender,
                tr(
                    "Les produits vendus les jours qu'elle a menés, avec la note de goût donnée "
                    "par les clients aux dégustations (de 1 à 5).",
                    "portfolio",
                ),
                tr(
                    "Les produits vendus les jours qu'il a menés, avec la note de goût donnée "
                    "par les clients aux dégustations (de 1 à 5).",
                    "portfolio",
                ),
            ),
            s.small,
        ),
        *_table(rows, 1),
    ]


def _competences(part: CohortPart, gender: str, s) -> list:
    report = part.competences
    if report is None:
        return []
    rows = [
        [
            tr("Domaine", "portfolio"),
            tr("Observées à l'évaluation", "portfolio"),
            _in_gender(
                gender,
                tr("Son auto-évaluation", "portfolio"),
                tr("Son auto-évaluation", "portfolio_man"),
            ),
        ]
    ]
    for category in report.categories:
        observed = (
            "—"
            if category.observed_percent is None
            else f"{category.observed_percent:.0f} %".replace(".", ",")
        )
        own = "—" if category.self_percent is None else f"{category.self_percent:.0f} %"
        rows.append([category.label, observed, own])
    story = [
        _paragraph(tr("Compétences", "portfolio"), s.heading),
        *_table(rows, 1),
    ]
    if report.observed_strengths:
        story.append(
            _paragraph(
                fill(
                    tr("Points forts observés à l'évaluation : {list}.", "portfolio"),
                    list=listing(report.observed_strengths),
                ),
                s.body,
            )
        )
    if report.says_she_has:
        story.append(
            _paragraph(
                fill(
                    _in_gender(
                        gender,
                        tr(
                            "Son auto-évaluation (ce qu'elle dit savoir déjà faire) : {list}.",
                            "portfolio",
                        ),
                        tr(
                            "Son auto-évaluation (ce qu'il dit savoir déjà faire) : {list}.",
                            "portfolio",
                        ),
                    ),
                    list=listing(report.says_she_has),
                ),
                s.body,
            )
        )
    if report.peer_adjectives:
        story.append(
            _paragraph(
                fill(
                    _in_gender(
                        gender,
                        tr(
                            "Les mots choisis par ses collègues pour la décrire : {list}.",
                            "portfolio",
                        ),
                        tr(
                            "Les mots choisis par ses collègues pour le décrire : {list}.",
                            "portfolio",
                        ),
                    ),
                    list=listing(word for word, _count in report.peer_adjectives),
                ),
                s.body,
            )
        )
    return story


def _cohort(part: CohortPart, gender: str, s) -> list:
    story = [
        _paragraph(
            fill(
                tr("{cohort}, du {start} au {end}", "portfolio"),
                cohort=part.cohort_name,
                start=format_day(part.start, LONG_DATE),
                end=format_day(part.end, LONG_DATE),
            ),
            s.heading,
        )
    ]
    story += _hours(part, gender, s)
    story += _delegate_days(part, gender, s)
    story += _sale_days(part, gender, s)
    story += _products(part, gender, s)
    story += _competences(part, gender, s)
    story.append(_paragraph(tr("Attestation", "portfolio"), s.heading))
    story.append(
        _paragraph(
            fill(
                _in_gender(
                    gender,
                    tr(
                        "Son attestation de participation : {attended} suivies sur les {planned} "
                        "prévues.",
                        "portfolio",
                    ),
                    tr(
                        "Son attestation de participation : {attended} suivies sur les {planned} "
                        "prévues.",
                        "portfolio_man",
                    ),
                ),
                attended=hours_with_unit(part.hours_total),
                planned=hours_with_unit(part.planned_total),
            ),
            s.body,
        )
    )
    return story


def portfolio_pdf(portfolio: Portfolio, cooperative=None) -> bytes:
    s = styles()
    story = [
        _paragraph(tr("Portfolio pour les employeurs", "portfolio"), s.title),
        _paragraph(portfolio.name, s.heading),
        _paragraph(
            tr(
                "Une coopérative éphémère est une formation pratique de trois mois : les "
                "participantes créent ensemble une activité de cuisine et vendent de vrais "
                "produits à de vrais clients.",
                "printing",
            ),
            s.body,
        ),
    ]
    for part in portfolio.cohorts:
        story += _cohort(part, portfolio.gender, s)
    story.append(
        _paragraph(
            fill(
                _in_gender(
                    portfolio.gender,
                    tr("Établi le {date}, avec son accord.", "portfolio"),
                    tr("Établi le {date}, avec son accord.", "portfolio_man"),
                ),
                date=format_day(portfolio.made_on, LONG_DATE),
            ),
            s.small,
        )
    )
    return build_pdf(
        story,
        portfolio_title(portfolio),
        cooperative,
        subject=_in_gender(
            portfolio.gender,
            tr(
                "Portfolio d'une participante pour les employeurs : heures, journées, ventes, "
                "produits, compétences",
                "portfolio",
            ),
            tr(
                "Portfolio d'un participant pour les employeurs : heures, journées, ventes, "
                "produits, compétences",
                "portfolio",
            ),
        ),
    )
