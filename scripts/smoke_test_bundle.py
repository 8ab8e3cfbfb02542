"""Smoke test of the frozen app, as a person installing it would use it: unpack the archive (or
take the folder) somewhere new, with a fresh temporary HOME, and run the bundled programs only.

    uv run python scripts/smoke_test_bundle.py build/coopactives-0.1.0-linux-x86_64.tar.gz

Checks, in order: the bundle holds what it must (Qt plugins, Qt's and the app's translations,
fonts, label sheets, migrations); `--version` is the project's version; `demo PATH` writes a
database; `--screenshot DIR` draws every tab (PNGs not blank); on Linux the window opens on an
X display (Xvfb) through the bundled xcb plugin; `print labels` writes a PDF whose
fonts are embedded; `backup` writes a sound copy; a database of the previous release
(tests/fixtures/release-0009.sqlite3), and the same one taken back a revision, open in the window
and are upgraded to the bundle's head with every row kept and, when behind, a backup first; a
database from a newer version is refused with the app's message and left untouched.

The checks themselves use this checkout's dev environment (Pillow, pypdf, alembic for the
downgrade); the programs under test run from the unpacked bundle alone. Exits non-zero on the
first failure, saying what failed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "release-0009.sqlite3"
EXE = ".exe" if sys.platform == "win32" else ""
# What the bundle must hold (paths relative to the bundle's data folder, globbed): Qt plugins the
# app loads (the platform, print support, SVG icons and images), Qt's own translations, QtPdf for
# the preview, and the app's resources and migrations.
PLATFORM_PLUGIN = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
REQUIRED = (
    f"PySide6/**/platforms/*{PLATFORM_PLUGIN}*",
    "PySide6/**/platforms/*qoffscreen*",
    "PySide6/**/printsupport/*",
    "PySide6/**/iconengines/*qsvgicon*",
    "PySide6/**/imageformats/*qsvg*",
    "PySide6/**/translations/qtbase_fr.qm",
    "PySide6/**/translations/qtbase_ar.qm",
    "PySide6/QtPdf*",
    "resources/fonts/DejaVuSans.ttf",
    "resources/translations/coopactives_ar.qm",
    "resources/labels/avery-l7163.json",
    "resources/app-icon/coopactives.svg",
    "migrations/env.py",
    "migrations/versions/0009_*.py",
)
TIMEOUT_S = 180


class Failure(Exception):
    """A check failed; the message says which and why."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise Failure(message)


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def unpack(bundle: Path, into: Path) -> Path:
    """The folder holding the programs: `bundle` itself, or where its archive unpacks."""
    if bundle.is_dir():
        target = into / bundle.name
        shutil.copytree(bundle, target, symlinks=True, dirs_exist_ok=True)
    else:
        if bundle.name.endswith(".zip"):
            with zipfile.ZipFile(bundle) as archive:
                archive.extractall(into)
        else:
            with tarfile.open(bundle) as archive:
                archive.extractall(into, filter="tar")
        (target,) = [path for path in into.iterdir() if path.is_dir()]
    programs = [path for path in target.rglob(f"coopactives-cli{EXE}") if path.is_file()]
    check(len(programs) == 1, f"no single coopactives-cli program in {bundle}: {programs}")
    return programs[0].parent


class Bundle:
    """Runs the unpacked programs with a fresh HOME, from a folder outside the source tree."""

    def __init__(self, folder: Path, work: Path):
        self.folder = folder
        self.work = work
        home = work / "home"
        home.mkdir()
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("COOPACTIVES_", "XDG_", "PYTHON", "VIRTUAL_ENV", "UV_"))
        }
        self.env.update(
            HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming")
        )
        self.env.update(LOCALAPPDATA=str(home / "AppData" / "Local"), QT_QPA_PLATFORM="offscreen")

    def run(self, program: str, *args: str, expect: int | None = 0) -> subprocess.CompletedProcess:
        command = [str(self.folder / f"{program}{EXE}"), *args]
        started = time.monotonic()
        result = subprocess.run(
            command,
            cwd=self.work,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
        )
        took = time.monotonic() - started
        print(f"  $ {program} {' '.join(args)}  -> {result.returncode} ({took:.1f} s)")
        if expect is not None and result.returncode != expect:
            raise Failure(
                f"{program} {' '.join(args)} exited {result.returncode}, expected {expect}\n"
                f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-4000:]}"
            )
        return result

    def cli(self, *args: str, expect: int | None = 0) -> subprocess.CompletedProcess:
        return self.run("coopactives-cli", *args, expect=expect)

    def gui(self, *args: str, expect: int | None = 0) -> subprocess.CompletedProcess:
        return self.run("coopactives", *args, expect=expect)

    def data_folders(self) -> list[Path]:
        """Where the bundle keeps Python, Qt and the data: `_internal/` beside the programs, or a
        macOS .app's Contents/Frameworks and Contents/Resources."""
        candidates = [self.folder / "_internal"]
        candidates += [self.folder.parent / name for name in ("Frameworks", "Resources")]
        return [folder for folder in candidates if folder.is_dir()] or [self.folder]


def check_contents(bundle: Bundle) -> None:
    folders = bundle.data_folders()
    for pattern in REQUIRED:
        found = any(any(folder.glob(pattern)) for folder in folders)
        check(found, f"the bundle lacks {pattern} (under {folders})")


def check_version(bundle: Bundle) -> None:
    expected = f"coopactives {project_version()}"
    for program in ("coopactives-cli", "coopactives"):
        if sys.platform == "win32" and program == "coopactives":
            continue  # the windowed program has no console to print to on Windows
        shown = bundle.run(program, "--version").stdout.strip()
        check(shown == expected, f"{program} --version says {shown!r}, expected {expected!r}")


def check_screenshots(bundle: Bundle, database: Path) -> None:
    from PIL import Image, ImageStat

    folder = bundle.work / "screenshots"
    bundle.gui("--db", str(database), "--screenshot", str(folder))
    pngs = sorted(folder.glob("*.png"))
    check(len(pngs) >= 8, f"expected a PNG per tab, got {[p.name for p in pngs]}")
    for png in pngs:
        with Image.open(png) as image:
            grey = image.convert("L")
            spread = ImageStat.Stat(grey).stddev[0]
            colours = len(grey.getcolors(maxcolors=1 << 16) or range(1 << 16))
        check(spread > 8 and colours > 16, f"{png.name} looks blank ({colours} greys)")


def embedded_fonts(pdf: Path) -> tuple[set[str], set[str]]:
    """(embedded, not embedded) names of the fonts in the pages' resources of `pdf`."""
    from pypdf import PdfReader

    embedded: set[str] = set()
    missing: set[str] = set()
    for page in PdfReader(pdf).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            name = str(font.get("/BaseFont"))
            has_file = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            (embedded if has_file else missing).add(name)
    return embedded, missing


def check_real_display(bundle: Bundle, database: Path) -> None:
    """On Linux with Xvfb, the window opens on an X display through the bundled xcb plugin, as
    after a double-click (the other checks draw offscreen)."""
    xvfb_run = shutil.which("xvfb-run")
    if not sys.platform.startswith("linux"):
        print("  (not Linux: the other checks draw offscreen)")
        return
    check(xvfb_run is not None, "xvfb-run is missing (apt-get install xvfb)")
    env = dict(bundle.env, QT_QPA_PLATFORM="xcb")
    command = [xvfb_run, "-a", str(bundle.folder / "coopactives"), "--db", str(database)]
    result = subprocess.run(
        [*command, "--startup-probe"], cwd=bundle.work, env=env, capture_output=True, text=True,
        timeout=TIMEOUT_S,
    )  # fmt: skip
    print(f"  $ xvfb-run coopactives --startup-probe (xcb)  -> {result.returncode}")
    check(
        result.returncode == 0 and "shown" in result.stdout,
        f"the window did not open on X: {result.stdout[-1000:]} {result.stderr[-3000:]}",
    )


def check_labels(bundle: Bundle, database: Path) -> None:
    from pypdf import PdfReader

    pdf = bundle.work / "etiquettes.pdf"
    product = "Energy balls dattes-cacao"
    bundle.cli(
        "--db", str(database), "print", "labels", "--product", f"{product}=6",
        "--template", "L7165", "--barcode", "qr", "--price", "-o", str(pdf),
    )  # fmt: skip
    embedded, missing = embedded_fonts(pdf)
    # reportlab names Helvetica as every page's starting font; the labels draw in DejaVu (bundled).
    check(
        any("DejaVuSans" in name for name in embedded) and missing <= {"/Helvetica"},
        f"labels PDF fonts: embedded {embedded}, not embedded {missing}",
    )
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    check("Energy balls" in text, f"the labels PDF does not name the product: {text[:200]!r}")


def table_counts(database: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        counts = {}
        for name in names:
            counts[name] = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        return counts
    finally:
        connection.close()


def revision(database: Path) -> str:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def integrity(database: Path) -> str:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def check_backup(bundle: Bundle, database: Path) -> None:
    before = set(bundle.work.rglob("*.sqlite3"))
    bundle.cli("--db", str(database), "backup")
    made = sorted(set(bundle.work.rglob("*.sqlite3")) - before)
    check(len(made) == 1, f"backup should write one file, wrote {made}")
    check(integrity(made[0]) == "ok", f"the backup {made[0]} is not sound")
    check(table_counts(made[0]) == table_counts(database), "the backup lacks rows")


def downgraded_copy(source: Path, target: Path) -> Path:
    """A copy of `source` taken back one revision with this checkout's migrations: a database of
    the release before, whatever the fixture's own revision."""
    from alembic import command

    sys.path.insert(0, str(ROOT))
    from app.db import alembic_config

    shutil.copyfile(source, target)
    command.downgrade(alembic_config(target), "-1")
    return target


def check_upgrade(bundle: Bundle, database: Path, head: str) -> None:
    """Open `database` in the window as after installing a newer version over an older one."""
    old_revision, old_counts = revision(database), table_counts(database)
    backups = database.parent / "backups"
    before = set(backups.glob("*.sqlite3")) if backups.is_dir() else set()
    shown = bundle.gui("--db", str(database), "--startup-probe").stdout
    check("shown" in shown, f"the window did not open on {database.name}: {shown!r}")
    check(revision(database) == head, f"{database.name} is at {revision(database)}, not {head}")
    new_counts = table_counts(database)
    sys.path.insert(0, str(ROOT))
    from tests.db.revision_fixtures import MOVED_TABLES  # a table a later revision replaced

    expected = dict(old_counts)
    for old, replacement in MOVED_TABLES.items():  # its rows live on in the replacing table
        if old in expected and old not in new_counts:
            expected[replacement] = expected.get(replacement, 0) + expected.pop(old)
    lost = {
        name: (n, new_counts.get(name))
        for name, n in expected.items()
        if new_counts.get(name, 0) < n
    }
    check(not lost, f"rows lost upgrading {database.name} from {old_revision}: {lost}")
    made = sorted((set(backups.glob("*.sqlite3")) if backups.is_dir() else set()) - before)
    if old_revision == head:
        check(not made, f"a database at head needs no backup, got {made}")
        return
    check(len(made) == 1, f"upgrading from {old_revision} should back up first: {made}")
    check("avant-mise-a-jour" in made[0].name, f"unexpected backup name {made[0].name}")
    check(revision(made[0]) == old_revision, f"the backup {made[0].name} is not the old database")
    check(table_counts(made[0]) == old_counts, f"the backup {made[0].name} lacks rows")
    print(f"  {database.name}: {old_revision} -> {head}, backup {made[0].name}")


def default_database(bundle: Bundle) -> Path:
    """Where the app keeps its database when no --db is given, under the bundle's HOME."""
    code = (
        "import platformdirs; print(platformdirs.user_data_dir('coopactives', "
        "'LeMondeDesPossibles'))"
    )
    folder = subprocess.run(
        [sys.executable, "-c", code], env=bundle.env, capture_output=True, text=True, check=True
    ).stdout.strip()
    return Path(folder) / "coopactives.sqlite3"


def check_reinstall_keeps_data(bundle: Bundle, bundle_path: Path, install: Path) -> None:
    """Install the same archive again over the installed one, as a newer version would be: the
    data (in the person's data folder, not in the app's) opens with every row."""
    database = default_database(bundle)
    if not database.exists():
        # as the app's first start would: the data folder exists before a file is named in it
        # (a path in a folder that does not exist is refused, issue #15)
        database.parent.mkdir(parents=True, exist_ok=True)
        bundle.cli("demo", str(database))
    counts = table_counts(database)
    unpack(bundle_path, install)
    shown = bundle.gui("--startup-probe").stdout
    check("shown" in shown, f"the window did not open on the default database: {shown!r}")
    check(table_counts(database) == counts, "installing over the app changed the data")


def check_newer_refused(bundle: Bundle, database: Path) -> None:
    newer = bundle.work / "newer.sqlite3"
    shutil.copyfile(database, newer)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(newer.read_bytes()).hexdigest()
    result = bundle.cli(
        "--db", str(newer), "print", "week", "--cohort", "x", "--week", "2022-W41",
        "-o", str(bundle.work / "week.pdf"), expect=None,
    )  # fmt: skip
    check(result.returncode != 0, "a database from a newer version was not refused")
    check("version plus récente" in result.stderr, f"not the app's message: {result.stderr!r}")
    check(hashlib.sha256(newer.read_bytes()).hexdigest() == digest, "the newer file was changed")


def smoke_test(bundle_path: Path, head: str) -> None:
    with tempfile.TemporaryDirectory(prefix="coopactives-smoke-") as name:
        work = Path(name)
        install = work / "install"
        install.mkdir()
        print(f"== unpacking {bundle_path.name}")
        bundle = Bundle(unpack(bundle_path, install), work)
        steps = [
            ("contents", lambda: check_contents(bundle)),
            ("--version", lambda: check_version(bundle)),
            ("demo PATH", lambda: bundle.cli("demo", str(work / "demo.sqlite3"))),
            ("--screenshot DIR", lambda: check_screenshots(bundle, work / "demo.sqlite3")),
            (
                "a window on a real display",
                lambda: check_real_display(bundle, work / "demo.sqlite3"),
            ),
            ("print labels", lambda: check_labels(bundle, work / "demo.sqlite3")),
            ("backup", lambda: check_backup(bundle, work / "demo.sqlite3")),
        ]
        previous = work / "previous" / "release.sqlite3"
        older = work / "older" / "release-before.sqlite3"
        steps += [
            ("previous release's database", lambda: check_upgrade(bundle, previous, head)),
            ("the release before it", lambda: check_upgrade(bundle, older, head)),
            ("a newer database is refused", lambda: check_newer_refused(bundle, previous)),
            (
                "installing over the installed app keeps the data",
                lambda: check_reinstall_keeps_data(bundle, bundle_path, install),
            ),
        ]
        previous.parent.mkdir()
        older.parent.mkdir()
        shutil.copyfile(FIXTURE, previous)
        downgraded_copy(FIXTURE, older)
        for done, (title, step) in enumerate(steps):
            print(f"== {title}")
            try:
                step()
            except Exception:
                print(f"bundle: {done} passed, 1 failed")
                raise
        print(f"bundle: {len(steps)} passed, 0 failed")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from app.db import SCHEMA_HEAD

    try:
        smoke_test(Path(argv[0]).resolve(), SCHEMA_HEAD)
    except (Failure, subprocess.TimeoutExpired) as error:
        print(f"SMOKE TEST FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
