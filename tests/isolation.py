"""Every test's own home: config, database, data and log folders, never the real user's."""

from __future__ import annotations

from pathlib import Path


def isolate(monkeypatch, home: Path) -> None:
    """Point the app's folders into `home` (undone with `monkeypatch`)."""
    monkeypatch.setenv("COOPACTIVES_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("COOPACTIVES_DB", str(home / "data" / "default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("COOPACTIVES_LOG_DIR", str(home / "logs"))
