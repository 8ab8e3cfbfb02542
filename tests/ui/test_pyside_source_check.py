"""PySide6's check of each imported module (does it use PySide6?) gives the same answers without
keeping the module's source in memory (app/ui/pyside_source_check.py)."""

from __future__ import annotations

import linecache
import sys

from app.ui.app import make_application


def test_imported_modules_are_classified_as_before_and_their_source_is_not_kept(
    qapp, tmp_path, monkeypatch
):
    make_application()
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside.reads_bytes
    (tmp_path / "uses_qt_here.py").write_text("from PySide6 import QtCore  # a Qt module\n")
    (tmp_path / "no_qt_here.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("uses_qt_here")  # through the import statement's hook, as PySide6 sees it
    __import__("no_qt_here")
    assert feature.pyside_feature_dict["uses_qt_here"] == 0  # uses PySide: switchable
    assert feature.pyside_feature_dict["no_qt_here"] == -1  # ignored
    assert not [name for name in linecache.cache if str(tmp_path) in name]
    assert linecache.getline(str(tmp_path / "no_qt_here.py"), 1) == "VALUE = 1\n"  # read on demand
    for name in ("uses_qt_here", "no_qt_here"):
        sys.modules.pop(name, None)
