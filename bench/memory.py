"""Resident memory of the window on the scale database after every tab, against the floor window
in the same run (issue #24 item 5: ≤ 1.5× bench/startup_floor.py --rss, a window of the same size).

    uv run python bench/memory.py [--years 10] [--runs 3] [--trim]

Each run is a fresh process on its own copy of the database (bench/scale.py), set up as in
bench/gui.py: today's sale day opened, the window shown at the floor's size and left idle until it
has imported the other tabs' modules (app/ui/preload.py), then every tab shown once. It records the
resident memory (VmRSS) once shown, once preloaded and after each tab, then where the memory is:
anonymous and file-backed pages (/proc/self/smaps_rollup), the bytes in use in Python's
small-object allocator (its arenas), SQLite's own memory, live widgets and imported modules.
`--trim` then calls glibc's `malloc_trim(0)` and records the figure again (what freed but kept
heap memory would give back). Medians over the runs; the floor is measured three times.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import gui  # noqa: E402  (the scale database's set-up and the floor, shared with bench/gui.py)
from startup_floor import WINDOW  # noqa: E402

ROLLUP = ("Rss", "Anonymous", "Shared_Clean", "Private_Clean")


def rollup_mb() -> dict[str, float]:
    """This process's resident pages by kind (MB), from /proc/self/smaps_rollup."""
    out = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ROLLUP:
            out[name] = int(rest.split()[0]) / 1024
    out["file"] = out.pop("Shared_Clean", 0.0) + out.pop("Private_Clean", 0.0)
    return out


def python_blocks_mb() -> float:
    """Bytes in use in Python's small-object allocator (objects of up to 512 bytes), in MB: the
    "bytes in allocated blocks" line `sys._debugmallocstats` writes to the C stderr."""
    with tempfile.TemporaryFile() as capture:
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        capture.seek(0)
        for line in capture.read().decode().splitlines():
            if line.startswith("# bytes in allocated blocks"):
                return int(line.split("=")[1].replace(",", "")) / 2**20
    return 0.0


def sqlite_mb() -> float:
    """SQLite's own allocations in this process (page caches, statements), in MB."""
    library = ctypes.CDLL("libsqlite3.so.0")
    library.sqlite3_memory_used.restype = ctypes.c_int64
    return library.sqlite3_memory_used() / 2**20


def child(db_path: Path, trim: bool) -> dict:
    """One run in this process: the figures listed in the module's docstring."""
    from PySide6.QtWidgets import QApplication

    from app.db import Database
    from app.ui.app import make_application
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    application = make_application()
    database = Database.open(db_path)
    cohort_id = gui.open_today(database)
    window = MainWindow(AppContext(database, today=lambda: gui.TODAY))
    window.resize(*WINDOW)
    window.cohort_box.setCurrentIndex(window.cohort_box.findData(cohort_id))
    window.show()
    gui.settle(application)
    out: dict = {"shown": gui.rss_mb()}
    gui.wait_for_preloading(application, window)
    out["preloaded"] = gui.rss_mb()
    out["tabs"] = {}
    for index, spec in enumerate(window._specs):
        if index:
            window.tabs.setCurrentIndex(index)
            gui.settle(application)
            out["tabs"][spec.name] = gui.rss_mb()
    out["all_tabs"] = gui.rss_mb()
    out.update(rollup_mb())
    out["python_blocks"] = python_blocks_mb()
    out["sqlite"] = sqlite_mb()
    out["widgets"] = len(QApplication.allWidgets())
    out["modules"] = len(sys.modules)
    if trim:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        out["trimmed"] = gui.rss_mb()
    window.close()
    database.close()
    return out


def report(runs: list[dict], floor_mb: float) -> str:
    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    memory = median("all_tabs")
    verdict = "met" if memory <= 1.5 * floor_mb else "not met"
    lines = [
        f"{len(runs)} runs; machine {platform.machine()}, {os.cpu_count()} cores,"
        f" load average {os.getloadavg()[0]:.1f}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC;"
        f" window {WINDOW[0]} × {WINDOW[1]}",
        "",
        "| resident memory (median, MB) | app | floor window | ratio |",
        "| --- | ---: | ---: | ---: |",
        f"| once shown | {median('shown'):.1f} | | |",
        f"| once the other tabs' modules are preloaded | {median('preloaded'):.1f} | | |",
    ]
    for name in runs[0]["tabs"]:
        value = statistics.median(run["tabs"][name] for run in runs)
        lines.append(f"| after the first show of {name} | {value:.1f} | | |")
    lines.append(
        f"| **after every tab** | **{memory:.1f}** | {floor_mb:.1f} |"
        f" **{memory / floor_mb:.2f}×** (goal ≤ 1.5×: {verdict}) |"
    )
    if "trimmed" in runs[0]:
        lines.append(f"| after every tab, then `malloc_trim(0)` | {median('trimmed'):.1f} | | |")
    lines += [
        "",
        f"After every tab: anonymous {median('Anonymous'):.1f} MB, file-backed"
        f" {median('file'):.1f} MB; Python's small objects {median('python_blocks'):.1f} MB;"
        f" SQLite {median('sqlite'):.1f} MB; {median('widgets'):.0f} widgets;"
        f" {median('modules'):.0f} modules.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--trim", action="store_true", help="malloc_trim(0) after every tab")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import json

        print(json.dumps(child(args.child, args.trim)))
        return
    from scale import scale_database

    db_path = scale_database(args.years)
    env = gui.bench_environment()
    extra = ["--trim"] if args.trim else []
    runs = [gui.run_child(db_path, env, extra, script=Path(__file__)) for _ in range(args.runs)]
    floor_mb = statistics.median(gui.floor_rss(db_path, env) for _ in range(3))
    print(report(runs, floor_mb))


if __name__ == "__main__":
    main()
