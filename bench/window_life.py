"""What replaced windows leave alive, and what a tab change costs while the help panel is hidden.

    uv run python bench/window_life.py [--switches 6] [--runs 3] [--compare /work/main]

Each run is a fresh process on its own copy of the scale database (bench/gui.py's set-up): the
main window is shown, four tabs are opened in it, then the language is switched through the
Affichage menu (en, nl, ar, fr …), `--switches` times, four tabs opened in each new window. Then
Qt's pending deletions are carried out and the garbage collected, and the run records what is
still alive: main windows, tab pages, objects the collector tracks, resident memory. Then, on the
last window with the help panel hidden, every tab is shown once (built) and the tabs are gone
through three more times: the CPU of those tab changes. With `--compare`, the other checkout's
code is measured in the same run, alternately, with the same script.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
HERE = BENCH.parent
LANGUAGES = ("en", "nl", "ar", "fr")
VISITED = ("today", "schedule", "menus", "members")


def child(source: Path, db_path: Path, switches: int) -> dict:
    sys.path.insert(0, str(BENCH))
    import gui  # the scale database's "today" (it puts this checkout first on the path)

    application, window = gui.window_of(source, db_path)
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.ui.main_window import MainWindow
    from app.ui.tab_page import TabPage

    switch_ms = []
    for index in range(switches + 1):
        for name in VISITED:
            window.open_tab(name)
            gui.settle(application)
        if index == switches:
            break
        start = time.perf_counter()
        window.language_actions[LANGUAGES[index % len(LANGUAGES)]].trigger()
        gui.settle(application)
        switch_ms.append((time.perf_counter() - start) * 1000)
        window = window.replacement
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    alive = gc.get_objects()
    windows = sum(1 for o in alive if isinstance(o, MainWindow))
    pages = sum(1 for o in alive if isinstance(o, TabPage))
    tracked = len(alive)
    del alive
    rss = gui.rss_mb()
    tabs = window.tabs
    for index in range(tabs.count()):  # every tab built once
        tabs.setCurrentIndex(index)
        gui.settle(application)
    start = time.process_time()
    for _ in range(3):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
    changes_cpu = (time.process_time() - start) * 1000 / (3 * tabs.count())
    window.close()
    window.ctx.db.close()
    import app

    assert Path(app.__file__).is_relative_to(source), app.__file__
    return {
        "windows": windows,
        "pages": pages,
        "tracked": tracked,
        "rss": rss,
        "switch_ms": statistics.median(switch_ms) if switch_ms else 0.0,
        "tab_change_cpu_ms": changes_cpu,
    }


def run(source: Path, db_path: Path, switches: int, env: dict) -> dict:
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="coopactives-window-life-"))
    copy = folder / "scale.sqlite3"
    shutil.copyfile(db_path, copy)
    python = source / ".venv" / "bin" / "python"
    try:
        result = subprocess.run(
            [str(python if python.exists() else sys.executable), __file__, "--child"]
            + [str(source), str(copy), str(switches)],
            capture_output=True,
            text=True,
            env=dict(env, COOPACTIVES_CONFIG_DIR=str(folder / "config"), HOME=str(folder)),
            check=True,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return json.loads(result.stdout.splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        source, db_path, switches = sys.argv[2:5]
        print(json.dumps(child(Path(source), Path(db_path), int(switches))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=6)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare", type=Path, help="another checkout, measured alternately")
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    sys.path.insert(1, str(HERE))
    import gui

    db_path, env, sources = gui.compared_checkouts(args.compare)
    samples: dict[str, list[dict]] = {name: [] for name in sources}
    for _ in range(args.runs):
        for name, source in sources.items():
            samples[name].append(run(source, db_path, args.switches, env))
    print(f"load average {os.getloadavg()}, {args.switches} switches, {args.runs} runs")
    keys = ("windows", "pages", "tracked", "rss", "switch_ms", "tab_change_cpu_ms")
    print("| code | " + " | ".join(keys) + " |")
    print("| --- |" + " ---: |" * len(keys))
    for name, runs in samples.items():
        values = [statistics.median(r[key] for r in runs) for key in keys]
        print(f"| {name} ({sources[name]}) | " + " | ".join(f"{v:,.1f}" for v in values) + " |")


if __name__ == "__main__":
    main()
