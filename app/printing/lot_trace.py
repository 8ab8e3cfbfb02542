"""The recall sheet of one lot number: the purchases it comes from and the sale days it went to
(app/services/kitchen/trace.py says how the sale days are found)."""

from __future__ import annotations

from app.i18n import fill, format_date, tr
from app.printing.document import build_pdf, escape, styles, table
from app.services.kitchen.trace import LotTrace, TracedBatch, TracedPurchase
from app.services.units import format_decimal, quantity_with_unit
from app.vocab.menus import date_kind_label


def _pack_date(purchase: TracedPurchase) -> str:
    if purchase.expires_on is None:
        return "—"
    return f"{date_kind_label(purchase.date_kind or '')} {format_date(purchase.expires_on)}"


def _purchase_rows(purchases: tuple[TracedPurchase, ...], used: bool) -> list[list]:
    rows: list[list] = [
        [
            tr("Ingrédient", "lot_trace"),
            tr("Fournisseur", "lot_trace"),
            tr("Acheté le", "lot_trace"),
            tr("Lot du fournisseur", "lot_trace"),
            tr("Date sur l'emballage", "lot_trace"),
            tr("Utilisé", "lot_trace") if used else tr("Acheté", "lot_trace"),
        ]
    ]
    for p in purchases:
        quantity = p.used if used and p.used is not None else p.bought
        rows.append(
            [
                p.ingredient,
                p.supplier or "—",
                format_date(p.bought_on),
                p.lot,
                _pack_date(p),
                quantity_with_unit(quantity, p.unit),
            ]
        )
    return rows


def _batch_story(batch: TracedBatch, s) -> list:
    from app.printing.bidi_paragraph import Paragraph

    heading = fill(
        tr("Lot {lot} — {product} (version {version}) — {cohort}", "lot_trace"),
        lot=batch.lot,
        product=batch.product,
        version=batch.recipe_version,
        cohort=batch.cohort,
    )
    best = format_date(batch.best_before) if batch.best_before else "—"
    facts = fill(
        tr(
            "Fabriqué le {made_on} · unités : {made} · date sur l'étiquette : {best} · vendues : "
            "{sold} · perdues : {wasted} · en stock : {left}",
            "lot_trace",
        ),
        made_on=format_date(batch.made_on),
        made=batch.made,
        best=best,
        sold=batch.sold,
        wasted=format_decimal(batch.wasted, 0),
        left=format_decimal(batch.on_hand, 0),
    )
    story: list = [Paragraph(escape(heading), s.heading), Paragraph(escape(facts), s.body)]
    story.append(Paragraph(escape(tr("Ingrédients achetés utilisés", "lot_trace")), s.body))
    if batch.purchases:
        story.append(table(_purchase_rows(batch.purchases, used=True), fill=1))
    else:
        story.append(Paragraph(escape(tr("Aucun achat noté.", "lot_trace")), s.body))
    story.append(Paragraph(escape(tr("Ventes", "lot_trace")), s.body))
    if batch.sale_days:
        rows: list[list] = [
            [tr("Jour de vente", "lot_trace"), tr("Lieu", "lot_trace"), tr("Unités", "lot_trace")]
        ]
        rows += [[format_date(d.date), d.place or "—", str(d.units)] for d in batch.sale_days]
        story.append(table(rows, fill=1, align_right_from=2))
    else:
        story.append(Paragraph(escape(tr("Aucune vente de ce lot.", "lot_trace")), s.body))
    return story


def lot_trace_pdf(trace: LotTrace, cooperative=None) -> bytes:
    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    title = fill(tr("Traçabilité du lot {lot}", "lot_trace"), lot=trace.lot)
    story: list = [Paragraph(escape(title), s.title)]
    if not trace.found:
        story.append(
            Paragraph(
                escape(tr("Aucun achat ni lot fabriqué avec ce numéro.", "lot_trace")), s.body
            )
        )
    if trace.purchases:
        story.append(
            Paragraph(escape(tr("Achats avec ce lot du fournisseur", "lot_trace")), s.heading)
        )
        story.append(table(_purchase_rows(trace.purchases, used=False), fill=1))
    for batch in trace.batches:
        story += _batch_story(batch, s)
    subject = tr("Traçabilité : des achats aux jours de vente (rappel de produit)", "lot_trace")
    return build_pdf(story, title, cooperative, subject=subject)
