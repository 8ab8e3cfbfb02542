"""The floor for bench/startup.py: the least a PySide6 + SQLAlchemy app must do to show a window.

Imports PySide6 and SQLAlchemy, opens the SQLite file, shows a five-tab QMainWindow, prints the
wall-clock time once it is shown, and exits. With `--rss` it also prints its resident memory then
(the floor of bench/gui.py's and bench/memory.py's memory figure), its window first resized to the
size those benchmarks give the app's window (`WINDOW`): a window's backing store is width × height
× 4 bytes (3.7 MB at 1200 × 800), which the floor must hold too for the ratio to compare the rest.
"""

from __future__ import annotations

import sys
import time

import sqlalchemy
import sqlalchemy.orm  # noqa: F401  (SQLAlchemy as an app uses it: the ORM package)
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

WINDOW = (1200, 800)  # the app's window in bench/gui.py and bench/memory.py


def rss_mb() -> float:
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(path: str, rss: bool = False) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for index in range(5):
        tabs.addTab(QLabel(f"Onglet {index + 1}"), f"Onglet {index + 1}")
    window.setCentralWidget(tabs)
    if rss:
        window.resize(*WINDOW)
    window.show()
    application.processEvents()
    print(f"shown {time.time():.6f}", flush=True)
    if rss:
        print(f"rss {rss_mb():.1f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], "--rss" in sys.argv[2:])
