"""Charts in documents read in the reader's direction, read back with pdfplumber: in Arabic the
value axis' numbers stand right of the columns and the first category at the right (the
evaluation report's bars grow from the right, their names at the right); in every language the
unit is the value axis' title, never glued after each number ("30 h", "400 €"); French charts keep
their axis at the left."""

from __future__ import annotations

import io
import re
import unicodedata

import pdfplumber
from reportlab.lib import colors

from app import i18n
from app.cli import main
from app.printing import palette
from app.printing.evaluation_report import evaluation_report_pdf
from app.services.evaluations import report
from app.services.people.cohorts import find_cohort
from app.services.people.members import find_person
from app.services.sales.summaries import cohort_summary

NUMBER = re.compile(r"^\d+(,\d+)?$")
GLUED_UNIT = re.compile(r"\d\s?(h|€|%)(\s|$)")
COHORT = ["--cohort", "Coopérative 1"]


def printed(demo_db_path, tmp_path, language: str, *arguments: str) -> bytes:
    output = tmp_path / "document.pdf"
    command = ["--lang", language, "--db", str(demo_db_path), "print", *arguments]
    assert main([*command, "-o", str(output)]) == 0
    return output.read_bytes()


def bars_of(page, colour: str) -> list[dict]:
    """The filled rectangles of one colour: a chart's bars."""
    wanted = colors.HexColor(colour).rgb()
    return [
        rect
        for rect in page.rects
        if rect.get("non_stroking_color")
        and tuple(round(c, 3) for c in rect["non_stroking_color"])
        == tuple(round(c, 3) for c in wanted)
    ]


def chart_band(page, bars: list[dict]) -> tuple[float, float, list[dict]]:
    """(plot's left, plot's right, the words level with the bars and the value axis' title)."""
    top = min(bar["top"] for bar in bars) - 14
    bottom = max(bar["bottom"] for bar in bars) + 6
    words = [w for w in page.extract_words() if w["top"] >= top and w["bottom"] <= bottom]
    return min(b["x0"] for b in bars), max(b["x1"] for b in bars), words


def as_read(text: str) -> str:
    return unicodedata.normalize("NFKC", text[::-1])


def axis_numbers(pdf: bytes, colour: str, page_number: int = 0):
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[page_number]
        bars = bars_of(page, colour)
        assert len(bars) >= 3
        left, right, words = chart_band(page, bars)
        numbers = [w for w in words if NUMBER.match(w["text"])]
        text = " ".join(w["text"] for w in words)
        return bars, left, right, numbers, text


def first_and_last_revenue(demo_db) -> tuple[int, int]:
    with demo_db.session() as session:
        events = cohort_summary(session, find_cohort(session, "Coopérative 1").id).events
    return events[0].revenue_excl_cents, events[-1].revenue_excl_cents


def test_an_arabic_cohort_summary_has_its_value_axis_at_the_right(demo_db, demo_db_path, tmp_path):
    pdf = printed(demo_db_path, tmp_path, "ar", "cohort-summary", *COHORT)
    bars, _left, right, numbers, text = axis_numbers(pdf, palette.HOURS_DONE)
    assert {"0", "100", "200"} <= {w["text"] for w in numbers}
    assert all(w["x0"] > right for w in numbers)  # every number right of the plot
    assert not GLUED_UNIT.search(text), text
    assert "اليورو" in as_read(text)  # the unit as the title, in Arabic
    # the first sale day at the right, the last at the left
    first, last = first_and_last_revenue(demo_db)
    by_position = sorted(bars, key=lambda bar: bar["x0"])
    ratio = by_position[-1]["height"] / by_position[0]["height"]
    assert abs(ratio - first / last) < 0.01


def test_a_french_cohort_summary_keeps_its_value_axis_at_the_left(demo_db, demo_db_path, tmp_path):
    pdf = printed(demo_db_path, tmp_path, "fr", "cohort-summary", *COHORT)
    bars, left, _right, numbers, text = axis_numbers(pdf, palette.HOURS_DONE)
    assert {"0", "100", "200"} <= {w["text"] for w in numbers}
    assert all(w["x1"] < left for w in numbers)
    assert "Euros" in text and not GLUED_UNIT.search(text), text
    first, last = first_and_last_revenue(demo_db)
    by_position = sorted(bars, key=lambda bar: bar["x0"])
    assert abs(by_position[0]["height"] / by_position[-1]["height"] - first / last) < 0.01


def test_an_arabic_programme_report_reads_its_hours_from_the_right(demo_db_path, tmp_path):
    pdf = printed(demo_db_path, tmp_path, "ar", "programme-report", *COHORT)
    bars, _left, right, numbers, text = axis_numbers(pdf, palette.HOURS_PLANNED)
    assert {"0", "10", "20", "30"} <= {w["text"] for w in numbers}
    assert all(w["x0"] > right for w in numbers)
    assert not GLUED_UNIT.search(text), text
    assert "الساعات" in as_read(text)
    # Theory (36 h planned, the first kind of morning) is the rightmost grey bar
    tallest = max(bars, key=lambda bar: bar["height"])
    assert tallest["x0"] == max(bar["x0"] for bar in bars)


def test_a_french_programme_report_keeps_its_hours_at_the_left(demo_db_path, tmp_path):
    pdf = printed(demo_db_path, tmp_path, "fr", "programme-report", *COHORT)
    bars, left, _right, numbers, text = axis_numbers(pdf, palette.HOURS_PLANNED)
    assert all(w["x1"] < left for w in numbers)
    assert "Heures" in text and not GLUED_UNIT.search(text), text
    tallest = max(bars, key=lambda bar: bar["height"])
    assert tallest["x0"] == min(bar["x0"] for bar in bars)  # Theory first, at the left


def test_an_arabic_evaluation_report_grows_its_bars_from_the_right(demo_db):
    with demo_db.session() as session:
        cohort = find_cohort(session, "Coopérative 1")
        amina = find_person(session, "Amina", cohort.id)
        data = report.member_report(session, amina.id, cohort.id)
    pdfs = {}
    for right_to_left in (False, True):
        i18n.set_right_to_left(right_to_left)  # put back after the test (conftest)
        pdfs[right_to_left] = evaluation_report_pdf(data)
    for right_to_left, pdf in pdfs.items():
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            page = document.pages[0]
            *bars, swatch = sorted(bars_of(page, palette.OBSERVED), key=lambda b: b["top"])
            assert round(swatch["width"]) == round(swatch["height"]) == 10  # the legend's
            assert len(bars) == len(data.categories)
            left, right = min(b["x0"] for b in bars), max(b["x1"] for b in bars)
            # every bar starts at the value 0: the same edge for all of them
            base = [bar["x1"] if right_to_left else bar["x0"] for bar in bars]
            assert max(base) - min(base) < 0.5
            assert base[0] == (right if right_to_left else left)
            top = min(b["top"] for b in bars)
            bottom = max(b["bottom"] for b in bars)
            words = [w for w in page.extract_words() if top <= w["top"] <= bottom]
            name = next(w for w in words if w["text"] in ("culinaire", "Activité"))
            assert (name["x0"] > right) if right_to_left else (name["x1"] < left)


def drawn_bars(right_to_left: bool) -> list[tuple[float, float, tuple]]:
    """(left edge, height, colour) of each bar of a two-series chart, left to right."""
    from reportlab.graphics import renderPDF

    from app.printing.charts import Margins, bar_chart

    i18n.set_right_to_left(right_to_left)  # put back after the test (conftest)
    drawing, _chart = bar_chart(
        (300, 150),
        ["un", "deux", "trois"],
        [[10, 20, 30], [1, 2, 3]],
        [palette.HOURS_PLANNED, palette.HOURS_DONE],
        Margins(axis=40, far=10, bottom=20, top=14),
        value_title="Heures",
    )
    with pdfplumber.open(io.BytesIO(renderPDF.drawToString(drawing))) as document:
        rects = [r for r in document.pages[0].rects if r["height"] > 0.5]
        return sorted(
            (r["x0"], round(r["height"], 1), tuple(round(c, 3) for c in r["non_stroking_color"]))
            for r in rects
            if r["width"] < 100
        )


def test_a_right_to_left_chart_puts_its_first_category_and_first_series_at_the_right():
    planned = tuple(round(c, 3) for c in colors.HexColor(palette.HOURS_PLANNED).rgb())
    done = tuple(round(c, 3) for c in colors.HexColor(palette.HOURS_DONE).rgb())
    left_to_right = drawn_bars(False)
    right_to_left = drawn_bars(True)
    assert [colour for _x, _h, colour in left_to_right] == [planned, done] * 3
    assert [colour for _x, _h, colour in right_to_left] == [done, planned] * 3
    heights = [height for _x, height, _c in left_to_right]
    assert [height for _x, height, _c in right_to_left] == list(reversed(heights))
    assert abs(heights[0] * 3 - heights[4]) < 0.5  # 10 and 30 on the same scale
