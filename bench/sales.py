"""Scale benchmark of the sales summaries and the CSV export (not part of the test run).

Builds a database of about 1,000,000 sale lines (50 cohorts × 60 closed events × ~330 lines, five
products each), then times, in the same run:
- the day summary (`sales_summaries.day_summary`) against a single hand-written SQL aggregate of
  that event's lines (the floor); goal: under 50 ms;
- the cohort summary (`sales_summaries.cohort_summary`) against a single SQL aggregate of the
  cohort's lines; goal: within 2× the floor;
- the full CSV export (`sales_export.export_sales`) against a plain sqlite3 + csv loop, each in a
  child process so that its peak memory (max RSS) is measured alone; goal: under 300 MB.

    uv run python bench/sales.py            # 1,000,000 lines (about a minute to build)
    uv run python bench/sales.py --events-per-cohort 6   # a quick smoke run
    uv run python bench/sales.py --cohorts 10 --db /tmp/sales.sqlite3 --reuse --export-only --runs 5

The export's children run alternately (`--runs`), with compiled bytecode as an installed app has
it (written once before, even when PYTHONDONTWRITEBYTECODE is set: compiling SQLAlchemy's sources
at every start would be timed otherwise); each reports its wall time and its CPU time (user +
system, which a loaded machine inflates far less than the wall time).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.vocab import values  # noqa: E402 (after the path is set)
from app.vocab.sales import SaleFormat  # noqa: E402

METHODS = ("cash", "cash", "cash", "card", "card", "qr", "transfer", "offered")
FORMATS = values(SaleFormat)


def build(path: Path, cohorts: int, events_per_cohort: int, lines_per_event: int) -> int:
    from app.db import upgrade_to_head

    upgrade_to_head(path, backup=False)
    rng = random.Random(1)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA journal_mode=WAL")
    now = "2022-06-01 12:00:00.000000"
    line_id = event_id = product_id = 0
    total = 0
    for c in range(1, cohorts + 1):
        start = dt.date(2000, 1, 1) + dt.timedelta(days=120 * c)
        connection.execute(
            "INSERT INTO cohort (id, name, start_date, end_date, activity, planned_mornings,"
            " planned_hours)"
            " VALUES (?, ?, ?, ?, '', 36, 108)",
            (c, f"Cohorte {c}", start.isoformat(), (start + dt.timedelta(days=100)).isoformat()),
        )
        for e in range(events_per_cohort):
            event_id += 1
            day = (start + dt.timedelta(days=e)).isoformat()
            float_cents = 5000
            lines = []
            products = []
            for p in range(5):
                product_id += 1
                products.append(
                    (product_id, rng.choice((150, 250, 280, 450, 950)), rng.choice((600, 1200)))
                )
            cash = 0
            for _ in range(lines_per_event + rng.randint(-20, 20)):
                line_id += 1
                pid, price, vat = rng.choice(products)
                method = rng.choice(METHODS)
                if method == "cash":
                    cash += price
                lines.append(
                    (
                        line_id,
                        event_id,
                        pid,
                        "sale",
                        method,
                        1,
                        price,
                        vat,
                        "tap",
                        None,
                        "",
                        None,
                        now,
                    )
                )
            connection.execute(
                "INSERT INTO sales_event (id, cohort_id, date, format, place, opening_float_cents,"
                " notes, cash_count_json, cash_counted_cents, cash_expected_cents,"
                " cash_explanation, closed_at,"
                " created_at)"
                " VALUES (?, ?, ?, ?, 'Bench', ?, '', '{}', ?, ?, '', ?, ?)",
                (
                    event_id,
                    c,
                    day,
                    FORMATS[e % len(FORMATS)],
                    float_cents,
                    float_cents + cash,
                    float_cents + cash,
                    now,
                    now,
                ),
            )
            connection.executemany(
                "INSERT INTO sales_event_product (id, event_id, recipe_id, name, product_code,"
                " price_cents, vat_rate_bp, unit_cost_cents, position)"
                " VALUES (?, ?, NULL, ?, '', ?, ?, ?, ?)",
                [
                    (pid, event_id, f"Produit {pid % 7}", price, vat, price // 3, i)
                    for i, (pid, price, vat) in enumerate(products)
                ],
            )
            connection.executemany(
                "INSERT INTO sale_line (id, event_id, product_id, kind, payment_method, quantity,"
                " unit_price_cents, vat_rate_bp, source, reverses_id, reason, created_by_id,"
                " created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines,
            )
            connection.execute(
                "INSERT INTO expense (cohort_id, date, supplier, amount_cents, category,"
                " receipt_number, event_id, reason, notes, created_at)"
                " VALUES (?, ?, 'Colruyt', 4200, 'ingredients', '', ?, '', '', ?)",
                (c, day, event_id, now),
            )
            total += len(lines)
        connection.commit()
    connection.execute("ANALYZE")
    connection.commit()
    connection.close()
    return total


def timed(function, repeat: int) -> float:
    """Median wall time in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def floor_day(path: Path, event_id: int) -> None:
    connection = sqlite3.connect(path)
    connection.execute(
        "SELECT product_id, kind, payment_method, vat_rate_bp, sum(quantity),"
        " sum(quantity * unit_price_cents)"
        " FROM sale_line WHERE event_id = ? GROUP BY product_id, kind, payment_method, vat_rate_bp",
        (event_id,),
    ).fetchall()
    connection.close()


def floor_cohort(path: Path, cohort_id: int) -> None:
    connection = sqlite3.connect(path)
    connection.execute(
        "SELECT l.event_id, l.product_id, l.kind, l.payment_method, l.vat_rate_bp, sum(l.quantity),"
        " sum(l.quantity * l.unit_price_cents)"
        " FROM sale_line l JOIN sales_event e ON e.id = l.event_id"
        " WHERE e.cohort_id = ?"
        " GROUP BY l.event_id, l.product_id, l.kind, l.payment_method, l.vat_rate_bp",
        (cohort_id,),
    ).fetchall()
    connection.close()


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM starts afresh at exec (ru_maxrss does not: on
    Linux it keeps the parent's value across fork + exec), so it measures the export alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_export(path: str, out: str, mode: str) -> None:
    """Run in a child process: one export, then print wall seconds, CPU seconds and peak RSS (MB).
    The CPU time counts from the process's start (the interpreter's own start included)."""
    start = time.perf_counter()
    if mode == "app":
        from app.db import Database
        from app.services.sales.export import export_sales

        database = Database.open(Path(path))
        with database.session() as session:
            export_sales(session, Path(out))
        database.close()
    else:
        connection = sqlite3.connect(path)
        with open(out, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            for row in connection.execute(
                "SELECT l.id, e.date, c.name, e.id, e.format, e.place, p.name, p.product_code,"
                " l.kind, l.payment_method, l.quantity, l.unit_price_cents, l.vat_rate_bp,"
                " l.source, l.reverses_id, l.reason, l.created_at"
                " FROM sale_line l JOIN sales_event e ON e.id = l.event_id"
                " JOIN cohort c ON c.id = e.cohort_id"
                " JOIN sales_event_product p ON p.id = l.product_id"
                " ORDER BY l.id"
            ):
                writer.writerow(row)
        connection.close()
    seconds = time.perf_counter() - start
    cpu = sum(os.times()[:2])
    print(f"{seconds:.3f} {cpu:.3f} {peak_rss_mb():.1f}")


def _child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def compile_bytecode() -> None:
    """Import what the export imports once with bytecode written, so no timed child compiles."""
    subprocess.run(
        [sys.executable, "-c", "import app.db, app.services.sales.export"],
        check=True,
        cwd=ROOT,
        env=_child_environment(),
    )


def run_child(path: Path, mode: str) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak MB) of one export in a fresh process."""
    out = path.with_suffix(f".{mode}.csv")
    result = subprocess.run(
        [sys.executable, __file__, "--child-export", str(path), str(out), mode],
        check=True,
        capture_output=True,
        text=True,
        env=_child_environment(),
    )
    seconds, cpu, peak = result.stdout.split()
    out.unlink(missing_ok=True)
    return float(seconds), float(cpu), float(peak)


def compare_exports(path: Path, runs: int) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The app's export and the floor's, alternately `runs` times: the medians of each's
    (wall, CPU, peak memory); every run's figures printed."""
    compile_bytecode()
    app_runs, floor_runs = [], []
    for run in range(1, runs + 1):
        app_runs.append(run_child(path, "app"))
        floor_runs.append(run_child(path, "floor"))
        (app_wall, app_cpu, _), (floor_wall, floor_cpu, _) = app_runs[-1], floor_runs[-1]
        print(
            f"export run {run}: app {app_wall:.2f} s ({app_cpu:.2f} s CPU), floor"
            f" {floor_wall:.2f} s ({floor_cpu:.2f} s CPU): {app_wall / floor_wall:.2f}"
            f" ({app_cpu / floor_cpu:.2f} in CPU)"
        )
    return tuple(map(statistics.median, zip(*app_runs, strict=True))), tuple(
        map(statistics.median, zip(*floor_runs, strict=True))
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cohorts", type=int, default=50)
    parser.add_argument("--events-per-cohort", type=int, default=60)
    parser.add_argument("--lines-per-event", type=int, default=333)
    parser.add_argument(
        "--db", type=Path, help="keep the database here (default: a temporary folder)"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the database given with --db if it exists"
    )
    parser.add_argument(
        "--runs", type=int, default=1, help="exports of each kind, alternately (medians shown)"
    )
    parser.add_argument(
        "--export-only", action="store_true", help="time the CSV export only, not the summaries"
    )
    parser.add_argument("--child-export", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_export:
        child_export(*args.child_export)
        return 0

    folder = Path(tempfile.mkdtemp(prefix="coopactives-bench-"))
    path = args.db or folder / "bench.sqlite3"
    if args.reuse and path.exists():
        connection = sqlite3.connect(path)
        lines = connection.execute("SELECT count(*) FROM sale_line").fetchone()[0]
        connection.close()
        print(f"reusing {path}: {lines:,} sale lines")
    else:
        if path.exists():
            path.unlink()
        start = time.perf_counter()
        lines = build(path, args.cohorts, args.events_per_cohort, args.lines_per_event)
        print(
            f"built {lines:,} sale lines in {time.perf_counter() - start:.1f} s "
            f"({path.stat().st_size / 1e6:.0f} MB)"
        )

    results = {} if args.export_only else summary_times(path, args)
    export_app, export_floor = compare_exports(path, args.runs)
    print(f"{'what':<16}{'app':>12}{'floor':>12}{'ratio':>8}")
    for name, (app_ms, floor_ms) in results.items():
        print(f"{name:<16}{app_ms:>10.1f}ms{floor_ms:>10.1f}ms{app_ms / floor_ms:>8.2f}")
    print(
        f"{'CSV export':<16}{export_app[0]:>11.1f}s{export_floor[0]:>11.1f}s"
        f"{export_app[0] / export_floor[0]:>8.2f}"
    )
    print(
        f"{'  in CPU time':<16}{export_app[1]:>11.1f}s{export_floor[1]:>11.1f}s"
        f"{export_app[1] / export_floor[1]:>8.2f}"
    )
    print(
        f"CSV export peak memory (max RSS): app {export_app[2]:.0f} MB,"
        f" floor {export_floor[2]:.0f} MB"
    )
    goals = [f"export <= 1.5x floor {'OK' if export_app[0] <= 1.5 * export_floor[0] else 'MISSED'}"]
    goals.append(f"export < 300 MB {'OK' if export_app[2] < 300 else 'MISSED'}")
    if results:
        day_ok = results["day summary"][0] < 50
        cohort_ok = results["cohort summary"][0] <= 2 * results["cohort summary"][1]
        goals[:0] = [
            f"day < 50 ms {'OK' if day_ok else 'MISSED'}",
            f"cohort <= 2x floor {'OK' if cohort_ok else 'MISSED'}",
        ]
    print("goals: " + "; ".join(goals))
    if args.db is None:
        path.unlink(missing_ok=True)
    return 0


def summary_times(path: Path, args) -> dict[str, tuple[float, float]]:
    """Median milliseconds of the day and cohort summaries, and of their SQL floors."""
    from app.db import Database
    from app.services.sales.summaries import cohort_summary, day_summary

    database = Database.open(path)
    middle_cohort = args.cohorts // 2 + 1
    middle_event = (middle_cohort - 1) * args.events_per_cohort + args.events_per_cohort // 2

    def app_day():
        with database.session() as session:
            day_summary(session, middle_event)

    def app_cohort():
        with database.session() as session:
            cohort_summary(session, middle_cohort)

    app_day()
    app_cohort()  # warm the caches once
    results = {
        "day summary": (timed(app_day, 20), timed(lambda: floor_day(path, middle_event), 20)),
        "cohort summary": (
            timed(app_cohort, 10),
            timed(lambda: floor_cohort(path, middle_cohort), 10),
        ),
    }
    database.close()
    return results


if __name__ == "__main__":
    raise SystemExit(main())
