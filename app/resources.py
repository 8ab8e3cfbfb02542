"""Where the app's read-only resources are (fonts, icons, translations, label sheet templates,
help pictures): one place, so that every layer finds them the same way."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
