"""Shared test fixtures: headless Qt, a migrated template database copied per test, own paths.

The suite runs in parallel (pytest-xdist, `-n auto` in pyproject.toml): every test has its own
home, config, data and log folders and its own copy of the database, so that no two workers share
a file. The templates are built once for the whole run, by the first worker that needs one
(tests/shared_files.py), or kept from an earlier run of the same code (tests/template_cache.py),
and copied by every test.

`--engine postgresql` runs the tests that use a database through `db`, `demo_db` or `session` on
a throwaway PostgreSQL cluster (tests/server_cluster.py; one per worker) instead of SQLite files;
tests of what is a file on SQLite (they ask for `db_path`/`demo_db_path`, or are marked `sqlite`)
are deselected then, and the tests marked `server` (they need the cluster; they may use files too,
as a laptop publishing to the server does) run only with that option.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bytecode_cache import keep_compiled_files_outside_the_tree  # noqa: E402

keep_compiled_files_outside_the_tree()  # before the app's and libraries' imports below

from app.db import Database, upgrade_to_head  # noqa: E402
from tests.collector import freeze_survivors_after_a_file  # noqa: E402
from tests.isolation import isolate  # noqa: E402
from tests.qt_cleanup import delete_closed_widgets  # noqa: E402
from tests.run_order import longest_first  # noqa: E402
from tests.shared_compiled_sql import key_mappers_by_dialect_kind, share_compiled_sql  # noqa: E402
from tests.shared_files import built_once  # noqa: E402
from tests.template_cache import kept_between_runs  # noqa: E402
from tests.throwaway_pragmas import use_throwaway_pragmas  # noqa: E402

# Property tests check what holds, not how fast: on two cores shared with other runs one example
# can take seconds (a first draw of full-Unicode text took 7.6 s at load 13), which hypothesis's
# deadline and "too slow" check would report as a failure of the property.
settings.register_profile(
    "shared_machine", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("shared_machine")

key_mappers_by_dialect_kind()  # the ORM's flush statements compiled once per process

# The files whose tests take seconds each (`-m "not slow"` leaves them out of a quick run; the
# default `uv run pytest` runs them all).
SLOW_FILES = (
    "tests/ui/test_screen_fit.py",
    "tests/ui/test_sale_day_property.py",
    "tests/ui/test_pseudo_locale.py",
    "tests/db/test_migrations.py",
    "tests/test_packaging.py",
)


def _mark_slow(config, items) -> None:
    slow = {str(Path(str(config.rootpath)) / name) for name in SLOW_FILES}
    for item in items:
        if str(item.path) in slow:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory, monkeypatch):
    """Never touch the real user's database or settings (a fixture wider than a test, set up
    before this one, isolates itself with `tests.isolation.isolate`)."""
    isolate(monkeypatch, tmp_path_factory.mktemp("home"))


@pytest.fixture(autouse=True)
def _throwaway_pragmas(request, monkeypatch):
    """The test's SQLite files do not wait for the disk (tests/throwaway_pragmas.py)."""
    use_throwaway_pragmas(request, monkeypatch)


@pytest.fixture(autouse=True)
def _shared_compiled_sql(monkeypatch):
    """The test's engines compile each statement once per process (tests/shared_compiled_sql.py)."""
    share_compiled_sql(monkeypatch)


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory) -> Path:
    """Migrated once for the whole run (tests/shared_files.py), or kept from an earlier run of
    the same code (tests/template_cache.py); each test copies it."""
    build = kept_between_runs("empty.sqlite3", lambda path: upgrade_to_head(path, backup=False))
    return built_once(tmp_path_factory, "empty.sqlite3", build)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    """The demo cooperative (`app.demo.write_demo`), built once for the whole run, or kept from
    an earlier run of the same code (tests/template_cache.py); each test copies it."""
    from app.demo import write_demo

    return built_once(
        tmp_path_factory, "demo.sqlite3", kept_between_runs("demo.sqlite3", write_demo)
    )


def _copy(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def db_path(tmp_path, _empty_template) -> Path:
    """A migrated, empty database file of this test's own."""
    return _copy(_empty_template, tmp_path / "test.sqlite3")


def pytest_addoption(parser):
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="database engine of the tests that use `db`/`demo_db`/`session` (default: sqlite)",
    )


def pytest_configure(config):
    config.addinivalue_line("markers", "server: needs the PostgreSQL cluster (--engine postgresql)")
    config.addinivalue_line(
        "markers", "sqlite: about SQLite itself (pragmas, files): not on a server"
    )
    config.addinivalue_line(
        "markers", "shipped_pragmas: opens its SQLite files with the app's pragmas, disk waits too"
    )


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """After the fixtures' teardown (and pytest-qt's closing of the test's widgets): the closed
    widgets are deleted now, not during a later test (tests/qt_cleanup.py). Not before the
    fixtures' teardown: a fixture may still close its window there. After a file's last test,
    what it left alive is no longer scanned by the garbage collector (tests/collector.py)."""
    delete_closed_widgets()
    freeze_survivors_after_a_file(item, nextitem)


def _on_server(config) -> bool:
    return config.getoption("--engine") == "postgresql"


_DATABASE_FIXTURES = {"db", "demo_db", "session", "server_cluster"}
_FILE_FIXTURES = {"db_path", "demo_db_path"}


def pytest_collection_modifyitems(config, items):
    """Slow files marked, the longest tests first (tests/run_order.py); on the server: only the
    tests that use a database, and not those about SQLite files; on SQLite: not the tests that
    need the server."""
    _mark_slow(config, items)
    longest_first(Path(str(config.rootpath)), items)
    on_server = _on_server(config)
    keep, drop = [], []
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        needs_server = item.get_closest_marker("server") is not None
        if on_server:
            about_files = names & _FILE_FIXTURES or item.get_closest_marker("sqlite") is not None
            wanted = needs_server or (names & _DATABASE_FIXTURES and not about_files)
        else:
            wanted = not needs_server
        (keep if wanted else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def server_cluster():
    from tests.server_cluster import Cluster

    cluster = Cluster().start()
    yield cluster
    cluster.stop()


def _server_template(cluster, build) -> str:
    from app.db_server import ServerDatabase

    name = cluster.new_database()
    database = ServerDatabase.open(cluster.url(name))
    try:
        build(database)
    finally:
        database.close()
    return name


@pytest.fixture(scope="session")
def _server_empty_template(server_cluster) -> str:
    return _server_template(server_cluster, lambda database: None)


@pytest.fixture(scope="session")
def _server_demo_template(server_cluster) -> str:
    from app.demo import build_demo

    def build(database):
        with database.session() as session:
            build_demo(session)

    return _server_template(server_cluster, build)


def _open_database(request, template_fixture: str, path_fixture: str):
    if _on_server(request.config):
        from app.db_server import ServerDatabase

        cluster = request.getfixturevalue("server_cluster")
        name = cluster.new_database(template=request.getfixturevalue(template_fixture))
        database = ServerDatabase(cluster.url(name))
        return database, lambda: cluster.drop_database(name)
    path = request.getfixturevalue(path_fixture)
    _opens_as_the_app_opens(request, path_fixture)
    return Database(path), lambda: None


_TEMPLATES = {"db_path": "_empty_template", "demo_db_path": "_demo_template"}
_opened_once: set[str] = set()


def _opens_as_the_app_opens(request, path_fixture: str) -> None:
    """A test's database is a byte copy of a template, opened without the checks of
    `Database.open` (is it SQLite, the app's, sound; its revision; its identity: 20 ms of CPU and
    50 to 300 ms of wall a test, mostly SQLite's quick_check). Once per process, a copy of the
    template is opened by `Database.open` itself: the checks pass, and nothing is migrated or
    added, so every copy is what `Database.open` would have handed to the test."""
    if path_fixture in _opened_once:
        return
    template = request.getfixturevalue(_TEMPLATES[path_fixture])
    copy = _copy(template, request.getfixturevalue("tmp_path_factory").mktemp("opened") / "t")
    before = copy.read_bytes()
    Database.open(copy).close()
    assert copy.read_bytes() == before, "opening a template's copy changed it: open each copy"
    _opened_once.add(path_fixture)


@pytest.fixture
def db(request):
    """A migrated, empty database of this test's own (a file, or a server database)."""
    database, remove = _open_database(request, "_server_empty_template", "db_path")
    yield database
    database.close()
    remove()


@pytest.fixture
def session(db):
    """A session committed at the end of the test (like one user action)."""
    with db.session() as s:
        yield s


@pytest.fixture
def demo_db_path(tmp_path, _demo_template) -> Path:
    return _copy(_demo_template, tmp_path / "demo.sqlite3")


@pytest.fixture
def demo_db(request):
    """The demo cooperative in a database of this test's own (a file, or a server database)."""
    database, remove = _open_database(request, "_server_demo_template", "demo_db_path")
    yield database
    database.close()
    remove()


_french_installed: list[bool] = []


def install_french_once(qapp) -> None:
    """The French interface, installed once per process (plurals written in full). A fixture
    wider than a test that sets another language calls this first: the per-test fixture below
    would otherwise install French over it at its first test."""
    if not _french_installed:
        from app.ui.language import apply_language

        apply_language(qapp, "fr")
        _french_installed.append(True)


@pytest.fixture(autouse=True)
def _french_interface(request):
    """Widget tests see the French interface as the app shows it (plurals written in full)."""
    if {"qapp", "qtbot"} & set(request.fixturenames):
        install_french_once(request.getfixturevalue("qapp"))
    yield


@pytest.fixture(autouse=True)
def _services_translation_restored():
    """A test that routes the services' `tr` through Qt (as the app does: `make_application`) or
    another catalogue gives the route back afterwards, with the formats' locale and direction:
    the next test in the same worker starts from the same state as when run alone."""
    from app import i18n

    before = i18n._translate, i18n._translate_n, i18n.format_locale(), i18n.is_right_to_left()
    yield
    i18n.install_translator(before[0], before[1])
    i18n.set_format_locale(before[2])
    i18n.set_right_to_left(before[3])


@pytest.fixture
def read_in():
    """Switch the services' and printing's language to one of the shipped catalogues, without Qt
    (`read_in("en")`); `_services_translation_restored` puts French back afterwards."""
    from app import i18n

    def switch(language: str) -> None:
        i18n.install_translator(lambda context, text: i18n.doc_tr(text, context, language))

    return switch
