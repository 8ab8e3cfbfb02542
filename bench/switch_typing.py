"""What keeping the typing costs at a language switch, on ten years of data.

    uv run python bench/switch_typing.py [--runs 5] [--compare /work/main]

Each run is a fresh process on its own copy of the scale database (bench/gui.py's set-up): the
main window is shown, every tab and every inner tab opened (built; then the first inner tab shown
again, as a new window shows them), a search typed on the Menus
tab's recipes and on the Members tab; then the language is switched through Affichage › Langue
(the wall time until the new window has settled), then every tab is opened in the new window (the
wall and CPU time of those first shows, where the kept fields are put back). With `--compare`, the
other checkout is measured in the same run, alternately, by the same script.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
HERE = BENCH.parent


def child(source: Path, db_path: Path) -> dict:
    sys.path.insert(0, str(BENCH))
    import gui  # the scale database's "today" (it puts this checkout first on the path)

    application, window = gui.window_of(source, db_path)
    from PySide6.QtWidgets import QLineEdit, QTabWidget

    from app.ui.tabs import TABS

    for spec in TABS:
        window.open_tab(spec.name)
        for tabs in window.page(spec.name).findChildren(QTabWidget):
            for index in [*range(1, tabs.count()), 0]:  # back on the first, as main shows it
                tabs.setCurrentIndex(index)
        gui.settle(application)
    for name in ("recipes_search", "member_search"):
        window.findChild(QLineEdit, name).setText("ta")
    gui.settle(application)
    start = time.perf_counter()
    window.language_actions["en"].trigger()
    gui.settle(application)
    switch_ms = (time.perf_counter() - start) * 1000
    new = window.replacement
    start, cpu = time.perf_counter(), time.process_time()
    for spec in TABS:
        new.open_tab(spec.name)
        gui.settle(application)
    shows_ms = (time.perf_counter() - start) * 1000
    shows_cpu_ms = (time.process_time() - cpu) * 1000
    kept = new.findChild(QLineEdit, "recipes_search").text() == "ta"
    return {
        "switch_ms": switch_ms,
        "shows_ms": shows_ms,
        "shows_cpu_ms": shows_cpu_ms,
        "kept": kept,
    }


def main() -> None:
    if sys.argv[1:2] == ["--child"]:  # gui.run_child: --child COPY SOURCE
        print(json.dumps(child(Path(sys.argv[3]), Path(sys.argv[2]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another checkout, measured alternately")
    arguments = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    sys.path.insert(1, str(HERE))
    import gui

    db_path, env, sources = gui.compared_checkouts(arguments.compare)
    samples: dict[str, list[dict]] = {name: [] for name in sources}
    for _run in range(arguments.runs):
        for name, source in sources.items():
            samples[name].append(gui.run_child(db_path, env, [str(source)], Path(__file__)))
    print(f"load average {os.getloadavg()}, {arguments.runs} runs (medians)")
    print("| code | switch, ms | first shows of the 9 tabs after it, ms (CPU ms) | search kept |")
    print("| --- | ---: | ---: | --- |")
    for name, rows in samples.items():
        median = {k: statistics.median(r[k] for r in rows) for k in rows[0] if k != "kept"}
        print(
            f"| {name} ({sources[name]}) | {median['switch_ms']:.0f} | {median['shows_ms']:.0f} "
            f"({median['shows_cpu_ms']:.0f}) | {all(r['kept'] for r in rows)} |"
        )


if __name__ == "__main__":
    main()
