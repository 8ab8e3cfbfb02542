"""Benchmark of `coopactives publish` (issue #23): one cohort of about 1,000,000 sale lines
published from a laptop's SQLite file to a local PostgreSQL server, then published again unchanged,
against the floor: PostgreSQL's `COPY` of the same rows (read from the same SQLite file) into an
empty database of the same schema, in the same run. Not part of the test run.

    uv run python bench/publish.py                   # 1,000,000 lines (several minutes)
    uv run python bench/publish.py --events 30       # a quick smoke run (about 10,000 lines)

The server is a throwaway cluster of Debian's `postgresql` (as in the tests: a temporary folder,
a Unix socket only, removed at the end).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sales import build  # noqa: E402 (after the path is set)

# The tables one sale-heavy cohort fills, parents first: what the floor copies.
TABLES = ("cohort", "sales_event", "sales_event_product", "sale_line", "expense")


def copy_floor(path: Path, url: str) -> float:
    """Seconds to read the cohort's rows from SQLite and COPY them into the server's tables."""
    import psycopg

    start = time.perf_counter()
    source = sqlite3.connect(path)
    with psycopg.connect(url) as target:
        with target.cursor() as cursor:
            for table in TABLES:
                query = source.execute(f"SELECT * FROM {table}")  # noqa: S608 (fixed names)
                columns = ", ".join(d[0] for d in query.description)
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in query:
                        copy.write_row(row)
        target.commit()
    source.close()
    return time.perf_counter() - start


def timed_publish(path: Path, url: str) -> tuple[float, list]:
    from app.db import Database
    from app.services.network.publish import publish

    database = Database.open(path)
    start = time.perf_counter()
    try:
        done = publish(database, url)
    finally:
        database.close()
    return time.perf_counter() - start, done


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=3000, help="sale days of the one cohort")
    parser.add_argument("--lines-per-event", type=int, default=333)
    args = parser.parse_args()

    from app.db_server import upgrade_server_to_head
    from tests.server_cluster import Cluster

    folder = Path(tempfile.mkdtemp(prefix="coopactives-bench-publish-"))
    laptop = folder / "laptop.sqlite3"
    start = time.perf_counter()
    lines = build(laptop, 1, args.events, args.lines_per_event)
    print(f"built one cohort of {lines:,} sale lines in {time.perf_counter() - start:.1f} s")
    floor_copy = laptop.with_name("floor.sqlite3")
    floor_copy.write_bytes(laptop.read_bytes())  # the floor reads rows as the app found them

    cluster = Cluster().start()
    try:
        floor_db = cluster.url(cluster.new_database())
        organisation = cluster.url(cluster.new_database())
        upgrade_server_to_head(floor_db)
        upgrade_server_to_head(organisation)
        floor = copy_floor(floor_copy, floor_db)
        print(f"floor: COPY of the same rows: {floor:.1f} s")
        first, done = timed_publish(laptop, organisation)
        print(f"publish: {first:.1f} s ({first / floor:.2f}× the floor) {done}")
        again, done = timed_publish(laptop, organisation)
        print(f"publish again, unchanged: {again:.1f} s ({again / floor:.2f}× the floor) {done}")
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
