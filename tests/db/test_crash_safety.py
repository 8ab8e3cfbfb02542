"""Crash safety, proven: a writer process is killed with SIGKILL at random moments, many times.
After each kill the database passes `integrity_check`, every unit the writer reported as committed
is there, no unit is half-written and every sales day's totals equal its lines. The writer's
domain part lives in `crash_writer.py` (taps recorded through the Sales tally service)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.db import Database, integrity_problem
from tests.db import crash_writer

KILLS = 12
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(server: subprocess.Popen, first: int, rng: random.Random) -> list[int]:
    """Fork a writer, let it commit a random number of units, kill it at a random moment."""
    server.stdin.write(f"{first}\n")
    server.stdin.flush()
    line = server.stdout.readline()
    assert line.startswith("pid "), line + server.stderr.read()[-2000:] if not line else line
    pid = int(line.split()[1])
    reported = []
    wanted = rng.randint(1, 25)
    while len(reported) < wanted:
        line = server.stdout.readline()
        assert line and not line.startswith("ended"), f"writer stopped: {line}"
        reported.append(int(line))
    time.sleep(rng.uniform(0, 0.01))  # somewhere inside the next unit of work
    os.kill(pid, signal.SIGKILL)
    for line in iter(server.stdout.readline, ""):
        if "ended" in line:
            line = line[line.index("ended") :]  # never a cut report: reports are single writes
            assert os.WIFSIGNALED(int(line.split()[1]))
            assert os.WTERMSIG(int(line.split()[1])) == signal.SIGKILL
            return reported
        reported.append(int(line))  # printed after its commit, before the kill
    raise AssertionError("the writer server stopped")


def test_sigkill_never_loses_a_committed_unit_nor_leaves_half_of_one(db_path):
    database = Database.open(db_path)
    with database.session() as session:
        crash_writer.prepare(session)
    database.close()
    rng = random.Random(20221216)
    committed: set[int] = set()
    first = 0
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.db.crash_writer", str(db_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout.readline() == "ready\n", server.stderr.read()[-2000:]
        for _ in range(KILLS):
            first = check_after_kill(db_path, committed, run_and_kill(server, first, rng))
    finally:
        server.stdin.close()
        server.wait(timeout=10)
        server.stdout.close()
        server.stderr.close()
    assert len(committed) >= KILLS


def check_after_kill(db_path: Path, committed: set[int], reported: list[int]) -> int:
    """The checks after one kill; returns the next unit number."""
    committed |= set(reported)
    assert integrity_problem(db_path, full=True) is None
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        found = crash_writer.units_found(connection)
        assert committed <= found, f"lost after a kill: {sorted(committed - found)}"
        # Beyond what was reported, at most one unit per kill (committed, killed before printing).
        assert len(found - committed) <= KILLS
        for number in found:
            assert crash_writer.unit_is_whole(connection, number), f"unit {number} is half-written"
    finally:
        connection.close()
    assert crash_writer.days_problem(db_path) is None
    return max(found) + 1


def test_the_checks_see_a_tap_written_wrong(db_path):
    """The writer's checks can fail: a tap stored at another price is neither whole nor summed."""
    database = Database.open(db_path)
    with database.session() as session:
        setup = crash_writer.prepare(session)
    with database.session() as session:
        lines = [crash_writer.write_unit(session, n, setup) for n in range(7)]
    database.close()
    connection = sqlite3.connect(db_path)
    try:
        assert crash_writer.units_found(connection) == set(lines)
        assert all(crash_writer.unit_is_whole(connection, n) for n in lines)
        assert crash_writer.days_problem(db_path) is None
        connection.execute("UPDATE sale_line SET unit_price_cents = 1 WHERE id = ?", (lines[3],))
        connection.commit()
        assert not crash_writer.unit_is_whole(connection, lines[3])
    finally:
        connection.close()
    assert "revenue" in crash_writer.days_problem(db_path)
