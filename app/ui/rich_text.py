"""Text put into Qt's rich text (labels, text browsers), its markup characters escaped.

The standard library's `html.escape` does the same, but importing the `html` package loads its
entity tables (`html.entities`, about 0.3 MB for as long as the app runs), which only unescaping
needs; the Sales summary and the evaluation reports escape names on every refresh.
"""

from __future__ import annotations

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """`text` with & < > " ' written as entities, as `html.escape(text)` writes it."""
    return text.translate(_ESCAPES)
