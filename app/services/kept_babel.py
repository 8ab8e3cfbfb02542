"""Facts read from Babel once and kept in the user cache folder, so that later starts (and the
window, after every tab) need neither Babel nor its locale data: a locale's date and number shapes
(app/services/locale_shapes.py), the names of the countries (app/services/people/countries.py).

Babel's data for one locale, with the global data any locale needs, is about 5 MB of the
process's memory for as long as it runs (bench/RESULTS.md, s24zc); what the interface shows of it
is a few kilobytes. Each kept fact is a small JSON file named after the locale, the fact and the
sizes and times of Babel's data files (another Babel, another name: the old file is not read). A
missing, unreadable or unexpected file only means Babel is asked again; a folder that cannot be
written only means Babel is asked at every start.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

# What a kept file holds, and how: another value makes every kept file stale.
KEPT_FORMAT = 2


def kept(locale: str, fact: str, read: Callable[[], Any], check: Callable[[Any], Any]) -> Any:
    """`check(the kept JSON)` for `fact` of `locale`; when there is no usable kept file (missing,
    unreadable, or `check` raises ValueError, KeyError or TypeError on it), `read()` from Babel,
    kept as JSON for the next time, and `check` of what was read."""
    path = kept_path(locale, fact)
    if path is not None:
        try:
            return check(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing, unreadable or of another shape: Babel says it again
    read_now = read()
    if path is not None:
        keep(path, read_now)
    return check(read_now)


def kept_path(locale: str, fact: str) -> Path | None:
    """The file keeping `fact` of `locale`, named after Babel's data files (their sizes and
    times: another Babel, another name); None when Babel's files cannot be found."""
    try:
        spec = importlib.util.find_spec("babel")
        folder = Path(spec.submodule_search_locations[0])
        marks = [
            f"{stat.st_size}-{stat.st_mtime_ns}"
            for stat in (
                (folder / "global.dat").stat(),
                (folder / "locale-data" / f"{locale}.dat").stat(),
            )
        ]
        import hashlib

        from app.config import cache_dir

        digest = hashlib.sha256(f"{KEPT_FORMAT} {' '.join(marks)}".encode()).hexdigest()[:16]
        name = f"{locale}-{fact}-{digest}.json" if fact else f"{locale}-{digest}.json"
        return cache_dir() / "locales" / name
    except (AttributeError, IndexError, OSError, TypeError, ValueError, ImportError):
        return None  # Babel's files not found, or no cache folder can be made: nothing kept


def keep(path: Path, data: Any) -> None:
    """Write `data` as JSON through a temporary file (a half-written file is never read); a
    folder that cannot be written only means Babel is asked again next time."""
    import tempfile

    written = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as file:
            written = file.name
            json.dump(data, file, ensure_ascii=False)
        os.replace(written, path)
    except OSError:
        if written is not None:
            Path(written).unlink(missing_ok=True)
