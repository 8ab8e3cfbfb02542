"""Profile one step of the GUI benchmark on the scale database: a tab's first show, or the trash.

    uv run python bench/profile_gui.py menus [--years 10] [--top 40] [--sort cumulative]
    uv run python bench/profile_gui.py trash
    uv run python bench/profile_gui.py attendance    (another cohort picked, its grid shown)

Opens the window on a copy of the cached scale database (bench/scale.py) as bench/gui.py does,
with nothing preloaded (`--preloaded`: after the window has imported the tabs' modules while
idle, app/ui/preload.py), shows the tabs that bench/gui.py shows before this one (all of them
before the trash; not with `--alone`), then runs the step under cProfile and prints its CPU
time, its SQL statements and the profile's top lines, in CPU time of this process (the load of
other processes barely moves it). The profile's times are inflated by the profiler; compare its
lines with each other.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", help="a tab's name (menus, labels…), 'trash' or 'attendance'")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--dump", help="also write the profile to this file (pstats)")
    parser.add_argument("--preloaded", action="store_true", help="after the idle preloading")
    parser.add_argument(
        "--alone", action="store_true", help="not after the tabs bench/gui.py shows before it"
    )
    args = parser.parse_args()

    from gui import TODAY, Meter, open_today, settle, wait_for_preloading
    from scale import scale_database

    folder = Path(tempfile.mkdtemp(prefix="coopactives-profile-"))
    copy = folder / "scale.sqlite3"
    shutil.copyfile(scale_database(args.years), copy)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["COOPACTIVES_CONFIG_DIR"] = str(folder / "config")
    from app import startup

    startup.pause_gc()  # as the app's start does (app/cli.py), until the window is shown
    from app.db import Database
    from app.ui.app import make_application
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    application = make_application()
    database = Database.open(copy)
    cohort_id = open_today(database)
    window = MainWindow(AppContext(database, today=lambda: TODAY))
    window.resize(1200, 800)
    window.cohort_box.setCurrentIndex(window.cohort_box.findData(cohort_id))
    window.show()
    startup.resume_gc()  # the start's objects frozen, as app/ui/app.py does once shown
    settle(application)
    if args.preloaded:
        print("preloading:", wait_for_preloading(application, window))
    else:
        window.preloader.stop()
    if not args.alone:  # the tabs bench/gui.py shows before this one, their imports paid
        for spec in window._specs:
            if spec.name == args.step:
                break  # (every tab before the trash and the attendance grid)
            window.open_tab(spec.name)
            settle(application)
    if args.step == "attendance":  # the Schedule's grid shown, as bench/gui.py does
        window.open_tab("schedule")
        schedule = window.page("schedule")
        schedule.views.setCurrentWidget(schedule.attendance_page)
        settle(application)
    meter = Meter(database.engine)
    profile = cProfile.Profile(time.process_time)  # CPU time: the load barely moves it
    with meter:
        profile.enable()
        if args.step == "trash":
            from app.ui.safety.trash_dialog import TrashDialog

            dialog = TrashDialog(window.ctx, window)
            dialog.show()
        elif args.step == "attendance":
            window.cohort_box.setCurrentIndex(1)
        else:
            window.open_tab(args.step)
        settle(application)
        profile.disable()
    print(f"{args.step}: {meter.last}")
    if args.dump:
        profile.dump_stats(args.dump)
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
    window.close()
    database.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
