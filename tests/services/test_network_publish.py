"""Publishing the laptop's cohorts to a PostgreSQL server and fetching one back: idempotent, one
writer per cohort, figures identical on both sides, and a publication cut half-way leaves the
server with its previous complete copy (the server really stopped mid-way)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest
from sqlalchemy import func, select

from app.config import ServerUrl
from app.db import Database
from app.models.network import Publication
from app.models.people import Cohort
from app.models.sales import SaleLine, SalesEvent, SalesEventProduct
from app.services.network import publish as network
from app.services.network.scope import copied_tables
from app.services.sales.summaries import cohort_summary
from app.services.sales.tally import record_tap

pytestmark = pytest.mark.server

NOW = dt.datetime(2022, 12, 15, 18, 0)


def _without_ids(value):
    """A summary as plain values, without the row ids (each database numbers its own rows)."""
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id" and not k.endswith("_id")}
    if isinstance(value, list | tuple):
        return [_without_ids(v) for v in value]
    return value


def _figures(database) -> dict:
    """Every cohort's summary, figures and texts, ids left out."""
    with database.session() as session:
        cohorts = session.scalars(select(Cohort).order_by(Cohort.name)).all()
        return {c.name: _without_ids(cohort_summary(session, c.id)) for c in cohorts}


def _counts(database) -> dict[str, int]:
    with database.session() as session:
        return {
            t.name: session.execute(select(func.count()).select_from(t)).scalar()
            for t in copied_tables()
        }


def _server(cluster) -> str:
    return cluster.url(cluster.new_database())


@pytest.fixture
def laptop(demo_db_path):
    database = Database.open(demo_db_path)
    yield database
    database.close()


def test_publishing_copies_every_cohort_and_twice_changes_nothing(server_cluster, laptop):
    url = _server(server_cluster)
    first = network.publish(laptop, url, now=NOW)
    assert [c.name for c in first] == ["Coopérative 1", "Coopérative 2", "Coopérative 3"]
    assert first[0].inserted > 0
    server = Database.open(ServerUrl(url))
    try:
        assert _figures(server) == _figures(laptop)
        counts = _counts(server)
        assert counts == _counts(laptop)  # shared rows matched, not duplicated
        again = network.publish(laptop, url, now=NOW + dt.timedelta(hours=1))
        assert [(c.inserted, c.updated, c.deleted) for c in again] == [(0, 0, 0)] * len(first)
        assert _counts(server) == counts
    finally:
        server.close()
    with laptop.session() as session:
        assert network.last_publication(session).published_at == NOW + dt.timedelta(hours=1)


def _tap_and_undo_one(database) -> None:
    """A tap on the open demo stand, and a tap line deleted (as a correction would not: the
    test only needs rows to appear and disappear)."""
    with database.session() as session:
        event = session.scalars(select(SalesEvent).where(SalesEvent.closed_at.is_(None))).first()
        product = session.scalars(
            select(SalesEventProduct).where(SalesEventProduct.event_id == event.id)
        ).first()
        record_tap(session, event.id, product.id, "cash")
        gone = session.scalars(select(SaleLine).where(SaleLine.event_id == event.id)).first()
        session.delete(gone)


def test_changes_and_deletions_reach_the_server(server_cluster, laptop):
    url = _server(server_cluster)
    network.publish(laptop, url, now=NOW)
    _tap_and_undo_one(laptop)
    result = {c.name: c for c in network.publish(laptop, url, now=NOW)}
    assert result["Coopérative 2"].inserted >= 1 and result["Coopérative 2"].deleted >= 1
    server = Database.open(ServerUrl(url))
    try:
        assert _figures(server) == _figures(laptop)
        assert _counts(server) == _counts(laptop)
    finally:
        server.close()


def test_a_new_laptop_fetches_a_cohort_and_becomes_its_writer(server_cluster, laptop, db_path):
    url = _server(server_cluster)
    network.publish(laptop, url, now=NOW)
    new_laptop = Database.open(db_path)
    try:
        fetched = network.fetch(new_laptop, url, "coopérative 2", now=NOW)
        assert fetched.name == "Coopérative 2" and fetched.inserted > 0
        assert _figures(new_laptop)["Coopérative 2"] == _figures(laptop)["Coopérative 2"]
        with pytest.raises(network.NetworkError, match="publiée depuis un autre ordinateur"):
            network.publish(laptop, url, now=NOW)
        # The refusal changed nothing on the server; the new writer publishes.
        published = {c.name: c for c in network.publish(new_laptop, url, now=NOW)}
        assert (published["Coopérative 2"].inserted, published["Coopérative 2"].deleted) == (0, 0)
    finally:
        new_laptop.close()


def test_fetching_a_cohort_the_server_does_not_have_names_those_it_has(
    server_cluster, laptop, db_path
):
    url = _server(server_cluster)
    network.publish(laptop, url, now=NOW)
    new_laptop = Database.open(db_path)
    try:
        with pytest.raises(
            network.NetworkError, match="Coopérative 1, Coopérative 2, Coopérative 3"
        ):
            network.fetch(new_laptop, url, "Coopérative 9")
    finally:
        new_laptop.close()


def test_an_unreachable_server_changes_nothing_here(laptop):
    url = "postgresql://coop@/org?host=/nonexistent-folder-for-a-socket"
    with pytest.raises(network.NetworkError, match="Impossible de joindre le serveur"):
        network.publish(laptop, url)
    with laptop.session() as session:
        assert session.scalars(select(Publication)).all() == []


def test_a_publication_cut_half_way_keeps_the_previous_copy(laptop):
    """The server is stopped in the middle of a publication: it comes back with the previous
    complete copy, and the next publication completes."""
    from tests.server_cluster import Cluster

    cluster = Cluster().start()
    try:
        url = cluster.url(cluster.new_database())
        network.publish(laptop, url, now=NOW)
        server = Database.open(ServerUrl(url))
        before = (_figures(server), _counts(server))
        server.close()
        _tap_and_undo_one(laptop)

        def stop_half_way(step, steps, _table):
            if step == steps // 3:
                cluster.stop_server()

        with pytest.raises(network.NetworkError, match="interrompue"):
            network.publish(laptop, url, progress=stop_half_way, now=NOW)
        cluster.start_server()
        server = Database.open(ServerUrl(url))
        try:
            assert (_figures(server), _counts(server)) == before
            network.publish(laptop, url, now=NOW)
            assert _figures(server) == _figures(laptop)
            assert _counts(server) == _counts(laptop)
        finally:
            server.close()
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
