"""The text of a few cells, joined by commas to the text of the others, is the row `csv` writes."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.csv_cells import LINE_END, CellsText, TextCache

# what csv treats apart (",", quotes, line ends, spaces), letters and Arabic; a sampled alphabet
# spares Hypothesis its table of every Unicode character, seconds to build on a loaded machine
cell = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.text(alphabet=st.sampled_from(list(",\"\r\n\t ;'a\u00e9\u0643\u00ab\u20ac")), max_size=8),
)


def _row_text(cells) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=",", lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(cell, min_size=2, max_size=12), st.data())
def test_a_row_is_its_parts_joined_by_commas(cells, data):
    cuts = sorted(data.draw(st.sets(st.integers(1, len(cells) - 1), max_size=4)))
    parts = [cells[start:end] for start, end in zip([0, *cuts], [*cuts, len(cells)], strict=True)]
    text = CellsText()
    lone = [part for part in parts if len(part) == 1 and part[0] in ("", None)]
    if lone:  # a lone empty cell is refused, whatever it is beside
        with pytest.raises(ValueError):
            [text(part) for part in parts]
        return
    assert ",".join(text(part) for part in parts) + LINE_END == _row_text(cells)


def test_a_text_is_made_once_per_key():
    made = []
    cache = TextCache(lambda key: made.append(key) or f"<{key}>")
    assert [cache[1], cache[2], cache[1]] == ["<1>", "<2>", "<1>"]
    assert made == [1, 2]
