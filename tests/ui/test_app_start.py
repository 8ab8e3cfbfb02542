"""Starting the GUI: an unusable database file offers another one; the window remembers itself."""

from __future__ import annotations

import datetime as dt

from app.db import Database
from app.ui import app as gui_app
from app.ui.context import AppContext
from app.ui.main_window import MainWindow


def test_not_a_database_asks_for_another_file_and_keeps_it(tmp_path, monkeypatch):
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    asked = []
    replacement = tmp_path / "new.sqlite3"

    def ask(error, current):
        asked.append((str(error), current))
        return "other", replacement

    monkeypatch.setattr(gui_app, "ask_about_unusable_database", ask)
    database, guard = gui_app.open_database_interactively(bad)
    try:
        assert database is not None and database.path == replacement
        assert "n'est pas une base" in asked[0][0]
        assert bad.read_bytes() == b"\xff\xd8\xff\xe0 not a database"
    finally:
        database.close()
        guard.release()


def test_quitting_instead_of_choosing_opens_nothing(tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("garbage")
    monkeypatch.setattr(
        gui_app, "ask_about_unusable_database", lambda error, current: ("quit", None)
    )
    assert gui_app.open_database_interactively(bad) == (None, None)


def test_the_demo_opens_on_the_cohort_running_today_not_on_the_one_prepared(qtbot, demo_db_path):
    database = Database.open(demo_db_path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 10, 3)))
    qtbot.addWidget(window)
    window.show()
    listed = [window.cohort_box.itemText(i) for i in range(window.cohort_box.count())]
    assert listed == ["Coopérative 3", "Coopérative 2", "Coopérative 1"]  # newest first
    assert window.cohort_box.currentText() == "Coopérative 2"
    assert window.cohort_status.text() == "Cohorte : Coopérative 2"
    window.close()
    database.close()


def test_window_remembers_geometry_and_cohort(qtbot, demo_db_path):
    database = Database.open(demo_db_path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 10, 3)))
    qtbot.addWidget(window)
    window.show()
    assert window.cohort_box.currentText() == "Coopérative 2"  # the one running that day
    window.cohort_box.setCurrentIndex(window.cohort_box.findText("Coopérative 1"))
    # The offscreen test screen is only 800 px wide: vary the height, which fits.
    height = max(520, window.minimumSizeHint().height() + 20)
    window.resize(window.width(), height)
    window.close()

    again = MainWindow(AppContext(database, today=lambda: dt.date(2022, 10, 3)))
    qtbot.addWidget(again)
    again.show()
    assert again.cohort_box.currentText() == "Coopérative 1"
    assert again.height() == height
    assert again.windowTitle() == "Coopér'Actives Cuisine"
    again.close()
    database.close()


def test_the_application_has_its_icon_version_and_desktop_entry(qapp):
    import app
    from app.desktop_entry import APP_ID
    from app.ui.app import set_identity

    set_identity(qapp)
    assert qapp.applicationVersion() == app.__version__
    assert qapp.desktopFileName() == APP_ID
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().pixmap(64, 64).toImage().pixelColor(32, 8).alpha() == 255
