"""The lot trace on hand-built data (tests/services/stock_fixtures.recall_case): from a batch lot
back to the purchases and forward to the sale days while its stock lasted; from a supplier's lot
forward to every batch that used it; the PDF read back."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pdfplumber

from app.printing.lot_trace import lot_trace_pdf
from app.services.kitchen.trace import trace_lot
from app.services.people.cooperative import get_cooperative
from tests.services.stock_fixtures import recall_case


def day_units(batch):
    return [(day.date.day, day.units) for day in batch.sale_days]


def test_a_batch_lot_goes_back_to_its_purchases_and_forward_to_its_sale_days(session):
    _shop, _d118, _d120, a, _b, _days = recall_case(session)
    trace = trace_lot(session, "L221004")
    assert trace.purchases == ()
    (batch,) = trace.batches
    assert batch.batch_id == a.id and batch.made == 20
    assert [(p.lot, p.used, p.bought) for p in batch.purchases] == [
        ("D-118", Decimal("1.5"), Decimal(2))
    ]
    # 03/10 sold before the batch; 05/10 sold 15 of it; 07/10 its last 5 (then batch B)
    assert day_units(batch) == [(5, 15), (7, 5)]
    assert batch.on_hand == 0


def test_a_supplier_lot_goes_forward_to_every_batch_that_used_it(session):
    _shop, d118, _d120, a, b, _days = recall_case(session)
    trace = trace_lot(session, " d-1 18 ")  # spaces and case as typed in a hurry
    assert [p.purchase_id for p in trace.purchases] == [d118.id]
    assert [t.batch_id for t in trace.batches] == [a.id, b.id]
    later = trace.batches[1]
    assert day_units(later) == [(7, 7)]
    assert later.on_hand == 3
    assert [(p.lot, p.used) for p in later.purchases] == [
        ("D-118", Decimal("0.5")),
        ("D-120", Decimal("0.5")),
    ]


def test_a_lot_nobody_has_is_not_found(session):
    recall_case(session)
    assert not trace_lot(session, "XYZ").found
    assert not trace_lot(session, "  ").found


def test_the_trace_pdf_lists_purchases_and_sale_days(session):
    _shop, _d118, _d120, _a, _b, _days = recall_case(session)
    data = lot_trace_pdf(trace_lot(session, "D-118"), get_cooperative(session))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
        assert pdf.metadata["Title"]
    assert "D-118" in text and "Grossiste Liège" in text
    assert "L221004" in text and "L221006" in text
    assert "05/10/2022" in text and "07/10/2022" in text
    assert "page 1 / 1" in text.lower()
    assert dt.date(2022, 10, 3).strftime("%d/%m/%Y") not in text.split("Ventes")[-1]
