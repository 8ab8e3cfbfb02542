"""The Linux menu entry of the unpacked app: the first time the frozen app starts from a folder,
it adds itself to the applications menu (a `.desktop` file in the person's own
`~/.local/share/applications`, pointing at this folder's program and icon), so that after one
double-click in the unpacked archive it is found like any other app. Moving the folder and
starting it again points the entry at the new place. Nothing happens from a source checkout or on
Windows and macOS, where the installer makes the shortcuts.

The entry is `packaging/linux/<APP_ID>.desktop` as shipped in the bundle, with absolute `Exec` and
`Icon` lines.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.resources import FROZEN, ROOT_DIR

APP_ID = "be.lemondedespossibles.Coopactives"


def applications_dir() -> Path:
    """`$XDG_DATA_HOME/applications`, by default `~/.local/share/applications`."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "applications"


def entry_text(template: str, program: Path, icon: Path) -> str:
    """The shipped entry with `Exec` and `Icon` pointing at this copy of the app."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f'Exec="{program}"'
        elif line.startswith("Icon="):
            line = f"Icon={icon}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def register_in_menu(
    program: Path | None = None, bundle: Path = ROOT_DIR, target_dir: Path | None = None
) -> Path | None:
    """Write or update the menu entry for the frozen app on Linux; returns the file written, or
    None when there was nothing to do (not frozen, not Linux, already up to date, or unwritable)."""
    if program is None:
        if not (FROZEN and sys.platform.startswith("linux")):
            return None
        # The windowed program, even when the console one (coopactives-cli) is the one running.
        program = Path(sys.executable).resolve().with_name("coopactives")
    template = bundle / "packaging" / "linux" / f"{APP_ID}.desktop"
    icon = bundle / "packaging" / "icons" / "hicolor" / "256x256" / "apps" / "coopactives.png"
    target = (target_dir or applications_dir()) / f"{APP_ID}.desktop"
    try:
        text = entry_text(template.read_text(encoding="utf-8"), program, icon)
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError:
        return None  # a menu entry is a convenience: never stop the app for it
    return target
