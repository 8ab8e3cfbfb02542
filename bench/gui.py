"""GUI benchmark on the scale database (bench/scale.py), offscreen, against floors in the same run.

    uv run python bench/gui.py [--years 10] [--runs 3]

Measures, as medians over `--runs` fresh processes (each on its own copy of the database):
- start to window shown with its data, against bench/startup_floor.py on the same file (≤ 1.3×);
- the window left idle until it has imported the other tabs' modules (app/ui/preload.py: it
  starts after 1.5 s without a key or click), its time, CPU and longest import;
- the first show of each tab after that idle moment, until painted (≤ 150 ms each): the way a
  person meets a tab, clicking it once the window has been open a moment;
- the first show of each tab clicked at once, in other processes where nothing was preloaded;
- a tally tap on today's open sale day until it is stored and painted (p95 ≤ 30 ms), against a
  floor that stores one sale line through the same database object and repaints one label;
- filtering the recipe list while typing, per key until painted (≤ 50 ms);
- opening the attendance grid of another cohort (the cohort picked, the grid painted; ≤ 200 ms);
- the cohort selector with every cohort: reloaded and its list shown;
- the trash (Corbeille) dialog with its items: built and shown;
- resident memory after showing every tab, against the floor window's (≤ 1.5×).

Each step is also measured in CPU time of the GUI process (`time.process_time`, which the load of
other processes barely changes, where wall time swings 2–5× on a shared machine) and in SQL
statements sent (an Engine `before_cursor_execute` listener): the columns "CPU" and "SQL".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from startup_floor import WINDOW  # noqa: E402  (the floor's window has the app's size)

TODAY = dt.date(2026, 12, 1)
TAPS = 60
TYPED = "tajine 12"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


class Meter:
    """Wall time, CPU time of this process and SQL statements of one step: `with meter: ...`,
    then `meter.last` is {"wall": ms, "cpu": ms, "sql": statements}."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.statements = 0
        self.last: dict = {}
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, *_args) -> None:
        self.statements += 1

    def __enter__(self):
        self._start = (time.perf_counter(), time.process_time(), self.statements)
        return self

    def __exit__(self, *_exc) -> None:
        wall, cpu, statements = self._start
        self.last = {
            "wall": (time.perf_counter() - wall) * 1000,
            "cpu": (time.process_time() - cpu) * 1000,
            "sql": self.statements - statements,
        }


def open_today(database) -> int:
    """Today's open sale day in the newest cohort, with six products (what a delegate taps); and
    the module catalogue that the Schedule tab's first show writes once in a database's life
    (`ensure_default_catalogue`): a database used for ten years has it, and without it the
    Schedule's first show measured that one-time write (35 statements)."""
    from app.models.people import Cohort
    from app.models.sales import SalesEvent, SalesEventProduct
    from app.services.schedule.modules import ensure_default_catalogue

    with database.session() as session:
        ensure_default_catalogue(session)
        cohort = session.query(Cohort).order_by(Cohort.start_date.desc()).first()
        event = SalesEvent(
            cohort_id=cohort.id,
            date=TODAY,
            format="stand",
            place="Marché",
            opening_float_cents=5000,
            created_at=dt.datetime.combine(TODAY, dt.time(9)),
        )
        session.add(event)
        session.flush()
        for position in range(6):
            session.add(
                SalesEventProduct(
                    event_id=event.id,
                    name=f"Produit {position + 1}",
                    price_cents=350,
                    vat_rate_bp=600,
                    position=position,
                )
            )
        return cohort.id


def compared_checkouts(compare: Path | None) -> tuple[Path, dict, dict[str, Path]]:
    """(the 10-year scale database, the children's environment, the checkouts to measure by
    name: this one, and `--compare`'s if given), for a script measuring two checkouts."""
    from scale import scale_database

    here = {"this": ROOT} | ({"compare": compare.resolve()} if compare else {})
    return scale_database(10), bench_environment(), here


def window_of(source: Path, db_path: Path):
    """(the application, the main window of the checkout `source` on `db_path`, shown, on the
    scale database's "today"), for a child process measuring another checkout's code too."""
    sys.path.insert(0, str(source))  # so the measured checkout goes before this one
    from app.db import Database
    from app.ui.app import make_application
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    application = make_application()
    window = MainWindow(AppContext(Database.open(db_path), today=lambda: TODAY))
    window.show()
    return application, window


def settle(application) -> None:
    """Let queued work and the paint requests run."""
    application.processEvents()
    application.processEvents()


def wait_for_preloading(application, window) -> dict:
    """Leave the window idle until it has imported the other tabs' modules (app/ui/preload.py),
    as a person meets a tab after the window has been open a moment: how long that took, the
    CPU it used, and its longest import (what a click arriving meanwhile may wait for)."""
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    loop = QEventLoop()  # the preloading imports only while an event loop runs, as in the app
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if window.preloader.done else None)
    poll.start(10)
    loop.exec()
    poll.stop()
    steps = window.preloader.steps
    return {
        "wall": _ms(start),
        "cpu": sum(cpu for _, _, cpu in steps),
        "modules": len(steps),
        "longest_wall": max((wall for _, wall, _ in steps), default=0.0),
        "longest_cpu": max((cpu for _, _, cpu in steps), default=0.0),
        "longest": max(steps, key=lambda step: step[2])[0] if steps else "",
    }


def child(db_path: Path, at_once: bool = False) -> dict:
    """One run in this process: every in-window figure, returned as a dict. `at_once`: the tabs
    are shown without leaving the window idle first (nothing preloaded), and nothing else is
    measured."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from app import startup

    startup.pause_gc()  # as the app's start does (app/cli.py), until the window is shown
    from app.db import Database
    from app.ui.app import make_application
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    application = make_application()
    database = Database.open(db_path)
    cohort_id = open_today(database)
    window = MainWindow(AppContext(database, today=lambda: TODAY))
    window.resize(*WINDOW)
    window.cohort_box.setCurrentIndex(window.cohort_box.findData(cohort_id))
    window.show()
    startup.resume_gc()  # the start's objects frozen, as app/ui/app.py does once shown
    settle(application)
    out: dict = {"tabs": {}}
    if at_once:
        window.preloader.stop()
    else:
        out["preload"] = wait_for_preloading(application, window)
    meter = Meter(database.engine)
    for index, spec in enumerate(window._specs):
        if index == 0:
            continue
        with meter:
            window.tabs.setCurrentIndex(index)
            settle(application)
        out["tabs"][spec.name] = meter.last
    out["rss_all_tabs_mb"] = rss_mb()
    if at_once:
        window.close()
        database.close()
        return out

    # A tally tap until stored and painted.
    window.open_tab("sales")
    sales = window.page("sales")
    sales.pages.setCurrentWidget(sales.tally)
    settle(application)
    taps = []
    for number in range(TAPS):
        with meter:
            sales.tally.tap_index(number % 6, +1)
            settle(application)
        taps.append(meter.last)
    out["tap_ms"] = taps
    out["tap_floor_ms"] = tap_floor(application, database, sales.current_event().id, QLabel)

    # Filtering the recipe list while typing (QtTest imported only now: the app never loads it,
    # so it is not in the memory figure above).
    from PySide6.QtTest import QTest

    window.open_tab("menus")
    recipes = window.page("menus").recipes
    settle(application)
    keys = []
    for char in TYPED:
        with meter:
            QTest.keyClick(recipes.search, char)
            settle(application)
        keys.append(meter.last)
    out["filter_key_ms"] = keys
    recipes.search.clear()
    settle(application)

    # The attendance grid of another cohort.
    window.open_tab("schedule")
    schedule = window.page("schedule")
    schedule.views.setCurrentWidget(schedule.attendance_page)
    settle(application)
    grids = []
    for index in (1, 2, 3, 0):
        with meter:
            window.cohort_box.setCurrentIndex(index)
            settle(application)
        grids.append(meter.last)
    out["attendance_ms"] = grids

    # The cohort selector, reloaded and opened.
    with meter:
        window.reload_cohorts()
        window.cohort_box.showPopup()
        settle(application)
    out["cohort_selector"] = meter.last
    out["cohorts"] = window.cohort_box.count()
    window.cohort_box.hidePopup()

    # The trash with its items.
    from app.ui.safety.trash_dialog import TrashDialog

    with meter:
        dialog = TrashDialog(window.ctx, window)
        dialog.show()
        settle(application)
    out["trash"] = meter.last
    out["trash_rows_read"] = dialog.model.rowCount()  # the first page; the rest as it scrolls
    from sqlalchemy import func, select

    from app.models.safety import TrashItem

    with database.session() as session:
        out["trash_items"] = session.scalar(select(func.count()).select_from(TrashItem))
    dialog.close()
    out["rss_end_mb"] = rss_mb()
    window.close()
    database.close()
    del Qt
    return out


def tap_floor(application, database, event_id: int, label_class) -> list[float]:
    """One sale line stored through the same database object, then one label repainted."""
    from sqlalchemy import insert

    from app.models.sales import SaleLine, SalesEventProduct

    with database.session() as session:
        product = session.query(SalesEventProduct).filter_by(event_id=event_id).first().id
    label = label_class("0")
    label.show()
    times = []
    for number in range(TAPS):
        start = time.perf_counter()
        with database.session() as session:
            session.execute(
                insert(SaleLine).values(
                    event_id=event_id,
                    product_id=product,
                    kind="sale",
                    payment_method="cash",
                    quantity=1,
                    unit_price_cents=350,
                    vat_rate_bp=600,
                    source="tap",
                    reason="",
                    created_at=dt.datetime.now(),
                )
            )
        label.setText(str(number))
        settle(application)
        times.append(_ms(start))
    label.close()
    return times


def floor_rss(db_path: Path, env: dict) -> float:
    result = subprocess.run(
        [sys.executable, str(BENCH / "startup_floor.py"), str(db_path), "--rss"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(next(x for x in result.stdout.splitlines() if x.startswith("rss ")).split()[1])


def bench_environment() -> dict:
    """The children's environment: offscreen unless a platform is chosen, compiled modules kept."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(
    db_path: Path, env: dict, extra: list[str] | tuple = (), script: Path = Path(__file__)
) -> dict:
    """`script --child COPY *extra` in a fresh process on a copy of `db_path` with a config
    folder of its own; its last line of output, read as JSON."""
    folder = Path(tempfile.mkdtemp(prefix="coopactives-gui-"))
    copy = folder / "scale.sqlite3"
    shutil.copyfile(db_path, copy)
    child_env = dict(env, COOPACTIVES_CONFIG_DIR=str(folder / "config"))
    try:
        result = subprocess.run(
            [sys.executable, str(script), "--child", str(copy), *extra],
            capture_output=True,
            text=True,
            env=child_env,
            check=True,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return json.loads(result.stdout.splitlines()[-1])


def startup(db_path: Path, env: dict, runs: int) -> tuple[float, float]:
    from startup import time_to_shown

    folder = Path(tempfile.mkdtemp(prefix="coopactives-gui-start-"))
    copy = folder / "scale.sqlite3"
    shutil.copyfile(db_path, copy)
    env = dict(env, COOPACTIVES_CONFIG_DIR=str(folder / "config"))
    app_command = [sys.executable, "-m", "app", "--db", str(copy), "--startup-probe"]
    floor_command = [sys.executable, str(BENCH / "startup_floor.py"), str(copy)]
    time_to_shown(app_command, env)
    time_to_shown(floor_command, env)
    app_times, floor_times = [], []
    for _ in range(runs):
        app_times.append(time_to_shown(app_command, env))
        floor_times.append(time_to_shown(floor_command, env))
    shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(app_times) * 1000, statistics.median(floor_times) * 1000


def _median(samples: list[dict], key: str) -> float:
    return statistics.median(sample[key] for sample in samples)


def _row(name: str, samples: list[dict], goal_ms: float, floor: str = "", p95=False) -> str:
    """One line of the table: the median (or p95) of wall, CPU and statements over `samples`."""

    def pick(key: str) -> float:
        values = [sample[key] for sample in samples]
        return percentile(values, 0.95) if p95 else statistics.median(values)

    wall, cpu, sql = pick("wall"), pick("cpu"), pick("sql")

    def verdict(ok: bool) -> str:
        return "yes" if ok else "**no**"

    return (
        f"| {name} | {wall:.0f} ms | {cpu:.0f} ms | {sql:.0f} | {floor} | ≤ {goal_ms:.0f} ms |"
        f" {verdict(wall <= goal_ms)} / {verdict(cpu <= goal_ms)} |"
    )


def report(
    runs: list[dict], at_once: list[dict], start: tuple[float, float], floor_mb: float, counts: str
) -> str:
    def verdict(ok: bool) -> str:
        return "yes" if ok else "**no**"

    lines = [
        f"scale database: {counts}",
        f"{len(runs)} runs; machine {platform.machine()}, {os.cpu_count()} cores,"
        f" load average {os.getloadavg()[0]:.1f}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        "",
        "Medians over the runs (the tap: 95th percentile of every tap); CPU is this process's;",
        "SQL counts statements; met? is judged on wall time / on CPU time.",
        "",
        "| measure | wall | CPU | SQL | floor | goal | met? (wall / CPU) |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    app_ms, floor_ms = start
    ratio = app_ms / floor_ms
    lines.append(
        f"| start → window shown | {app_ms:.0f} ms | | | {floor_ms:.0f} ms ({ratio:.2f}×) |"
        f" ≤ 1.3× | {verdict(ratio <= 1.3)} |"
    )
    preload = [run["preload"] for run in runs]
    longest = max(preload, key=lambda p: p["longest_cpu"])
    lines.append(
        f"| idle after start: {preload[0]['modules']} modules preloaded (longest import:"
        f" {longest['longest']}, {longest['longest_wall']:.0f} ms wall,"
        f" {longest['longest_cpu']:.0f} ms CPU) | {_median(preload, 'wall'):.0f} ms |"
        f" {_median(preload, 'cpu'):.0f} ms | | | | |"
    )
    for name in runs[0]["tabs"]:
        samples = [run["tabs"][name] for run in runs]
        lines.append(_row(f"first show of tab {name}, after the idle preloading", samples, 150))
    for name in at_once[0]["tabs"]:
        samples = [run["tabs"][name] for run in at_once]
        lines.append(
            _row(f"first show of tab {name}, clicked at once (nothing preloaded)", samples, 150)
        )
    taps = [t for run in runs for t in run["tap_ms"]]
    floor_taps = [t for run in runs for t in run["tap_floor_ms"]]
    lines.append(
        _row(
            f"tally tap, stored and painted (p95; median wall {_median(taps, 'wall'):.1f} ms)",
            taps,
            30,
            f"{percentile(floor_taps, 0.95):.1f} ms",
            p95=True,
        )
    )
    keys = [t for run in runs for t in run["filter_key_ms"]]
    lines.append(
        _row(f"recipe filter, per key (max wall {max(k['wall'] for k in keys):.0f} ms)", keys, 50)
    )
    grids = [t for run in runs for t in run["attendance_ms"]]
    lines.append(
        _row(
            f"attendance grid of a cohort (max wall {max(g['wall'] for g in grids):.0f} ms)",
            grids,
            200,
        )
    )
    lines.append(
        _row(
            f"cohort selector, {runs[0]['cohorts']} cohorts, reloaded and opened",
            [run["cohort_selector"] for run in runs],
            150,
        )
    )
    lines.append(
        _row(
            f"trash, {runs[0]['trash_items']} items, dialog shown",
            [run["trash"] for run in runs],
            150,
        )
    )
    memory = statistics.median(run["rss_all_tabs_mb"] for run in runs)
    lines.append(
        f"| resident memory after every tab | {memory:.0f} MB | | | {floor_mb:.0f} MB"
        f" ({memory / floor_mb:.2f}×) | ≤ 1.5× | {verdict(memory <= 1.5 * floor_mb)} |"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--at-once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.at_once)))
        return
    from scale import scale_database

    db_path = scale_database(args.years)
    env = bench_environment()
    import sqlite3

    connection = sqlite3.connect(db_path)
    counts = ", ".join(
        f"{connection.execute(f'SELECT count(*) FROM {table}').fetchone()[0]:,} {table}"
        for table in ("cohort", "person", "morning", "recipe", "sales_event", "sale_line")
    )
    connection.close()
    start = startup(db_path, env, max(args.runs, 3))
    runs = [run_child(db_path, env) for _ in range(args.runs)]
    at_once = [run_child(db_path, env, ["--at-once"]) for _ in range(args.runs)]
    floor_mb = statistics.median(floor_rss(db_path, env) for _ in range(3))
    print(report(runs, at_once, start, floor_mb, counts))


if __name__ == "__main__":
    main()
