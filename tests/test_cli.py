"""The command line: version, demo, screenshots, and clear errors with a non-zero exit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app
from app.cli import main
from app.db import Database
from app.services.people import cohorts, members

ROOT = Path(__file__).resolve().parent.parent


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert app.__version__ in capsys.readouterr().out


def test_the_demo_holds_both_2022_cohorts_and_the_next_one(demo_db):
    """What `coopactives demo PATH` writes (`app.demo.write_demo`, which also wrote the demo
    template that `demo_db` copies, in this run or an earlier run of the same code: not built
    again here)."""
    with demo_db.session() as session:
        found = {c.name: c for c in cohorts.list_cohorts(session)}
        assert set(found) == {"Coopérative 1", "Coopérative 2", "Coopérative 3"}
        c3 = found["Coopérative 3"]
        assert c3.start_date > found["Coopérative 2"].end_date  # prepared for 2023
        members_3 = {
            p.first_name for p in members.list_people(session, c3.id) if p.role == "member"
        }
        assert len(members_3) == 8 and "Mariama" in members_3  # she left cohort 1 for a job
        c1, c2 = found["Coopérative 1"], found["Coopérative 2"]
        assert (c1.start_date.year, c1.start_date.month, c1.end_date.month) == (2022, 4, 7)
        assert (c2.start_date.month, c2.end_date.month) == (9, 12)
        members_1 = [
            p
            for p in members.list_people(session, c1.id, include_inactive=True)
            if p.role == "member"
        ]
        members_2 = [p for p in members.list_people(session, c2.id) if p.role == "member"]
        assert len(members_1) == 14 and len({p.country_code for p in members_1}) == 7
        assert len(members_2) == 10 and len({p.country_code for p in members_2}) == 10
        countries = {p.country_code for p in members_1 + members_2}
        assert len(countries) == 14
        roles = {p.role for p in members.list_people(session, c1.id)}
        assert {"facilitator", "mentor"} <= roles


@pytest.fixture
def demo_written(monkeypatch, _demo_template) -> list[Path]:
    """`app.demo.write_demo` copies the run's demo template (which it wrote, checked above)
    instead of building the demo again; the list holds the paths it was asked to write."""
    import app.demo

    written: list[Path] = []

    def write_demo(path: Path) -> Path:
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise FileExistsError(path)
        shutil.copyfile(_demo_template, path)
        written.append(path)
        return path

    monkeypatch.setattr(app.demo, "write_demo", write_demo)
    return written


def test_the_demo_command_writes_the_demo_to_the_new_file(tmp_path, capsys, demo_written):
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", str(path)]) == 0
    assert demo_written == [path]
    assert str(path) in capsys.readouterr().out
    database = Database.open(path)
    with database.session() as session:
        assert len(cohorts.list_cohorts(session)) == 3
    database.close()


def test_the_demo_option_opens_the_window_on_a_new_demo_in_a_temporary_folder(
    monkeypatch, tmp_path, qapp, demo_written
):
    import tempfile

    from app.ui import screenshot

    seen = {}

    def record(window, folder):
        seen["path"] = window.ctx.db.path
        with window.ctx.db.session() as session:
            seen["cohorts"] = len(cohorts.list_cohorts(session))
        return []

    monkeypatch.setattr(screenshot, "save_screenshots", record)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # its folder here, not in /tmp
    assert main(["--demo", "--screenshot", str(tmp_path / "shots")]) == 0
    assert demo_written == [seen["path"]]
    assert seen["path"].parent.parent == tmp_path
    assert seen["path"].parent.name.startswith("coopactives-demo-")
    assert seen["cohorts"] == 3


def test_demo_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "mine.sqlite3"
    path.write_bytes(b"precious")
    assert main(["demo", str(path)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert path.read_bytes() == b"precious"


def test_screenshot_of_every_tab_inner_page_and_dialog(tmp_path, demo_db_path):
    """The real command in a process of its own, as it is run (`python -m app`, its own Qt
    application in Dutch), on a copy of the demo (`--demo` would build it again: the test above
    shows `--demo` opens the window on a new demo)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    shots = tmp_path / "shots"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            str(demo_db_path),
            "--screenshot",
            str(shots),
            "--lang",
            "nl",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in shots.glob("*.png"))
    from app.ui.dialog_catalogue import DIALOGS
    from app.ui.tabs import TABS

    tabs = [f"{i:02d}-{spec.name}" for i, spec in enumerate(TABS, 1)]
    assert [name for name in names if name.count("-") == 1] == [f"{tab}.png" for tab in tabs]
    # Each file starts with its tab's number and name: they sort by tab.
    assert [name for name in names if not name.startswith(tuple(tabs))] == []
    assert "03-menus-02-ingredients_page.png" in names  # an inner page
    assert "03-menus-z-recipe_dialog.png" in names  # a dialog, after the tab's pages
    assert len([name for name in names if "-z-" in name]) == len(DIALOGS)
    assert "07-evaluations-04-" in " ".join(names)  # the demo's evaluations, opened by its PIN
    assert all((shots / name).stat().st_size > 2000 for name in names)
    help_pictures = sorted(p.name for p in (shots / "help").glob("*.png"))
    assert help_pictures == sorted(f"{spec.name}.png" for spec in TABS)


def test_screenshots_of_a_file_that_is_not_a_database_are_refused(tmp_path, qapp, capsys):
    """In this process (the exit code is `main`'s return value, which `python -m app` hands to
    `sys.exit`, as the test above runs it): the file is refused before any window is made."""
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("bonjour")
    shots = tmp_path / "shots"
    assert main(["--db", str(not_a_db), "--screenshot", str(shots)]) == 2
    assert "n'est pas une base" in capsys.readouterr().err
    assert not_a_db.read_text() == "bonjour"
    assert not shots.exists()


def test_unknown_option_is_an_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--nope"])
    assert info.value.code == 2
    assert "--nope" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("options", "language", "large"),
    [
        (["--lang", "ar", "--large"], "ar", True),
        (["--lang", "en"], "en", False),
    ],
)
def test_screenshots_in_a_language_and_the_large_mode_for_this_run_only(
    monkeypatch, tmp_path, qapp, demo_db_path, options, language, large
):
    from PySide6.QtCore import Qt

    from app.ui import screenshot
    from app.ui.language import apply_language
    from app.ui.large_mode import apply_large_mode, is_large_mode
    from app.ui.view_menu import saved_language, saved_large_mode

    seen = {}

    def record(window, folder):
        seen["language"] = qapp.property("coopactives_language")
        seen["large"] = is_large_mode(qapp)
        seen["right_to_left"] = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        seen["menu"] = window.menuBar().actions()[0].text()
        return []

    monkeypatch.setattr(screenshot, "save_screenshots", record)
    try:
        assert main(["--db", str(demo_db_path), "--screenshot", str(tmp_path), *options]) == 0
    finally:
        apply_large_mode(qapp, False)
        apply_language(qapp, "fr")
    assert seen["language"] == language and seen["large"] is large
    assert seen["right_to_left"] is (language == "ar")
    assert seen["menu"] != "&Fichier"  # the menus are in that language
    assert (saved_language(), saved_large_mode()) == ("fr", False)  # the settings are unchanged


def test_db_from_environment(monkeypatch, tmp_path):
    from app.config import resolve_db_path

    monkeypatch.setenv("COOPACTIVES_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_db_path(None) == tmp_path / "env.sqlite3"
    assert resolve_db_path(str(tmp_path / "cli.sqlite3")) == tmp_path / "cli.sqlite3"
