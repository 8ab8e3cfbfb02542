"""TrueType fonts for reportlab, their parsed tables kept between runs in the user cache folder.

Parsing a DejaVu face (its character map, widths and glyph offsets) takes about 20 ms of CPU, paid
by every printing command for each face it uses (`print labels` uses two). The parsed tables are
pickled once into the cache folder, named by a hash of the font file, reportlab's version and
Python's, and read back (about a third of the time) in later runs; the font file itself is read
as before (its bytes are subset into each PDF). A missing, unreadable or stale cache file only
means the face is parsed again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

# What is not kept: the font's per-document state, its encoding, its face (kept on its own); the
# face's file bytes (read again) and its scaling function (made again).
_FONT_NOT_KEPT = frozenset({"face", "encoding", "state"})
_FACE_NOT_KEPT = frozenset({"_ttf_data", "_pdfScale"})


def true_type_font(name: str, path: Path):
    """A reportlab `TTFont` named `name` for the font file `path`, parsed once per version."""
    from reportlab import Version
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

    data = path.read_bytes()
    digest = hashlib.sha256(data)
    digest.update(f"{Version} {sys.version} {name}".encode())
    cached = _cache_folder() / f"{path.stem}-{digest.hexdigest()[:24]}.pickle"
    kept = _read(cached)
    if kept is not None:
        font_state, face_state = kept
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(face_state)
        face._ttf_data = data
        face._pdfScale = _scale(face.unitsPerEm)
        font = TTFont.__new__(TTFont)
        font.__dict__.update(font_state)
        font.face, font.encoding, font.state = face, TTEncoding(), WeakKeyDictionary()
        return font
    font = TTFont(name, str(path))
    _write(
        cached,
        (
            {k: v for k, v in vars(font).items() if k not in _FONT_NOT_KEPT},
            {k: v for k, v in vars(font.face).items() if k not in _FACE_NOT_KEPT},
        ),
    )
    return font


def _scale(units_per_em: int):
    """reportlab's conversion of font units to thousandths of an em (`TTFontFile.extractInfo`)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _cache_folder() -> Path:
    from app.config import cache_dir

    folder = cache_dir() / "fonts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _read(path: Path):
    try:
        with path.open("rb") as file:
            return pickle.load(file)  # noqa: S301 (the app's own file, in the user's cache)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None


def _write(path: Path, state) -> None:
    """Written beside and renamed: a reader in another process never sees half a file."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    except OSError:
        return  # no cache this time: the face is parsed again next run
    try:
        with os.fdopen(handle, "wb") as file:
            pickle.dump(state, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
