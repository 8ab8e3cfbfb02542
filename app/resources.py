"""Where the app's read-only files are (fonts, icons, translations, label sheet templates, help
pictures, and the alembic migrations): one place, so that every layer finds them the same way,
from a source checkout and from the frozen app alike.

From source, they sit beside the `app` package. In the frozen app (PyInstaller, see
`packaging/coopactives.spec`) they are copied into the bundle's folder, which PyInstaller names in
`sys._MEIPASS`; nothing is read from a source tree at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

FROZEN: bool = bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding `resources/` and `migrations/`: the frozen bundle's, or the checkout's."""
    if FROZEN and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS)
    return Path(__file__).resolve().parent.parent


ROOT_DIR = bundle_root()
RESOURCES_DIR = ROOT_DIR / "resources"
MIGRATIONS_DIR = ROOT_DIR / "migrations"
