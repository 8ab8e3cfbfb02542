"""The window's own remembered state (geometry, last cohort) in an INI file beside the config."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QSettings

from app.config import APP_AUTHOR, APP_NAME

CONFIG_ENV_VAR = "COOPACTIVES_CONFIG_DIR"


def settings_file() -> Path:
    folder = os.environ.get(CONFIG_ENV_VAR) or user_config_dir(APP_NAME, APP_AUTHOR)
    return Path(folder) / "interface.ini"


def ui_settings() -> QSettings:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
