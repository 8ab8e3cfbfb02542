"""The same app on a PostgreSQL server: migrations both ways, `alembic check`, the demo's figures
equal to the file's, the CLI with `--db postgresql://…`, and plain messages for a server that
cannot be used (unreachable, wrong user, no such database, newer schema)."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from app.cli import main
from app.config import ServerUrl, resolve_db_target
from app.db import SCHEMA_HEAD, Database, DatabaseError, _migrations_dir
from app.db_server import ServerDatabase, ServerUnavailable, driver_url, server_revision, shown_url

pytestmark = pytest.mark.server


def _alembic(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_migrations_dir()))
    config.set_main_option("sqlalchemy.url", driver_url(url).replace("%", "%%"))
    return config


def test_migrations_go_up_and_down_and_agree_with_the_models(server_cluster):
    url = server_cluster.url(server_cluster.new_database())
    config = _alembic(url)
    command.upgrade(config, "head")
    command.check(config)  # raises if the models and the migrations disagree on PostgreSQL
    command.downgrade(config, "base")
    database = ServerDatabase(url)
    try:
        assert server_revision(database.engine) is None
    finally:
        database.close()
    command.upgrade(config, "head")
    command.check(config)


def test_opening_a_new_server_database_migrates_it_and_gives_it_an_id(server_cluster):
    url = server_cluster.url(server_cluster.new_database())
    database = Database.open(ServerUrl(url))
    try:
        assert isinstance(database, ServerDatabase) and database.is_server
        assert server_revision(database.engine) == SCHEMA_HEAD
        with database.session() as session:
            ids = session.execute(text("SELECT value_json FROM setting WHERE key='database_id'"))
            assert len(ids.all()) == 1
    finally:
        database.close()


def test_the_demo_has_the_same_figures_on_the_server_as_in_a_file(server_cluster, demo_db_path):
    """The cohort summary of both demo cohorts, to the cent, on both engines."""
    from app.demo import build_demo
    from app.models.people import Cohort
    from app.services.sales.summaries import cohort_summary

    url = server_cluster.url(server_cluster.new_database())
    server = Database.open(ServerUrl(url))
    local = Database.open(demo_db_path)
    try:
        with server.session() as session:
            build_demo(session)

        def figures(database):
            with database.session() as session:
                cohorts = session.query(Cohort).order_by(Cohort.name).all()
                return {c.name: cohort_summary(session, c.id) for c in cohorts}

        assert figures(server) == figures(local)
    finally:
        server.close()
        local.close()


def test_a_command_runs_on_the_server(server_cluster, _server_demo_template, tmp_path, capsys):
    url = server_cluster.url(server_cluster.new_database(template=_server_demo_template))
    out = tmp_path / "week.pdf"
    code = main(["print", "week", "--db", url, "--cohort", "Coopérative 1", "--week", "2022-W41",
                 "-o", str(out)])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert out.read_bytes().startswith(b"%PDF")


def test_a_command_on_an_unreachable_server_says_so(capsys):
    url = "postgresql://coop@/nothing?host=/nonexistent-folder-for-a-socket"
    code = main(["print", "week", "--db", url, "--cohort", "X", "--week", "2022-W41", "-o", "x"])
    captured = capsys.readouterr()
    assert code == 2
    assert "Impossible de joindre le serveur" in captured.err
    assert "Traceback" not in captured.err


def test_the_environment_can_name_a_server(monkeypatch):
    monkeypatch.setenv("COOPACTIVES_DB", "postgresql://coop@server.example/kitchen")
    target = resolve_db_target(None)
    assert isinstance(target, ServerUrl)
    assert resolve_db_target("/tmp/x.sqlite3").name == "x.sqlite3"


def test_the_password_is_never_shown():
    assert "secret" not in shown_url("postgresql://coop:secret@server.example/kitchen")
    assert shown_url("postgres://coop@h/k") == "postgresql://coop@h/k"


def test_an_unreachable_server_is_said_plainly(server_cluster):
    url = "postgresql://coop@/nothing?host=/nonexistent-folder-for-a-socket"
    with pytest.raises(ServerUnavailable, match="Impossible de joindre le serveur"):
        Database.open(ServerUrl(url))


def test_a_missing_database_is_said_plainly(server_cluster):
    with pytest.raises(ServerUnavailable, match="n'existe pas sur le serveur"):
        Database.open(ServerUrl(server_cluster.url("no_such_database")))


def test_an_unknown_user_is_said_plainly(server_cluster):
    url = server_cluster.url("postgres", user="nobody_here")
    with pytest.raises(ServerUnavailable, match="refusé l'identifiant"):
        Database.open(ServerUrl(url))


def test_a_newer_schema_is_refused_and_untouched(server_cluster):
    url = server_cluster.url(server_cluster.new_database())
    Database.open(ServerUrl(url)).close()
    database = ServerDatabase(url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseError, match="plus récente"):
        Database.open(ServerUrl(url))
    assert server_revision(database.engine) == "9999"
    database.close()


def test_one_unit_of_work_rolls_back_as_a_whole(server_cluster):
    from app.services.people.cohorts import CohortInput, create_cohort

    url = server_cluster.url(server_cluster.new_database())
    database = Database.open(ServerUrl(url))
    try:
        with pytest.raises(RuntimeError):
            with database.session() as session:
                create_cohort(
                    session, CohortInput("Essai", dt.date(2023, 1, 9), dt.date(2023, 4, 7))
                )
                raise RuntimeError("the action failed after the write")
        with database.session() as session:
            assert session.execute(text("SELECT count(*) FROM cohort")).scalar() == 0
    finally:
        database.close()
