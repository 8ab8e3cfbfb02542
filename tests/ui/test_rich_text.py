"""Names put into Qt's rich text are escaped as `html.escape` escapes them (app/ui/rich_text.py,
which spares the window the `html` package's entity tables)."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from app.ui.rich_text import escape


@given(st.text())
def test_escaped_as_the_standard_library_escapes(text):
    assert escape(text) == html.escape(text)


def test_a_name_with_markup_reads_as_typed():
    assert escape("Tom & Jerry <b>'s\" café") == "Tom &amp; Jerry &lt;b&gt;&#x27;s&quot; café"
