"""Start-up benchmark: wall time from process start until the main window is shown with its data,
on the demo database (or a copy of `--db PATH`, e.g. bench/.cache's scale database), against a
floor program in the same run (bench/startup_floor.py).

Runs both alternately N times (default 10), prints medians and their ratio, and the load average
before and after (on a loaded machine the ratio moves by ±0.15 from run to run). Goal: app ≤ 1.3×
floor.
Usage: uv run python bench/startup.py [--runs N] [--db PATH]
Headless machines: QT_QPA_PLATFORM=offscreen is set unless a platform is already chosen.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_to_shown(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    for line in result.stdout.splitlines():
        if line.startswith("shown "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no 'shown' line from {command}: {result.stdout!r} {result.stderr!r}")


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--db", type=Path, help="start on a copy of this database, not the demo")
    args = parser.parse_args()
    load_before = load_average()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A person's machine caches compiled modules; some sandboxes forbid it (this one did).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    folder = Path(tempfile.mkdtemp(prefix="coopactives-bench-"))
    env["COOPACTIVES_CONFIG_DIR"] = str(folder / "config")
    database = folder / "demo.sqlite3"
    if args.db is not None:
        database = Path(shutil.copyfile(args.db, folder / args.db.name))
    else:
        subprocess.run(
            [sys.executable, "-m", "app", "demo", str(database)],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
    app_command = [sys.executable, "-m", "app", "--db", str(database), "--startup-probe"]
    floor_command = [sys.executable, str(ROOT / "bench" / "startup_floor.py"), str(database)]
    # One warm-up each so that both read the same files from the page cache.
    time_to_shown(app_command, env)
    time_to_shown(floor_command, env)
    app_times, floor_times = [], []
    for _ in range(args.runs):
        app_times.append(time_to_shown(app_command, env))
        floor_times.append(time_to_shown(floor_command, env))
    app_median = statistics.median(app_times)
    floor_median = statistics.median(floor_times)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"runs: {args.runs} each, alternating; platform {env['QT_QPA_PLATFORM']}")
    print(f"floor median: {floor_median * 1000:.0f} ms  (min {min(floor_times) * 1000:.0f})")
    print(f"app   median: {app_median * 1000:.0f} ms  (min {min(app_times) * 1000:.0f})")
    print(f"ratio app/floor: {app_median / floor_median:.2f}  (goal ≤ 1.30)")
    print(
        f"database: {args.db or 'demo'}; load average before {load_before}, after {load_average()}"
    )


if __name__ == "__main__":
    main()
