"""The floor for bench/startup.py: the least a PySide6 + SQLAlchemy app must do to show a window.

Imports PySide6 and SQLAlchemy, opens the SQLite file, shows a five-tab QMainWindow, prints the
wall-clock time once it is shown, and exits.
"""

from __future__ import annotations

import sys
import time

import sqlalchemy
import sqlalchemy.orm  # noqa: F401  (SQLAlchemy as an app uses it: the ORM package)
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


def main(path: str) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for index in range(5):
        tabs.addTab(QLabel(f"Onglet {index + 1}"), f"Onglet {index + 1}")
    window.setCentralWidget(tabs)
    window.show()
    application.processEvents()
    print(f"shown {time.time():.6f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
