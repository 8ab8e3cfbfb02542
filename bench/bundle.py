"""The frozen app's size and start-up against running from source (`bench/RESULTS.md`).

Needs the archive written by scripts/build-app. Unpacks it in a new temporary folder, then:
- size on disk of the unpacked folder, and of the archive;
- the first start right after unpacking (the bundle's "cold" start: nothing of it has run yet);
- N starts of each, alternating: the bundle, `uv run coopactives`, and `python -m app` from the
  checkout's environment; wall time from process start until the main window is shown with the
  demo database's data (`--startup-probe`, as bench/startup.py).
Usage: uv run python bench/bundle.py [--runs N] [ARCHIVE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import ROOT, time_to_shown  # noqa: E402


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_symlink())


def main() -> None:
    import app

    default = ROOT / "build" / f"coopactives-{app.__version__}-linux-{os.uname().machine}.tar.gz"
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("archive", nargs="?", type=Path, default=default)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="coopactives-bench-bundle-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a person's machine caches compiled modules
    env["COOPACTIVES_CONFIG_DIR"] = str(work / "config")
    database = work / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "app", "demo", str(database)], check=True, env=env, cwd=ROOT,
        capture_output=True,
    )  # fmt: skip
    with tarfile.open(args.archive) as archive:
        archive.extractall(work, filter="tar")
    (folder,) = [path for path in work.iterdir() if path.is_dir() and path.name != "config"]
    probe = ["--db", str(database), "--startup-probe"]
    commands = {
        "bundle": [str(folder / "coopactives"), *probe],
        "uv run coopactives": [
            shutil.which("uv") or "uv",
            "run",
            "--no-sync",
            "coopactives",
            *probe,
        ],
        "python -m app": [sys.executable, "-m", "app", *probe],
    }
    first = time_to_shown(commands["bundle"], env)
    for command in commands.values():  # one warm-up each
        time_to_shown(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(time_to_shown(command, env))
    print(f"archive: {args.archive.stat().st_size / 1e6:.0f} MB ({args.archive.name})")
    print(f"unpacked: {folder_size(folder) / 1e6:.0f} MB on disk")
    print(f"bundle, first start after unpacking: {first * 1000:.0f} ms")
    print(f"load average: {os.getloadavg()[0]:.1f}; {args.runs} alternating runs each:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:20} median {median * 1000:5.0f} ms  (min {min(values) * 1000:.0f})")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
