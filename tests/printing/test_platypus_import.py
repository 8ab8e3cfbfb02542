"""reportlab.platypus imported through `app.printing.platypus_import`: its web-address pattern is
compiled when first used, and works as reportlab's own; every other pattern is compiled as usual.
Run in a fresh interpreter: the test process has long imported platypus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import re
real = re.compile
import app.printing.bidi_paragraph
from reportlab.platypus import paragraph
from app.printing.platypus_import import DeferredPattern
assert re.compile is real, "re.compile restored"
assert isinstance(paragraph.uri_pat, DeferredPattern)
assert paragraph.uri_pat._compiled is None, "not compiled at import"
assert isinstance(paragraph._wsc_end_search.__self__, re.Pattern), "others compiled as usual"
pairs = paragraph._uri_split_pairs("https://example.org/a/b")
assert pairs[0] == ("https://example.org/a/", "b"), pairs
assert paragraph._uri_split_pairs("pas une adresse") is None
assert isinstance(paragraph.uri_pat._compiled, re.Pattern)
print("ok")
"""


def test_the_web_address_pattern_is_compiled_when_first_used():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_long_web_address_is_still_cut_at_a_line_end():
    from reportlab.lib.styles import ParagraphStyle

    from app.printing.bidi_paragraph import Paragraph
    from app.printing.fonts import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("p", fontName=FONT, fontSize=9, uriWasteReduce=0.3)
    address = "https://exemple.be/coop/" + "/".join(["etiquettes"] * 6)
    paragraph = Paragraph(f"Voir {address}", style)
    paragraph.wrap(120, 500)
    lines = paragraph.blPara.lines
    assert len(lines) > 1
    assert lines[0][1][-1] == "https://exemple.be/"  # cut after a slash of the address
    assert "".join("".join(words) for _width, words in lines).replace(" ", "") == (f"Voir{address}")
