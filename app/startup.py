"""What the GUI start does before Qt, to show the window sooner: import first the modules without
Qt that the first window needs, with the garbage collector paused until the window is shown.

Imports: once PySide6 is imported, it reads the source of every module imported after it, looking
for the word "PySide6" (its `__feature__` switch, PYSIDE-2029: one `inspect.getsource` per
module). On the ≈300 modules SQLAlchemy, Babel and the services bring in, that made the start
about 90 ms slower; modules imported before PySide6 are not read. tests/test_startup.py checks
that the first window imports none of the modules listed here after Qt.

Garbage collector: the start creates some hundred thousand objects that live as long as the app
(classes, mappers, widgets); the collector scanned them again and again (≈40 ms). It is paused
during the start; once the window is shown, `resume_gc` moves what exists to the permanent
generation (`gc.freeze`) and turns the collector back on.
"""

from __future__ import annotations

import gc
import importlib

# The libraries, then the app's own modules the main window and the Today screen use.
BEFORE_QT: tuple[str, ...] = (
    "sqlalchemy",
    "sqlalchemy.orm",  # app.db makes its session factory at open; the first window reads without
    # the ORM (first_screen.reading): once app.db makes it at the first session, drop this line
    "sqlalchemy.dialects.sqlite",
    "ctypes",
    "app.db",
    "app.db_check",  # the integrity check run beside the start
    "app.desktop_entry",
    "app.services.errors",
    "app.services.validation",  # Database sessions check every text before writing it
    "app.logs",
    "app.resources",
    "app.services.errors",
    "app.services.safety.backup",
    "app.services.today.first_screen",
    "app.vocab.people",  # the delegate's and deputy's words in their gender (Today, status bar)
    "app.printing.palette",  # the morning kinds' colours, shared by the screen and the paper
    "app.vocab.menus",  # units: the quantities of the lots soon out of date on Today
    "app.services.numerals",
    "app.services.locale_shapes",  # dates and quantities on Today without Babel
    "app.services.units",
)


def import_before_qt() -> None:
    for name in BEFORE_QT:
        importlib.import_module(name)


def pause_gc() -> None:
    gc.disable()


def resume_gc() -> None:
    """Turn the collector back on (once the window is shown); harmless if it was never paused."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
