"""Shared test fixtures: headless Qt, a migrated template database copied per test, own paths.

The suite runs in parallel (pytest-xdist, `-n auto` in pyproject.toml): every test has its own
home, config, data and log folders and its own copy of the database, so that no two workers share
a file. The templates are built once per worker (session fixtures live in each worker).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db import Database, upgrade_to_head  # noqa: E402

# The files whose tests take seconds each (`-m "not slow"` leaves them out of a quick run; the
# default `uv run pytest` runs them all).
SLOW_FILES = (
    "tests/ui/test_screen_fit.py",
    "tests/ui/test_sale_day_property.py",
    "tests/ui/test_pseudo_locale.py",
    "tests/db/test_migrations.py",
    "tests/test_packaging.py",
)


def pytest_collection_modifyitems(config, items) -> None:
    root = Path(str(config.rootpath))
    for item in items:
        if Path(str(item.path)).relative_to(root).as_posix() in SLOW_FILES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory, monkeypatch):
    """Never touch the real user's database or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COOPACTIVES_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("COOPACTIVES_DB", str(home / "data" / "default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("COOPACTIVES_LOG_DIR", str(home / "logs"))


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    upgrade_to_head(path, backup=False)
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    from app.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("template") / "demo.sqlite3")


def _copy(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def db_path(tmp_path, _empty_template) -> Path:
    """A migrated, empty database file of this test's own."""
    return _copy(_empty_template, tmp_path / "test.sqlite3")


@pytest.fixture
def db(db_path):
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def session(db):
    """A session committed at the end of the test (like one user action)."""
    with db.session() as s:
        yield s


@pytest.fixture
def demo_db_path(tmp_path, _demo_template) -> Path:
    return _copy(_demo_template, tmp_path / "demo.sqlite3")


@pytest.fixture
def demo_db(demo_db_path):
    database = Database.open(demo_db_path)
    yield database
    database.close()


_french_installed: list[bool] = []


@pytest.fixture(autouse=True)
def _french_interface(request):
    """Widget tests see the French interface as the app shows it (plurals written in full)."""
    if not _french_installed and {"qapp", "qtbot"} & set(request.fixturenames):
        from app.ui.language import apply_language

        apply_language(request.getfixturevalue("qapp"), "fr")
        _french_installed.append(True)
    yield
