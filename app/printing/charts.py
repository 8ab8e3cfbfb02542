"""Bar charts for documents, drawn in the document's reading direction: the one place where a
reportlab chart is built (the cohort summary's revenue, the programme report's hours and sales,
the evaluation report's results).

In a document that reads right to left (`app.i18n.document_right_to_left`) a chart is mirrored:
- columns (`VerticalBarChart`): the value axis and its numbers stand at the right of the bars, the
  categories run from the right (their order, their values and the order of the bars inside a
  group turned over, so the first one stands at the right);
- bars (`HorizontalBarChart`): the bars grow from the right, the category names stand at the right.
Every text is shaped and put in visual order (`shaping.visual_line`). The numbers beside the ticks
are plain, in the language's number format; a unit goes in the value axis' title, above it, in the
reader's language ("Heures", "الساعات"), never glued after each number in French ("30 h").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.i18n import document_right_to_left
from app.printing.fonts import FONT, register_fonts
from app.printing.shaping import visual_line

TITLE_GAP = 4  # points between the value axis' top and its title
LABEL_GAP = 5  # points between an axis and its numbers or names


@dataclass(frozen=True)
class Margins:
    """Room around the plot, in points, as for a left-to-right page: `axis` on the side of the
    value axis' numbers (columns) or of the category names (bars), `far` on the other side."""

    axis: float
    far: float
    bottom: float
    top: float


def axis_number(value: float) -> str:
    """A tick's number in the interface language's format ("2,5", "30"), without unit."""
    from app.services.units import format_decimal

    return format_decimal(Decimal(str(round(value, 1))), 1)


def bar_chart(
    size: tuple[float, float],
    categories: Sequence[str],
    series: Sequence[Sequence[float]],
    colours: Sequence[str],
    margins: Margins,
    *,
    horizontal: bool = False,
    value_title: str = "",
    value_text: Callable[[float], str] = axis_number,
    font_size: float = 7,
    slant: float = 0,
):
    """(drawing, chart): a bar chart of `series` (one colour each) over `categories`, in reading
    order, its plot inside `margins`, read in the document's direction; the names of columns
    slanted by `slant` degrees (ending at their column, or starting there from the right). The
    caller may still set what does not depend on the direction (the value axis' range, spacing).
    """
    from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    register_fonts()
    right_to_left = document_right_to_left()
    width, height = size
    drawing = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x = margins.far if right_to_left else margins.axis
    chart.y = margins.bottom
    chart.width = width - margins.axis - margins.far
    chart.height = height - margins.bottom - margins.top
    names = [visual_line(name) for name in categories] or [""]
    data = [list(values) or [0] for values in series] or [[0]]
    colours = list(colours)
    if right_to_left and not horizontal:  # the first category, and its first bar, at the right
        names.reverse()
        data = [list(reversed(values)) for values in reversed(data)]
        colours.reverse()
    chart.data = data
    for index, colour in enumerate(colours):
        chart.bars[index].fillColor = colors.HexColor(colour)
    chart.categoryAxis.categoryNames = names
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = font_size
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: visual_line(value_text(value))
    if horizontal:
        chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dx = "e", -LABEL_GAP
    elif slant:
        chart.categoryAxis.labels.angle = -slant if right_to_left else slant
        chart.categoryAxis.labels.boxAnchor = "nw" if right_to_left else "ne"
    if right_to_left:
        _read_from_the_right(chart, horizontal)
    drawing.add(chart)
    if value_title and not horizontal:
        axis_x = chart.x + chart.width if right_to_left else chart.x
        drawing.add(
            String(
                axis_x,
                chart.y + chart.height + TITLE_GAP,
                visual_line(value_title),
                fontName=FONT,
                fontSize=font_size,
                textAnchor="middle",
            )
        )
    return drawing, chart


def _read_from_the_right(chart, horizontal: bool) -> None:
    """Turn a chart over for a right-to-left page: the value axis of columns at the right, its
    numbers after it; bars growing leftwards, their names at the right."""
    if horizontal:
        chart.valueAxis.reverseDirection = 1
        names = chart.categoryAxis.labels
        names.boxAnchor, names.dx = "w", LABEL_GAP
        chart.categoryAxis.tickLeft, chart.categoryAxis.tickRight = 0, LABEL_GAP
        return
    axis = chart.valueAxis
    axis.joinAxisMode = "right"
    axis.labels.boxAnchor, axis.labels.dx = "w", LABEL_GAP
    axis.tickLeft, axis.tickRight = 0, LABEL_GAP
