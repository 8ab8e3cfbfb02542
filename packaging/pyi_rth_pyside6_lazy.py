"""Run-time hook of the frozen app, in place of PyInstaller's own for PySide6: the same paths for
Qt's plugins, without importing QtCore at start. PyInstaller's hook imports it to check Qt's
embedded qt.conf, which PySide6's PyPI wheels set up themselves when imported. Importing Qt first
cost the frozen app 0.1-0.3 s before any line of ours ran, and undid app/startup.py's order
(libraries before PySide6)."""

import os
import sys


def _qt_paths() -> None:
    base = sys._MEIPASS
    if sys.platform.startswith("win"):
        qt = os.path.join(base, "PySide6")
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")
    else:
        qt = os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")


_qt_paths()
del _qt_paths
