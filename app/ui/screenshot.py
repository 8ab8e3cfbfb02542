"""Render every tab of the main window to a PNG (for the README and for looking at the screens)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1200, 760)
    window.show()
    saved = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        name = window.tabs.widget(index).objectName().removesuffix("_holder") or f"tab{index}"
        path = folder / f"{index + 1:02d}-{name}.png"
        window.grab().save(str(path))
        saved.append(path)
    return saved
