"""Render every tab of the main window to a PNG (for the README and for looking at the screens),
and each tab's page alone into help/ (the pictures of the "Comment faire ?" panel)."""

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
        saved.append(save_help_picture(window, name, folder / "help"))
    return saved


def save_help_picture(window: MainWindow, name: str, folder: Path) -> Path:
    """The tab's page alone, 560 px wide, as help/<name>.png (copied to resources/help/)."""
    from PySide6.QtCore import Qt

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    picture = window.page(name).grab()
    picture.scaledToWidth(560, Qt.TransformationMode.SmoothTransformation).save(str(path))
    return path
