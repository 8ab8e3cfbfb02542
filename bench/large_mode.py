"""Switching the large mode on the demo database, offscreen: from the menu action to the window
repainted, with every tab already built (the worst case: a delegate who looked at every tab).

    uv run python bench/large_mode.py [--runs 5]

Prints the median, min and max of `--runs` switches each way (on, then off) in one process, wall
clock and CPU time of the process (the CPU time says more on a loaded machine), and the number of
widgets the application holds. Goal: ≤ 1 s on a quiet machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(application) -> None:
    """Let queued work (layouts, deferred deletes) and the paint requests run."""
    application.processEvents()
    application.processEvents()


def switch_ms(application, window, on: bool) -> tuple[float, float]:
    """One switch: the menu action toggled, then the window repainted; (wall, CPU) in ms."""
    start, cpu_start = time.perf_counter(), time.process_time()
    window.large_mode_action.setChecked(on)
    settle(application)
    window.grab()  # paints the whole window, as a screen would
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu_start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from app.db import Database
    from app.demo import write_demo
    from app.ui.app import make_application
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        os.environ["COOPACTIVES_CONFIG_DIR"] = folder  # the switch saves the setting there
        path = write_demo(Path(folder) / "demo.sqlite3")
        application = make_application()
        database = Database.open(path)
        window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
        window.resize(1366, 700)
        window.show()
        settle(application)
        for spec in window._specs:  # every tab built and shown once
            window.open_tab(spec.name)
            settle(application)
        window.open_tab(window._specs[0].name)
        settle(application)
        times: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
        for _ in range(args.runs):
            for on in (True, False):
                times[on].append(switch_ms(application, window, on))
        widgets = len(application.allWidgets())
        for on, label in ((True, "normal → large"), (False, "large → normal")):
            for index, kind in ((0, "wall"), (1, "CPU")):
                values = [pair[index] for pair in times[on]]
                print(
                    f"{label}, {kind}: median {statistics.median(values):.0f} ms"
                    f" (min {min(values):.0f}, max {max(values):.0f}; {len(values)} runs)"
                )
        print(f"widgets in the application: {widgets}")
        print(f"load average: {os.getloadavg()[0]:.2f}")
        window.close()
        window.deleteLater()
        settle(application)
        database.close()


if __name__ == "__main__":
    main()
