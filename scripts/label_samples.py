"""Write the sample label sheets of docs/screenshots from the demo's products: for each template,
the PDF and its first page as a PNG at 80 dpi (look at them at 200 dpi before committing:
`pdftoppm -png -r 200 docs/screenshots/labels-L7163.pdf /tmp/l7163`).

    uv run python scripts/label_samples.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MADE = dt.date(2022, 10, 5)
# template, products (their first words in the demo), options: barcode, story, logo
SAMPLES = (
    ("L7160", ("Riz basmati", "Salade de fruits"), "none", False),
    ("L7163", ("Energy balls coco", "Poulet yassa"), "ean13", False),
    ("L7165", ("Energy balls coco", "Poulet yassa"), "qr", True),
    ("ROLL62", ("Energy balls coco",), "code128", False),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from app.db import Database
    from app.demo import write_demo
    from app.printing.labels import labels_pdf
    from app.services.labels import content as labels

    folder = Path(tempfile.mkdtemp(prefix="coopactives-samples-"))
    database = Database.open(write_demo(folder / "demo.sqlite3"))
    with database.session() as session:
        products = [p for p in labels.list_products(session) if p.ready]
        for template, names, barcode, story in SAMPLES:
            chosen = [next(p for p in products if p.name.startswith(n)) for n in names]
            lines = tuple(
                labels.JobLine(p.recipe_id, 3 if i == 0 else 2) for i, p in enumerate(chosen)
            )
            options = labels.LabelOptions(barcode=barcode, story=story)
            job = labels.prepare_job(
                session, labels.LabelJobInput(lines, MADE, template, 0, "", options)
            )
            pdf = args.out / f"labels-{template}.pdf"
            pdf.write_bytes(labels_pdf(job))
            stem = args.out / f"labels-{template}"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
                check=True,
            )
            print(pdf)
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
