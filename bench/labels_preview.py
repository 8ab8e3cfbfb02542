"""Benchmark: the preview of 1,000 labels in the GUI, from the click's work (the job checked, the
sheets laid out) to the preview window shown with its first sheet painted.

    QT_QPA_PLATFORM=offscreen uv run python bench/labels_preview.py [--runs 5]

The same product and template as bench/labels.py (1,000 labels, 48 sheets of L7160); each run
in this one process after a warm-up run (fonts registered, modules imported, as in the app after
its first preview). Goal (issue #24 item 3): under a second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from labels import COUNT, PRODUCT, make_database
    from PySide6.QtWidgets import QApplication

    from app.db import Database
    from app.printing.labels import labels_pdf
    from app.services.labels import content as labels
    from app.ui.pdf_preview import PdfPreviewDialog

    app = QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp(prefix="coopactives-preview-")) / "bench.sqlite3"
    make_database(path)
    database = Database.open(path)

    def once() -> tuple[float, float, int]:
        start = time.perf_counter()
        with database.session() as session:
            (product,) = [p for p in labels.list_products(session) if p.name == PRODUCT]
            job = labels.prepare_job(
                session,
                labels.LabelJobInput(
                    (labels.JobLine(product.recipe_id, COUNT),), dt.date(2022, 10, 5), "L7160"
                ),
            )
            pdf = labels_pdf(job)
        built = time.perf_counter()
        dialog = PdfPreviewDialog(pdf, "Étiquettes", "etiquettes.pdf", actual_size=True)
        dialog.show()
        app.processEvents()
        dialog.view.viewport().grab()  # the first sheet painted
        shown = time.perf_counter()
        pages = dialog.document.pageCount()
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
        return built - start, shown - start, pages

    once()  # warm-up
    runs = [once() for _ in range(args.runs)]
    built = statistics.median(r[0] for r in runs) * 1000
    shown = statistics.median(r[1] for r in runs) * 1000
    load = os.getloadavg()[0]
    print(
        f"{args.runs} runs, {runs[0][2]} pages, load average {load:.1f}, "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
    )
    print(f"sheets laid out (job checked, PDF made): median {built:.0f} ms")
    print(f"preview shown with its first sheet painted: median {shown:.0f} ms (goal < 1000 ms)")
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
