"""PySide6 reads, for each module imported after it, the module's source through `inspect`
(looking for the word "PySide6", PYSIDE-2029), and `inspect` keeps every source it read in
`linecache` for as long as the app runs: the whole text of SQLAlchemy, Babel and the app's own
modules, 10 to 15 MB on the ten-year benchmark (the largest holder of Python memory once every
tab was shown).

`stop_keeping_sources()` gives PySide6 the same answer from the file's bytes, read and let go
(other modules: PySide6's own check), and empties `linecache` of what it kept so far. A traceback
still shows its lines: `linecache` reads a file again when asked. When PySide6 no longer has the
check (a later version), nothing is changed.
"""

from __future__ import annotations

import linecache
import sys


def stop_keeping_sources() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    mod_uses_pyside.reads_bytes = True
    feature._mod_uses_pyside = mod_uses_pyside
    linecache.clearcache()
