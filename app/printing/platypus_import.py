"""Importing reportlab.platypus without compiling its web-address pattern at import.

`reportlab.platypus.paragraph` compiles, when it is imported, a regular expression recognising
web addresses (`uri_pat`, character classes up to U+FFFF): about 60 % of importing platypus, some
60 ms of CPU on the reference machine, paid by every command that prints (`print labels` above
all). Paragraphs use it only to cut a long web address at a line's end. While platypus is imported
here, that one pattern is made a `DeferredPattern`, compiled the first time it is used; every other
pattern is compiled as usual. Import platypus through `platypus()`; importing it elsewhere first
only costs the usual time.
"""

from __future__ import annotations

import re
import sys
import threading
from types import ModuleType

# How reportlab's web-address pattern starts (reportlab/platypus/paragraph.py, `uri_pat`).
DEFERRED_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"

_importing = threading.Lock()


class DeferredPattern:
    """A compiled pattern made on first use: `pattern.match(...)` compiles it then calls it."""

    def __init__(self, compile_, pattern, flags):
        self._compile = compile_
        self._args = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = self._compile(*self._args)
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)


def platypus() -> ModuleType:
    """The `reportlab.platypus` module, imported (once) with its web-address pattern deferred."""
    module = sys.modules.get("reportlab.platypus")
    if module is not None:
        return module
    with _importing:
        real_compile = re.compile

        def compile_(pattern, flags=0):
            if isinstance(pattern, str) and pattern.startswith(DEFERRED_PATTERN_START):
                return DeferredPattern(real_compile, pattern, flags)
            return real_compile(pattern, flags)

        re.compile = compile_
        try:
            import reportlab.platypus
        finally:
            re.compile = real_compile
    return reportlab.platypus
