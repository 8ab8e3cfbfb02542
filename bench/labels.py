"""Benchmark: the whole `coopactives print labels` command making 1,000 labels of one product (48
pages of Avery L7160) against gLabels 3.4 (`glabels-3-batch`) merging 1,000 CSV rows into an L7160
template, and against a plain reportlab loop that lays out one Paragraph per label. The three run
alternately in the same session; each is a fresh process, timed wall-clock.

    uv run python bench/labels.py [--rounds 7] [--write bench/results-labels.md] [--compare DIR]

`--compare DIR` also times the same command run from DIR (an exported copy of an earlier commit,
`git archive COMMIT | tar -x -C DIR`, with this virtual environment) in the same rounds: before
and after measured under the same load.

Needs `glabels-3-batch` (Debian package glabels) and the gLabels files in ../shared/bench/glabels
(or --glabels-dir). Our command runs with bytecode caching allowed, as an installed app would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GLABELS = ROOT.parent / "shared" / "bench" / "glabels"
PRODUCT = "Energy balls dattes-cacao (Thị Hiền)"
COUNT = 1000


def make_database(path: Path) -> None:
    """A cooperative and one product, written through the models (as the Menus tab would)."""
    sys.path.insert(0, str(ROOT))
    from app.db import Database
    from app.models.menus import Ingredient, Recipe, RecipeLine
    from app.services.people import cooperative

    database = Database.open(path)
    with database.session() as session:
        cooperative.save_cooperative(
            session,
            cooperative.CooperativeInfo(
                name="Coopér'Actives", address="Rue des Champs 67\n4020 Liège"
            ),
        )
        recipe = Recipe(
            name=PRODUCT,
            yield_count=20,
            net_quantity=Decimal(120),
            net_unit="g",
            shelf_life_days=14,
            storage="À conserver au sec.",
        )
        rows = [
            ("Dattes", "0.4", "kg", ""),
            ("Flocons d'avoine", "250", "g", "gluten"),
            ("Lait de coco", "0.3", "l", ""),
            ("Cacao", "30", "g", ""),
        ]
        for position, (name, quantity, unit, allergens) in enumerate(rows):
            ingredient = Ingredient(name=name, unit=unit, allergens=allergens)
            recipe.lines.append(
                RecipeLine(
                    ingredient=ingredient, quantity=Decimal(quantity), unit=unit, position=position
                )
            )
        session.add(recipe)
    database.close()


def naive(output: Path) -> None:
    """The slow way: one Paragraph laid out per label."""
    sys.path.insert(0, str(ROOT))
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from app.printing.fonts import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("l", fontName=FONT, fontSize=7, leading=8.2)
    canvas = Canvas(str(output), pagesize=A4)
    for index in range(COUNT):
        place = index % 21
        if index and place == 0:
            canvas.showPage()
        row, column = divmod(place, 3)
        text = (
            f"<b>{PRODUCT}</b><br/><b>Ingrédients :</b> Dattes, Lait de coco, "
            "<b>Flocons d'avoine</b>, Cacao.<br/>À consommer de préférence avant le "
            "19/10/2022<br/>Lot : L221005<br/>120 g"
        )
        paragraph = Paragraph(text, style)
        _w, h = paragraph.wrap(59.5 * mm, 36 * mm)
        x = (7.2 + column * 66.04 + 2) * mm
        y = A4[1] - (15.15 + row * 38.1 + 2) * mm - h
        paragraph.drawOn(canvas, x, y)
    canvas.showPage()
    canvas.save()


def timed(command: list[str], cwd: Path, env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds user + system of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def machine() -> str:
    lscpu = subprocess.run(
        ["lscpu"], capture_output=True, text=True, check=False
    ).stdout.splitlines()[:10]
    nproc = subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout.strip()
    glabels = subprocess.run(
        ["dpkg-query", "-W", "glabels"], capture_output=True, text=True, check=False
    ).stdout
    return "\n".join(
        [
            f"nproc: {nproc}",
            *lscpu,
            f"python {platform.python_version()}",
            f"glabels package: {glabels.strip() or '?'}",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--glabels-dir", type=Path, default=DEFAULT_GLABELS)
    parser.add_argument("--write", type=Path, help="write the results as Markdown to this file")
    parser.add_argument("--naive", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--compare", type=Path, help="another checkout's command, same rounds")
    args = parser.parse_args()
    if args.naive:
        naive(args.naive)
        return 0
    if shutil.which("glabels-3-batch") is None:
        print("glabels-3-batch is missing: apt-get install -y glabels", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-labels-"))
    db = work / "bench.sqlite3"
    make_database(db)
    gl = work / "glabels"
    shutil.copytree(args.glabels_dir, gl)
    subprocess.run([sys.executable, "gen_data.py"], cwd=gl, check=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("DISPLAY", None)
    ours_pdf, naive_pdf, gl_pdf = work / "ours.pdf", work / "naive.pdf", gl / "out-1000.pdf"
    print_labels = [
        sys.executable,
        "-m",
        "app",
        "--db",
        str(db),
        "print",
        "labels",
        "--product",
        f"{PRODUCT}={COUNT}",
        "--template",
        "L7160",
        "--date",
        "2022-10-05",
        "-o",
    ]
    commands = {
        "coopactives print labels": ([*print_labels, str(ours_pdf)], ROOT),
        "gLabels 3.4 batch": (
            ["glabels-3-batch", "-o", str(gl_pdf), "-i", "data-1000.csv", "l7160-merge.glabels"],
            gl,
        ),
        "reportlab, one Paragraph per label": (
            [sys.executable, str(Path(__file__).resolve()), "--naive", str(naive_pdf)],
            ROOT,
        ),
        "floor: python -c pass": ([sys.executable, "-c", "pass"], ROOT),
        "floor: import the app's Core database layer (no ORM, no model)": (
            [sys.executable, "-c", "import app.db, app.services.settings"],
            ROOT,
        ),
    }
    if args.compare:
        commands[f"coopactives print labels, {args.compare.name}"] = (
            [*print_labels, str(work / "compared.pdf")],
            args.compare.resolve(),
        )
    for command, cwd in commands.values():  # warm-up: bytecode, disk cache
        timed(command, cwd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, (command, cwd) in commands.items():
            wall, used = timed(command, cwd, env)
            times[name].append(wall)
            cpu[name].append(used)
    page_counts = {
        "coopactives print labels": pages(ours_pdf),
        "gLabels 3.4 batch": pages(gl_pdf),
        "reportlab, one Paragraph per label": pages(naive_pdf),
    }
    reference = statistics.median(times["gLabels 3.4 batch"])
    cpu_reference = statistics.median(cpu["gLabels 3.4 batch"])
    lines = [
        (
            "| command | wall median s | wall min s | wall ratio to gLabels | CPU median s "
            "| CPU ratio to gLabels | pages |"
        ),
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, values in times.items():
        median = statistics.median(values)
        cpu_median = statistics.median(cpu[name])
        lines.append(
            f"| {name} | {median:.3f} | {min(values):.3f} | {median / reference:.2f} | "
            f"{cpu_median:.3f} | {cpu_median / cpu_reference:.2f} | {page_counts.get(name, '')} |"
        )
    table = "\n".join(lines)
    print(table)
    if args.write:
        ours = statistics.median(times["coopactives print labels"])
        load = os.getloadavg()
        args.write.write_text(
            "# Labels benchmark\n\n"
            f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC with `uv run python bench/labels.py "
            f"--rounds {args.rounds} --write {args.write}`: {COUNT} labels of one product on Avery "
            "L7160 (48 pages), each command a fresh process, the four run alternately, after one "
            "warm-up run each. gLabels merges 1,000 CSV rows into its L7160 template "
            "(`shared/bench/glabels/l7160-merge.glabels`, text only).\n\n"
            f"{table}\n\n"
            f"Goal: at most half of gLabels' time. Result: {ours / reference:.2f} of gLabels' time "
            f"({'met' if ours <= reference / 2 else 'NOT met'}).\n\n"
            "How: each distinct label is laid out once (its font size fitted once) as a PDF "
            "form XObject and placed 1,000 times with `doForm`, each place's move operator "
            "written once per template; reportlab's C accelerator (`rl-accel`) formats the "
            "numbers; streams are compressed binary (no ASCII85); only the two font faces a "
            "label uses are parsed; `reportlab.graphics` is imported only for barcodes; the "
            "cycle collector is off during the short batch. The command imports no Qt and no "
            "alembic (the schema is current), and neither the ORM nor a model module: it reads "
            "through SQLAlchemy Core on a connection. Most of what is left is the floor: "
            "importing SQLAlchemy's Core. Before the accelerator, the cached operators and the "
            "collector change, the same command measured 0.55 to 0.57 of gLabels' CPU time.\n\n"
            "Note: the machine is shared (2 cores, other developers at work), so times vary "
            "from run to run; the ratios, measured alternately in one run, are the figures to "
            "read; the CPU time (user + system of each process) depends less on the load.\n"
            f"Load average at the end of the run: {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}.\n\n"
            "## Machine\n\n```\n" + machine() + "\n```\n",
            encoding="utf-8",
        )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
