"""The tabs' modules are imported while the window is idle (app/ui/preload.py): one at a time,
only after a quiet moment, put off by a key press, and never once every module is there."""

from __future__ import annotations

import importlib.util
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.ui import preload
from app.ui.preload import IdlePreloader
from app.ui.tabs import TABS, modules_to_preload


def fake_modules(tmp_path, monkeypatch, names):
    for name in names:
        (tmp_path / f"{name}.py").write_text(f"import sys\nsys.modules['order'].append({name!r})\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    order: list[str] = []
    monkeypatch.setitem(sys.modules, "order", order)
    for name in names:
        monkeypatch.delitem(sys.modules, name, raising=False)
    return order


def test_modules_are_imported_in_order_once_quiet_and_a_key_puts_it_off(
    qtbot, tmp_path, monkeypatch
):
    names = ["preload_one", "preload_two", "preload_three"]
    order = fake_modules(tmp_path, monkeypatch, names)
    monkeypatch.setattr(preload, "IDLE_MS", 300)
    monkeypatch.setattr(preload, "STEP_MS", 10)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    preloader = IdlePreloader([*names, "preload_one"])
    preloader.start()
    qtbot.wait(150)
    qtbot.keyClick(edit, Qt.Key.Key_A)  # she types: the quiet moment starts again
    qtbot.wait(200)
    assert order == []  # 350 ms since start, but only 200 since the key
    qtbot.waitUntil(lambda: preloader.done, timeout=3000)
    assert order == names  # each once, in order
    assert [step[0] for step in preloader.steps] == [*names, "configure_mappers"]
    assert all(wall >= 0 and cpu >= 0 for _, wall, cpu in preloader.steps)


def test_stop_imports_nothing_more_and_lets_go_of_the_events(qtbot, tmp_path, monkeypatch):
    order = fake_modules(tmp_path, monkeypatch, ["preload_stopped"])
    monkeypatch.setattr(preload, "IDLE_MS", 50)
    preloader = IdlePreloader(["preload_stopped"])
    preloader.start()
    preloader.stop()
    qtbot.wait(200)
    assert order == []
    assert preloader.done and not preloader._filtering


def test_every_tab_and_inner_page_module_is_preloaded_and_exists():
    names = modules_to_preload(TABS)
    assert names[: len(TABS)] == [spec.module for spec in TABS]
    assert "app.ui.menus.orders_page" in names
    assert all(importlib.util.find_spec(name) is not None for name in names)


def test_preloading_loads_no_qt_library_that_only_a_chart_or_a_print_needs():
    """QtCharts, QtPdf and QtPrintSupport are loaded by a page that shows a chart or a preview,
    when it does (2.7 MB resident for QtCharts alone: issue #24 item 5), not by importing every
    tab's and inner page's module while the window is idle; nor are Babel (its locale data is
    5 MB: the tabs write from kept facts, app/services/kept_babel.py) and the `html` package
    (its entity tables, 0.3 MB: app/ui/rich_text.py escapes)."""
    import subprocess

    code = (
        "import importlib, sys\n"
        "from app.ui.tabs import TABS, modules_to_preload\n"
        "for name in modules_to_preload(TABS):\n"
        "    importlib.import_module(name)\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6.Qt')))\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('babel', 'html')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    qt, others = result.stdout.splitlines()
    assert qt == "['PySide6.QtCore', 'PySide6.QtGui', 'PySide6.QtWidgets']"
    assert others == "[]"


def test_the_window_preloads_once_shown_and_stops_when_closed(qtbot, demo_db, monkeypatch):
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(preload, "IDLE_MS", 20)
    monkeypatch.setattr(preload, "STEP_MS", 1)
    window = MainWindow(AppContext(demo_db))
    qtbot.addWidget(window)
    assert window.preloader is None
    window.show()
    qtbot.waitUntil(lambda: window.preloader.done, timeout=60_000)
    assert all(name in sys.modules for name in modules_to_preload(TABS))
    window.close()
    assert window.preloader.done


def test_nothing_is_imported_while_no_event_loop_runs(qtbot, qapp, tmp_path, monkeypatch):
    """A script that shows the window and processes its events by hand (the start-up probe)
    is never joined by an import; the application's event loop is."""
    import time

    order = fake_modules(tmp_path, monkeypatch, ["preload_scripted"])
    monkeypatch.setattr(preload, "IDLE_MS", 20)
    preloader = IdlePreloader(["preload_scripted"])
    preloader.start()
    deadline = time.monotonic() + 0.3
    while time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    assert order == []
    qtbot.waitUntil(lambda: preloader.done, timeout=3000)
    assert order == ["preload_scripted"]


def test_the_event_filter_waits_until_the_window_has_painted(qtbot, tmp_path, monkeypatch):
    """Every event goes through the filter once installed (PySide6 then creates the Python types
    of the classes the events come from): not before the first paint, `LISTEN_AFTER_MS` later."""
    fake_modules(tmp_path, monkeypatch, ["preload_listening"])
    monkeypatch.setattr(preload, "LISTEN_AFTER_MS", 200)
    preloader = IdlePreloader(["preload_listening"])
    preloader.start()
    qtbot.wait(50)
    assert not preloader._filtering
    qtbot.waitUntil(lambda: preloader._filtering, timeout=3000)
    preloader.stop()
    assert not preloader._filtering
