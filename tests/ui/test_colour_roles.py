"""Colours live in one place: the interface's in app/ui/style.py (named colours and roles), the
printed documents' in app/printing/palette.py. Anywhere else, a literal colour is refused."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAMED = "red|green|blue|black|white|gray|grey|yellow|cyan|magenta|darkRed|darkGreen|darkBlue"
LITERAL_COLOUR = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b"  # #rrggbb, #rgb
    r"|QColor\(\s*\d"  # QColor(r, g, b)
    r"|QColor\(\s*[\"']"  # QColor("red"), QColor("#…")
    rf"|\bQt\.(GlobalColor\.)?({NAMED})\b"  # Qt.red, Qt.GlobalColor.darkRed
    rf"|\bcolors\.({NAMED})\b"  # reportlab's named colours
    r"|\b(rgb|rgba)\("  # in a style sheet
)
ALLOWED = {ROOT / "app/ui/style.py", ROOT / "app/printing/palette.py"}


def literal_colours(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        if path in ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LITERAL_COLOUR.search(line):
                found.append(f"{path.relative_to(folder)}:{number}: {line.strip()}")
    return found


def test_the_interface_names_its_colours_in_the_style_module():
    assert literal_colours(ROOT / "app/ui") == []


def test_the_documents_name_their_colours_in_the_palette():
    assert literal_colours(ROOT / "app/printing") == []


def test_a_literal_colour_is_found(tmp_path):
    (tmp_path / "page.py").write_text(
        'a = QColor("#ffe2b8")\nb = QColor(200, 10, 10)\nc = Qt.GlobalColor.darkRed\n'
        'd = "color: #abc;"\ne = colors.black\nf = colour("late")\n',
        encoding="utf-8",
    )
    found = literal_colours(tmp_path)
    assert [line.split(":")[1] for line in found] == ["1", "2", "3", "4", "5"]
