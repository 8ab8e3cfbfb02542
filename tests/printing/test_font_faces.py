"""Parsed fonts kept in the cache folder: a face read back from the cache measures, maps and
subsets exactly as one parsed from its file; a damaged cache file is parsed again."""

from __future__ import annotations

from app.printing import font_faces
from app.printing.fonts import FONT_BOLD, FONTS_DIR

SAMPLE = "Énergie ệ ﻣﺮﺣﺒﺎ 120 g – Œufs"


def test_a_face_from_the_cache_is_the_face_parsed_from_its_file(tmp_path, monkeypatch):
    monkeypatch.setenv("COOPACTIVES_CACHE_DIR", str(tmp_path))
    path = FONTS_DIR / f"{FONT_BOLD}.ttf"
    parsed = font_faces.true_type_font(FONT_BOLD, path)
    kept = list((tmp_path / "fonts").glob("DejaVuSans-Bold-*.pickle"))
    assert len(kept) == 1
    cached = font_faces.true_type_font(FONT_BOLD, path)
    assert cached is not parsed
    assert cached.fontName == FONT_BOLD
    assert cached.stringWidth(SAMPLE, 9) == parsed.stringWidth(SAMPLE, 9)
    assert cached.face.charToGlyph == parsed.face.charToGlyph
    assert cached.face.bbox == parsed.face.bbox
    assert cached.face.ascent == parsed.face.ascent
    subset = sorted({ord(ch) for ch in SAMPLE})
    assert cached.face.makeSubset(subset) == parsed.face.makeSubset(subset)


def test_a_damaged_cache_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("COOPACTIVES_CACHE_DIR", str(tmp_path))
    path = FONTS_DIR / f"{FONT_BOLD}.ttf"
    reference = font_faces.true_type_font(FONT_BOLD, path).stringWidth(SAMPLE, 9)
    (kept,) = (tmp_path / "fonts").glob("*.pickle")
    kept.write_bytes(b"not a pickle")
    assert font_faces.true_type_font(FONT_BOLD, path).stringWidth(SAMPLE, 9) == reference
    assert font_faces.true_type_font(FONT_BOLD, path).stringWidth(SAMPLE, 9) == reference
    assert not list((tmp_path / "fonts").glob("*.part"))


def test_no_cache_folder_still_gives_the_font(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("COOPACTIVES_CACHE_DIR", str(blocked / "cache"))
    monkeypatch.setattr(font_faces, "_cache_folder", lambda: blocked / "cache" / "fonts")
    font = font_faces.true_type_font(FONT_BOLD, FONTS_DIR / f"{FONT_BOLD}.ttf")
    assert font.stringWidth("abc", 10) > 0
