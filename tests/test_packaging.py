"""The installable app's pieces agree with each other: one version everywhere, resources found
in the frozen bundle's folder, nothing else reading the source tree, the icon in every size the
systems ask for, and the Linux menu entry the unpacked app writes for itself."""

from __future__ import annotations

import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import app
from app import resources
from app.desktop_entry import APP_ID, entry_text, register_in_menu

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons"


def test_one_version_everywhere(capsys):
    from app.cli import main

    with (ROOT / "pyproject.toml").open("rb") as handle:
        project_version = tomllib.load(handle)["project"]["version"]
    assert app.__version__ == project_version
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.find("releases/release").get("version") == project_version
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"coopactives {project_version}"


def test_frozen_app_finds_resources_in_its_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "FROZEN", True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.bundle_root() == tmp_path


def test_from_source_resources_and_migrations_are_beside_the_package():
    assert resources.RESOURCES_DIR == ROOT / "resources"
    assert (resources.RESOURCES_DIR / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources.MIGRATIONS_DIR / "env.py").is_file()
    from app.db import alembic_config

    location = alembic_config(Path("x.sqlite3")).get_main_option("script_location")
    assert Path(location) == resources.MIGRATIONS_DIR


def test_only_resources_py_finds_files_from_its_own_place():
    """The frozen app has no source tree: files are found through app/resources.py alone
    (app/i18n_catalog.py is a developers' tool, never run by the app; app/ui/pyside_source_check.py
    reads other modules' sources by their `__file__`, and falls back to PySide6's own check where
    there is no source, as in the frozen app)."""
    readers = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "app").rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8")
    )
    assert readers == ["app/i18n_catalog.py", "app/resources.py", "app/ui/pyside_source_check.py"]


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_linux_icon_in_every_hicolor_size(size):
    from PIL import Image

    with Image.open(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "coopactives.png") as image:
        assert image.size == (size, size)
        assert image.getpixel((size // 2, size // 8))[3] == 255  # drawn, not transparent


def test_windows_and_macos_icons_hold_their_sizes():
    from PIL import Image

    with Image.open(ICONS / "coopactives.ico") as ico:
        assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "coopactives.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]  # 1024 pixels: macOS's largest


def test_desktop_entry_names_the_app_and_its_icon():
    text = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    assert fields["Name"] == "Coopér'Actives Cuisine"
    assert fields["Icon"] == APP_ID
    assert fields["Exec"] == "coopactives"
    assert fields["Terminal"] == "false"
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.find("launchable").text == f"{APP_ID}.desktop"


def test_unpacked_app_adds_itself_to_the_menu_and_follows_a_move(tmp_path):
    menu = tmp_path / "applications"
    first = tmp_path / "Téléchargements" / "coopactives-0.1.0" / "coopactives"
    written = register_in_menu(program=first, bundle=ROOT, target_dir=menu)
    assert written == menu / f"{APP_ID}.desktop"
    lines = written.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{first}"' in lines
    icon = Path(next(line for line in lines if line.startswith("Icon="))[5:])
    assert icon.is_file() and icon.name == "coopactives.png"
    assert "Name=Coopér'Actives Cuisine" in lines
    assert register_in_menu(program=first, bundle=ROOT, target_dir=menu) is None  # up to date
    moved = tmp_path / "Applications" / "coopactives"
    assert register_in_menu(program=moved, bundle=ROOT, target_dir=menu) == written
    assert f'Exec="{moved}"' in written.read_text(encoding="utf-8").splitlines()


def test_from_source_the_menu_is_left_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert register_in_menu() is None
    assert not (tmp_path / "applications").exists()


def test_entry_text_replaces_only_exec_and_icon():
    template = "[Desktop Entry]\nName=X\nExec=coopactives\nIcon=id\nTryExec=y\n"
    assert entry_text(template, Path("/a b/coopactives"), Path("/i.png")) == (
        '[Desktop Entry]\nName=X\nExec="/a b/coopactives"\nIcon=/i.png\nTryExec=y\n'
    )
